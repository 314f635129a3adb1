"""Mail stage: a written brief (day folder or brief.md) -> an RFC 5322 message, sent by SMTP or saved as .eml.

The message is multipart/alternative: the brief's Markdown as text/plain and an HTML rendering of it
(Python-Markdown, then nh3 with a small tag set, then a fixed inline stylesheet so mail clients that drop
<style> still show it). It is wrapped in multipart/mixed when the PDF is attached. Nothing in the HTML
can load anything remote: no images, fonts, stylesheets or scripts, and links are http/https/mailto only.
"""

from __future__ import annotations

import datetime
import email.policy
import hashlib
import email.utils
import html
import json
import logging
import os
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path


from .atomic import write_atomic
from .config import Settings
from .errors import BriefgenError, TemplateError
from .publish import MANIFEST
from .render import render_template

log = logging.getLogger(__name__)

SUBJECT_TEMPLATE = "email_subject.j2"
DAY_BRIEF = "daily-brief.md"
MESSAGE_ID_DOMAIN = "briefgen.local"
SECURITY_MODES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
# Long enough for a slow submission server, short enough that a black-holed port does not hang a cron job.
DEFAULT_TIMEOUT = 30.0
# Mail clients truncate subjects far below this; the cap only stops a runaway title from bloating the header.
MAX_SUBJECT = 250
PASSWORD_ENV = "BRIEFGEN_SMTP_PASSWORD"

_DAY_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HEADER_DATE = re.compile(r"\*Date:\*\s*(\d{4}-\d{2}-\d{2})")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
# Every character a mail client or a header parser might take as the end of a line, plus other controls:
# a title must never start a new header (CR, LF, VT, FF, NEL U+0085, LS U+2028, PS U+2029).
_HEADER_BREAKS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class MailError(BriefgenError):
    """A brief cannot be turned into a message, written or sent."""


# --- reading the brief --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class BriefFile:
    """A written brief found on disk: its Markdown, metadata and the PDF beside it."""

    markdown_path: Path
    pdf_path: Path
    daily: bool  # a day folder's daily-brief.md, not a single brief
    front_matter: dict
    body: str  # the Markdown without its front matter
    title: str
    date: str
    stories: int | None


def split_front_matter(text: str) -> tuple[dict, str]:
    """A Markdown note's YAML front matter (as a dict, {} when absent or unreadable) and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return _parse_front_matter(match.group(1)), text[match.end():]


def _parse_front_matter(block: str) -> dict:
    """The flat `key: value` YAML briefgen writes (JSON-quoted values); nested or block values are skipped."""
    # A small reader rather than PyYAML: only title and date matter here, and it adds no dependency.
    data: dict = {}
    for line in block.split("\n"):  # not splitlines(): U+2028 and friends stay inside a value
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or line[:1].isspace():
            continue
        value = value.strip(" \t\r")
        if value[:1] in ('"', "["):
            # briefgen writes values as JSON, which is valid YAML flow syntax with the same escapes.
            try:
                data[key.strip()] = json.loads(value)
                continue
            except ValueError:
                pass
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1]
        data[key.strip()] = value
    return data


def _title_from_body(body: str) -> str | None:
    """The first `# ` heading, with Markdown's backslash escapes undone."""
    match = re.search(r"^#[ \t]+(.+?)[ \t#]*$", body, re.MULTILINE)
    if not match:
        return None
    return re.sub(r"\\(.)", r"\1", match.group(1)).replace("&amp;", "&").strip() or None


def _iso_date(value: object) -> str | None:
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    try:
        return datetime.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        return None


