"""End to end on every seed: golden Markdown/HTML, one-page PDFs, and traceable items."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from briefgen import Settings, fit_brief, render_html, render_markdown
from briefgen.ingest import load_article
from briefgen.pipeline import brief_from_article

from .conftest import GOLDEN, GOLDEN_DATE, ROOT, SEEDS

SETTINGS = Settings(date=GOLDEN_DATE)


@pytest.fixture(scope="module")
def fitted():
    """Each seed's fitted brief and PDF, rendered once for the whole module (PDF renders are slow)."""
    briefs = {}
    for path in SEEDS:
        article = load_article(str(path.relative_to(ROOT)))
        briefs[path.stem] = fit_brief(brief_from_article(article, SETTINGS), SETTINGS)
    return briefs


def test_there_are_five_seeds_of_different_shapes() -> None:
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("seed", [p.stem for p in SEEDS])
def test_pdf_is_exactly_one_page(fitted, seed: str) -> None:
    reader = PdfReader(io.BytesIO(fitted[seed].pdf))
    assert len(reader.pages) == 1
    assert reader.metadata.title == fitted[seed].brief.title
    assert reader.metadata.creator.startswith("briefgen")
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata["/CreationDate"] == "D:" + GOLDEN_DATE.replace("-", "")  # the brief's date, not the clock


@pytest.mark.parametrize("seed", [p.stem for p in SEEDS])
def test_every_item_is_traceable(fitted, seed: str) -> None:
    brief = fitted[seed].brief
    ids = {s.id for s in brief.sentences}
    for section in brief.sections:
        for item in section.items:
            assert item.sentence_ids and set(item.sentence_ids) <= ids, (section.key, item.text)
            for quote in item.quotes:
                sentence = brief.sentences[quote.sentence_id]
                assert sentence.start <= quote.start <= quote.end <= sentence.end
                if not quote.truncated:
                    assert brief.text[quote.start:quote.end] == quote.text


@pytest.mark.parametrize("seed", [p.stem for p in SEEDS])
@pytest.mark.parametrize("kind", ["md", "html"])
def test_golden_output(fitted, seed: str, kind: str, update_golden: bool) -> None:
    brief = fitted[seed].brief
    rendered = render_markdown(brief, SETTINGS) if kind == "md" else render_html(brief, SETTINGS)
    golden = GOLDEN / f"{seed}.{kind}"
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run pytest --update-golden and review the diff"
    assert rendered == golden.read_text(encoding="utf-8")


def test_pdf_text_matches_markdown_items(fitted) -> None:
    fit = fitted["kursk_north_korean_troops"]
    text = " ".join(PdfReader(io.BytesIO(fit.pdf)).pages[0].extract_text().split())
    for section in fit.brief.sections:
        assert section.title in text
        for item in section.items:
            assert " ".join(item.text.split())[:25] in text, item.text


def test_the_sample_page_names_the_two_bodies_it_was_found_to_miss(fitted) -> None:
    # Issue 8: the sample brief must show the U.S. Department of Defense and the UN Security Council.
    shown = {item.text: item.fields["kind"] for item in fitted["kursk_north_korean_troops"].brief.section("actors").items}
    assert shown.get("U.S. Department of Defense") == "organisation"
    assert shown.get("United Nations Security Council") == "organisation"
