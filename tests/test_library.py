"""Library stage: pages, links, actors across days, the search index, re-runs and stale days (no browser)."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.daily import run_daily
from briefgen.library import (
    CSP,
    DayEntry,
    StoryEntry,
    build_search_index,
    collect_actors,
    index_manifest,
    is_library_file,
    search,
    search_index_script,
    search_parts,
    words,
)
from tests.readers import read_index_parts
from briefgen.model import Brief, Item, Section

STORIES = Path(__file__).resolve().parent / "data" / "stories"
DAY_ONE = ["quillon-layoffs-report.txt", "quillon-layoffs-denial.txt", "comet-discovery.txt"]
DAY_TWO = ["quillon-new-office.txt", "marathon-record.txt"]


def _inputs(target: Path, names: list[str]) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(STORIES / name, target / name)
    return target


class _Page(HTMLParser):
    """What an accessibility and security reading of a page needs: headings, links, scripts, lang."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.links: list[tuple[str, str]] = []
        self.scripts: list[str] = []
        self.lang = None
        self.csp = None
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs.get("content")
        if tag == "script":
            self.scripts.append(attrs.get("src") or "")
        if tag == "a":
            self._href, self._text = attrs.get("href"), ""

    def handle_data(self, data):
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, " ".join(self._text.split())))
            self._href = None


