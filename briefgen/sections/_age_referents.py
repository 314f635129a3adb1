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
from ._tags import is_verb, tag_text
from .actors import find_actors

# How many sentences back the person may have been named; further back, someone else may have come in
# between without a name the extractor knows ("his coach", "the driver").
MAX_REFERENT_GAP = 3
# "the 78-year-old said", "The 33-year-old still has ...": the age alone after "the", no noun after it.
_BARE_AGE = re.compile(r"\d{1,3}-year-old")
# "at only age 44": an age after the word "age" that the sentence gives nobody.
_AGE_WORD = re.compile(r"age\s+\d{1,3}")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# A word after the age that makes it a description ("the 84-year-old woman", "the 27-year-old Phoenix resident").
_NOUN_AFTER = re.compile(r"\s+(?!(?:said|says|told|was|is|had|has|will|would|who|and|but)\b)[A-Za-z]")
_SPEAKING = "said|says|told|added|explained|according"
# An age stated of a pronoun ("she was 11", "When he was eight"): the pronoun's person is whose age it is.
_PRONOUN_AGE = re.compile(r"(?:[Ww]hen\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+(?:was|is)\s+\w+")
_PRONOUN_SEX = {"he": "male", "she": "female"}
# A sentence opening with a definite description ("The Norwegian, who ...", "The British driver") for its subject.
_DEFINITE_OPENING = re.compile(r"(?:The|This|That)\s+")


