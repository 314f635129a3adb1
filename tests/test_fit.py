"""Fit stage: every brief's PDF is exactly one page, trimmed lowest-ranked first and saying so."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from briefgen import Settings, build_brief, fit_brief, render_markdown
from briefgen.fit import ELLIPSIS, drop_order, prepare, read_layout, shorten, without
from briefgen.render import render_document, render_html


def _long_article(sentences: int) -> str:
    topics = ["council", "budget", "river", "school", "harbor", "rail", "clinic", "market"]
    lines = ["Council Publishes Its Long Annual Report"]
    for i in range(sentences):
        topic = topics[i % len(topics)]
        lines.append(
            f"Officials said the {topic} programme number {i + 1} will cost about ${(i % 9) + 1} million next year, "
            f"Mayor Ana Ortiz told the Harbor City Council on Oct. {i % 28 + 1}."
        )
    return "\n".join(lines)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_shorten_cuts_at_a_word_and_marks_it() -> None:
    assert shorten("one two three four", 11) == "one two" + ELLIPSIS
    assert shorten("short", 10) == "short"


def test_three_sentence_article_fits_without_dropping() -> None:
    fitted = fit_brief(build_brief("A Short Note\nThe bridge closed on Monday. Engineers found a crack. It may reopen in May."))
    assert fitted.pages == 1 and _pages(fitted.pdf) == 1
    assert fitted.brief.omitted == 0


@pytest.mark.parametrize("page_size", ["A4", "letter"])
def test_200_sentence_article_fits_one_page_and_says_what_was_left_out(page_size: str) -> None:
    settings = Settings(sentences=45, max_actors=30, max_numbers=30, max_outlook=20, max_questions=20,
                        page_size=page_size)
    fitted = fit_brief(build_brief(_long_article(200), settings=settings), settings)
    assert _pages(fitted.pdf) == 1
    assert fitted.brief.omitted > 0
    md = render_markdown(fitted.brief, settings)
    assert f"{fitted.brief.omitted} items left out to fit one page" in md
    text = " ".join(PdfReader(io.BytesIO(fitted.pdf)).pages[0].extract_text().split())
    assert f"{fitted.brief.omitted} items left out to fit one page" in text
    # The PDF shows the same situation items as the Markdown: the last kept one is on the page.
    last = fitted.brief.section("situation").items[-1].text
    assert " ".join(last.split())[:30] in text
    # One layout to read the boxes, one to verify the prediction: no bisection, no fallback.
    assert fitted.layouts == 2 and not fitted.fallback


def test_prediction_drops_the_fewest_items(tmp_path) -> None:
    settings = Settings(sentences=30, max_actors=30, max_numbers=30)
    brief = prepare(build_brief(_long_article(120), settings=settings))
    fitted = fit_brief(brief, settings)
    assert fitted.brief.omitted > 0
    one_fewer = without(brief, drop_order(brief)[:fitted.brief.omitted - 1])
    layout = read_layout(render_document(render_html(one_fewer, settings)))
    assert layout is not None and not layout.fits and layout.overflow > 0


def test_a_template_without_a_frame_is_fitted_by_counting_pages(tmp_path) -> None:
    (tmp_path / "brief.html.j2").write_text(
        "<html><head><style>@page { size: A6 }</style></head><body><h1>{{ brief.title }}</h1>"
        "{% for s in brief.sections %}{% for i in s.items %}<p>{{ i.text }}</p>{% endfor %}{% endfor %}"
        "</body></html>", "utf-8")
    settings = Settings(templates=tmp_path)
    fitted = fit_brief(build_brief(_long_article(12), settings=settings), settings)
    assert _pages(fitted.pdf) == 1 and fitted.brief.omitted > 0 and fitted.fallback


def test_page_size_reaches_the_pdf() -> None:
    brief = build_brief("A Note\nThe bridge closed on Monday. Engineers found a crack.")
    a4 = PdfReader(io.BytesIO(fit_brief(brief, Settings(page_size="A4")).pdf)).pages[0].mediabox
    letter = PdfReader(io.BytesIO(fit_brief(brief, Settings(page_size="letter")).pdf)).pages[0].mediabox
    assert round(float(a4.height)) == 842 and round(float(letter.height)) == 792


def test_a_sentence_too_long_for_any_page_is_shortened_with_an_ellipsis() -> None:
    words = " ".join(f"word{i}" for i in range(20000))
    fitted = fit_brief(build_brief(f"Huge Sentence\nThe report begins {words} and ends here."))
    assert _pages(fitted.pdf) == 1
    bottom = fitted.brief.bottom_line
    assert bottom.text.endswith(ELLIPSIS)
    assert bottom.quotes[0].truncated


def test_drop_order_keeps_the_bottom_line_and_drops_highest_ranks_first(kursk_text: str) -> None:
    brief = build_brief(kursk_text)
    order = drop_order(brief)
    ranks = [brief.section(key).items[index].rank for key, index in order]
    assert ranks == sorted(ranks, reverse=True)
    bottom = brief.bottom_line
    assert all(brief.section(key).items[index] is not bottom for key, index in order)


def test_refilled_actor_columns_are_predicted_from_one_layout(kursk_text: str) -> None:
    """The actors fill two columns half and half; the first layout predicts the columns after drops."""
    settings = Settings(date="2024-10-31")
    brief = prepare(build_brief(kursk_text, settings=settings))
    actors = [(key, index) for key, index in drop_order(brief) if key == "actors"]
    assert len(actors) >= 6
    first = read_layout(render_document(render_html(brief, settings)))
    group = next(g for g in first.groups.values() if g.refilled)
    assert [key for key, _ in group.items] == ["actors"] * len(brief.section("actors").items)
    for count in (1, 2, 5):  # items move between the columns as the split point moves
        gone = actors[:count]
        after = read_layout(render_document(render_html(without(brief, gone), settings)))
        # The page's content shrinks by what the first layout predicts, to within a rounding margin.
        assert abs((first.overflow - after.overflow) - first.saving(gone, brief)) < 1.0, count
