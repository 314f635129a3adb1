"""Render stage: Markdown escaping, HTML autoescaping, template lookup and the locked URL fetcher."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import markdown
import pytest

from briefgen import Settings, TemplateError, build_brief, render_html, render_json, render_markdown
from briefgen.render import LockedURLFetcher, brief_to_dict, escape_markdown, render_document, render_json_bytes

HOSTILE = (
    "Breaking <script>alert(1)</script> news\n"
    "Officials said the *secret* plan [link](javascript:alert(1)) was approved on Monday by the council. "
    "The <img src=x onerror=alert(1)> budget rose by 5% to $2 million, the mayor said. "
    "# Not a heading, officials warned, and {{ 7*7 }} is not a template.\n"
)


def test_escape_markdown_neutralises_syntax() -> None:
    assert escape_markdown("*bold* _it_ [x](y) `code` <b>") == r"\*bold\* \_it\_ \[x\](y) \`code\` \<b\>"
    assert escape_markdown("# heading") == r"\# heading"
    assert escape_markdown("1. item") == r"1\. item"
    assert escape_markdown("- item") == r"\- item"


def test_markdown_of_hostile_article_renders_no_html_or_links() -> None:
    brief = build_brief(HOSTILE)
    md = render_markdown(brief)
    html = markdown.markdown(md)
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html
    assert "<em>secret</em>" not in html


def test_template_code_in_an_article_is_data() -> None:
    brief = build_brief("Budget {{ 7*7 }} {% if true %}yes{% endif %}\nThe council met. It approved the plan.")
    assert "<title>Budget {{ 7*7 }} {% if true %}yes{% endif %}</title>" in render_html(brief)
    assert r"# Budget {{ 7\*7 }} {% if true %}yes{% endif %}" in render_markdown(brief)


def test_html_autoescapes_article_text() -> None:
    html = render_html(build_brief(HOSTILE))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<img src=x" not in html


def test_front_matter_is_yaml_that_cannot_be_broken_by_a_title() -> None:
    brief = build_brief('A "quoted" title: with colon\nThe council met on Monday. It approved the plan.',
                        settings=Settings(date="2024-10-31"), source="c.txt")
    front = render_markdown(brief).split("---\n")[1]
    assert 'title: "A \\"quoted\\" title: with colon"\n' in front
    assert "date: 2024-10-31\n" in front and 'sources: ["c.txt"]\n' in front


def test_header_names_source_and_date() -> None:
    brief = build_brief("Headline here\nThe council met on Monday. It approved the plan.", settings=Settings(
        date="2024-10-31"), source="council.txt")
    md = render_markdown(brief)
    assert "council.txt" in md and "2024-10-31" in md
    html = render_html(brief)
    assert '<html lang="en">' in html and "<title>Headline here</title>" in html
    assert 'name="generator" content="briefgen' in html


def test_json_has_the_documented_schema(kursk_text: str) -> None:
    brief = build_brief(kursk_text, source="kursk.txt")
    data = json.loads(render_json(brief))
    assert data["schema"].startswith("briefgen.brief/")
    assert {"schema", "title", "source", "text", "sentences", "sections"} <= set(data)
    assert [s["key"] for s in data["sections"]] == ["situation", "actors", "numbers", "outlook", "questions"]
    for sentence in data["sentences"]:
        assert data["text"][sentence["start"]:sentence["end"]] == sentence["text"]
    for section in data["sections"]:
        for item in section["items"]:
            assert {"text", "sentence_ids"} <= set(item)


def test_user_templates_override_bundled_ones(tmp_path) -> None:
    (tmp_path / "brief.md.j2").write_text("CUSTOM {{ brief.title }}\n")
    brief = build_brief("Title line\nOne sentence here. Another sentence there.")
    assert render_markdown(brief, Settings(templates=tmp_path)) == "CUSTOM Title line\n"
    # brief.html.j2 is not in the user's folder, so the bundled one serves.
    assert "<!DOCTYPE html>" in render_html(brief, Settings(templates=tmp_path))


def test_missing_template_names_the_folders_searched(tmp_path, monkeypatch) -> None:
    import briefgen.render as render

    monkeypatch.setattr(render, "MARKDOWN_TEMPLATE", "nope.md.j2")
    with pytest.raises(TemplateError, match=r"nope\.md\.j2 not found \(searched: .*" + tmp_path.name):
        render.render_markdown(build_brief("One sentence here. Two."), Settings(templates=tmp_path))


def test_undefined_template_variable_fails_loudly(tmp_path) -> None:
    (tmp_path / "brief.md.j2").write_text("{{ brief.no_such_field }}")
    with pytest.raises(TemplateError, match="no_such_field"):
        render_markdown(build_brief("One sentence here. Two."), Settings(templates=tmp_path))


def test_fetcher_refuses_files_and_network(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    fetcher = LockedURLFetcher.create()
    for url in (secret.as_uri(), "http://127.0.0.1:9/x.css", "https://example.com/x.png", "ftp://x/y"):
        with pytest.raises(ValueError, match="refuses"):
            fetcher.fetch(url)
    assert fetcher.fetch("data:text/plain,ok").read() == b"ok"


def test_pdf_render_does_not_read_files_named_in_html(tmp_path) -> None:
    secret = tmp_path / "secret.css"
    secret.write_text("body { background: red }")
    image = tmp_path / "x.png"
    image.write_bytes(b"\x89PNG")
    html = f'<link rel="stylesheet" href="{secret.as_uri()}"><img src="{image.as_uri()}"><p>hi</p>'
    document = render_document(html)
    assert len(document.pages) == 1
    # The stylesheet was refused, so no page has the red background.
    assert "red" not in repr(document.pages[0]._page_box.style["background_color"])


def test_json_reads_back_into_the_same_brief(kursk_text: str) -> None:
    from briefgen.render import brief_from_dict, brief_to_dict

    brief = build_brief(kursk_text, source="kursk.txt", settings=Settings(date="2024-10-31"))
    data = json.loads(render_json(brief))
    again = brief_from_dict(data)
    assert again == brief
    assert brief_to_dict(again) == data


@pytest.mark.parametrize("head", [
    "<style>@page { size: 100mm 60mm }</style>",  # lifted out and parsed once per process
    "<style>@page { size: 80mm 80mm }</style><style>@page { size: 100mm 60mm }</style>",  # left in the page
])
def test_page_styles_apply_whether_or_not_they_are_parsed_once(head: str) -> None:
    document = render_document(f"<html><head>{head}</head><body><p>hi</p></body></html>")
    page = document.pages[0]
    assert (round(page.width * 0.75), round(page.height * 0.75)) == (283, 170)  # 100 x 60 mm in points
    again = render_document(f"<html><head>{head}</head><body><p>hi</p></body></html>")
    assert again.write_pdf() == document.write_pdf()


def test_section_items_are_empty_for_a_section_the_brief_lacks() -> None:
    from briefgen.model import Brief, Item, Section

    brief = Brief("T", "s", "text", (), (Section("actors", "Actors", (Item("Ana", (0,)),)),))
    assert [i.text for i in brief.section_items("actors")] == ["Ana"]
    assert brief.section_items("numbers") == ()


def test_pdf_page_items_are_plain_text_in_two_font_faces(kursk_text: str) -> None:
    """The page is built for the layout engine: one text box per item line, two embedded faces."""
    import io

    import pypdf
    from weasyprint.formatting_structure import boxes

    settings = Settings(date="2024-10-31")
    brief = build_brief(kursk_text, settings=settings)
    document = render_document(render_html(brief, settings))
    items = [b for b in document.pages[0]._page_box.descendants()
             if isinstance(b, boxes.BlockBox) and b.element is not None and b.element.get("data-item")]
    assert len(items) >= 10
    for item in items:  # no inline spans: every line of an item is one run of text
        for line in item.children:
            assert [type(c) for c in line.children] == [boxes.TextBox], item.element.get("data-item")
    reader = pypdf.PdfReader(io.BytesIO(document.write_pdf()))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    faces = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}
    assert faces == {"DejaVu-Sans", "DejaVu-Serif-Bold"}  # a third face costs every render its embedding


def test_screen_lists_draw_their_own_bullets_and_muted_citations() -> None:
    """On screens (library, EPUB) a section is a list: no text bullet beside the list's, citations in a span."""
    from briefgen.render import _environment, template_dirs

    brief = build_brief("Council Votes\nThe council voted on Monday. Mayor Ana Ortiz said the plan will pass "
                        "next week. The budget rose by 5% to $2 million.", settings=Settings())
    env = _environment(tuple(template_dirs(Settings())), True)
    html = env.from_string('{% from "_sections.html.j2" import section_block %}'
                           '{{ section_block(brief.section("situation"), none, "Nothing.") }}'
                           '{{ section_block(brief.section("situation"), none, "Nothing.", false) }}').render(brief=brief)
    screen, page = html.split("<h2>")[1:]
    assert "<ul" in screen and "<li data-item" in screen and "•" not in screen and '<span class="cite">s' in screen
    assert "<ul" not in page and "<p data-item" in page and "• " in page and "<span" not in page and "(s" in page


