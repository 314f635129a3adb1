"""Ingest stage, feeds: a decoded RSS or Atom feed -> one entry per item (feedparser, never fetching)."""

from __future__ import annotations

import datetime
import email.utils
import io
import logging
import re
import time
from dataclasses import dataclass

from ..errors import InputError
from .pages import extract_fragment
from .text import html_to_text

log = logging.getLogger(__name__)

# The text is decoded already; the declaration must say UTF-8 to match the bytes feedparser is given.
_XML_DECLARATION = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
DATE_FORMAT = "%Y-%m-%d"
_SAX_POSITION = re.compile(r"^<unknown>:(\d+):(\d+):\s*")


@dataclass(frozen=True)
class Entry:
    """One feed item: its position (1-based), headline, text (paragraphs one a line) and metadata."""

    number: int
    title: str | None
    text: str
    date: str | None = None
    link: str | None = None
    author: str | None = None
    site: str | None = None
    # The feed's own identity of the entry (RSS guid, Atom id) and its date-time in UTC (ISO 8601), if any.
    guid: str | None = None
    published: str | None = None


def _plain(value: str | None) -> str | None:
    """A one-line plain string from a feed field that may hold markup."""
    if not value:
        return None
    text = html_to_text(value)[1] if "<" in value else value
    return " ".join(text.split()) or None


def _body(entry) -> str:
    """The entry's text: its longest content, else its summary; HTML reduced to its paragraphs."""
    candidates = list(entry.get("content") or [])
    if entry.get("summary_detail"):
        candidates.append(entry["summary_detail"])
    elif entry.get("summary"):
        candidates.append({"value": entry["summary"], "type": "text/html"})
    for item in sorted(candidates, key=lambda c: len(c.get("value") or ""), reverse=True):
        value = item.get("value") or ""
        if not value.strip():
            continue
        if item.get("type", "text/html") in _HTML_TYPES or "<" in value:
            text = extract_fragment(value)
        else:
            text = value
        if text.strip():
            return text
    return ""


def _local_date(raw: str) -> str | None:
    """The calendar date of an RFC 822 or ISO 8601 timestamp in its own time zone, or None."""
    raw = raw.strip()
    try:
        return email.utils.parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.datetime.fromisoformat(raw).date().isoformat()
    except ValueError:
        return None


def _date(entry) -> str | None:
    """The entry's publication (else update) date as YYYY-MM-DD."""
    for key in ("published", "updated", "created"):
        # The date the publisher wrote, in their time zone; feedparser's parsed form is in UTC, which
        # moves an evening story to the next day.
        local = _local_date(entry.get(key) or "")
        if local:
            return local
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime(DATE_FORMAT, parsed)
    return None


def _published(entry) -> str | None:
    """The entry's publication (else update) moment in UTC, ISO 8601, when the feed gives one."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                moment = datetime.datetime(*parsed[:6], tzinfo=datetime.timezone.utc)
            except (TypeError, ValueError):
                continue
            return moment.isoformat()
    return None


def _describe(problem: Exception | None) -> str | None:
    """A parser error as "line 2, column 6: not well-formed" (expat's "<unknown>:" prefix dropped)."""
    if problem is None:
        return None
    return _SAX_POSITION.sub(r"line \1, column \2: ", str(problem), count=1)


def read_feed(text: str, source: str, keep_empty: bool = False) -> tuple[Entry, ...]:
    """Every readable entry of a feed; a malformed feed yields what it can, with a warning.

    `keep_empty` keeps entries without text (a headline and a link), whose text can be fetched.
    """
    import feedparser

    data = _XML_DECLARATION.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")
    # A stream, not a string: feedparser fetches strings that look like URLs and opens ones that
    # name files; only the file the user named may be read.
    result = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    problem = _describe(result.get("bozo_exception")) if result.get("bozo") else None
    if not result.entries:
        if problem is not None:
            raise InputError(f"{source}: not a readable RSS or Atom feed ({problem}); check the file is a whole feed")
        raise InputError(f"{source}: feed has no entries (nothing to summarise)")
    if problem is not None:
        log.warning("%s: malformed feed (%s); read the %d entries found", source, problem, len(result.entries))
    site = _plain(result.feed.get("title"))
    entries = []
    for number, entry in enumerate(result.entries, start=1):
        body = _body(entry)
        if not body.strip() and not keep_empty:
            log.warning("%s#%d: entry has no text; skipped", source, number)
            continue
        entries.append(Entry(
            number=number, title=_plain(entry.get("title")), text=body, date=_date(entry),
            link=entry.get("link") or None, author=_plain(entry.get("author")), site=site,
            guid=(entry.get("id") or "").strip() or None, published=_published(entry),
        ))
    if not entries:
        raise InputError(f"{source}: none of the feed's entries ({len(result.entries)}) has any text to summarise")
    return tuple(entries)
