"""The numbers section's records (sections stage): a number as read from a sentence, and the figure it makes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One figure as it occurs in one sentence: what it is, what it counts and its verbatim spans.

    `spans` are article offsets: the figure phrase first (qualifier, number, counted words), then for a
    date its event clause when that is not part of the first span.
    """

    kind: str
    value: float | None
    unit: str | None
    qualifier: str | None
    counts: str | None
    sentence_id: int
    spans: tuple[tuple[int, int], ...]
    label: str
    value_max: float | None = None
    per: str | None = None
    date: str | None = None
    weight: float = 1.0  # below 1 for figures that are rarely the point (bare years, small counts)
    # A small number written out ("two workers") is usually incidental; after "the" ("the two
    # authorities") it refers back to things already counted, so repeating it is no emphasis.
    small_spelled: bool = False
    definite: bool = False
    score: str | None = None  # "4-2": a score has no one value, so scores are told apart by their text
    hard: bool = False  # the dead and injured, a penalty, a named person's age: what readers look for first
    play: bool = False  # a match's clock or a shot's distance ("after 62 minutes"): dropped from match reports


@dataclass
class Number:
    """A number read from a sentence before it is classified, with local offsets."""

    start: int  # the currency symbol or the first digit
    end: int  # after scale words, a range's second number, a percent sign or a unit
    value: float
    value_max: float | None
    plain: bool  # digits alone, no separator, decimal, currency or scale: how names and years look
    spelled: bool
    currency: str | None
    percent: bool = False
    unit: str | None = None
    hyphenated: bool = False  # "10-year sentence": the noun after the unit is what it describes
    old: bool = False
    ago: bool = False
    dashed: bool = False  # a range written "6-1": a score or an id unless it counts something
    vague: bool = False  # an order of size, not a number: "dozens of", "tens of thousands of"
    decade: bool = False  # "the 1960s": always a date, whatever noun follows ("1960s cars")
    relative: bool = False  # "three days earlier": a time after or before, whose phrase after it says nothing