@pytest.mark.parametrize("text", [
    "Harbor crane collapses\nA crane fell in the port of Lorvale on Monday, Ivo Marsh said. Nobody was hurt.\n\n"
    "Engineers “checked” the second crane, which stayed up; the port reopened at 3 p.m.",
    "Headline only",
])
def test_json_made_part_by_part_is_the_plain_dump(text: str) -> None:
    brief = build_brief(text)
    plain = json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n"
    assert render_json(brief) == plain
    assert render_json_bytes(brief) == plain.encode("utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/sbin/ldconfig").exists(),
                    reason="the loader cache is read with glibc's ldconfig")
def test_the_quick_library_lookup_answers_as_ctypes_does_and_is_put_back() -> None:
    import ctypes.util

    from briefgen import render

    names = ["c", "m", "pango-1.0", "harfbuzz", "fontconfig", "libpango-1.0-0", "no-such-library-anywhere"]
    real = ctypes.util.find_library
    expected = [real(name) for name in names]
    assert expected[0] and expected[-1] is None  # the names probe both answers
    saved = sys.modules.pop("weasyprint.text.ffi", None)  # the lookup stands in only while WeasyPrint loads
    try:
        with render._loader_cache_lookup():
            assert ctypes.util.find_library is not real
            assert [ctypes.util.find_library(name) for name in names] == expected
    finally:
        if saved is not None:
            sys.modules["weasyprint.text.ffi"] = saved
    assert ctypes.util.find_library is real


def test_a_wording_two_quotes_share_is_shown_once() -> None:
    from dataclasses import replace

    from briefgen.model import Quote
    from briefgen.render import _item_quotes

    brief = build_brief("Headline\nRescuers pulled 90 survivors from the water on Monday, officials said.")
    item = next(i for i in brief.section("numbers").items)
    twice = replace(item, text="90 people", quotes=(Quote("90 survivors", 0, 12, 1), Quote("90 survivors", 40, 52, 2)))
    assert _item_quotes(twice) == ["90 survivors"]