def read_brief(path: str | os.PathLike) -> BriefFile:
    """The brief at `path`: a day folder (its daily-brief.md) or a single brief's .md file."""
    path = Path(path)
    daily = False
    if path.is_dir():
        markdown_path = path / DAY_BRIEF
        if not markdown_path.is_file():
            raise MailError(f"{path}: no {DAY_BRIEF} in this folder; give a day folder (out/YYYY-MM-DD) or a brief .md")
        daily = True
    elif path.is_file():
        markdown_path = path
        # daily-brief.md named directly is still the day's brief.
        daily = path.name == DAY_BRIEF
    else:
        raise MailError(f"{path}: no such file or folder; give a day folder (out/YYYY-MM-DD) or a brief .md")
    try:
        text = markdown_path.read_text("utf-8")
    except UnicodeDecodeError:
        raise MailError(f"{markdown_path}: not UTF-8 text; give the Markdown brief, not the PDF or JSON") from None
    except OSError as exc:
        raise MailError(f"{markdown_path}: cannot read it ({exc.strerror or exc})") from None
    front, body = split_front_matter(text)
    title = str(front.get("title") or "").strip() or _title_from_body(body) or markdown_path.stem
    folder = markdown_path.parent
    header_date = _HEADER_DATE.search(body)
    date = (_iso_date(front["date"]) if front.get("date") else None) \
        or (folder.name if daily and _DAY_NAME.match(folder.name) and _iso_date(folder.name) else None) \
        or (header_date.group(1) if header_date and _iso_date(header_date.group(1)) else None) \
        or datetime.date.today().isoformat()
    stories = None
    if daily and (folder / "stories").is_dir():
        stories = sum(1 for _ in (folder / "stories").glob("*.md"))
    return BriefFile(markdown_path=markdown_path, pdf_path=markdown_path.with_suffix(".pdf"), daily=daily,
                     front_matter=front, body=body, title=title, date=date, stories=stories)


# --- subject ------------------------------------------------------------------------------------------------

def clean_header(text: object) -> str:
    """Text safe as a header value: every line break and control character folded to one space."""
    return re.sub(r"\s+", " ", _HEADER_BREAKS.sub(" ", str(text))).strip()


def render_subject(brief: BriefFile, settings: Settings | None = None) -> str:
    """The Subject line from `email_subject.j2`, folded to one safe line."""
    subject = render_template(SUBJECT_TEMPLATE, settings or Settings(), html=False, date=brief.date,
                              title=clean_header(brief.title), stories=brief.stories, daily=brief.daily)
    subject = clean_header(subject)[:MAX_SUBJECT].rstrip()
    if not subject:
        raise TemplateError(f"template {SUBJECT_TEMPLATE} rendered an empty subject; make it print some text")
    return subject


# --- HTML part ----------------------------------------------------------------------------------------------

SAFE_TAGS = frozenset({
    "a", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li",
    "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
})
SAFE_SCHEMES = ("http://", "https://", "mailto:")
# One fixed stylesheet, applied as style attributes because many mail clients drop <style> blocks.
# System fonts only: a web font would be a remote fetch.
FONT = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"
INLINE_CSS = {
    "h1": "font-size:22px;line-height:1.25;margin:0 0 8px;color:#111;",
    "h2": "font-size:17px;line-height:1.3;margin:20px 0 6px;color:#111;border-bottom:1px solid #ddd;"
          "padding-bottom:3px;",
    "h3": "font-size:15px;margin:16px 0 4px;color:#111;",
    "h4": "font-size:14px;margin:14px 0 4px;color:#111;",
    "h5": "font-size:14px;margin:12px 0 4px;color:#111;",
    "h6": "font-size:13px;margin:12px 0 4px;color:#333;",
    "p": "margin:0 0 10px;",
    "ul": "margin:0 0 10px;padding-left:22px;",
    "ol": "margin:0 0 10px;padding-left:22px;",
    "li": "margin:0 0 4px;",
    "a": "color:#1a56a8;text-decoration:underline;",
    "blockquote": "margin:0 0 10px;padding:2px 0 2px 12px;border-left:3px solid #ccc;color:#444;",
    "code": "font-family:Menlo, Consolas, monospace;font-size:13px;background:#f3f3f3;",
    "pre": "font-family:Menlo, Consolas, monospace;font-size:13px;background:#f3f3f3;padding:8px;"
           "white-space:pre-wrap;",
    "hr": "border:0;border-top:1px solid #ddd;margin:16px 0;",
    "table": "border-collapse:collapse;margin:0 0 10px;",
    "th": "border:1px solid #ccc;padding:4px 8px;text-align:left;background:#f6f6f6;",
    "td": "border:1px solid #ccc;padding:4px 8px;vertical-align:top;",
}
BODY_CSS = f"margin:0;padding:16px;background:#ffffff;color:#222;font-family:{FONT};font-size:14px;line-height:1.5;"
# After nh3 every attribute value is double-quoted with `"` escaped, and every `<` in text is `&lt;`,
# so this matches exactly the opening tags.
_OPEN_TAG = re.compile(r'<([a-z][a-z0-9]*)((?:\s+[a-zA-Z_:][-\w:.]*="[^"]*")*)\s*(/?)>')
_HREF = re.compile(r'\shref="([^"]*)"')


