"""Actors section: where a name starts and ends, and which mentions of it merge into one actor."""

from __future__ import annotations

from briefgen.config import Settings
from briefgen.ingest import parse_article
from briefgen.model import Item, Section
from briefgen.sections import actors
from briefgen.segment import split_sentences


def brief_actors(text: str) -> Section:
    doc = split_sentences(parse_article(text, source="x.txt"))
    return actors.extract(doc, Settings(max_actors=50))


def names(section: Section) -> list[str]:
    return [item.text for item in section.items]


def actor(section: Section, name: str) -> Item:
    """The item for one actor, failing with every name found otherwise."""
    found = [item for item in section.items if item.text == name]
    assert len(found) == 1, names(section)
    return found[0]


def test_a_surname_with_its_particle_merges_into_the_full_name() -> None:
    section = brief_actors(
        "Yemeni Interior Minister Khalid al-Rashami toured Marib on Sunday. Minister al-Rashami said the roads "
        "were open. Later, Rashami flew to Aden."
    )
    rashami = actor(section, "Khalid al-Rashami")
    assert rashami.fields["kind"] == "person"
    assert rashami.fields["role"] == "Yemeni Interior Minister"
    assert rashami.fields["aliases"] == ["al-Rashami", "Rashami"]
    assert "al-Rashami" not in names(section)
