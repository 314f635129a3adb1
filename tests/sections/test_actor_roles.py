"""Actors section: the shapes in which news copy gives a person's role, each on made-up sentences."""

from __future__ import annotations

from tests.sections.test_actors import actor, brief_actors


def role_of(text: str, name: str) -> str | None:
    """The role the actors section gives one person of a text (which must be found as a person)."""
    _, section = brief_actors(text)
    item = actor(section, name)
    assert item.fields["kind"] == "person"
    return item.fields["role"]


def test_a_military_rank_abbreviated_in_two_words_is_kept_whole():
    assert role_of("Brig. Gen. Omar Halabi said the army was ready.", "Omar Halabi") == "Brig. Gen."
