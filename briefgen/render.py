"""Render stage: a `Brief` -> Markdown, HTML, PDF and JSON, from Jinja2 templates.

Templates are looked up in the user's `--templates DIR` first, then in the bundled set; never in
the current directory. Markdown escapes article text that would read as Markdown syntax; HTML is
autoescaped. WeasyPrint only ever sees a URL fetcher that refuses everything but `data:` URLs and
the bundled assets, so no article can make the renderer read a file or the network.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2

from . import __version__
from .config import LANGUAGE_CODES, Settings
from .errors import RenderError, TemplateError
from .model import Brief, Item, Quote, Section, Sentence, Source

log = logging.getLogger(__name__)

MARKDOWN_TEMPLATE = "brief.md.j2"
HTML_TEMPLATE = "brief.html.j2"
GENERATOR = f"briefgen {__version__}"


@functools.cache  # every render asks; the answer only changes with a reinstall
def bundled_templates() -> Path:
    """The folder of templates shipped with briefgen (inside the wheel, or the repo's `templates/`)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "brief.md.j2").is_file():
            return candidate
    raise TemplateError(f"bundled templates are missing (looked in {here / 'templates'}); reinstall briefgen")


def template_dirs(settings: Settings) -> list[Path]:
    """Folders searched for templates, in order."""
    dirs = []
    if settings.templates is not None:
        user = Path(settings.templates)
        if not user.is_dir():
            raise TemplateError(f"--templates {user}: not a folder (give a folder holding your templates)")
        dirs.append(user)
    dirs.append(bundled_templates())
    return dirs


def template_file(name: str, settings: Settings) -> bytes:
    """The bytes of a file shipped beside the templates (a stylesheet, a script), found like a template."""
    dirs = template_dirs(settings)
    for folder in dirs:
        if (folder / name).is_file():
            return (folder / name).read_bytes()
    raise TemplateError(f"{name} not found (searched: {', '.join(str(d) for d in dirs)})")


# Characters that start Markdown syntax anywhere in a line.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# Syntax that only counts at the start of a line: headings, quotes, lists, rules.
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def escape_markdown(text: Any) -> str:
    """Article text made inert in Markdown: every character that could start syntax is escaped."""
    text = _MD_INLINE.sub(r"\\\1", str(text))
    text = text.replace("&", "&amp;") if re.search(r"&#?\w+;", text) else text
    return _MD_LINE_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if not m.group(2)[0].isdigit()
                                                      else m.group(2)[:-1] + "\\" + m.group(2)[-1]), text)


def one_line(text: Any) -> str:
    """Text with every kind of line break folded to a space (a list item stays one item)."""
    return re.sub(r"[\r\n\u2028\u2029\x85\x0b\x0c]+", " ", str(text)).strip()


def yaml_value(value: Any) -> str:
    """A string or list as YAML flow syntax; JSON's quoting is valid YAML and escapes every line break.

    Angle brackets and ampersands become \\u escapes (valid YAML too), so a viewer that shows front
    matter as Markdown still gets no raw HTML out of it.
    """
    data = [one_line(v) for v in value] if isinstance(value, (list, tuple)) else one_line(value)
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def tag_name(name: Any) -> str:
    """A name as a tag notes apps accept (no spaces or punctuation): "Antony Blinken" -> "antony-blinken"."""
    return re.sub(r"[^\w]+", "-", str(name).lower()).strip("-") or "tag"


# Citations past this many ids are summarised ("+12 more"): an actor named in 50 sentences would
# otherwise fill lines with ids. The JSON always lists every id.
MAX_CITED_IDS = 6


def cite(ids: Any, limit: int | None = None) -> str:
    """Sentence ids as a compact citation: "s1", "s1, s4", "s1, s4, … +12 more" (at most `limit` ids shown,
    MAX_CITED_IDS by default)."""
    ids = list(ids)
    limit = MAX_CITED_IDS if limit is None else limit
    shown = ", ".join(f"s{i}" for i in ids[:limit])
    return shown if len(ids) <= limit else f"{shown} +{len(ids) - limit} more"


