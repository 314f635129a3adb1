"""State: the SQLite database of feeds, entries, pages and mail: tables, WAL, atomic steps, redaction, bad files."""

from __future__ import annotations

import sqlite3

import pytest

from briefgen.model import Article
from briefgen.state import STATE_FILE, CachedPage, EntryRecord, State, StateError

DAY = "2024-11-01"
NOW = "2024-11-01T06:00:00+00:00"


def _article(n: int) -> Article:
    return Article(text=f"Title {n}\nBody {n} says something.", title=f"Title {n}", source=f"http://h/{n}",
                   body_start=8, date=DAY, link=f"http://h/{n}")


def test_schema_wal_and_tables(tmp_path) -> None:
    with State.in_library(tmp_path) as state:
        assert state.path == tmp_path / STATE_FILE
    db = sqlite3.connect(tmp_path / STATE_FILE)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"meta", "feeds", "entries", "pages", "mail"}


def test_a_feed_read_is_recorded_whole_and_the_day_read_back_in_order(tmp_path) -> None:
    with State.in_library(tmp_path) as state:
        entries = [EntryRecord("guid:b", 2, "new", article=_article(2)), EntryRecord("guid:a", 1, "new",
                                                                                     article=_article(1)),
                   EntryRecord("guid:c", 3, "dropped", filter="exclude “sport”"),
                   EntryRecord("guid:d", 4, "old")]
        state.record_feed("http://h/feed.xml", "feed", "http://h/feed.xml", '"v1"', None, entries, DAY, NOW)
        assert state.feed("http://h/feed.xml").etag == '"v1"'
        assert state.known_keys("http://h/feed.xml") == {"guid:a", "guid:b", "guid:c", "guid:d"}
        articles = state.day_articles(DAY, language="french")
        assert [a.title for a in articles] == ["Title 1", "Title 2"] and articles[0] == _article(1).__class__(
            **{**_article(1).__dict__, "language": "french"})
        assert state.day_drops(DAY) == [("exclude “sport”", 1)]
        assert state.day_counts(DAY) == {"new": 2, "dropped": 1, "old": 1}
        assert state.day_articles("2024-11-02") == []


def test_a_failed_step_leaves_nothing(tmp_path) -> None:
    with State.in_library(tmp_path) as state:
        bad = [EntryRecord("guid:a", 1, "new", article=_article(1)), EntryRecord("guid:b", 2, "no-such-status")]
        with pytest.raises(sqlite3.IntegrityError):
            state.record_feed("http://h/feed.xml", "feed", "http://h/feed.xml", '"v1"', None, bad, DAY, NOW)
        assert state.feed("http://h/feed.xml") is None and state.known_keys("http://h/feed.xml") == set()


def test_pages_and_mail_records(tmp_path) -> None:
    with State.in_library(tmp_path) as state:
        page = CachedPage("http://h/a.html", "http://h/a2.html", "Text.", title="A")
        state.put_page(page, NOW)
        assert state.page("http://h/a.html") == page and state.page("http://h/b.html") is None
        assert not state.sent("2024-11-01/daily-brief.md", "ana@example.com", "v1")
        state.record_sent("2024-11-01/daily-brief.md", ["Ana@Example.com"], "v1", NOW)
        assert state.sent("2024-11-01/daily-brief.md", "ana@example.com", "v1")
        assert not state.sent("2024-11-01/daily-brief.md", "ana@example.com", "v2")


def test_credentials_never_reach_the_database(tmp_path) -> None:
    secret = "http://reader:hunter2@h/feed.xml?token=abc123"
    with State.in_library(tmp_path) as state:
        state.record_feed(secret, "feed", "http://h/feed.xml", None, None,
                          [EntryRecord("link:x", 1, "old", link="http://u:hunter2@h/x?sig=abc123")], DAY, NOW)
        state.put_page(CachedPage(secret, secret, "t"), NOW)
        assert state.feed(secret) is not None  # found by the same (redacted) key
    dump = "\n".join(sqlite3.connect(tmp_path / STATE_FILE).iterdump())
    assert "hunter2" not in dump and "abc123" not in dump and "***@h/feed.xml?token=***" in dump


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path) -> None:
    (tmp_path / STATE_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StateError, match="not a usable briefgen state database.*move it away"):
        State.in_library(tmp_path)


def test_a_newer_schema_is_refused(tmp_path) -> None:
    State.in_library(tmp_path).close()
    db = sqlite3.connect(tmp_path / STATE_FILE)
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    db.commit()
    db.close()
    with pytest.raises(StateError, match="newer briefgen"):
        State.in_library(tmp_path)
