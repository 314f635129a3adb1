"""EPUB stage: a day's book is valid for epubcheck, byte-identical on re-runs, ordered and dated by --date."""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.config import Settings
from briefgen.daily import run_daily
from briefgen.epub import brief_epub, daily_epub
from briefgen.pipeline import build_brief
from tests.readers import epubcheck

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "stories"
DATE = "2024-11-01"
DAY = ["ferry-coastal-wire.txt", "ferry-harbour-times.txt", "ferry-island-radio.txt", "comet-discovery.txt",
       "quillon-layoffs-denial.txt"]


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    root = tmp_path_factory.mktemp("epub")
    inputs = root / "in"
    inputs.mkdir()
    for name in DAY:
        shutil.copy(STORIES / name, inputs)
    # Control characters XML forbids and markup in the text: the book must still be valid.
    (inputs / "odd.txt").write_text("Council <b>Votes</b> & Adjourns\nThe council voted 7 to 2 on Monday "
                                    "to close the <i>old</i> depot, chair Lena Ors said.\n", "utf-8")
    result = run_daily([inputs], out=root / "out", date=DATE, formats=("md", "epub"))
    return root / "out" / DATE / "daily-brief.epub", result


def test_epubcheck_finds_no_errors(day) -> None:
    book, _ = day
    verdict = epubcheck(book)
    assert verdict.returncode == 0, verdict.stdout + verdict.stderr
    assert re.search(r"\b0 fatals / 0 errors\b", verdict.stdout + verdict.stderr)


def test_container_layout_metadata_and_order(day) -> None:
    book, result = day
    with zipfile.ZipFile(book) as archive:
        infos = archive.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/epub+zip" and not infos[0].extra
        assert infos[1].filename == "META-INF/container.xml"
        assert {info.date_time for info in infos} == {(2024, 11, 1, 0, 0, 0)}
        opf = archive.read("OEBPS/package.opf").decode("utf-8")
        nav = archive.read("OEBPS/nav.xhtml").decode("utf-8")
        spine = re.findall(r'<itemref idref="([^"]+)"', opf)
        cover = archive.read("OEBPS/cover.xhtml").decode("utf-8")
        chapters = [archive.read(f"OEBPS/{name}").decode("utf-8") for name in
                    re.findall(r'<item id="story-\d+" href="([^"]+)"', opf)]
    assert "<meta property=\"dcterms:modified\">2024-11-01T00:00:00Z</meta>" in opf
    assert "<dc:date>2024-11-01</dc:date>" in opf and "<dc:language>en</dc:language>" in opf
    assert "<dc:title>Daily brief — 2024-11-01</dc:title>" in opf and 'content="briefgen ' in opf
    titles = [s.brief.title for s in result.stories]
    # The cover first, then one chapter per story, lead stories first, as the nav lists them.
    assert spine[0] == "cover" and len(spine) == len(titles) + 1
    listed = re.findall(r"<li><a href=\"[^\"]+\">([^<]+)</a></li>", nav)
    assert [html.unescape(t) for t in listed] == titles
    assert "Daily brief — 2024-11-01" in cover and titles[0].split()[0] in cover
    # Article markup is text in the book: escaped, never elements.
    odd = next(c for c in chapters if "Council" in c)
    assert "&lt;b&gt;Votes&lt;/b&gt; &amp; Adjourns" in odd and "<b>" not in odd
    for chapter, story in zip(chapters, result.stories):
        for item in story.brief.section("situation").items:
            assert html.escape(item.text, quote=False).split(" ")[0] in chapter


def test_identical_inputs_give_identical_books(day, tmp_path) -> None:
    book, result = day
    again = daily_epub(DATE, [s.brief for s in result.stories], result.slugs, Settings())
    assert again == book.read_bytes()
    other_day = daily_epub("2024-11-02", [s.brief for s in result.stories], result.slugs, Settings())
    assert other_day != again
    with zipfile.ZipFile(__import__("io").BytesIO(other_day)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 11, 2, 0, 0, 0)}


def test_old_dates_clamp_to_zip_epoch_and_invalid_xml_characters_go() -> None:
    brief = build_brief("Storm Hits Coast\nA storm hit the coast on Monday\x0b, officials said.\x01\n",
                        settings=Settings(date="1975-05-01"))
    data = brief_epub(brief, "storm", Settings(date="1975-05-01"))
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        text = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xhtml"))
    assert "\x0b" not in text and "\x01" not in text and "Storm Hits Coast" in text


def test_brief_format_epub_and_html_from_the_cli(tmp_path) -> None:
    runner = CliRunner()
    done = runner.invoke(main, ["-q", "brief", str(ROOT / "seeds" / "kursk_north_korean_troops.txt"), "--out",
                                str(tmp_path), "--format", "html,epub", "--date", DATE])
    assert done.exit_code == 0, done.output
    book = tmp_path / "kursk-north-korean-troops.epub"
    page = (tmp_path / "kursk-north-korean-troops.html").read_text("utf-8")
    assert "<h1>US Reports North Korean Troops" in page and "Content-Security-Policy" in page
    assert "<script" not in page and "style-src 'sha256-" in html.unescape(page)
    verdict = epubcheck(book)
    assert verdict.returncode == 0, verdict.stdout + verdict.stderr
    with zipfile.ZipFile(book) as archive:
        assert "OEBPS/cover.xhtml" not in archive.namelist()
        assert "Antony Blinken" in archive.read("OEBPS/story-001-kursk-north-korean-troops.xhtml").decode("utf-8")


def test_mail_attaches_the_days_epub_from_the_cli(day, tmp_path) -> None:
    import email
    import email.policy

    book, _ = day
    eml = tmp_path / "kindle.eml"
    done = CliRunner().invoke(main, ["mail", str(book.parent), "--attach-epub", "--to", "me@kindle.com",
                                     "--from", "me@example.com", "--eml", str(eml)])
    assert done.exit_code == 0, done.output
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    epub = next(p for p in msg.iter_attachments() if p.get_content_type() == "application/epub+zip")
    assert epub.get_filename() == "daily-brief.epub" and epub.get_content() == book.read_bytes()
