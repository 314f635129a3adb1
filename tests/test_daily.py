"""Daily stage: the day's folder, one PDF page per story, re-runs, --jobs, stale stories, crashes, the CLI."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefgen import daily
from briefgen.cli import main
from briefgen.daily import collect_inputs, find_notes, run_daily
from briefgen.errors import InputError
from briefgen.publish import OutputFolder

STORIES = Path(__file__).resolve().parent / "data" / "stories"
DATE = "2024-11-01"
# A small day for the PDF test: a story told by three sources and two unrelated ones (4 pages).
PDF_DAY = ["ferry-coastal-wire.txt", "ferry-harbour-times.txt", "ferry-island-radio.txt", "comet-discovery.txt",
           "marathon-record.txt"]


def _copy_inputs(target: Path, names: list[str] | None = None) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(STORIES.glob("*.txt")):
        if names is None or path.name in names:
            shutil.copy(path, target / path.name)
    return target


def _tree(root: Path) -> dict[str, bytes]:
    """Every output file (not the cache) by relative path."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


@pytest.fixture(scope="module")
def md_day(tmp_path_factory):
    root = tmp_path_factory.mktemp("day")
    inputs = _copy_inputs(root / "in")
    result = run_daily([inputs], out=root / "out", date=DATE, formats=("md",))
    return inputs, root / "out", result


def test_day_folder_layout_and_links(md_day) -> None:
    _, out, result = md_day
    assert not result.failures and result.articles == 18
    day = out / DATE
    assert (day / "daily-brief.md").is_file() and (out / "index.md").is_file()
    assert not (day / "daily-brief.pdf").exists()
    slugs = sorted(p.stem for p in (day / "stories").glob("*.md"))
    assert slugs == sorted(p.stem for p in (day / "stories").glob("*.json")) == sorted(result.slugs)
    assert len(slugs) == len(result.stories) == 13
    digest = (day / "daily-brief.md").read_text("utf-8")
    index = (out / "index.md").read_text("utf-8")
    for slug in slugs:
        assert f"(stories/{slug}.md)" in digest
        assert f"({DATE}/stories/{slug}.md)" in index
        note = (day / "stories" / f"{slug}.md").read_text("utf-8")
        assert note.startswith("---\ntitle: ") and "\ntags: " in note
        assert "(../daily-brief.md)" in note and "(../../index.md)" in note
    assert f"({DATE}/daily-brief.md)" in index and "(../index.md)" in digest
    # Top lines come before the first story's brief; no remote resource anywhere in the output.
    assert digest.index("## Top lines") < digest.index("## 1. ")
    assert "http" not in digest and "http" not in index


def test_merged_story_json_cites_every_source(md_day) -> None:
    _, out, result = md_day
    ferry = next(i for i, s in enumerate(result.stories) if len(s.brief.sources) == 3
                 and "ferry" in s.brief.sources[0].name)
    data = json.loads((out / DATE / "stories" / f"{result.slugs[ferry]}.json").read_text("utf-8"))
    assert [s["id"] for s in data["sources"]] == [0, 1, 2]
    assert {s["source"] for s in data["sentences"]} == {0, 1, 2}
    questions = next(s for s in data["sections"] if s["key"] == "questions")
    assert any(i.get("kind") == "conflict" and "vs" in i["text"] for i in questions["items"])
    note = (out / DATE / "stories" / f"{result.slugs[ferry]}.md").read_text("utf-8")
    for name in ("ferry-coastal-wire.txt", "ferry-harbour-times.txt", "ferry-island-radio.txt"):
        assert name in note


def test_rerun_is_identical_and_uses_the_cache(md_day, caplog) -> None:
    inputs, out, _ = md_day
    before = _tree(out)
    with caplog.at_level("INFO", logger="briefgen.daily"):
        again = run_daily([inputs], out=out, date=DATE, formats=("md",))
    assert again.cache_hits == 18 and not again.written
    assert sum("cache hit" in r.message for r in caplog.records) == 18
    assert _tree(out) == before


def test_jobs_do_not_change_the_output(md_day, tmp_path) -> None:
    inputs, out, _ = md_day
    run_daily([inputs], out=tmp_path / "two", date=DATE, formats=("md",), jobs=2)
    assert _tree(tmp_path / "two") == _tree(out)


