"""Figures listed "respectively" with a list of things ("11th and 16th respectively"): each figure labelled by
its own thing, in the same place of the other list. Called on each sentence's figures by `_sentence_figures`."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Sentence
from ._figure import Figure
from ._figure_words import NUMBER
from ._tags import is_verb, tag_text


# "11th and 16th respectively", "1,200 and 550 ... respectively": figures joined in a list, each of them the
# one of a list of things in the same place (the figure's own ending: "16th", "7%").
_RESPECTIVELY = re.compile(r"\brespectively\b")
_RUN_TAIL = re.compile(r"(?:st|nd|rd|th|%)?")
_RUN_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# The words of a list of things: names, nouns and their modifiers, joined by "and" and commas.
_LISTED_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS", "CD", "CC", ","})
_NOT_LISTED_TAGS = frozenset({"IN", "TO", "WDT", "WP", ".", ":"})
# Between a subject's list and the figures: its verb ("qualified", "were paid"), maybe with an adverb.
_LINKING_TAGS = frozenset({"RB", "MD", "TO"})


def _run_before(text: str, end: int) -> list[tuple[int, int]]:
    """Local spans of the last list of two or more numbers joined by "and" or commas before `end`."""
    items: list[tuple[int, int]] = []
    best: list[tuple[int, int]] = []
    for match in NUMBER.finditer(text, 0, end):
        item = (match.start(), _RUN_TAIL.match(text, match.end()).end())
        if items and _RUN_JOIN.fullmatch(text, items[-1][1], item[0]):
            items.append(item)
        else:
            items = [item]
        if len(items) > 1:
            best = list(items)
    return best


def _conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Local spans of the things listed in `text[start:end]`, split at "and" and commas."""
    parts, low = [], start
    for join in _RUN_JOIN.finditer(text, start, end):
        parts.append((low, join.start()))
        low = join.end()
    parts.append((low, end))
    return [(a, b) for a, b in parts if b > a]


def _listed_after(text: str, tokens: list, run_end: int, end: int, count: int) -> tuple[int, list] | None:
    """Where the words after the figures end and the list of `count` things they go with starts ("will go in
    IT and human resources respectively"): the list after the last preposition before "respectively"."""
    within = [t for t in tokens if run_end <= t.start and t.end <= end]
    opener = next((i for i in range(len(within) - 1, -1, -1) if within[i].tag in ("IN", "TO")), None)
    # "in IT and human resources": no verb or clause after the preposition ("IT" may be tagged a pronoun)
    if opener is None or any(is_verb(t.tag) or t.tag in _NOT_LISTED_TAGS for t in within[opener + 1 :]):
        return None
    low = within[opener].end
    parts = _conjuncts(text, within[opener + 1].start, within[-1].end) if opener + 1 < len(within) else []
    return (low, parts) if len(parts) == count else None


def _listed_before(text: str, tokens: list, run_start: int, count: int) -> tuple[int, list] | None:
    """Where the verb before the figures starts and the list of `count` subjects before it ("Felipe Nasri and
    Marcus Ericsson qualified 11th and 16th"): the names or nouns right before the verb."""
    before = [t for t in tokens if t.end <= run_start]
    index = len(before)
    while index and before[index - 1].tag in _LINKING_TAGS:
        index -= 1
    verbs = index
    while index and is_verb(before[index - 1].tag):
        index -= 1
    if index == verbs or not (verbs == len(before) or all(t.tag in _LINKING_TAGS for t in before[verbs:])):
        return None
    verb_start = before[index].start
    low = index
    while low and before[low - 1].tag in _LISTED_TAGS:
        low -= 1
    if low == index or before[low].tag in ("CC", ","):
        return None
    parts = _conjuncts(text, before[low].start, before[index - 1].end)
    return (verb_start, parts) if len(parts) == count else None


def respective(sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """Figures in a list that go "respectively" with a list of things, each labelled by its own thing.

    "1,100 jobs will go in banking while 1,200 and 550 will go in IT and human resources respectively" gives
    "1,200 will go in IT — jobs" and "550 will go in human resources — jobs"; "Ivo Marsh and Tom Reyes
    qualified 11th and 16th respectively" gives "qualified 11th — Ivo Marsh" and "qualified 16th — Tom Reyes".
    """
    text, offset = sentence.text, sentence.start
    respectively = _RESPECTIVELY.search(text)
    run = _run_before(text, respectively.start()) if respectively else []
    if not run:
        return figures
    owners = []  # the figure whose own span holds each number of the list
    for start, _ in run:
        holding = [f for f in figures if f.spans[0][0] - offset <= start < f.spans[0][1] - offset]
        owners.append(holding[0] if len(holding) == 1 else None)
    known = [f for f in owners if f is not None]
    if not known or len(set(map(id, known))) != len(known):
        return figures  # "aged 34 and 41 respectively": one figure for the whole list says it as one
    tokens = list(tag_text(text))
    run_start, run_end = run[0][0], run[-1][1]
    listed = _listed_after(text, tokens, run_end, respectively.start(), len(run))
    after = listed is not None
    if listed is None:
        listed = _listed_before(text, tokens, run_start, len(run))
    if listed is None:
        return figures
    link, parts = listed
    last = owners[-1]
    # "won 12 and 9 medals respectively": the noun after the list is every listed figure's
    noun = (run_end, last.spans[0][1] - offset) if (
        not after and last is not None and last.spans[0][0] - offset == run[-1][0]
        and last.spans[0][1] - offset > run_end) else None
    relabelled: dict[int, Figure] = {}
    made: list[Figure] = []  # "11th and 16th": a listed number read as no figure of its own
    for (start, end), owner, (part_start, part_end) in zip(run, owners, parts):
        model = owner or known[0]
        part = text[part_start:part_end]
        if after:
            if owner is None or owner.spans[0][1] - offset > run_end:
                return figures
            own = owner.spans[0]
            label = f"{text[own[0] - offset : own[1] - offset]} {text[run_end:link].strip()} {part}"
            spans = (own, (offset + run_end, offset + link), (offset + part_start, offset + part_end))
            counts = owner.counts or part
            if len(owner.spans) > 1:
                label += f" — {owner.counts}"
                spans += owner.spans[1:]
        else:
            if owner is not None and owner.spans[0][1] - offset > run_end and owner is not owners[-1]:
                return figures
            verb_end = link + len(text[link:run_start].rstrip())
            label = f"{text[link:verb_end]} {text[start:end]}"
            spans = ((offset + link, offset + verb_end), (offset + start, offset + end))
            if noun is not None:
                label += text[noun[0] : noun[1]]
                spans += ((offset + noun[0], offset + noun[1]),)
            label += f" — {part}"
            spans += ((offset + part_start, offset + part_end),)
            counts = part
        value = model.value if owner is not None else _run_value(text[start:end])
        if value is None:
            return figures
        figure = replace(model, value=value, counts=counts, label=label, spans=spans, value_max=None)
        if owner is not None:
            relabelled[id(owner)] = figure
        else:
            made.append(figure)
    return sorted([relabelled.get(id(f), f) for f in figures] + made, key=lambda f: f.spans[0])


def _run_value(item: str) -> float | None:
    """The value of a listed number written in digits ("16th", "550"); None for any other."""
    digits = re.match(r"\d[\d,]*(?:\.\d+)?", item)
    return float(digits.group().replace(",", "")) if digits else None
