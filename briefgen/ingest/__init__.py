"""Ingest stage: a file, stdin or a string -> `Article`s (text, HTML page or feed; any common encoding)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .encoding import decode, normalize_text, sniff_binary
from .files import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, MAX_BYTES_FLAG, InputFile, expand_inputs, read_source
from .jsonl import DEFAULT_MAX_FILE_BYTES, is_jsonl, read_jsonl
from .text import (
    MAX_HEADLINE_CHARS,
    MAX_HEADLINE_WORDS,
    SUFFIXES_MARKDOWN,
    compose_article,
    html_to_text,
    is_headline,
    parse_article,
    stem_title,
    strip_markdown,
)

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_FILE_BYTES", "MIN_ARTICLE_WORDS", "InputFile",
    "MAX_BYTES_FLAG", "MAX_HEADLINE_CHARS", "MAX_HEADLINE_WORDS", "SUFFIXES_MARKDOWN", "article_words", "decode",
    "detect_kind", "expand_inputs", "html_to_text", "is_headline", "is_jsonl", "load_article", "load_articles",
    "normalize_text", "parse_article", "parse_input", "read_jsonl", "read_source", "sniff_binary", "stem_title",
    "strip_markdown",
]

log = logging.getLogger(__name__)

SUFFIXES_TEXT = (".txt", ".text")
SUFFIXES_HTML = (".html", ".htm", ".xhtml", ".shtml")
SUFFIXES_FEED = (".xml", ".rss", ".atom", ".rdf", ".feed")
# Characters looked at to tell a feed or a page from plain text (stdin, unknown suffixes).
SNIFF_CHARS = 4096
# What may precede the root element: whitespace, XML declaration, processing instructions, comments, doctype.
_PROLOGUE = r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)*"
_FEED_ROOT = re.compile(_PROLOGUE + r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE | re.DOTALL)
_HTML_START = re.compile(_PROLOGUE + r"<(?:html|head|body)\b|\s*<!doctype\s+html", re.IGNORECASE | re.DOTALL)


def detect_kind(source: str, text: str) -> str:
    """"text", "markdown", "html" or "feed": by suffix, else (stdin, .xml, unknown) by the content's start."""
    suffix = "" if source == "-" else Path(source).suffix.lower()
    if suffix in SUFFIXES_TEXT:
        return "text"
    if suffix in SUFFIXES_MARKDOWN:
        return "markdown"
    head = text[:SNIFF_CHARS]
    if _FEED_ROOT.match(head):
        return "feed"
    if suffix in SUFFIXES_HTML or _HTML_START.match(head):
        return "html"
    if suffix in SUFFIXES_FEED:
        return "feed"
    return "text"


# A saved page whose extracted text has fewer words than this in real sentences holds no article, only
# furniture. Measured: pages of nothing but navigation links, an empty app <div> and its "Please enable
# JavaScript" line have 7 to 9 such words (tests/test_ingest.py has them); the shortest of the 300 dev
# articles has 104, and two short real sentences have about 12. So 12: a page of one short line is refused.
MIN_ARTICLE_WORDS = 12
# A real sentence: at least this many words, ending in sentence punctuation (a menu item or a button
# label is neither).
MIN_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?。！？]+[\"'”’)\]]*")
# CJK characters count one word each: those scripts do not separate words with spaces.
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|\w+")


def article_words(text: str) -> int:
    """Words in the real sentences of a text (see `MIN_SENTENCE_WORDS`): how much article it holds."""
    total = 0
    for line in text.splitlines():
        start = 0
        for end in _SENTENCE_END.finditer(line):  # linear: each sentence is cut where its punctuation is
            words = len(_WORD.findall(line, start, end.end()))
            start = end.end()
            if words >= MIN_SENTENCE_WORDS:
                total += words
    return total


def _page_article(text: str, source: str, title: str | None, language: str) -> Article:
    """The article of an HTML page: its metadata title as line one, then its main text."""
    from .pages import extract_page

    page = extract_page(text)
    if article_words(page.text) < MIN_ARTICLE_WORDS:
        raise InputError(f"{source}: no article text found (the page holds only navigation, scripts or notices; "
                         "save the article's own page, or give its text as a .txt file)")
    return compose_article(page.text, source, page.title, title, language,
                           date=page.date, author=page.author, site=page.site, link=page.link)


def _feed_articles(text: str, source: str, title: str | None, language: str) -> tuple[Article, ...]:
    """One article per feed entry, named "feed.xml#3" (its position in the feed)."""
    from .feeds import read_feed

    name = "stdin" if source == "-" else source
    return tuple(
        compose_article(entry.text, f"{name}#{entry.number}", entry.title, title, language,
                        date=entry.date, author=entry.author, site=entry.site, link=entry.link)
        for entry in read_feed(text, source)
    )


def load_articles(
    source: str, title: str | None = None, language: str = "english", max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Article, ...]:
    """Every article in one input: one for a text, Markdown or HTML file, one per entry for a feed or JSON line.

    A JSON lines file's bad lines are logged as warnings and skipped (`read_jsonl` yields them).
    """
    if is_jsonl(source):
        return _jsonl_articles(source, language, max_bytes)
    return parse_input(read_source(source, max_bytes), source, title=title, language=language)


def parse_input(data: bytes, source: str, title: str | None = None, language: str = "english") -> tuple[Article, ...]:
    """Every article in an input's bytes (as read from `source`, which names it and decides its kind)."""
    text = decode(data, source)
    if not text.strip():
        raise InputError(f"{source}: empty file (nothing but whitespace)")
    kind = detect_kind(source, text)
    if kind == "feed":
        return _feed_articles(text, source, title, language)
    if kind == "html":
        return (_page_article(text, source, title, language),)
    return (parse_article(text, source=source, title=title, language=language),)


def _jsonl_articles(source: str, language: str, max_bytes: int) -> tuple[Article, ...]:
    """The good lines of a JSON lines file; each bad one a warning naming its line."""
    articles = []
    for line in read_jsonl(source, language=language, max_bytes=max_bytes, max_file_bytes=DEFAULT_MAX_FILE_BYTES):
        if line.error is not None:
            log.warning("%s; skipped", line.error)
        else:
            articles.append(line.article)
    if not articles:
        raise InputError(f"{source}: no line holds an article (each needs a \"text\" field)")
    return tuple(articles)


def load_article(
    source: str, title: str | None = None, language: str = "english", max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read, decode and parse one input (or stdin for "-"); of a feed, its first entry."""
    articles = load_articles(source, title=title, language=language, max_bytes=max_bytes)
    if len(articles) > 1:
        log.warning("%s: a feed of %d entries; using the first (load_articles reads them all)", source, len(articles))
    return articles[0]