def _safe_href(value: str) -> str | None:
    """An href kept only when it is an absolute http, https or mailto URL (relative links mean nothing in mail)."""
    url = html.unescape(value).strip()
    if not url.lower().startswith(SAFE_SCHEMES) or any(ord(c) < 32 for c in url):
        return None
    return html.escape(url, quote=True)


def _style_tag(match: re.Match) -> str:
    tag, attrs, slash = match.group(1), match.group(2), match.group(3)
    parts = [tag]
    if tag == "a":
        href = _HREF.search(attrs)
        safe = _safe_href(href.group(1)) if href else None
        if safe:
            parts.append(f'href="{safe}"')
    if tag in INLINE_CSS:
        parts.append(f'style="{INLINE_CSS[tag]}"')
    return "<" + " ".join(parts) + (" /" if slash else "") + ">"


def sanitize_html(fragment: str) -> str:
    """HTML reduced to `SAFE_TAGS`, no attributes but an http/https/mailto href, scripts and styles dropped."""
    import nh3

    return nh3.clean(fragment, tags=set(SAFE_TAGS), clean_content_tags={"script", "style"},
                     attributes={"a": {"href"}}, url_schemes={"http", "https", "mailto"}, link_rel=None,
                     strip_comments=True)


def inline_css(fragment: str) -> str:
    """Sanitised HTML with the fixed stylesheet set as style attributes (and any leftover attribute dropped)."""
    return _OPEN_TAG.sub(_style_tag, fragment)


def markdown_to_email_html(markdown_text: str, title: str) -> str:
    """A standalone, mail-safe HTML document of some Markdown (front matter already removed)."""
    import markdown

    # No raw-HTML-friendly extensions (attr_list, md_in_html): nh3 would remove their output anyway.
    fragment = markdown.markdown(markdown_text, extensions=["tables", "sane_lists", "fenced_code"],
                                 output_format="html")
    body = inline_css(sanitize_html(fragment))
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{html.escape(clean_header(title))}</title>\n</head>\n"
            f"<body style=\"{BODY_CSS}\">\n<div style=\"max-width:680px;margin:0 auto;\">\n{body}\n</div>\n"
            "</body>\n</html>\n")


# Raw HTML in a brief's Markdown. briefgen's own Markdown escapes article text, so only a hand-edited or
# hostile file has any; it is dropped (elements whose content is code, with their content), as nh3 would.
_RAW_BLOCK = re.compile(r"<(script|style|iframe|object|embed|template|svg|math)\b.*?</\1\s*>|<!--.*?-->",
                        re.IGNORECASE | re.DOTALL)
_RAW_TAG = re.compile(r"""(?<!\\)</?[A-Za-z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*"""
                      r"\s*/?>")
