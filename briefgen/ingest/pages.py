"""Ingest stage, HTML: a decoded web page -> its main text and metadata (trafilatura, never fetching)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import lxml.etree
import lxml.html

from .text import NEVER_TEXT, PAGE_FURNITURE, html_to_text

log = logging.getLogger(__name__)

# Tables past this many rows are cut before extraction: a brief quotes prose, and trafilatura's time
# grows with the tree (a 5,000-row table takes seconds).
MAX_TABLE_ROWS = 200
# Pages with more elements than this, after cutting tables, are read by the plain-text fallback.
MAX_EXTRACT_ELEMENTS = 50_000
# libxml2 stops parsing (ERR_RESOURCE_LIMIT) at 256 levels of nesting and drops everything after;
# such a page is read by the streaming fallback instead, which has no depth limit.
LIBXML_DEPTH_ERROR = "Excessive depth"
# What trafilatura's heuristic code can raise on odd pages (RecursionError on deep trees, lxml errors);
# any of them costs the page its boilerplate removal or metadata, never the article.
EXTRACTOR_FAILURES = (
    RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError, lxml.etree.LxmlError,
)


@dataclass(frozen=True)
class Page:
    """The readable part of an HTML page: paragraphs one a line, and what its metadata says."""

    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None
    link: str | None = None


def _parse(markup: str):
    """An lxml tree of the page, and whether libxml2 gave up part-way (too deep)."""
    # Parsed from UTF-8 bytes with the encoding stated: the text is already decoded, so a <meta charset>
    # or XML declaration in it (often wrong) must not be obeyed a second time.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True)
    try:
        tree = lxml.html.fromstring(markup.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):  # an empty or unparsable document
        return None, False
    truncated = any(LIBXML_DEPTH_ERROR in entry.message for entry in parser.error_log)
    return tree, truncated


def _cut_tables(tree) -> int:
    """Drop table rows past `MAX_TABLE_ROWS` in every table; the number of rows dropped."""
    dropped = 0
    for table in tree.iter("table"):
        rows = table.xpath("./tr | ./*/tr")
        for row in rows[MAX_TABLE_ROWS:]:
            row.getparent().remove(row)
            dropped += 1
    return dropped


def _metadata(tree) -> dict[str, str | None]:
    """Title, date, author, site name and canonical link from the page's metadata."""
    from trafilatura.metadata import extract_metadata

    try:
        meta = extract_metadata(tree)
    except EXTRACTOR_FAILURES as exc:
        log.warning("page metadata could not be read (%s)", exc)
        return {}
    return {"title": meta.title, "date": meta.date, "author": meta.author, "site": meta.sitename, "link": meta.url}


def _fallback(markup: str, why: str, meta: dict[str, str | None]) -> Page:
    """The page read by the streaming parser, page furniture dropped (or kept, when that leaves nothing)."""
    log.warning("reading the page as plain text: %s", why)
    title, text = html_to_text(markup, NEVER_TEXT | PAGE_FURNITURE)
    if not text:  # an unclosed <header> or <nav> swallowed the page
        title, text = html_to_text(markup)
    return Page(text=text, **{**meta, "title": meta.get("title") or title or None})


def extract_page(markup: str) -> Page:
    """The main text of an HTML page (boilerplate, navigation, comments, scripts and styles dropped)."""
    import trafilatura

    tree, truncated = _parse(markup)
    if tree is None:
        return _fallback(markup, "lxml could not parse it", {})
    meta = _metadata(tree)
    if truncated:
        return _fallback(markup, "nested too deeply for lxml", meta)
    dropped = _cut_tables(tree)
    if dropped:
        log.warning("left out %d table rows past the first %d of each table", dropped, MAX_TABLE_ROWS)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_EXTRACT_ELEMENTS:
        return _fallback(markup, f"{elements:,} elements, too many for main-text extraction", meta)
    try:
        # A parsed tree, never a string, so nothing can be taken for a URL to fetch.
        doc = trafilatura.bare_extraction(
            tree, with_metadata=False, include_comments=False, include_tables=True, include_images=False,
            include_links=False, include_formatting=False, deduplicate=False,
        )
    except EXTRACTOR_FAILURES as exc:
        return _fallback(markup, f"main-text extraction failed ({type(exc).__name__})", meta)
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        return _fallback(markup, "main-text extraction found nothing", meta)
    return Page(text=text, **meta)


def extract_fragment(markup: str) -> str:
    """The text of an HTML fragment (a feed entry's content): paragraphs one a line."""
    page = extract_page(f"<html><body><article>{markup}</article></body></html>")
    return page.text