def _read(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


@pytest.fixture(scope="module")
def two_days(tmp_path_factory):
    root = tmp_path_factory.mktemp("library")
    out = root / "out"
    first = run_daily([_inputs(root / "one", DAY_ONE)], out=out, date="2024-11-01", formats=("md", "html"))
    second = run_daily([_inputs(root / "two", DAY_TWO)], out=out, date="2024-11-02", formats=("md", "html"))
    return root, out, first, second


def test_every_page_is_accessible_and_links_resolve(two_days) -> None:
    _, out, _, _ = two_days
    pages = sorted(out.rglob("*.html"))
    assert {p.relative_to(out).parts[0] for p in pages} == {"index.html", "actors", "2024-11-01", "2024-11-02"}
    for path in pages:
        page = _read(path)
        assert page.lang == "en", path
        assert page.headings and page.headings[0] == 1 and page.headings.count(1) == 1, path
        # Headings never skip a level going down (h1 -> h3 without an h2).
        assert all(b <= a + 1 for a, b in zip(page.headings, page.headings[1:])), (path, page.headings)
        assert page.csp == CSP and page.scripts == [_rel(path, out) + "library.js"], path
        for href, text in page.links:
            assert text and text.lower() not in ("here", "click here", "link", "more"), (path, href)
            if href.startswith("#"):
                continue
            assert "://" not in href, (path, href)  # nothing remote; sources here have no web links
            assert (path.parent / href).resolve().is_file(), (path, href)


def _rel(path: Path, out: Path) -> str:
    return "../" * (len(path.relative_to(out).parts) - 1)


def test_home_lists_days_newest_first_and_the_lead_stories(two_days) -> None:
    _, out, _, second = two_days
    home = (out / "index.html").read_text("utf-8")
    assert home.index("2024-11-02/index.html") < home.index("2024-11-01/index.html")
    assert 'type="search"' in home
    for story, slug in zip(second.stories, second.slugs):
        assert f'href="2024-11-02/stories/{slug}.html">{story.brief.title}</a>' in home


def test_an_actor_page_gathers_stories_across_days(two_days) -> None:
    _, out, first, second = two_days
    page = out / "actors" / "quillon.html"
    text = page.read_text("utf-8")
    quillon = [s for s in first.stories + second.stories if "Quillon" in s.brief.title]
    assert len(quillon) >= 2
    for story in quillon:
        assert story.brief.title in text
    # Newest day first.
    new = next(s for s in second.stories if "Quillon" in s.brief.title)
    old = next(s for s in first.stories if "Quillon" in s.brief.title)
    assert text.index(new.brief.title) < text.index(old.brief.title)
    # Each story page links its actors to their pages.
    slug = second.slugs[second.stories.index(new)]
    story_page = (out / "2024-11-02" / "stories" / f"{slug}.html").read_text("utf-8")
    assert 'href="../../actors/quillon.html"' in story_page


def test_rerun_rewrites_nothing_and_a_removed_story_leaves_index_and_actor_pages(two_days) -> None:
    root, out, _, _ = two_days
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    again = run_daily([root / "two"], out=out, date="2024-11-02", formats=("md", "html"))
    assert again.written == [] and not again.removed
    assert before == {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    # Day two loses its Quillon story: its page, its index entry and its actor mention all go.
    (root / "two" / "quillon-new-office.txt").unlink()
    gone = next(s for s in again.stories if "Quillon" in s.brief.title)
    gone_slug = again.slugs[again.stories.index(gone)]
    third = run_daily([root / "two"], out=out, date="2024-11-02", formats=("md", "html"))
    assert f"2024-11-02/stories/{gone_slug}.html" in third.removed
    assert not (out / "2024-11-02" / "stories" / f"{gone_slug}.html").exists()
    index = json.dumps(read_index_parts(out), ensure_ascii=False)
    assert gone.brief.title not in index and gone_slug not in index
    assert gone.brief.title not in (out / "actors" / "quillon.html").read_text("utf-8")
    assert "Harwick" not in "".join(p.name for p in (out / "actors").iterdir())  # its only place is gone
    assert any(n.startswith("actors/") for n in third.removed)


def test_a_day_folder_removed_by_hand_disappears_from_the_library(tmp_path) -> None:
    out = tmp_path / "out"
    run_daily([_inputs(tmp_path / "one", ["comet-discovery.txt"])], out=out, date="2024-11-01",
              formats=("md", "html"))
    run_daily([_inputs(tmp_path / "two", ["marathon-record.txt"])], out=out, date="2024-11-02",
              formats=("md", "html"))
    shutil.rmtree(out / "2024-11-01")
    # A later run, even without html, keeps the library current once it exists.
    run_daily([tmp_path / "two"], out=out, date="2024-11-02", formats=("md",))
    home = (out / "index.html").read_text("utf-8")
    assert "2024-11-01" not in home and "2024-11-01" not in json.dumps(read_index_parts(out))
    assert "comet" not in " ".join(p.name for p in (out / "actors").iterdir()).lower()


def test_article_text_is_escaped_on_every_page(tmp_path) -> None:
    hostile = tmp_path / "in" / "hostile.txt"
    hostile.parent.mkdir()
    hostile.write_text("Minister <script>alert(1)</script> Resigns\nMinister Aldo Verne of <img src=x "
                       "onerror=alert(2)> Tarnia resigned on Friday, officials said. \"</script><b>No</b>,\" "
                       "Verne said.\n", "utf-8")
    out = tmp_path / "out"
    run_daily([hostile.parent], out=out, date="2024-11-01", formats=("md", "html"))
    for path in out.rglob("*.html"):
        text = path.read_text("utf-8")
        assert "<script>alert" not in text and "<img" not in text and "<b>No" not in text, path
        assert len(_read(path).scripts) == 1, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in (out / "index.html").read_text("utf-8")
    script = (out / "search" / "2024-11.js").read_text("utf-8")
    assert "</script>" not in script and "<\\/script>" in script


def _story(date: str, slug: str, title: str, actors: list[tuple[str, str, list[str]]], number: int = 1):
    items = tuple(Item(name, (0,), rank=i, fields={"kind": kind, "aliases": aliases, "mentions": 1})
                  for i, (name, kind, aliases) in enumerate(actors))
    situation = Section("situation", "Situation", (Item(f"{title} happened.", (0,)),))
    brief = Brief(title, "x.txt", title, (), (situation, Section("actors", "Actors", items)), date=date)
    return StoryEntry(date, slug, number, brief)


def test_actors_merge_by_alias_and_keep_kinds_apart() -> None:
    one = _story("2024-11-01", "a", "Talks Open", [("Antony Blinken", "person", ["Blinken"]),
                                                    ("Georgia", "country", [])])
    two = _story("2024-11-02", "b", "Talks Close", [("Blinken", "person", []), ("Georgia", "place", []),
                                                     ("Blinkén", "organisation", [])])
    three = _story("2024-11-02", "c", "Two Smiths", [("Smith", "person", []), ("Ann Smith", "person", ["Smith"]),
                                                     ("Bo Smith", "person", ["Smith"])], number=2)
    days = [DayEntry("2024-11-02", (two, three), ()), DayEntry("2024-11-01", (one,), ())]
    actors, links = collect_actors(days)
    by_name = {(a.name, a.kind): a for a in actors}
    blinken = by_name[("Antony Blinken", "person")]
    assert [m[0].slug for m in blinken.mentions] == ["b", "a"]  # newest day first
    assert links[("2024-11-02", "b", "Blinken")] == blinken.slug == "antony-blinken"
    assert {by_name[("Georgia", "country")].slug, by_name[("Georgia", "place")].slug} == {"georgia-country",
                                                                                         "georgia-place"}
    # "Smith" could be Ann or Bo: it stays its own actor rather than guess.
    assert ("Smith", "person") in by_name
    assert ("Blinkén", "organisation") in by_name


def test_search_ranks_titles_and_actors_and_matches_prefixes() -> None:
    one = _story("2024-10-31", "a", "Harbour Strike Ends", [("Port Authority", "organisation", [])])
    two = _story("2024-11-02", "b", "Budget Passes", [("Harbour Board", "organisation", [])])
    three = _story("2024-11-02", "c", "Rain Expected", [("Met Office", "organisation", [])], number=2)
    days = [DayEntry("2024-11-02", (two, three), ()), DayEntry("2024-10-31", (one,), ())]
    actors, _ = collect_actors(days)
    split = search_parts(days, actors)
    assert list(split) == ["2024-11", "2024-10"]  # one part a month, newest first
    parts = list(split.values())
    whole = [build_search_index(days, actors)]
    for index in (parts, whole):
        # A title word outranks an actor's name.
        assert [h["path"] for h in search(index, "harbour")] == ["2024-10-31/stories/a.html",
                                                                 "2024-11-02/stories/b.html"]
        assert [h["path"] for h in search(index, "harb")] == [h["path"] for h in search(index, "harbour")]
        assert [h["path"] for h in search(index, "met off")] == ["2024-11-02/stories/c.html"]
        assert search(index, "harbour rain") == [] and search(index, "  ") == []
    assert words("Zürich's CAFÉ, 4.5%") == ["zurich", "cafe"]  # accents folded; 1-letter pieces dropped


def test_index_scripts_are_one_assignment_of_json() -> None:
    story = _story("2024-11-01", "a", "Line\u2028Break </script>", [])
    days = [DayEntry("2024-11-01", (story,), ())]
    parts = search_parts(days, [])
    text = search_index_script(parts["2024-11"], "2024-11").decode("utf-8")
    prefix = '(window.BRIEFGEN_INDEX_PARTS = window.BRIEFGEN_INDEX_PARTS || {})["2024-11"] = '
    assert text.startswith(prefix) and text.endswith(";\n") and "\u2028" not in text
    data = json.loads(text.removeprefix(prefix).removesuffix(";\n"))
    assert data["docs"][0][2] == "Line\u2028Break </script>"
    manifest = index_manifest(parts).decode("utf-8")
    assert json.loads(manifest.removeprefix("window.BRIEFGEN_INDEX = ").removesuffix(";\n"))["parts"] == [
        {"month": "2024-11", "file": "search/2024-11.js", "stories": 1}]


def test_library_file_names() -> None:
    assert is_library_file("index.html") and is_library_file("actors/x.html") and is_library_file("search/2024-11.js")
    assert is_library_file("2024-11-01/stories/x.html") and is_library_file("2024-11-01/day.json")
    assert not is_library_file("2024-11-01/stories/x.md") and not is_library_file("notes.html")
    assert not is_library_file("index.md") and not is_library_file("2024-11-01/daily-brief.epub")


def test_daily_cli_formats(tmp_path) -> None:
    runner = CliRunner()
    inputs = _inputs(tmp_path / "in", ["comet-discovery.txt"])
    done = runner.invoke(main, ["-q", "daily", str(inputs), "--out", str(tmp_path / "o"), "--date", "2024-11-01",
                                "--format", "md,html,epub"])
    assert done.exit_code == 0, done.output
    day = tmp_path / "o" / "2024-11-01"
    assert (day / "daily-brief.epub").is_file() and (day / "index.html").is_file()
    assert 'href="daily-brief.epub"' in (day / "index.html").read_text("utf-8")
    bad = runner.invoke(main, ["daily", str(inputs), "--format", "md,docx"])
    assert bad.exit_code == 2 and "md, pdf, html, epub" in bad.output


def test_user_templates_override_one_library_file(tmp_path) -> None:
    from briefgen.config import Settings

    mine = tmp_path / "mine" / "library"
    mine.mkdir(parents=True)
    (mine / "library.css").write_text("body { color: #000; }\n", "utf-8")
    out = tmp_path / "out"
    run_daily([_inputs(tmp_path / "in", ["comet-discovery.txt"])], out=out, date="2024-11-01",
              formats=("md", "html"), settings=Settings(templates=tmp_path / "mine"))
    assert (out / "library.css").read_text("utf-8") == "body { color: #000; }\n"
    assert "search" in (out / "library.js").read_text("utf-8")  # the rest still comes from the bundled set


def test_one_day_in_all_four_formats_story_pages_hold_the_pdf_items(tmp_path) -> None:
    import html

    from pypdf import PdfReader

    out = tmp_path / "out"
    names = ["ferry-coastal-wire.txt", "ferry-harbour-times.txt", "comet-discovery.txt"]
    result = run_daily([_inputs(tmp_path / "in", names)], out=out, date="2024-11-01",
                       formats=("md", "pdf", "html", "epub"))
    day = out / "2024-11-01"
    for name in ("daily-brief.md", "daily-brief.pdf", "daily-brief.epub", "index.html", "day.json"):
        assert (day / name).is_file(), name
    page = (day / "index.html").read_text("utf-8")
    assert all(f'href="daily-brief.{ext}"' in page for ext in ("pdf", "epub", "md"))
    pdf_text = " ".join(p.extract_text() for p in PdfReader(day / "daily-brief.pdf").pages)
    for story, slug in zip(result.stories, result.slugs):
        story_page = html.unescape((day / "stories" / f"{slug}.html").read_text("utf-8"))
        for section in story.brief.sections:
            for item in section.items:  # the fitted items: exactly what the PDF page shows
                assert item.text in story_page, item.text
                assert item.text.split()[0] in pdf_text