def test_stale_story_removed_but_a_users_file_kept(tmp_path) -> None:
    inputs = _copy_inputs(tmp_path / "in", ["comet-discovery.txt", "marathon-record.txt"])
    out = tmp_path / "out"
    first = run_daily([inputs], out=out, date=DATE, formats=("md",))
    mine = out / DATE / "stories" / "my-own-note.md"
    mine.write_text("mine\n", "utf-8")
    (inputs / "comet-discovery.txt").unlink()
    second = run_daily([inputs], out=out, date=DATE, formats=("md",))
    comet = next(slug for story, slug in zip(first.stories, first.slugs) if "Comet" in story.brief.title)
    assert not (out / DATE / "stories" / f"{comet}.md").exists()
    assert f"{DATE}/stories/{comet}.json" in second.removed
    assert mine.read_text("utf-8") == "mine\n"
    assert "Comet" not in (out / "index.md").read_text("utf-8")


def test_crash_mid_write_leaves_no_partial_file_and_next_run_completes(tmp_path, monkeypatch) -> None:
    inputs = _copy_inputs(tmp_path / "in", ["comet-discovery.txt", "marathon-record.txt", "museum-exhibition.txt"])
    out = tmp_path / "out"
    real_write = OutputFolder.write
    calls = {"n": 0}

    def crashing_write(self, name, data):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt("killed")  # like a kill: nothing after this point runs
        return real_write(self, name, data)

    monkeypatch.setattr(OutputFolder, "write", crashing_write)
    with pytest.raises(KeyboardInterrupt):
        run_daily([inputs], out=out, date=DATE, formats=("md",))
    monkeypatch.setattr(OutputFolder, "write", real_write)
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".part")]
    assert not leftovers
    # A temp file left by a real kill -9 is swept by the next run, which completes the day.
    (out / DATE / "stories" / ".x.md.abc123.part").write_text("half", "utf-8")
    result = run_daily([inputs], out=out, date=DATE, formats=("md",))
    assert not [p for p in out.rglob("*") if p.name.endswith(".part")]
    assert len(list((out / DATE / "stories").glob("*.md"))) == 3 == len(result.stories)
    clean = tmp_path / "clean"
    run_daily([inputs], out=clean, date=DATE, formats=("md",))
    assert _tree(out) == _tree(clean)


def test_pdf_has_a_cover_then_one_page_per_story(tmp_path) -> None:
    inputs = _copy_inputs(tmp_path / "in", PDF_DAY)
    result = run_daily([inputs], out=tmp_path / "out", date=DATE, formats=("md", "pdf"))
    assert len(result.stories) == 3 and len(result.stories[0].brief.sources) == 3
    reader = PdfReader(io.BytesIO((tmp_path / "out" / DATE / "daily-brief.pdf").read_bytes()))
    assert len(reader.pages) == 1 + len(result.stories) == result.pages
    cover = " ".join(reader.pages[0].extract_text().split())
    assert DATE in cover and "3 stories from 5 sources" in cover
    for number, story in enumerate(result.stories, start=1):
        page = " ".join(reader.pages[number].extract_text().split())
        assert " ".join(story.brief.title.split())[:30] in page
        assert f"Page {number + 1} of {len(reader.pages)}" in page
        # The contents gives each story's page number.
        assert f"{number}. {story.brief.title}"[:20] in cover
    # The outline lists every story, at its page.
    outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert outline == [("Contents", 0)] + [(f"{n}. {s.brief.title}", n) for n, s in enumerate(result.stories, 1)]
    # The Markdown holds the same (fitted) items as the PDF; a re-run renders nothing and changes nothing.
    before = _tree(tmp_path / "out")
    again = run_daily([inputs], out=tmp_path / "out", date=DATE, formats=("md", "pdf"))
    assert not again.written and _tree(tmp_path / "out") == before


