"""Whose age a bare "the 78-year-old" is, for the numbers section (sections stage): the person named last before it.

News names a person, then refers back to them by age alone: "Blatter also hit out at the confederations.
... 'This was hard work,' the 78-year-old said." The figure's own sentence says nothing of whose age it
is, so the label takes the name from the sentence that gave it, quoted there: "78-year-old — Sepp Blatter".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import gazetteer as gz
from ..model import Document
from ._figure import Figure
from .actors import find_actors

# How many sentences back the person may have been named; further back, someone else may have come in
# between without a name the extractor knows ("his coach", "the driver").
MAX_REFERENT_GAP = 3
# "the 78-year-old said", "The 33-year-old still has ...": the age alone after "the", no noun after it.
_BARE_AGE = re.compile(r"\d{1,3}-year-old")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def name_bare_ages(doc: Document, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """`figures` with each bare definite age labelled by the person it refers back to, where one is clear."""
    bare = [i for i, f in enumerate(figures) if _is_bare_age(doc, f)]
    if not bare:
        return figures  # the actors are read only for an article that needs them
    # A full name: a lone word taken for a person may be a place ("at Augusta", a given name too).
    people = [item for item in find_actors(doc)
              if item.fields["kind"] == gz.PERSON and item.quotes and " " in item.text]
    named = list(figures)
    for index in bare:
        figure = figures[index]
        person = _referent(people, figure.sentence_id)
        if person is None:
            continue
        quote = person.quotes[0]
        named[index] = replace(figure, counts=person.text, label=f"{figure.label} — {person.text}",
                               spans=(*figure.spans, (quote.start, quote.end)), hard=True)
    return tuple(named)


def _is_bare_age(doc: Document, figure: Figure) -> bool:
    if figure.kind != "age" or not _BARE_AGE.fullmatch(figure.label):
        return False
    sentence = doc.sentences[figure.sentence_id]
    start = figure.spans[0][0] - sentence.start
    return _THE_BEFORE.search(sentence.text, 0, start) is not None


def _referent(people: list, sentence_id: int):
    """The one person named in the nearest sentence before `sentence_id` that names anyone (within
    MAX_REFERENT_GAP), when the age's own sentence names nobody; None when that is not one person."""
    if any(sentence_id in person.sentence_ids for person in people):
        return None  # "Smith praised the 78-year-old": someone else may be meant
    for back in range(sentence_id - 1, max(-1, sentence_id - 1 - MAX_REFERENT_GAP), -1):
        there = [person for person in people if back in person.sentence_ids]
        if there:
            return there[0] if len(there) == 1 else None
    return None