def left_column(count: int) -> int:
    """How many of a section's `count` items the left of its two columns holds: the first half, the odd one
    included. The page template splits its columns so, and the fitter measures them so."""
    return (count + 1) // 2


def _item_quotes(item: Item) -> list[str]:
    """Quotes worth showing beside an item: those not already its visible text, each wording once (two
    sources or sentences may say "90 survivors" alike)."""
    return list(dict.fromkeys(q.text for q in item.quotes if q.text not in item.text))


@functools.lru_cache(maxsize=32)
def _environment(dirs: tuple[Path, ...], html: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in dirs]),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = lambda value: escape_markdown(one_line(value))
    env.filters["one_line"] = one_line
    env.filters["cite"] = cite
    env.filters["item_quotes"] = _item_quotes
    env.filters["left_column"] = left_column
    env.filters["yaml"] = yaml_value
    env.filters["tag"] = tag_name
    return env


def render_template(name: str, settings: Settings, html: bool, **context: Any) -> str:
    """Any bundled or user template rendered with briefgen's filters (HTML ones autoescaped).

    Every template error becomes a `TemplateError` that names the template and, when it is missing,
    the folders searched.
    """
    dirs = template_dirs(settings)
    env = _environment(tuple(dirs), html)
    try:
        return env.get_template(name).render(settings=settings, generator=GENERATOR, page_size=settings.page_size,
                                             **context)
    except jinja2.TemplateNotFound as exc:
        searched = ", ".join(str(d) for d in dirs)
        raise TemplateError(f"template {exc.name or name} not found (searched: {searched})") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template {exc.filename or name}, line {exc.lineno}: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template {name}: {exc.message}") from None


def _render(name: str, brief: Brief, settings: Settings, html: bool) -> str:
    return render_template(name, settings, html, brief=brief, bottom_line=brief.bottom_line,
                           lang=LANGUAGE_CODES.get(brief.language, "en"))


def render_markdown(brief: Brief, settings: Settings | None = None) -> str:
    """The brief as Markdown, from `brief.md.j2`."""
    return _render(MARKDOWN_TEMPLATE, brief, settings or Settings(), html=False)


def render_html(brief: Brief, settings: Settings | None = None) -> str:
    """The brief as a standalone HTML page (styles inlined), from `brief.html.j2`."""
    return _render(HTML_TEMPLATE, brief, settings or Settings(), html=True)


def brief_to_dict(brief: Brief, sentences: bool = True) -> dict[str, Any]:
    """The brief as plain data, in the documented JSON schema (see README, "JSON schema"); without
    `sentences` the sentence list is left empty for the caller to fill."""
    return {
        "schema": brief.schema,
        "title": brief.title,
        "source": brief.source,
        "date": brief.date,
        "language": brief.language,
        "generator": GENERATOR,
        "algorithm": brief.algorithm,
        "omitted": brief.omitted,
        "text": brief.text,
        # A merged story's sentences point into their own source's text, so each source then carries it;
        # a single source's text is the top-level `text`.
        "sources": [{"id": src.id, "source": src.name, "title": src.title, "date": src.date, "link": src.link,
                     "author": src.author, "site": src.site, **({"text": src.text} if len(brief.sources) > 1 else {})}
                    for src in brief.sources],
        "sentences": [_sentence_dict(s) for s in brief.sentences] if sentences else [],
        "sections": [
            {
                "key": section.key,
                "title": section.title,
                "omitted": section.omitted,
                "note": section.note,
                "items": [
                    {
                        "text": item.text,
                        "sentence_ids": list(item.sentence_ids),
                        "rank": item.rank,
                        "quotes": [{"text": q.text, "start": q.start, "end": q.end, "sentence_id": q.sentence_id,
                                    "truncated": q.truncated} for q in item.quotes],
                        **dict(item.fields),
                    }
                    for item in section.items
                ],
            }
            for section in brief.sections
        ],
    }