def test_collect_inputs_sorts_recurses_and_skips_hidden_and_output(tmp_path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "deep" / "z.txt").write_text("x", "utf-8")
    (tmp_path / "a.md").write_text("x", "utf-8")
    (tmp_path / ".hidden.txt").write_text("x", "utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".briefgen-manifest.json").write_text("{}", "utf-8")
    (tmp_path / "out" / "note.md").write_text("x", "utf-8")
    assert collect_inputs([tmp_path]) == [str(tmp_path / "a.md"), str(tmp_path / "b" / "deep" / "z.txt")]


def test_cli_daily_and_notes(md_day, tmp_path) -> None:
    inputs, _, _ = md_day
    runner = CliRunner()
    done = runner.invoke(main, ["-q", "daily", str(inputs), "--out", str(tmp_path / "o"), "--date", DATE,
                                "--format", "md"])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(main, ["notes", str(tmp_path / "o"), "--word", "ferry"])
    assert listed.exit_code == 0 and "Ferry Capsizes" in listed.output and "(3 sources)" in listed.output
    by_actor = [n.title for n in find_notes(tmp_path / "o", actor="Ingrid Salo")]
    assert by_actor and all("Norland" in t for t in by_actor)
    assert not find_notes(tmp_path / "o", date="2023")
    bad = runner.invoke(main, ["daily", str(inputs), "--format", "json"])
    assert bad.exit_code == 2 and "md, pdf" in bad.output
    empty = tmp_path / "bad.txt"
    empty.write_text("   \n", "utf-8")
    partial = runner.invoke(main, ["-q", "daily", str(empty), str(inputs / "comet-discovery.txt"), "--out",
                                   str(tmp_path / "p"), "--date", DATE, "--format", "md"])
    assert partial.exit_code == 1 and "bad.txt" in partial.output
    assert (tmp_path / "p" / DATE / "daily-brief.md").is_file()


def test_module_exports_what_it_documents() -> None:
    assert callable(daily.run_daily) and daily.DIGEST == "daily-brief"


def test_cover_of_a_big_day_takes_two_pages_and_says_how_many_more(md_day) -> None:
    from briefgen.daily import LEAD_STORIES, MAX_COVER_PAGES, _context, _cover_pdf, _entry

    _, _, result = md_day
    stories = (result.stories * 20)[:250]  # a day of 250 stories, made of the 13 (only the cover is laid out)
    entries = [_entry(s.brief, f"s{n}", n) for n, s in enumerate(stories, start=1)]
    pdf, pages = _cover_pdf(entries, _context(DATE, stories, ("md", "pdf")), daily.Settings())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == pages == MAX_COVER_PAGES
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert f"{LEAD_STORIES}. " in text and "Also today" in text
    assert " more (pages " in text and "–252)" in text  # 250 stories after 2 cover pages


def test_a_part_of_the_digest_numbered_past_the_first_is_checked_by_its_own_anchors(md_day) -> None:
    from briefgen.daily import _chunk_job, _context
    from briefgen.render import brief_to_dict

    _, _, result = md_day
    story = result.stories[3]
    extra = {"first_page": 60, "total_pages": 80, "entries": [{"slug": "x", "number": 58, "page": 60}]}
    pdf = _chunk_job([json.dumps(brief_to_dict(story.brief))], extra, _context(DATE, result.stories, ("md", "pdf")),
                     daily.Settings())
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "Page 60 of 80" in " ".join(page.extract_text().split())


def _jsonl_day(path: Path, names: list[str] | None = None, bad_line: bool = False) -> Path:
    """The story test set as one JSON lines file (text as in the .txt files)."""
    lines = [json.dumps({"text": p.read_text("utf-8"), "source": p.stem})
             for p in sorted(STORIES.glob("*.txt")) if names is None or p.name in names]
    if bad_line:
        lines.insert(2, "{broken")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_json_lines_day_groups_like_the_same_articles_as_files(md_day, tmp_path) -> None:
    _, _, from_files = md_day
    day = _jsonl_day(tmp_path / "day.jsonl")
    result = run_daily([day], out=tmp_path / "out", date=DATE, formats=("md",))
    assert not result.failures and result.articles == from_files.articles
    assert [s.members for s in result.stories] == [s.members for s in from_files.stories]
    assert [s.brief.title for s in result.stories] == [s.brief.title for s in from_files.stories]
    ferry = next(s.brief for s in result.stories if len(s.brief.sources) == 3)
    assert {src.site for src in ferry.sources} == {"ferry-coastal-wire", "ferry-harbour-times", "ferry-island-radio"}
    # A re-run briefs nothing again: every line is a cache hit.
    again = run_daily([day], out=tmp_path / "out", date=DATE, formats=("md",))
    assert again.cache_hits >= result.articles and not again.written


def test_cli_reports_a_bad_json_line_by_number_and_builds_the_rest(tmp_path) -> None:
    day = _jsonl_day(tmp_path / "in" / "day.jsonl", bad_line=True)
    result = CliRunner().invoke(main, ["daily", str(tmp_path / "in"), "--date", DATE, "--format", "md",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {day}: line 3: not valid JSON (Expecting property name enclosed in double quotes: "
                      "line 1 column 2 (char 1))"]
    assert len(list((tmp_path / "out" / DATE / "stories").glob("*.json"))) == 13


def test_top_keeps_the_digest_to_the_most_salient_stories(md_day, tmp_path) -> None:
    inputs, _, full = md_day
    result = run_daily([inputs], out=tmp_path / "out", date=DATE, formats=("md",), top=2)
    assert [s.brief.title for s in result.stories] == [s.brief.title for s in full.stories]
    digest = (tmp_path / "out" / DATE / "daily-brief.md").read_text("utf-8")
    linked = [slug for slug in result.slugs if f"(stories/{slug}.md)" in digest]
    assert linked == result.slugs[:2]
    assert len(list((tmp_path / "out" / DATE / "stories").glob("*.md"))) == 13


def test_top_fits_only_the_digest_stories(tmp_path, monkeypatch) -> None:
    fitted = []
    real = daily.fit_story

    def spy(brief, context, settings):
        fitted.append(brief.title)
        return real(brief, context, settings)

    monkeypatch.setattr(daily, "fit_story", spy)
    inputs = _copy_inputs(tmp_path / "in", PDF_DAY)
    result = run_daily([inputs], out=tmp_path / "out", date=DATE, top=1)
    assert fitted == [result.stories[0].brief.title] and len(result.stories) == 3
    assert len(PdfReader(tmp_path / "out" / DATE / "daily-brief.pdf").pages) == 2


def test_briefs_stay_in_memory_when_the_cache_cannot_be_written(md_day, tmp_path) -> None:
    inputs, out, _ = md_day
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / ".cache").write_text("not a folder\n", "utf-8")  # every cache write fails
    result = run_daily([inputs], out=tmp_path / "out", date=DATE, formats=("md",))
    assert not (tmp_path / "out" / ".cache").is_dir() and result.articles == 18
    assert {k: v for k, v in _tree(tmp_path / "out").items() if k != ".cache"} == _tree(out)


def test_an_input_changed_between_its_two_reads_stops_the_run(tmp_path, monkeypatch) -> None:
    day = _jsonl_day(tmp_path / "day.jsonl", PDF_DAY)
    real = daily._work_items

    def then_change(*args, **kwargs):
        items = real(*args, **kwargs)
        lines = day.read_text("utf-8").splitlines()
        day.write_text("\n".join(lines[:2]) + "\n", "utf-8")  # the file loses lines after they were counted
        return items

    monkeypatch.setattr(daily, "_work_items", then_change)
    with pytest.raises(InputError, match="changed while the day was being built"):
        run_daily([day], out=tmp_path / "out", date=DATE, formats=("md",))
    assert not (tmp_path / "out" / DATE).exists()


def test_notes_are_written_in_batches_with_the_same_files(md_day, tmp_path, monkeypatch) -> None:
    inputs, out, _ = md_day
    monkeypatch.setattr(daily, "NOTE_BATCH", 2)
    result = run_daily([inputs], out=tmp_path / "out", date=DATE, formats=("md",), top=3)
    # Stories outside the digest stay in the cache until their notes are written; their briefs read back.
    assert all(isinstance(s, daily.StoredStory) for s in result.stories[3:])
    assert [s.brief.title for s in result.stories[3:]] == [s.title for s in result.stories[3:]]
    notes = {k: v for k, v in _tree(tmp_path / "out").items() if "/stories/" in k}
    assert notes == {k: v for k, v in _tree(out).items() if "/stories/" in k}


def test_a_users_file_in_the_way_of_a_note_stops_the_day_before_any_write(md_day, tmp_path) -> None:
    from briefgen.publish import OutputError

    inputs, _, first = md_day
    day = tmp_path / "out" / DATE / "stories"
    day.mkdir(parents=True)
    (day / f"{first.slugs[-1]}.md").write_text("my own notes\n", "utf-8")
    with pytest.raises(OutputError, match="was not written by briefgen"):
        run_daily([inputs], out=tmp_path / "out", date=DATE, formats=("md",))
    assert sorted(p.name for p in day.iterdir()) == [f"{first.slugs[-1]}.md"]


def test_daily_reads_an_article_from_standard_input_once(tmp_path) -> None:
    # Standard input cannot be read twice: the bytes read for the cache key are the ones briefed.
    text = (Path(__file__).parent.parent / "seeds" / "harbor_crane_collapse_note.txt").read_text("utf-8")
    result = CliRunner().invoke(main, ["-q", "daily", "-", "--date", DATE, "--format", "md",
                                       "--out", str(tmp_path / "out")], input=text)
    assert result.exit_code == 0, result.output
    notes = list((tmp_path / "out" / DATE / "stories").glob("*.md"))
    assert len(notes) == 1
    assert "crane" in notes[0].read_text("utf-8").lower()


def test_briefs_of_one_cache_entry_are_decoded_once_when_read_in_turn(tmp_path) -> None:
    cache = daily.Cache(tmp_path / ".cache")
    cache.put("briefs", "feed", json.dumps({"briefs": ["a", "b", "c"]}).encode("utf-8"))
    cache.put("briefs", "page", json.dumps({"briefs": ["d"]}).encode("utf-8"))
    briefs = daily._Briefs(cache)
    briefs.add("feed", 3)
    briefs.add("page", 1)
    reads = []
    original = cache.read
    cache.read = lambda kind, key: reads.append(key) or original(kind, key)
    assert [briefs[i] for i in range(4)] == ["a", "b", "c", "d"]
    assert reads == ["feed", "page"]  # a feed's three briefs from one read of its entry
