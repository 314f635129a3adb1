"""Intake stage, end to end: `briefgen daily` and `briefgen brief` against real HTTP servers on loopback.

127.0.0.1 serves feeds (RSS, Atom), site pages, teaser-only entries with their full article pages and
every failure; 127.0.0.2 is the forbidden target, linked from feeds on 127.0.0.1 and never reached.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.ingest.feeds import Entry
from briefgen.intake import TEASER_WORDS, entry_key, needs_page
from briefgen.state import STATE_FILE
from tests.webserver import Route, TestServer

ROOT = Path(__file__).resolve().parent.parent
STORIES = Path(__file__).resolve().parent / "data" / "stories"
DAY = "2024-11-01"
NOW = "2024-11-01T08:00:00+00:00"
FAST = ["--fetch-timeout", "3", "--read-timeout", "0.5", "--connect-timeout", "1", "--host-pause", "0",
        "--retries", "0"]


def _story(name: str) -> tuple[str, list[str]]:
    title, *paragraphs = [line for line in (STORIES / f"{name}.txt").read_text("utf-8").splitlines() if line.strip()]
    return title, paragraphs


def _page(name: str) -> str:
    title, paragraphs = _story(name)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home · World · Sport</nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>© Example News</footer></body></html>")


def _teaser(name: str) -> str:
    return _story(name)[1][0].split(". ")[0] + "."


def _rss(items: list[tuple[str, str | None, str]], base: str) -> str:
    """RSS 2.0 of (story name, RFC 822 date or None, guid) items, each a teaser linking to its page."""
    out = []
    for name, date, guid in items:
        title, _ = _story(name)
        when = f"<pubDate>{date}</pubDate>" if date else ""
        out.append(f"<item><title>{title}</title><link>{base}/news/{name}.html</link><guid>{guid}</guid>{when}"
                   f"<description>{_teaser(name)}</description></item>")
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>World Wire</title><link>{base}/</link>'
            + "".join(out) + "</channel></rss>")


def _atom(items: list[tuple[str, str | None]], base: str) -> str:
    out = []
    for name, date in items:
        title, _ = _story(name)
        when = f"<updated>{date}</updated>" if date else ""
        out.append(f'<entry><title>{title}</title><link href="{base}/news/{name}.html"/><id>urn:x:{name}</id>{when}'
                   f"<summary>{_teaser(name)}</summary></entry>")
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>'
            '<id>urn:x:desk</id><updated>2024-11-01T06:00:00Z</updated>' + "".join(out) + "</feed>")


def _rfc822(hours_before_now: float) -> str:
    moment = datetime.fromisoformat(NOW).timestamp() - hours_before_now * 3600
    return format_datetime(datetime.fromtimestamp(moment, timezone.utc), usegmt=True)


WORLD = [("comet-discovery", _rfc822(3), "c1"), ("marathon-record", _rfc822(4), "m1"),
         ("football-cup-final", _rfc822(5), "f1"), ("museum-exhibition", _rfc822(24 * 12), "o1")]
ATOM = [("estvia-bank-holds", "2024-11-01T05:00:00Z"), ("quillon-new-office", None)]


def _serve_site(server: TestServer, forbidden: TestServer | None = None) -> None:
    base = server.url("")
    for path in STORIES.glob("*.txt"):
        server.routes[f"/news/{path.stem}.html"] = Route(_page(path.stem))
    server.routes["/world.rss"] = Route(_rss(WORLD, base), content_type="application/rss+xml", etag='"w1"')
    server.routes["/atom.xml"] = Route(_atom(ATOM, base), content_type="application/atom+xml",
                                       last_modified="Fri, 01 Nov 2024 06:00:00 GMT")
    server.routes["/site/"] = Route('<html><head><title>World Wire</title><link rel="alternate" '
                                    'type="application/rss+xml" href="/world.rss"></head><body>Hi</body></html>')
    server.routes["/html-feed"] = Route("<html><head><title>Shop</title></head><body><p>Buy now</p></body></html>")
    server.routes["/broken.xml"] = Route("oops", status=500)
    server.routes["/slow.xml"] = Route(_rss(WORLD[:1], base), delay=3)
    server.routes["/malformed.xml"] = Route("<?xml version='1.0'?><rss version='2.0'><channel><title>Cut</title></rss>",
                                            content_type="application/rss+xml")
    server.routes["/go/comet"] = Route(status=302, headers={"Location": "/2024/11/01/comet-story.html"})
    server.routes["/2024/11/01/comet-story.html"] = Route(_page("comet-discovery"))
    if forbidden is not None:
        secret = forbidden.url("/secret.html")
        server.routes["/evil.rss"] = Route(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Evil</title>'
            f'<item><title>Internal memo leaked</title><link>{secret}</link><guid>e1</guid>'
            "<description>A short teaser about a memo that the council published on Monday.</description></item>"
            f'<item><title>Bounce</title><link>{base}/out</link><guid>e2</guid><description>Another teaser about '
            "the harbour bridge repairs.</description></item></channel></rss>", content_type="application/rss+xml")
        server.routes["/out"] = Route(status=302, headers={"Location": secret})
        server.routes["/site-evil/"] = Route('<html><head><link rel="alternate" type="application/atom+xml" '
                                             f'href="{forbidden.url("/feed.xml")}"></head><body>x</body></html>')


@pytest.fixture
def site():
    with TestServer("127.0.0.1") as server, TestServer("127.0.0.2") as forbidden:
        forbidden.routes["/secret.html"] = Route(_page("quillon-layoffs-report"))
        forbidden.routes["/feed.xml"] = Route(_atom(ATOM, forbidden.url("")), content_type="application/atom+xml")
        _serve_site(server, forbidden)
        yield server, forbidden


def _daily(runner: CliRunner, out: Path, *args: str, date: str = DAY):
    return runner.invoke(main, ["daily", "--out", str(out), "--date", date, "--now", NOW, "--format", "md",
                                *FAST, *args], catch_exceptions=False)


def _titles(out: Path, date: str = DAY) -> list[str]:
    import json

    return sorted(json.loads(p.read_text("utf-8"))["title"] for p in (out / date / "stories").glob("*.json"))


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".cache" not in p.parts and not p.name.startswith(STATE_FILE)}


@pytest.fixture
def runner():
    return CliRunner()


# --- Units ----------------------------------------------------------------------------------------


def test_entry_identity_is_guid_then_link_then_title_and_date() -> None:
    assert entry_key(Entry(1, "T", "x", guid="g1", link="http://h/a")) == "guid:g1"
    assert entry_key(Entry(1, "T", "x", link="http://u:pw@h/a")) == "link:http://***@h/a"
    same = entry_key(Entry(1, "T", "x", date="2024-11-01"))
    assert same.startswith("hash:") and same == entry_key(Entry(2, "T", "other text", date="2024-11-01"))
    assert same != entry_key(Entry(1, "T", "x", date="2024-11-02"))


def test_teasers_get_their_page_fetched_under_auto() -> None:
    teaser = Entry(1, "T", "word " * (TEASER_WORDS - 1), link="http://h/a")
    full = Entry(1, "T", "word " * TEASER_WORDS, link="http://h/a")
    assert needs_page(teaser, "auto") and not needs_page(full, "auto")
    assert needs_page(full, "always") and not needs_page(teaser, "never")
    assert not needs_page(Entry(1, "T", "", link=None), "always")


# --- Daily from feeds -----------------------------------------------------------------------------


def test_feeds_filters_since_and_a_second_run_that_is_conditional(site, runner, tmp_path) -> None:
    server, _ = site
    out = tmp_path / "out"
    args = ["--feed", server.url("/world.rss"), "--feed", server.url("/atom.xml"), "--exclude", "cup final",
            "--since", "24h"]
    first = _daily(runner, out, *args)
    assert first.exit_code == 0, first.output
    assert _titles(out) == sorted([_story(n)[0] for n in ("comet-discovery", "marathon-record", "estvia-bank-holds",
                                                          "quillon-new-office")])  # the undated entry counts
    digest = (out / DAY / "daily-brief.md").read_text("utf-8")
    assert "*Filters dropped 1 entry — exclude “cup final”: 1.*" in digest
    assert server.count("/news/football-cup-final.html") == 0  # excluded by its title: its page never fetched
    assert server.count("/news/museum-exhibition.html") == 0  # older than --since
    pages = {r.path for r in server.requests if r.path.startswith("/news/")}
    assert pages == {f"/news/{n}.html" for n in ("comet-discovery", "marathon-record", "estvia-bank-holds",
                                                 "quillon-new-office")}
    story = next((out / DAY / "stories").glob("amateur*.json")).read_text("utf-8")
    assert "backyard telescope" in story  # the full text was briefed, not the one-sentence teaser
    before = _tree(out)
    requests = server.count()

    second = _daily(runner, out, *args)
    assert second.exit_code == 0, second.output
    assert "2 of 2 feeds read, 0 new entries; 0 files written" in second.stderr
    assert server.count() == requests + 2  # the two feeds, nothing else
    world, atom = server.requests_for("/world.rss")[-1], server.requests_for("/atom.xml")[-1]
    assert world.headers["if-none-match"] == '"w1"'
    assert atom.headers["if-modified-since"] == "Fri, 01 Nov 2024 06:00:00 GMT"
    assert _tree(out) == before


def test_new_entries_join_the_day_they_were_first_seen_on(site, runner, tmp_path) -> None:
    server, _ = site
    out = tmp_path / "out"
    assert _daily(runner, out, "--feed", server.url("/world.rss"), "--since", "24h").exit_code == 0
    morning = _titles(out)
    server.routes["/world.rss"] = Route(_rss([("norland-inflation-report", _rfc822(1), "n1"), *WORLD],
                                             server.url("")), content_type="application/rss+xml", etag='"w2"')
    fetched = server.count("/news/comet-discovery.html")
    result = _daily(runner, out, "--feed", server.url("/world.rss"), "--since", "24h")
    assert result.exit_code == 0 and "1 new entry" in result.stderr
    assert _titles(out) == sorted(morning + [_story("norland-inflation-report")[0]])
    assert server.count("/news/comet-discovery.html") == fetched  # seen before: never fetched again
    # The next day starts empty of them: every entry stays part of the day it was first seen on.
    next_day = _daily(runner, out, "--feed", server.url("/world.rss"), date="2024-11-02")
    assert next_day.exit_code == 0 and _titles(out, "2024-11-02") == []
    assert _titles(out) == sorted(morning + [_story("norland-inflation-report")[0]])


def test_failed_feeds_get_a_line_each_and_a_cover_line_and_the_day_is_still_built(site, runner, tmp_path) -> None:
    server, _ = site
    out = tmp_path / "out"
    bad = ["/broken.xml", "/html-feed", "/slow.xml", "/malformed.xml", "/missing.xml"]
    args = ["--feed", server.url("/atom.xml")] + [a for path in bad for a in ("--feed", server.url(path))]
    result = _daily(runner, out, *args)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5 and all(any(path in line for line in errors) for path in bad)
    assert any("HTTP 500 Internal Server Error" in e for e in errors)
    assert any("a web page, not a feed, and it names no feed" in e for e in errors)
    assert any("no answer within 0.5 s" in e for e in errors)
    assert any("not a readable RSS or Atom feed" in e for e in errors)
    assert any("HTTP 404 Not Found" in e for e in errors)
    digest = (out / DAY / "daily-brief.md").read_text("utf-8")
    assert "5 of 6 feeds could not be read:" in digest and "(HTTP 500 Internal Server Error)" in digest
    assert _titles(out) == sorted(_story(n)[0] for n in ("estvia-bank-holds", "quillon-new-office"))


def test_content_may_never_reach_another_private_host(site, runner, tmp_path) -> None:
    server, forbidden = site
    out = tmp_path / "out"
    result = _daily(runner, out, "--feed", server.url("/evil.rss"), "--feed", server.url("/site-evil/"))
    assert forbidden.count() == 0  # not the linked page, not the redirect's target, not the discovered feed
    assert server.count("/out") == 1
    assert result.exit_code == 1
    assert "refused to connect to 127.0.0.2 (a loopback address)" in result.stderr
    # The entries are still briefed, from the feed's own text.
    assert _titles(out) == ["Bounce", "Internal memo leaked"]


def test_discovery_opml_config_tables_page_inputs_and_files_mix(site, runner, tmp_path, monkeypatch) -> None:
    server, _ = site
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text(
        f'[[feed]]\nurl = "{server.url("/site/")}"\nname = "World"\ninclude = ["comet", "marathon"]\n', "utf-8")
    server.routes["/feeds.opml"] = Route('<?xml version="1.0"?><opml version="2.0"><body><outline text="Desk" '
                                         f'xmlUrl="{server.url("/atom.xml")}"/></body></opml>',
                                         content_type="text/x-opml")
    (tmp_path / "feeds.opml").write_text(
        f'<?xml version="1.0"?><opml version="1.0"><body><outline text="Desk" xmlUrl="{server.url("/atom.xml")}"/>'
        "</body></opml>", "utf-8")
    local = tmp_path / "inbox"
    local.mkdir()
    (local / "ferry.txt").write_text((STORIES / "ferry-coastal-wire.txt").read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    result = _daily(runner, out, str(local), server.url("/news/museum-exhibition.html"), "--subscriptions",
                    "feeds.opml", "--subscriptions", server.url("/feeds.opml"))
    assert result.exit_code == 0, result.stderr
    assert server.count("/feeds.opml") == 1
    assert _titles(out) == sorted(_story(n)[0] for n in (
        "comet-discovery", "marathon-record", "estvia-bank-holds", "quillon-new-office", "ferry-coastal-wire",
        "museum-exhibition"))
    digest = (out / DAY / "daily-brief.md").read_text("utf-8")
    assert "include “comet”, “marathon” (World): 2" in digest  # football and the museum entry
    assert server.count("/site/") == 1
    museum = server.count("/news/museum-exhibition.html")
    again = _daily(runner, out, str(local), server.url("/news/museum-exhibition.html"), "--subscriptions",
                   "feeds.opml")
    assert again.exit_code == 0 and server.count("/site/") == 1  # the discovered feed is fetched directly now
    assert server.count("/news/museum-exhibition.html") == museum  # the page input is not fetched again


def test_brief_a_page_a_redirect_and_a_feed_by_url(site, runner, tmp_path) -> None:
    server, _ = site
    out = tmp_path / "out"
    result = runner.invoke(main, ["brief", server.url("/news/comet-discovery.html"), server.url("/go/comet"),
                                  server.url("/atom.xml"), "--format", "md", "--out", str(out), "--date", DAY, *FAST])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.md")) == ["atom-1.md", "atom-2.md", "comet-discovery.md",
                                                        "comet-story.md"]
    failed = runner.invoke(main, ["brief", server.url("/news/gone.html"), server.url("/news/museum-exhibition.html"),
                                  "--format", "md", "--out", str(out), "--date", DAY, *FAST])
    assert failed.exit_code == 1 and (out / "museum-exhibition.md").is_file()
    assert [line for line in failed.stderr.splitlines() if line.startswith("error:")] == [
        f"error: {server.url('/news/gone.html')}: HTTP 404 Not Found (no such page; check the address)"]
    comet = (out / "comet-discovery.md").read_text("utf-8")
    assert "Amateur Astronomer Spots New Comet" in comet and "Home · World" not in comet
    assert "Estvia" in (out / "atom-1.md").read_text("utf-8")


@pytest.mark.parametrize("args, code, message", [
    (["--feed", "file:///etc/passwd"], 2, "a file: address; briefgen fetches only http:// and https://"),
    (["--since", "yesterday", "--feed", "http://127.0.0.1:9/x"], 2, "give a duration"),
    (["--subscriptions", "missing.opml"], 2, "missing.opml: no such file"),
    ([], 2, "nothing to brief"),
])
def test_daily_usage_errors(runner, tmp_path, monkeypatch, args, code, message) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["daily", "--out", "out", *args])
    assert result.exit_code == code and message in result.stderr + result.output


def test_a_bad_url_input_is_skipped_with_one_line(runner, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "comet.txt").write_text((STORIES / "comet-discovery.txt").read_text("utf-8"), "utf-8")
    result = runner.invoke(main, ["daily", str(inbox), "ftp://127.0.0.1/story.txt", "--out", str(tmp_path / "o"),
                                  "--format", "md", "--date", DAY])
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("error:")] == [
        "error: ftp://127.0.0.1/story.txt: a ftp: address; briefgen fetches only http:// and https:// URLs"]
    assert not (tmp_path / "o" / STATE_FILE).exists()  # no URL was named: no database, no network


def test_a_bad_feed_table_is_reported_with_the_others(runner, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text('[[feed]]\nurl = "ftp://x/"\n[[feed]]\nname = "x"\n[brief]\nbogus = 1\n')
    result = runner.invoke(main, ["daily", "--out", "out"])
    assert result.exit_code == 2
    assert "[[feed]] #1" in result.stderr and "[[feed]] #2: needs url" in result.stderr and "brief.bogus" in \
        result.stderr


def test_offline_by_default_nothing_imports_the_fetcher(tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "comet.txt").write_text((STORIES / "comet-discovery.txt").read_text("utf-8"), "utf-8")
    code = ("import sys\nfrom briefgen.cli import main\n"
            "for argv in (['--help'], ['daily', sys.argv[1], '--out', sys.argv[2], '--format', 'md']):\n"
            "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
            "print('HTTPX' if 'httpx' in sys.modules else 'OFFLINE')\n")
    done = subprocess.run([sys.executable, "-c", code, str(inbox), str(tmp_path / "o")], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert done.stdout.strip().endswith("OFFLINE"), done.stderr
    assert (tmp_path / "o" / DAY[:0]).exists() and not (tmp_path / "o" / STATE_FILE).exists()


def test_kill_9_mid_fetch_then_a_rerun_gives_the_files_of_an_uninterrupted_run(site, tmp_path) -> None:
    server, _ = site
    feeds = ["--feed", server.url("/world.rss"), "--feed", server.url("/atom.xml")]
    command = [sys.executable, "-c", "import sys; from briefgen.cli import main; sys.exit(main())", "daily", *feeds, "--date", DAY, "--now", NOW, "--format", "md",
               *FAST, "--fetch-timeout", "20", "--read-timeout", "20"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        env.pop(name, None)
    clean = subprocess.run([*command, "--out", str(tmp_path / "clean")], env=env, capture_output=True, text=True,
                           timeout=120)
    assert clean.returncode == 0, clean.stderr

    stalled = Route(_page("marathon-record"), stall=True)
    server.routes["/news/marathon-record.html"] = stalled  # the second page of the world feed hangs
    killed = subprocess.Popen([*command, "--out", str(tmp_path / "killed")], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        assert server.stalled.wait(60), "the run never reached the stalled page"
        time.sleep(0.2)  # the atom feed's entries may be in flight too
        killed.send_signal(signal.SIGKILL)
        killed.wait(10)
    finally:
        if killed.poll() is None:
            killed.kill()
    server.release.set()
    import sqlite3

    db = sqlite3.connect(tmp_path / "killed" / STATE_FILE)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT COUNT(*) FROM entries WHERE feed LIKE '%world.rss'").fetchone() == (0,)  # none half
    db.close()
    server.routes["/news/marathon-record.html"] = Route(_page("marathon-record"))
    rerun = subprocess.run([*command, "--out", str(tmp_path / "killed")], env=env, capture_output=True, text=True,
                           timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert _tree(tmp_path / "killed") == _tree(tmp_path / "clean")


def test_an_entry_whose_page_failed_for_now_is_tried_again(site, runner, tmp_path) -> None:
    server, _ = site
    out = tmp_path / "out"
    server.routes["/bare.rss"] = Route(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Bare</title><item><title>Comet</title>'
        f'<link>{server.url("/news/comet-discovery.html")}</link><guid>b1</guid></item></channel></rss>',
        content_type="application/rss+xml", etag='"b1"')
    server.routes["/news/comet-discovery.html"] = Route("busy", status=503)
    first = _daily(runner, out, "--feed", server.url("/bare.rss"))
    assert first.exit_code == 0 and _titles(out) == [] and "will try again next run" in first.stderr
    server.routes["/news/comet-discovery.html"] = Route(_page("comet-discovery"))
    second = _daily(runner, out, "--feed", server.url("/bare.rss"))
    assert "if-none-match" not in server.requests_for("/bare.rss")[-1].headers  # fetched whole, not a 304
    assert second.exit_code == 0 and _titles(out) == ["Comet"]


def test_cover_lines_reach_the_pdf_layout_escaped() -> None:
    from briefgen.config import Settings
    from briefgen.daily import _context, daily_html

    notes = ["1 of 2 feeds could not be read: <b>Gone</b> (HTTP 404 Not Found)."]
    html = daily_html([], _context(DAY, [], ("pdf",), notes), Settings(), cover=True)
    assert "1 of 2 feeds could not be read: &lt;b&gt;Gone&lt;/b&gt; (HTTP 404 Not Found)." in html