# A `<` left that could still start a tag (unclosed, or a declaration), but not an autolink like <https://…>.
_RAW_OPEN = re.compile(r"(?<!\\)<(?=[A-Za-z!/?])(?!(?:https?://|mailto:))")
# Link targets that run code or embed content: inline `](javascript:…)` and reference `[id]: javascript:…`.
_BAD_LINK = re.compile(r"(\]\(\s*<?|^[ \t]*\[[^\]\n]+\]:[ \t]*<?)[ \t]*(?:javascript|vbscript|data|file)[ \t]*:",
                       re.IGNORECASE | re.MULTILINE)


def defuse_markdown(text: str) -> str:
    """Markdown without raw HTML and with script/data link targets disarmed, so no part can carry them."""
    text = _RAW_TAG.sub("", _RAW_BLOCK.sub("", text))
    return _BAD_LINK.sub(r"\1#blocked:", _RAW_OPEN.sub(r"\\<", text))


# --- message ------------------------------------------------------------------------------------------------

def parse_address(value: str, option: str = "--to") -> Address:
    """One address (`ana@example.com`, `Ana <ana@example.com>`); nothing that could add a header or recipient."""
    text = str(value).strip(" \t")  # str.strip() would also eat U+2028 and friends before they are seen
    if not text or _HEADER_BREAKS.search(text):
        raise MailError(f"{option} {value!r}: not an email address (give one address, e.g. ana@example.com)")
    name, addr = email.utils.parseaddr(text)
    parsed = email.utils.getaddresses([text])
    if len(parsed) != 1 or "@" not in addr or addr.startswith("@") or addr.endswith("@"):
        raise MailError(f"{option} {value!r}: not one email address (repeat {option} for each, e.g. "
                        f"{option} ana@example.com {option} bo@example.com)")
    try:
        return Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError) as exc:
        raise MailError(f"{option} {value!r}: not a valid email address ({exc})") from None


def _attachment(brief: BriefFile, suffix: str, how: str) -> tuple[Path, bytes]:
    """The file beside the brief's Markdown with this suffix (daily-brief.pdf, x.epub), read for attaching."""
    path = brief.markdown_path.with_suffix(suffix)
    try:
        return path, path.read_bytes()
    except FileNotFoundError:
        raise MailError(f"{path}: no {suffix[1:].upper()} beside {brief.markdown_path.name}; build it with {how} "
                        f"or leave out --attach-{suffix[1:]}") from None
    except OSError as exc:
        raise MailError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def build_message(path: str | os.PathLike, to: list[str] | tuple[str, ...], sender: str, attach_pdf: bool = False,
                  settings: Settings | None = None, attach_epub: bool = False) -> EmailMessage:
    """An RFC 5322 message of the brief at `path` (day folder or .md): text + HTML, the PDF and EPUB attached on
    request (send-to-Kindle addresses take the EPUB)."""
    recipients = [parse_address(a, "--to") for a in to]
    if not recipients:
        raise MailError("no recipients; give at least one --to ADDRESS")
    from_address = parse_address(sender, "--from")
    brief = read_brief(path)
    pdf = None
    if attach_pdf:
        try:
            pdf = brief.pdf_path.read_bytes()
        except FileNotFoundError:
            raise MailError(f"{brief.pdf_path}: no PDF beside {brief.markdown_path.name}; build it with "
                            "`briefgen brief --format md,pdf` or leave out --attach-pdf") from None
        except OSError as exc:
            raise MailError(f"{brief.pdf_path}: cannot read it ({exc.strerror or exc})") from None
    epub = _attachment(brief, ".epub", "`briefgen daily --format md,epub` (or `brief --format md,epub`)") \
        if attach_epub else None

    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = from_address
    msg["To"] = recipients
    msg["Subject"] = render_subject(brief, settings)
    msg["Date"] = email.utils.format_datetime(email.utils.localtime())
    msg["Message-ID"] = email.utils.make_msgid(domain=MESSAGE_ID_DOMAIN)
    msg["MIME-Version"] = "1.0"
    # Both parts start from the same defused Markdown so they say the same; nh3 still guards the HTML.
    text = defuse_markdown(brief.body).lstrip("\r\n")
    msg.set_content(text if text.endswith("\n") else text + "\n", subtype="plain", charset="utf-8")
    msg.add_alternative(markdown_to_email_html(text, brief.title), subtype="html", charset="utf-8")
    if pdf is not None or epub is not None:
        msg.make_mixed()
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=brief.pdf_path.name)
    if epub is not None:
        msg.add_attachment(epub[1], maintype="application", subtype="epub+zip", filename=epub[0].name)
    # EmailMessage stamps MIME-Version on every part it creates; RFC 2045 wants it on the top level only.
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    return msg