def name_bare_ages(doc: Document, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """`figures` with each bare definite age labelled by the person it refers back to, where one is clear."""
    ages = {i: age for i, f in enumerate(figures) if (age := _bare_age(doc, f)) is not None}
    if not ages:
        return figures  # the actors are read only for an article that needs them
    # A full name: a lone word taken for a person may be a place ("at Augusta", a given name too).
    people = [item for item in find_actors(doc)
              if item.fields["kind"] == gz.PERSON and item.quotes and " " in item.text]
    named = list(figures)
    for index, age in ages.items():
        figure = figures[index]
        pronoun = age.group("pronoun").lower() if age.re is _PRONOUN_AGE else None
        # "she was 11": only a person whose given name is a woman's; the pronoun says nothing of anyone else.
        candidates = [p for p in people if _PRONOUN_SEX[pronoun] == gz.given_name_gender(p.text.split()[0])] if (
            pronoun) else people
        person = _referent(doc, candidates, figure.sentence_id, own_sentence=pronoun is not None, age_start=age.start())
        # "the 84-year-old woman": an age with a noun of its own is never the quoted source's before it.
        described = _NOUN_AFTER.match(doc.sentences[figure.sentence_id].text, age.end()) is not None
        if person is None or (described and _quoted_source(doc, person, figure.sentence_id)):
            continue
        if person.text.split()[-1] in figure.label.split():
            continue  # "Marta Velez moved to Lyon when she was 19": the label names her already
        quote = person.quotes[0]
        # "the 45-year-old Briton's third race": the owner's "'s" is no part of whose age it is.
        label = re.sub(r"['’]s$", "", figure.label)
        start, end = figure.spans[0]
        own = ((start, end - (len(figure.label) - len(label))), *figure.spans[1:])
        named[index] = replace(figure, counts=person.text, label=f"{label} — {person.text}",
                               spans=(*own, (quote.start, quote.end)), hard=True)
    return tuple(named)


def _bare_age(doc: Document, figure: Figure) -> re.Match | None:
    """The "N-year-old" of an age that refers back to someone: "the 78-year-old said", "the episode featuring
    the 28-year-old", "the 27-year-old Phoenix resident" (a definite age with no name of its own); else None."""
    if figure.kind != "age" or len(figure.spans) != 1:
        return None
    sentence = doc.sentences[figure.sentence_id]
    start, end = (s - sentence.start for s in figure.spans[0])
    age = _BARE_AGE.search(sentence.text, start, end)
    if age is None and figure.counts is None and (age := _AGE_WORD.fullmatch(sentence.text, start, end)) is not None:
        return age  # "And at only age 44, there's plenty of time": whose age the sentence does not say
    if age is None:
        # "when she was 11", "arrived in the United States when she was 11": whose age the pronoun says
        stated = _PRONOUN_AGE.search(sentence.text, start, end)
        return stated if stated is not None and stated.end() == end else None
    return age if _THE_BEFORE.search(sentence.text, 0, age.start()) is not None else None


def _quoted_source(doc: Document, person, sentence_id: int) -> bool:
    """Whether the person is named before `sentence_id` only as who said something ("Deputy Police Chief Keizo
    Okumoto told CNN"): a source, whom "the 84-year-old woman" after it is not."""
    for back in sorted(i for i in person.sentence_ids if i < sentence_id):
        text = doc.sentences[back].text
        surname = person.text.split()[-1]
        name = re.escape(surname)
        spoken = re.search(rf"\b{name}\b(?:['’]s)?\s+(?:{_SPEAKING})\b"
                           rf"|\b(?:{_SPEAKING})\s+(?:[A-Z][\w.'’-]*\s+)*{name}\b", text)
        if spoken is None:
            return False
    return True


def _referent(doc: Document, people: list, sentence_id: int, own_sentence: bool = False,
              age_start: int | None = None):
    """The person named in the nearest sentence before `sentence_id` that names anyone (within
    MAX_REFERENT_GAP), when the age's own sentence names nobody: the only one named there, or the one named
    first when the article mentions them more than each of the others ("Hamilton was quicker than Rosberg
    and Massa. ... the 30-year-old said"); None otherwise."""
    text = doc.sentences[sentence_id].text
    # "the 30-year-old rebounded ... ahead of Tina Maze": a person named only after the age is someone else.
    here = [person for person in people if sentence_id in person.sentence_ids
            and (own_sentence or age_start is None or _first_position(text, person.text) < age_start)]
    if own_sentence and len(here) == 1:
        return here[0]  # "Given that she arrived when she was 11, Andiola considers herself": the one named there
    if here:
        return None  # "Smith praised the 78-year-old": someone else may be meant
    for back in range(sentence_id - 1, max(-1, sentence_id - 1 - MAX_REFERENT_GAP), -1):
        there = [person for person in people if back in person.sentence_ids]
        text = doc.sentences[back].text
        verb = _first_verb(text) if there else None
        subjects = [person for person in there if _first_position(text, person.text) < verb] if verb else []
        if len(subjects) == 1 and all(_oblique(text, _first_position(text, other.text))
                                      for other in there if other is not subjects[0]):
            # "Hamilton was quicker than Rosberg and Massa": the subject is who is talked of, the others named
            # only after a preposition or "than" ("Marsh met Reyes" names two people alike)
            return subjects[0]
        if there and not subjects and verb and _described_subject(text[:verb]):
            continue  # "The Norwegian ... opened up a lead over Dominik Paris": the subject refers back too
        if len(there) == 1:
            return there[0]
        if there:
            first = min(there, key=lambda person: _first_position(text, person.text))
            if all(len(first.sentence_ids) > len(other.sentence_ids) for other in there if other is not first):
                return first
            return None
    return None


def _described_subject(subject: str) -> bool:
    """Whether a subject is a definite description of a person ("The Norwegian, who", "The British driver"): it
    refers back as the bare age does, so the two are one person, and a name after its verb is someone else."""
    if _DEFINITE_OPENING.match(subject) is None:
        return False
    return any(gz.demonym_country(word) or gz.is_role_noun(word) for word in re.findall(r"[\w'’-]+", subject)[1:])


# Words inside a noun phrase before a name ("than Mercedes teammate Nico Rosberg", "over Italian Dominik Paris").
_NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "CD"})


def _oblique(text: str, position: int) -> bool:
    """Whether the name at `position` is named after a preposition or "than", not as a verb's subject or object."""
    before = [token for token in tag_text(text) if token.end <= position]
    # "third-placed Felipe Massa": a hyphened participle is a modifier too
    while before and (before[-1].tag in _NOUN_PHRASE_TAGS or "-" in before[-1].word and is_verb(before[-1].tag)):
        before.pop()
    return bool(before) and before[-1].tag in ("IN", "TO")


def _first_verb(text: str) -> int | None:
    """Where a sentence's first verb starts, which ends its subject; None when it has no verb."""
    return next((token.start for token in tag_text(text) if is_verb(token.tag)), None)


def _first_position(text: str, name: str) -> int:
    """Where a sentence first uses any word of a person's name ("Hamilton" for "Lewis Hamilton")."""
    found = (re.search(rf"\b{re.escape(word)}\b", text) for word in name.split())
    return min((match.start() for match in found if match), default=len(text))
