"""Actors section: capitalised common words, non-actor acronyms, languages and peoples are not actors."""

from __future__ import annotations

from tests.sections.test_actors import brief_actors as read_actors
from tests.sections.test_actors import actor, names


def test_a_common_word_qualifying_a_role_at_a_sentence_start_is_no_actor() -> None:
    _, section = read_actors(
        "Communications director Ivo Marsh said the club would appeal. The Dravec Athletic board met on Monday."
    )
    assert "Communications" not in names(section)
    assert actor(section, "Ivo Marsh").fields["role"] == "Communications director"


def test_a_name_qualifying_a_role_at_a_sentence_start_stays_an_actor() -> None:
    _, section = read_actors("Norvex manager Ivo Marsh said the club would appeal. The board met on Monday.")
    assert "Norvex" in names(section)


def test_a_people_named_by_a_plural_whose_singular_qualifies_nouns_is_no_actor() -> None:
    _, section = read_actors(
        "Dravani activists marched in Kelsport on Monday. Rights groups say Dravanis face discrimination in "
        "housing. Many Dravanis have left, the group Ostrel Watch said."
    )
    assert "Dravanis" not in names(section) and "Dravani" not in names(section), names(section)
    assert "Ostrel Watch" in names(section)


def test_a_body_named_by_a_plural_after_the_stays_an_actor() -> None:
    _, section = read_actors(
        "Velori fighters seized the port of Kelsport on Monday. A spokesman for the Veloris said they would "
        "hold it."
    )
    assert {"Veloris", "Velori"} & set(names(section)), names(section)


def test_a_language_is_no_actor() -> None:
    _, section = read_actors(
        "The Kelsani-speaking villagers of Ostrava Valley voted on Monday. Mayor Ivo Marsh speaks Tavuri, "
        "his aide said."
    )
    assert "Kelsani" not in names(section) and "Tavuri" not in names(section), names(section)
    assert "Ivo Marsh" in names(section)


def test_a_language_that_names_no_people_is_no_actor() -> None:
    # "Mandarin", "Cantonese" are no demonyms: only their being languages keeps them out.
    _, section = read_actors("The film was shot in Mandarin and Cantonese in Lorvale, director Ivo Marsh said.")
    assert {"Mandarin", "Cantonese"}.isdisjoint(names(section)), names(section)
    assert "Ivo Marsh" in names(section)


def test_a_places_people_is_no_actor() -> None:
    _, section = read_actors(
        "In everyday life, Hawaiians, including those who back the governor, keep quiet. Tourism, an income "
        "source for many Hawaiians, has been hit in Hawaii."
    )
    assert "Hawaiians" not in names(section)
    assert "Hawaii" in names(section)


def test_a_fear_of_a_faith_is_no_actor() -> None:
    _, section = read_actors(
        "Ivo Marsh warned of rising Norvaphobia in Kelsport. Marsh said Norvaphobia was spreading."
    )
    assert "Norvaphobia" not in names(section)


def test_a_pronoun_capitalised_mid_sentence_opens_the_name_it_belongs_to() -> None:
    _, section = read_actors("The interview ran in Us Kelvano magazine, which later retracted it.")
    assert "Us Kelvano" in names(section), names(section)


def test_a_people_of_a_country_named_in_the_plural_is_no_actor() -> None:
    _, section = read_actors(
        "Thousands of Iraqi Dravanis fled to Kelsport, said Ivo Marsh. Iraqi Dravanis have long sought a home."
    )
    assert not [n for n in names(section) if "Dravanis" in n], names(section)


def test_a_plural_name_after_the_stays_an_actor() -> None:
    _, section = read_actors(
        "Skiers flocked to the French Dravanis on Monday. Snow fell across the French Dravanis, Ivo Marsh said."
    )
    assert [n for n in names(section) if "Dravanis" in n], names(section)