def write_eml(msg: EmailMessage, path: str | os.PathLike) -> Path:
    """Write the message as an .eml file atomically, with the permissions of any other output (the umask's)."""
    path = Path(path)
    data = msg.as_bytes(policy=email.policy.SMTP)
    try:
        write_atomic(path, data)
    except FileNotFoundError:
        raise MailError(f"{path}: cannot write there (no such folder); check the --eml folder exists") from None
    except OSError as exc:
        raise MailError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    return path


# --- sending ------------------------------------------------------------------------------------------------

def _where(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def send_message(msg: EmailMessage, to: list[str] | tuple[str, ...], host: str = "localhost", port: int | None = None,
                 security: str = "starttls", username: str | None = None, password: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, context: ssl.SSLContext | None = None) -> None:
    """Send the message by SMTP to exactly `to` (the envelope never comes from headers); MailError on failure."""
    # `context` replaces the default certificate-verifying TLS context, e.g. for a private CA or in tests.
    if security not in SECURITY_MODES:
        raise MailError(f"security {security!r}: use one of {', '.join(SECURITY_MODES)}")
    port = port or DEFAULT_PORTS[security]
    where = _where(host, port)
    recipients = [parse_address(a, "--to").addr_spec for a in to]
    if not recipients:
        raise MailError("no recipients; give at least one --to ADDRESS")
    from_header = msg.get("From")
    senders = getattr(from_header, "addresses", ())
    if not senders:
        raise MailError("the message has no From address; give --from ADDRESS")
    sender = senders[0].addr_spec
    if username and password is None:
        raise MailError(f"--username {username} needs a password: set {PASSWORD_ENV} in the environment")
    if username and security == "none" and host.lower() not in _LOOPBACK:
        # smtplib would send the password in the clear; refuse rather than leak it.
        raise MailError(f"refusing to send the password unencrypted to {where}; use --security starttls or tls")
    context = context or ssl.create_default_context()
    try:
        if security == "tls":
            client = smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
    except socket.gaierror as exc:
        raise MailError(f"cannot find SMTP host {host} ({exc.strerror or exc}); check --smtp-host") from None
    except ssl.SSLError as exc:
        raise MailError(f"TLS with {where} failed ({exc.reason or exc}); check --security "
                        "(port 465 usually means tls, 587 starttls)") from None
    except TimeoutError:
        raise MailError(f"timed out connecting to {where}; check --smtp-host/--smtp-port") from None
    except (OSError, smtplib.SMTPException) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise MailError(f"cannot connect to {where} ({reason}); check --smtp-host/--smtp-port") from None
    try:
        with client:
            if security == "starttls":
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise MailError(f"{where} does not offer STARTTLS; use --security tls (port 465) "
                                    "or --security none on a trusted network")
                client.starttls(context=context)
                client.ehlo()
            if username:
                client.login(username, password)
            refused = client.send_message(msg, from_addr=sender, to_addrs=recipients)
    except MailError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"{where} refused the login as {username} ({_reply(exc)}); check --username and "
                        f"{PASSWORD_ENV}") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(f"{where} does not support that ({exc}); without AUTH, leave out --username") from None
    except smtplib.SMTPRecipientsRefused as exc:
        detail = "; ".join(f"{a}: {_reply(r)}" for a, r in exc.recipients.items())
        raise MailError(f"{where} refused every recipient ({detail}); check the --to addresses") from None
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(f"{where} refused the sender {exc.sender} ({_reply(exc)}); check --from") from None
    except smtplib.SMTPDataError as exc:
        raise MailError(f"{where} refused the message ({_reply(exc)})") from None
    except smtplib.SMTPServerDisconnected as exc:
        raise MailError(f"{where} closed the connection ({exc or 'no reason given'}); check --security and "
                        "--smtp-port") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"sending through {where} failed ({exc})") from None
    except ssl.SSLError as exc:
        raise MailError(f"TLS with {where} failed ({exc.reason or exc}); check --security") from None
    except TimeoutError:
        raise MailError(f"{where} stopped answering (timed out after {timeout:g}s)") from None
    except OSError as exc:
        raise MailError(f"connection to {where} failed ({exc.strerror or exc})") from None
    if refused:
        detail = "; ".join(f"{a}: {_reply(r)}" for a, r in refused.items())
        raise MailError(f"sent, but {where} refused some recipients ({detail}); check those --to addresses")
    log.info("sent %s to %s via %s", msg["Subject"], ", ".join(recipients), where)


