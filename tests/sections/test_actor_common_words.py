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