# Item keys of the JSON schema itself; every other key of an item is one of its section's fields.
_ITEM_KEYS = ("text", "sentence_ids", "rank", "quotes")


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """The brief a `brief_to_dict` (or a briefgen JSON file) holds: the exact inverse, for re-rendering."""
    sources = tuple(Source(s["id"], s["source"], s["title"], s.get("text", data["text"]), s["date"], s["link"],
                           s["author"], s["site"]) for s in data["sources"])
    sentences = tuple(Sentence(s["id"], s["text"], s["start"], s["end"], s.get("paragraph", 0), s["headline"],
                               s["source"]) for s in data["sentences"])
    sections = tuple(
        Section(section["key"], section["title"], tuple(
            Item(item["text"], tuple(item["sentence_ids"]),
                 tuple(Quote(q["text"], q["start"], q["end"], q["sentence_id"], q["truncated"])
                       for q in item["quotes"]),
                 item["rank"], {k: v for k, v in item.items() if k not in _ITEM_KEYS})
            for item in section["items"]), section["omitted"], section["note"])
        for section in data["sections"])
    return Brief(title=data["title"], source=data["source"], text=data["text"], sentences=sentences,
                 sections=sections, date=data["date"], language=data["language"], algorithm=data["algorithm"],
                 schema=data["schema"], sources=sources)


def render_json(brief: Brief, settings: Settings | None = None) -> str:
    """The brief as JSON text (UTF-8, sorted nowhere: key order is the schema's)."""
    return "".join(json_parts(brief))


def render_json_bytes(brief: Brief, settings: Settings | None = None) -> bytes:
    """`render_json` encoded as UTF-8, made part by part: a huge brief's text never stands twice."""
    return b"".join(part.encode("utf-8") for part in json_parts(brief))


def json_parts(brief: Brief) -> Iterator[str]:
    """The pieces of the brief's JSON text, made as they are read: the same text as
    `json.dumps(brief_to_dict(brief), indent=2)`, with the sentence list encoded one sentence at a time,
    so a book-length article's 200,000 sentences never stand as dicts or text twice."""
    head = json.dumps(brief_to_dict(brief, sentences=False), ensure_ascii=False, indent=2)
    if not brief.sentences:
        yield head + "\n"
        return
    # Strings hold no raw newline, so the one line opening with the top-level key is the slot.
    before, _, after = head.partition('\n  "sentences": [],\n')
    yield before + '\n  "sentences": [\n'
    for i, sentence in enumerate(brief.sentences):
        item = textwrap.indent(json.dumps(_sentence_dict(sentence), ensure_ascii=False, indent=2), "    ")
        yield (",\n" + item) if i else item
    yield "\n  ],\n" + after + "\n"


def _sentence_dict(s) -> dict[str, Any]:
    return {"id": s.id, "text": s.text, "start": s.start, "end": s.end, "headline": s.headline,
            "source": s.source, "paragraph": s.paragraph}


class LockedURLFetcher:
    """Factory of WeasyPrint's URL fetcher that refuses every URL but `data:` and bundled assets."""

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def create():
        """One fetcher instance (WeasyPrint 70 wants a `URLFetcher`, not a plain function)."""
        _weasyprint()
        from weasyprint.urls import URLFetcher

        assets = bundled_templates().resolve()

        class _Locked(URLFetcher):
            def fetch(self, url: str, headers: Any = None):  # noqa: D401 - WeasyPrint's signature
                if url.startswith("data:"):
                    return super().fetch(url, headers)
                if url.startswith("file:"):
                    from urllib.request import url2pathname

                    path = Path(url2pathname(url.split("?")[0].removeprefix("file:"))).resolve()
                    if path.is_relative_to(assets) and path.is_file():
                        return super().fetch(url, headers)
                log.warning("refused to fetch %s (briefgen reads no files or network from a brief)", url[:200])
                raise ValueError(f"briefgen refuses to fetch {url[:200]}")

        return _Locked(timeout=1, allowed_protocols={"data", "file"}, allow_redirects=False)


