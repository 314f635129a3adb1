"""Pipeline and public API: build_brief, summarize, languages, and the seed article's key facts."""

from __future__ import annotations

import pytest

import briefgen
from briefgen import InputError, Settings, build_brief, render_html, summarize

FRENCH = (
    "Le conseil approuve le budget\n"
    "Le conseil municipal a approuvé lundi un budget de 4 millions d’euros. "
    "La maire Ana Ortiz a déclaré que les travaux commenceront en mars. Les habitants restent inquiets.\n"
)


def test_public_api_is_importable() -> None:
    for name in ("build_brief", "summarize", "render_markdown", "render_pdf", "render_html", "render_json"):
        assert callable(getattr(briefgen, name))


def test_build_brief_takes_title_override_and_keeps_every_section() -> None:
    brief = build_brief("The council met on Monday. It approved the plan.", title="Council meets")
    assert brief.title == "Council meets"
    assert [s.key for s in brief.sections] == ["situation", "actors", "numbers", "outlook", "questions"]


def test_summarize_returns_sentences_in_document_order(kursk_text: str) -> None:
    chosen = summarize(kursk_text, sentences=3)
    assert len(chosen) == 3
    positions = [kursk_text.index(s) for s in chosen]
    assert positions == sorted(positions)
    assert not any(s.startswith("US Reports North Korean Troops") for s in chosen)  # the headline is excluded


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty article"):
        build_brief("   \n ")


def test_non_english_article_gets_situation_and_notes_on_english_only_sections() -> None:
    brief = build_brief(FRENCH, settings=Settings(language="french"))
    assert len(brief.section("situation").items) == 3
    for key in ("actors", "numbers", "outlook", "questions"):
        section = brief.section(key)
        assert section.items == () and "English-only" in section.note
    assert '<html lang="fr">' in render_html(brief)


def test_seed_brief_names_the_key_actors_and_figures(kursk_text: str) -> None:
    brief = build_brief(kursk_text)
    actors = {item.text: item for item in brief.section("actors").items}
    for name in ("Antony Blinken", "Lloyd Austin", "Vladimir Putin", "Volodymyr Zelenskyy", "North Korea", "Russia",
                 "Ukraine", "China"):
        assert name in actors, sorted(actors)
    assert actors["Antony Blinken"].fields["role"] == "Secretary of State"
    numbers = " | ".join(item.text for item in brief.section("numbers").items)
    assert "8,000 North Korean troops" in numbers
    assert "10,000 North Korean soldiers" in numbers
    assert "1,200 casualties daily" in numbers
