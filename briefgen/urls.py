"""Addresses (leaf module): telling URLs from paths, checking schemes, redacting credentials, naming outputs.

No network and no HTTP library here, so the command line and the config reader can use it at start-up.
"""

from __future__ import annotations

import re
import urllib.parse

from .errors import InputError

SCHEMES = ("http", "https")
# Schemes a user might type that are recognisably addresses rather than file names: refused, never fetched.
OTHER_SCHEMES = ("file", "ftp", "ftps", "sftp", "data", "javascript", "vbscript", "mailto", "gopher", "ws", "wss",
                 "feed", "blob", "about")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# Query parameters whose values are secrets (private feeds carry ?token=...); their values are redacted.
_SECRET_PARAM = re.compile(
    r"^(?:.*[_.-])?(?:token|key|apikey|secret|password|passwd|pwd|pass|auth|authorization|signature|sig|"
    r"session|sid|credentials?)$", re.IGNORECASE)


class FetchError(InputError):
    """A URL cannot be fetched or read; `reason` is the message without the address (for the digest's cover)."""

    def __init__(self, message: str, reason: str | None = None, transient: bool = False) -> None:
        super().__init__(message)
        self.reason = reason or message
        # Whether trying again later may work (a timeout, a 5xx); a 404 or a refused address will not.
        self.transient = transient


def fetch_error(url: str, reason: str, hint: str = "", transient: bool = False) -> FetchError:
    """A `FetchError` whose message is "<redacted url>: <reason><hint>"."""
    return FetchError(f"{redact_url(url)}: {reason}{hint}", reason, transient)


def url_scheme(text: str) -> str | None:
    """The scheme of something that reads as an address (http:, https:, file:, data:, ...), else None (a path)."""
    match = _SCHEME.match(text)
    if not match:
        return None
    scheme = match.group(1).lower()
    return scheme if scheme in SCHEMES + OTHER_SCHEMES else None


def is_url(text: str) -> bool:
    """Whether a command-line input names an address rather than a file."""
    return url_scheme(text) is not None


def check_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http or https address with a host; else `FetchError`."""
    url = url.strip()
    scheme = url_scheme(url)
    if scheme not in SCHEMES:
        what = f"a {scheme}: address" if scheme else "not an absolute http(s) address"
        raise fetch_error(url, f"{what}; briefgen fetches only http:// and https:// URLs")
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        host = None
    if not host:
        raise fetch_error(url, "no host name in the address")
    return url


def redact_url(url: str) -> str:
    """A URL safe to show or store: user:password@ and the values of secret-looking query parameters hidden."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "<unreadable address>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_PARAM.match(name) for name, _ in pairs):
            query = "&".join(f"{urllib.parse.quote(name, safe='')}=" +
                             ("***" if _SECRET_PARAM.match(name) else urllib.parse.quote(value, safe=""))
                             for name, value in pairs)
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def url_stem(url: str) -> str:
    """What an output made from a URL is named after: its last path segment without extension, else its host."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in urllib.parse.unquote(parts.path).split("/") if s]
    if segments:
        last = segments[-1]
        stem = last.rsplit(".", 1)[0] if "." in last.strip(".") else last
        if stem.strip("."):
            return stem
    return parts.hostname or "page"