# A plain <style> block in the page's head. WeasyPrint parses it on every render (about 10 ms for
# brief.css, a sixth of a brief's layout); the same text is parsed once per process instead.
_STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.DOTALL)


@contextlib.contextmanager
def _loader_cache_lookup():
    """While WeasyPrint loads Pango and friends, `ctypes.util.find_library` answers from one `ldconfig -p`.

    WeasyPrint tries several spellings per library (Windows, macOS, Linux); for every spelling that does
    not load by file name, cffi asks `find_library`, which on Linux runs `ldconfig -p` and then gcc and ld
    on a test program, once per name: about 40 subprocesses and 0.3 s of the 0.6 s import (WeasyPrint
    issue #1125). The cache is read once instead, with find_library's own pattern; a library outside the
    cache still loads by the file name WeasyPrint lists (the loader searches LD_LIBRARY_PATH), and an import
    that fails this way is retried with the real lookup (see `_weasyprint`).
    """
    import ctypes.util

    if not sys.platform.startswith("linux") or "weasyprint.text.ffi" in sys.modules:
        yield
        return
    try:
        listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, check=False,
                                 env={"LC_ALL": "C", "LANG": "C"}, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        yield
        return
    abi = {"x86_64": "libc6,x86-64", "ppc64": "libc6,64bit", "sparc64": "libc6,64bit", "s390x": "libc6,64bit",
           "ia64": "libc6,IA-64"}.get(os.uname().machine, "libc6") if sys.maxsize > 2**32 else "libc6"

    def find_library(name: str) -> str | None:
        found = re.search(rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({re.escape(abi)}".encode(), listing)
        return os.fsdecode(found.group(1)) if found else None

    real, ctypes.util.find_library = ctypes.util.find_library, find_library
    try:
        yield
    finally:
        ctypes.util.find_library = real


def _weasyprint():
    try:
        try:
            with _loader_cache_lookup():
                import weasyprint
        except OSError:  # a library only gcc or ld could find: the real lookup, as WeasyPrint does it
            import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except OSError as exc:  # missing Pango and friends
        raise RenderError(f"WeasyPrint cannot start ({exc}); install libpango-1.0-0 libpangoft2-1.0-0 "
                          "libharfbuzz-subset0 fonts-dejavu-core (run `make brief` to set up)") from None
    return weasyprint, FontConfiguration


@functools.cache  # one per process: building it costs a few ms a render, and it only caches fonts
def _font_config():
    return _weasyprint()[1]()


@functools.lru_cache(maxsize=16)  # a run uses one or two stylesheets (the brief's, the digest's)
def _stylesheet(css: str, base: str):
    weasyprint = _weasyprint()[0]
    return weasyprint.CSS(string=css, base_url=base, url_fetcher=LockedURLFetcher.create(), font_config=_font_config())


def render_document(html: str):
    """A laid-out WeasyPrint document of some HTML (pages counted by `len(doc.pages)`)."""
    weasyprint = _weasyprint()[0]
    base = bundled_templates().as_uri() + "/"
    # A page whose head holds one plain <style> block gets it as a stylesheet parsed once: with no other
    # author styles, a stylesheet passed to render() ranks exactly like the page's own.
    head = html[:max(html.find("</head>"), 0)]
    blocks = list(_STYLE_BLOCK.finditer(head))
    sheets = []
    if len(blocks) == 1 and head.count("<style") == 1 and "<link" not in head:
        sheets = [_stylesheet(blocks[0].group(1), base)]
        html = html[:blocks[0].start()] + html[blocks[0].end():]
    return weasyprint.HTML(string=html, base_url=base, url_fetcher=LockedURLFetcher.create()).render(
        stylesheets=sheets, font_config=_font_config())


def pdf_bytes(document) -> bytes:
    """The PDF of a laid-out document, byte-identical for identical input."""
    return document.write_pdf()


def render_pdf(brief: Brief, settings: Settings | None = None) -> bytes:
    """The brief as a PDF, as it stands (see `briefgen.fit.fit_brief` to make it fit one page)."""
    return pdf_bytes(render_document(render_html(brief, settings)))
