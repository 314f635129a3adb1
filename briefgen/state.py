"""State (leaf-side store): the SQLite database of what briefgen has fetched, seen and mailed.

One file in the output library, `DIR/.briefgen.sqlite` (stdlib sqlite3, WAL journal, every change in a
transaction, so a run killed at any moment leaves it as it was before or after a whole step):

    feeds    one row per subscription: the address fetched (after feed discovery), its ETag and Last-Modified
    entries  every entry ever seen, by feed and identity (guid, else link, else a hash of title and date):
             the day it was first seen, what became of it (new, old, dropped, unreadable), the filter that
             dropped it, and for a briefed entry the article itself, so any run can rebuild its day
    pages    full-text pages by address: the text and metadata extracted from each, fetched once
    mail     which version (content hash) of which digest was sent to which recipient, and when

Addresses are stored with credentials redacted. Nothing here touches the network.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import BriefgenError
from .model import Article
from .urls import redact_url

log = logging.getLogger(__name__)

STATE_FILE = ".briefgen.sqlite"
SCHEMA_VERSION = 1
# Another briefgen run (an overlapping cron job) may hold the write lock for a moment; wait that long for it.
BUSY_TIMEOUT_SECONDS = 30.0
STATUSES = ("new", "old", "dropped", "unreadable")
# The Article fields stored for an entry: everything but the language, which comes from the run's settings.
ARTICLE_FIELDS = ("title", "text", "source", "body_start", "date", "link", "author", "site")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,              -- the subscription as the user gave it (credentials redacted)
    kind TEXT NOT NULL,                -- 'feed', or 'page' for a page named as a daily input
    fetch_url TEXT NOT NULL,           -- the address fetched: the feed itself, or the one its page links to
    etag TEXT, last_modified TEXT,     -- validators of the last answer, sent back as If-None-Match / -Modified-Since
    checked_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
    feed TEXT NOT NULL,
    key TEXT NOT NULL,                 -- 'guid:...', 'link:...' or 'hash:...'
    day TEXT NOT NULL,                 -- the digest day it was first seen on (YYYY-MM-DD)
    first_seen TEXT NOT NULL,          -- ISO 8601 UTC
    published TEXT,                    -- the entry's own date-time, ISO 8601 UTC, when it has one
    position INTEGER NOT NULL,         -- its place in the feed when first seen (keeps the day's order stable)
    status TEXT NOT NULL CHECK (status IN ('new', 'old', 'dropped', 'unreadable')),
    filter TEXT,                       -- for a dropped entry, the filter that dropped it
    title TEXT, link TEXT,
    article TEXT,                      -- for a new entry, the article as briefed (JSON)
    PRIMARY KEY (feed, key)
);
CREATE INDEX IF NOT EXISTS entries_by_day ON entries (day, status);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    page TEXT NOT NULL                 -- JSON: text, title, date, author, site
);
CREATE TABLE IF NOT EXISTS mail (
    digest TEXT NOT NULL,              -- the brief's path inside the library, e.g. 2024-11-01/daily-brief.md
    recipient TEXT NOT NULL,
    version TEXT NOT NULL,             -- sha256 of what was sent (subject, Markdown, PDF when attached)
    sent_at TEXT NOT NULL,
    PRIMARY KEY (digest, recipient, version)
);
"""


class StateError(BriefgenError):
    """The state database cannot be opened or used."""

    exit_code = 2


@dataclass(frozen=True)
class FeedState:
    """What the database remembers of one subscription."""

    url: str
    kind: str
    fetch_url: str
    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class EntryRecord:
    """One entry seen for the first time, as it is to be recorded."""

    key: str
    position: int
    status: str
    published: str | None = None
    title: str | None = None
    link: str | None = None
    filter: str | None = None
    article: Article | None = None


@dataclass(frozen=True)
class CachedPage:
    """A full-text page fetched before: where it ended up and what was extracted from it."""

    url: str
    final_url: str
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    site: str | None = None


def _article_json(article: Article) -> str:
    return json.dumps({name: getattr(article, name) for name in ARTICLE_FIELDS}, ensure_ascii=False, sort_keys=True)


def _article_from_json(data: str, language: str) -> Article:
    fields = json.loads(data)
    return Article(**{name: fields.get(name) for name in ARTICLE_FIELDS if name in fields}, language=language)


