"""Ingest stage, text: decoded text -> an `Article` (headline, body offset); Markdown and HTML to plain text."""

from __future__ import annotations

import html.parser
import logging
import re
from pathlib import Path

from ..errors import InputError
from ..model import Article

log = logging.getLogger(__name__)

# A headline is one short line without closing punctuation; longer lines are body text.
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 25
SUFFIXES_MARKDOWN = (".md", ".markdown")

# Elements whose text is never article text.
NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "title"})
# Page furniture dropped when a page is read without trafilatura (the plain-text fallback).
PAGE_FURNITURE = frozenset({"nav", "header", "footer", "aside", "form", "iframe", "button", "select", "menu"})
# Elements that start a new line of text.
BLOCKS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "br", "div", "section",
    "article", "main", "ul", "ol", "dl", "dt", "dd", "table", "figure", "figcaption", "hr", "address",
})
# Table cells on one row stay on one line, a space apart.
CELLS = frozenset({"td", "th"})
# Void elements have no end tag, so they must not open a skipped region.
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})


class _TextOfHTML(html.parser.HTMLParser):
    """Plain text of HTML, one block a line, with a streaming (non-recursive) parser: any depth is fine."""

    def __init__(self, skip: frozenset[str] = NEVER_TEXT) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.parts: list[str] = []
        self.skipping = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self.skip and tag not in VOID:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n")
        elif tag in CELLS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self.skip:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skipping:
            self.parts.append(data)


def _lines(text: str) -> str:
    """Text with runs of blanks collapsed, lines trimmed and empty lines dropped."""
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(markup: str, skip: frozenset[str] = NEVER_TEXT) -> tuple[str, str]:
    """The (title, text) of HTML without trafilatura: blocks one a line, `skip` elements dropped."""
    parser = _TextOfHTML(skip)
    parser.feed(markup)
    parser.close()
    return _lines(" ".join(parser.title)), _lines("".join(parser.parts))


def strip_markdown(text: str) -> str:
    """The readable text of a Markdown document, one block a line."""
    import markdown

    try:
        return html_to_text(markdown.markdown(text))[1]
    except RecursionError:
        # Python-Markdown parses nested quotes and lists recursively: thousands of levels (">>>>…") exhaust
        # the stack. Markdown source reads well as plain text, so the article is kept, its markup with it.
        log.warning("Markdown nested too deeply to parse; reading it as plain text")
        return text


def is_headline(line: str) -> bool:
    """Whether a first line reads as a headline: short and without closing punctuation."""
    line = line.strip()
    return (
        bool(line)
        and len(line) <= MAX_HEADLINE_CHARS
        and len(line.split()) <= MAX_HEADLINE_WORDS
        and not re.search(r"[.!?:;,…\"”’')\]]$", line)
    )


def stem_title(source: str) -> str:
    """A readable title from a file name: "kursk_north_korean_troops.txt" -> "Kursk north korean troops"."""
    stem = "stdin" if source == "-" else Path(source).stem
    words = re.sub(r"[_\-.]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else "Untitled"


def _check_words(text: str, source: str) -> None:
    """Refuse text with nothing to summarise."""
    if not re.search(r"[^\W\d_]", text):
        raise InputError(f"{source}: no words to summarise")


def parse_article(text: str, source: str = "-", title: str | None = None, language: str = "english") -> Article:
    """An `Article` from decoded text: the first line is the title when it reads as a headline."""
    if source != "-" and Path(source).suffix.lower() in SUFFIXES_MARKDOWN:
        text = strip_markdown(text)
    if not text.strip():
        raise InputError(f"{source}: empty article (no text to summarise)")
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    body_start = 0
    if first_line_end >= 0 and is_headline(first_line) and text[first_line_end:].strip():
        body_start = first_line_end + 1
        found_title = first_line.strip()
    else:
        found_title = stem_title(source)
    _check_words(text[body_start:], source)
    return Article(text=text, title=title or found_title, source=source, body_start=body_start, language=language)


def compose_article(body: str, source: str, found_title: str | None, title: str | None = None,
                    language: str = "english", **metadata: str | None) -> Article:
    """An `Article` from a known headline and body (HTML pages, feed entries): the headline is line one."""
    found_title = _lines(found_title or "").replace("\n", " ")
    body = _lines(body)
    if not body:
        raise InputError(f"{source}: no article text found (the page or entry holds no readable paragraphs)")
    # Extractors sometimes keep the page's <h1> as the first paragraph; it must not appear twice.
    first_line = body.split("\n", 1)[0]
    if found_title and first_line.strip() == found_title:
        body = body[len(first_line) + 1:]
    _check_words(body, source)
    if found_title:
        text, body_start = f"{found_title}\n{body}", len(found_title) + 1
    else:
        text, body_start = body, 0
    return Article(text=text, title=title or found_title or stem_title(source), source=source,
                   body_start=body_start, language=language, **metadata)