# --- sending once ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MailOutcome:
    """What `send_once` did: who got this version now, and who had it already."""

    sent: tuple[str, ...]
    already: tuple[str, ...]
    version: str


def library_root(markdown_path: Path) -> Path:
    """The output library a brief belongs to: the nearest folder above it that briefgen writes a manifest in."""
    for folder in markdown_path.resolve().parents:
        if (folder / MANIFEST).is_file():
            return folder
    return markdown_path.resolve().parent


def message_version(msg: EmailMessage) -> str:
    """A hash of what a message says (subject, parts, attachments), not of its Date or Message-ID."""
    digest = hashlib.sha256(clean_header(msg["Subject"]).encode("utf-8"))
    for part in msg.walk():
        if not part.is_multipart():
            digest.update(b"\0" + part.get_content_type().encode("ascii") + b"\0")
            digest.update(part.get_payload(decode=True) or b"")
    return digest.hexdigest()


def send_once(path: str | os.PathLike, to: list[str] | tuple[str, ...], sender: str, attach_pdf: bool = False,
              settings: Settings | None = None, force: bool = False, now: str | None = None,
              attach_epub: bool = False, **smtp) -> MailOutcome:
    """Send a brief to every recipient who has not had this version of it yet (all of them with `force`).

    What was sent is recorded in the library's state database (`briefgen.state`, table `mail`) only after
    the SMTP server accepted the message, so a failed send records nothing and the next run tries again.
    """
    from .state import State

    recipients = [parse_address(a, "--to") for a in to]
    msg = build_message(path, to, sender, attach_pdf=attach_pdf, settings=settings, attach_epub=attach_epub)
    brief = read_brief(path)
    root = library_root(brief.markdown_path)
    key = brief.markdown_path.resolve().relative_to(root).as_posix()
    version = message_version(msg)
    with State.in_library(root) as state:
        pending = [a for a in recipients if force or not state.sent(key, a.addr_spec, version)]
        already = tuple(a.addr_spec for a in recipients if a not in pending)
        if not pending:
            return MailOutcome((), already, version)
        if len(pending) != len(recipients):
            msg = build_message(path, [str(a) for a in pending], sender, attach_pdf=attach_pdf, settings=settings,
                                attach_epub=attach_epub)
        send_message(msg, [str(a) for a in pending], **smtp)
        sent = tuple(a.addr_spec for a in pending)
        state.record_sent(key, sent, version, now or datetime.datetime.now(datetime.timezone.utc).isoformat())
    return MailOutcome(sent, already, version)


def _reply(exc_or_pair: object) -> str:
    """An SMTP reply as `550 text`, from an exception or a (code, message) pair."""
    if isinstance(exc_or_pair, tuple):
        code, text = exc_or_pair[0], exc_or_pair[1]
    else:
        code, text = getattr(exc_or_pair, "smtp_code", ""), getattr(exc_or_pair, "smtp_error", b"")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return clean_header(f"{code} {text}")