class State:
    """The state database of one output library (thread-safe; every write is one transaction)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            # The library's folder appears with its first record (nothing is created for a run that reads
            # no feed); a folder that cannot be made is reported below like any unopenable database.
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        try:
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: cannot open the state database ({exc}); check the --out folder") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a sent mail or a fetched page, once recorded, survives a power cut too.
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StateError(f"{self.path}: not a usable briefgen state database ({exc}); move it away and run "
                             "again (entries seen before will then count as new)") from None

    @classmethod
    def in_library(cls, folder: str | Path) -> "State":
        """The state database of an output library, created when missing."""
        return cls(Path(folder) / STATE_FILE)

    @staticmethod
    def exists_in(folder: str | Path) -> bool:
        """Whether an output library has a state database yet."""
        return (Path(folder) / STATE_FILE).is_file()

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> "State":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: all of a step or none of it."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.DatabaseError):
                    raise StateError(f"{self.path}: cannot write the state database ({exc})") from None
                if isinstance(exc, sqlite3.OperationalError):
                    raise StateError(f"{self.path}: cannot write the state database ({exc}); is another "
                                     "briefgen run using this library?") from None
                raise

    def _query(self, sql: str, parameters: Sequence = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as exc:
                raise StateError(f"{self.path}: cannot read the state database ({exc})") from None

    def _migrate(self) -> None:
        with self._transaction() as db:
            # One statement at a time: executescript() would COMMIT the open transaction first.
            for statement in filter(str.strip, _SCHEMA.split(";")):
                db.execute(statement)
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StateError(f"{self.path}: made by a newer briefgen (schema {row[0]}); upgrade briefgen")

    # --- feeds and entries ----------------------------------------------------------------------

    def feed(self, url: str) -> FeedState | None:
        """What is remembered of a subscription, or None for one never read."""
        rows = self._query("SELECT url, kind, fetch_url, etag, last_modified FROM feeds WHERE url = ?",
                           (redact_url(url),))
        return FeedState(*rows[0]) if rows else None

    def known_keys(self, url: str) -> set[str]:
        """The identities of every entry of this subscription seen before."""
        return {row[0] for row in self._query("SELECT key FROM entries WHERE feed = ?", (redact_url(url),))}

    def record_feed(self, url: str, kind: str, fetch_url: str, etag: str | None, last_modified: str | None,
                    entries: Iterable[EntryRecord], day: str, now: str) -> None:
        """Record a read of a subscription: its new entries and its validators together, or nothing.

        The validators are stored only with the entries they cover, so a run killed before this call
        fetches the feed in full again next time instead of getting a 304 for entries never stored.
        """
        feed = redact_url(url)
        rows = [(feed, e.key, day, now, e.published, e.position, e.status, e.filter, e.title,
                 redact_url(e.link) if e.link else None, _article_json(e.article) if e.article else None)
                for e in entries]
        with self._transaction() as db:
            db.executemany("INSERT INTO entries (feed, key, day, first_seen, published, position, status, filter, "
                           "title, link, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (feed, key) DO NOTHING", rows)
            db.execute("INSERT INTO feeds (url, kind, fetch_url, etag, last_modified, checked_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET kind = excluded.kind, "
                       "fetch_url = excluded.fetch_url, etag = excluded.etag, last_modified = excluded.last_modified, "
                       "checked_at = excluded.checked_at",
                       (feed, kind, fetch_url, etag, last_modified, now))

    def day_articles(self, day: str, language: str = "english") -> list[Article]:
        """Every article briefed on this day, in a stable order (first seen, feed, place in the feed)."""
        rows = self._query("SELECT article FROM entries WHERE day = ? AND status = 'new' AND article IS NOT NULL "
                           "ORDER BY first_seen, feed, position, key", (day,))
        return [_article_from_json(row[0], language) for row in rows]

    def day_drops(self, day: str) -> list[tuple[str, int]]:
        """How many entries of this day each filter dropped, most first."""
        rows = self._query("SELECT filter, COUNT(*) FROM entries WHERE day = ? AND status = 'dropped' "
                           "GROUP BY filter ORDER BY COUNT(*) DESC, filter", (day,))
        return [(str(name), int(count)) for name, count in rows]

    def day_counts(self, day: str) -> dict[str, int]:
        """How many entries first seen on this day ended up in each status."""
        rows = self._query("SELECT status, COUNT(*) FROM entries WHERE day = ? GROUP BY status", (day,))
        return {str(status): int(count) for status, count in rows}

    # --- pages ----------------------------------------------------------------------------------

    def page(self, url: str) -> CachedPage | None:
        """The page fetched for this address before, or None."""
        rows = self._query("SELECT url, final_url, page FROM pages WHERE url = ?", (redact_url(url),))
        if not rows:
            return None
        url_, final_url, data = rows[0]
        fields = json.loads(data)
        return CachedPage(url_, final_url, **{k: fields.get(k) for k in ("text", "title", "date", "author", "site")})

    def put_page(self, page: CachedPage, now: str) -> None:
        """Remember a fetched page (its own transaction: a page fetched is never fetched again)."""
        data = json.dumps({k: getattr(page, k) for k in ("text", "title", "date", "author", "site")},
                          ensure_ascii=False, sort_keys=True)
        with self._transaction() as db:
            db.execute("INSERT OR REPLACE INTO pages (url, final_url, fetched_at, page) VALUES (?, ?, ?, ?)",
                       (redact_url(page.url), redact_url(page.final_url), now, data))

    # --- mail -----------------------------------------------------------------------------------

    def sent(self, digest: str, recipient: str, version: str) -> bool:
        """Whether this version of this digest was sent to this recipient before."""
        return bool(self._query("SELECT 1 FROM mail WHERE digest = ? AND recipient = ? AND version = ?",
                                (digest, recipient.lower(), version)))

    def record_sent(self, digest: str, recipients: Iterable[str], version: str, now: str) -> None:
        """Record a successful send to these recipients (one transaction)."""
        with self._transaction() as db:
            db.executemany("INSERT OR IGNORE INTO mail (digest, recipient, version, sent_at) VALUES (?, ?, ?, ?)",
                           [(digest, r.lower(), version, now) for r in recipients])


__all__ = ["CachedPage", "EntryRecord", "FeedState", "STATE_FILE", "State", "StateError"]
