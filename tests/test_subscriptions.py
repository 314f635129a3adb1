"""Subscriptions: keyword filters, OPML files (safely parsed), [[feed]] tables, --since and --now."""

from __future__ import annotations

import datetime

import pytest

from briefgen.errors import ConfigError
from briefgen.subscriptions import (
    Filters,
    Subscription,
    SubscriptionError,
    drop_reason,
    feed_tables,
    merge_subscriptions,
    parse_now,
    parse_since,
    read_opml,
)

UTC = datetime.timezone.utc


def test_filters_match_whole_words_and_phrases_in_any_case() -> None:
    scope = (Filters(exclude=("football", "transfer window")),)
    assert drop_reason(scope, "FOOTBALL: cup final tonight", "") == "exclude “football”"
    assert drop_reason(scope, "Market news", "The Transfer\nWindow closes.") == "exclude “transfer window”"
    assert drop_reason(scope, "Footballers' union", "") is None  # a whole word, not a prefix
    assert drop_reason((Filters(include=("war",)),), "An award for the mayor", "") == "include “war”"


def test_excludes_win_and_each_scope_is_named() -> None:
    scopes = (Filters(exclude=("sport",)), Filters(include=("ukraine", "nato"), scope="World"))
    assert drop_reason(scopes, "Sport in Ukraine", "") == "exclude “sport”"
    assert drop_reason(scopes, "Budget talks", "Nothing else.") == "include “ukraine”, “nato” (World)"
    assert drop_reason(scopes, "Summit", "NATO leaders met.") is None
    assert drop_reason(scopes, "Budget talks", "x", exclude_only=True) is None


OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="{version}"><head><title>My feeds</title></head><body>
  <outline text="News" title="News">
    <outline type="rss" text="World" title="World news" xmlUrl="https://example.org/world.rss" htmlUrl="https://example.org/"/>
    <outline type="rss" text="Tech" xmlUrl="https://example.net/atom.xml"/>
  </outline>
  <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
  <outline type="rss" text="Lower" xmlurl="http://example.com/feed"/>
</body></opml>
"""


@pytest.mark.parametrize("version", ["1.0", "2.0"])
def test_opml_nested_outlines_and_refused_schemes(tmp_path, version, caplog) -> None:
    path = tmp_path / "feeds.opml"
    path.write_text(OPML.format(version=version), "utf-8")
    subs = read_opml(path)
    assert [(s.url, s.name) for s in subs] == [("https://example.org/world.rss", "World news"),
                                               ("https://example.net/atom.xml", "Tech"),
                                               ("http://example.com/feed", "Lower")]
    assert "file: address" in caplog.text


def test_an_opml_entity_bomb_is_neither_expanded_nor_fatal_to_memory(tmp_path) -> None:
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
            + ']>\n<opml version="2.0"><body><outline text="&i;" xmlUrl="https://example.org/f.rss"/></body></opml>')
    path = tmp_path / "bomb.opml"
    path.write_text(bomb, "utf-8")
    try:
        subs = read_opml(path)
    except SubscriptionError as exc:  # libxml2 refuses the amplification outright: a clear error
        assert "not a readable OPML file" in str(exc)
    else:
        assert len(subs[0].name or "") < 100  # 10**9 characters had the entities been expanded


def test_an_opml_external_entity_reads_no_file(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", "utf-8")
    path = tmp_path / "xxe.opml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
                    '<opml version="2.0"><body><outline text="x&xxe;" xmlUrl="https://example.org/f.rss"/>'
                    '</body></opml>', "utf-8")
    try:
        subs = read_opml(path)
    except SubscriptionError as exc:  # refused (an external entity in an attribute), and nothing read
        assert "TOP-SECRET" not in str(exc)
    else:
        assert "TOP-SECRET" not in (subs[0].name or "")


@pytest.mark.parametrize("text, message", [
    ("<opml><body>", "not a readable OPML file"),
    ("<html><body/></html>", "not an OPML file"),
    ('<opml version="2.0"><body><outline text="x"/></body></opml>', "no feeds in this OPML file"),
])
def test_bad_opml_files(tmp_path, text, message) -> None:
    path = tmp_path / "bad.opml"
    path.write_text(text, "utf-8")
    with pytest.raises(SubscriptionError, match=message):
        read_opml(path)


def test_feed_tables_and_every_problem_at_once() -> None:
    subs, problems = feed_tables([{"url": "https://example.org/world.rss", "name": "World", "include": ["ukraine"],
                                   "exclude": "sport", "full-text": "always"}])
    assert problems == [] and subs == (Subscription("https://example.org/world.rss", "World", ("ukraine",),
                                                    ("sport",), "always", where="briefgen.toml [[feed]] #1"),)
    _, problems = feed_tables([{"url": "ftp://x/y"}, {"name": "no url"}, {"url": "https://a/", "full-text": "some",
                                                                          "colour": "red", "include": [1]}])
    assert len(problems) == 5
    assert any("#1" in p and "ftp: address" in p for p in problems)
    assert any("#2: needs url" in p for p in problems)
    assert any("#3: colour: unknown key" in p for p in problems)
    assert any("#3: full-text must be one of auto, always, never" in p for p in problems)
    assert any("#3.include: give a list of words" in p for p in problems)


def test_merge_keeps_each_address_once_first_place_wins() -> None:
    a = Subscription("https://a/", "From the config", include=("x",))
    merged = merge_subscriptions([a], [Subscription("https://a/"), Subscription("https://b/")])
    assert [s.url for s in merged] == ["https://a/", "https://b/"] and merged[0] is a


def test_since_durations_and_dates() -> None:
    now = datetime.datetime(2024, 11, 2, 6, 0, tzinfo=UTC)
    assert parse_since("24h", now) == datetime.datetime(2024, 11, 1, 6, 0, tzinfo=UTC)
    assert parse_since("2d", now) == datetime.datetime(2024, 10, 31, 6, 0, tzinfo=UTC)
    assert parse_since("90m", now) == datetime.datetime(2024, 11, 2, 4, 30, tzinfo=UTC)
    assert parse_since("1w", now) == now - datetime.timedelta(days=7)
    assert parse_since("2024-11-01T12:00+00:00", now) == datetime.datetime(2024, 11, 1, 12, tzinfo=UTC)
    with pytest.raises(ConfigError, match="duration"):
        parse_since("yesterday", now)


def test_now_is_pinned_or_the_clock() -> None:
    assert parse_now("2024-11-01T06:00:00+00:00") == datetime.datetime(2024, 11, 1, 6, tzinfo=UTC)
    assert abs(parse_now(None) - datetime.datetime.now(UTC)) < datetime.timedelta(seconds=5)
    with pytest.raises(ConfigError, match="--now"):
        parse_now("tomorrow")
