"""Numbers section: the figures that matter (counts, money, percentages, dates, ages, durations) with what they count.

Figures are found with regular expressions (numbers, units, currencies, dates, scores, places). What a
figure counts is read from its sentence: the noun phrase after it, up to a function word, a verb or
punctuation ("up to 8,000 North Korean troops", "$4.5 billion in aid"); else what it is for ("$335,000 to
settle her lawsuit"), the noun it belongs to ("contracts worth $3bn"), the subject whose verb governs it
("2.9% — France's budget deficit"), a named person in apposition for an age, or, for a date or a duration,
the clause it dates. Closed word lists settle the common cases; pattern's English tagger (`_tags`, offline)
settles the rest, asked only about the sentences and words that need it. Qualifiers and negations ("not
only", "up to", "until") stay with the figure. Every label is made of verbatim spans of the article, and
the same figure for the same thing is one item.

Reading is split by stage into private modules, each importing only from those before it:
`_figure_words` (word lists and patterns), `_figure` (the records), `_phrases` (the words around a
figure), `_number_reading` and `_dates`, then `_counted`, `_results` and `_ratios`, then
`_sentence_figures` (the figures of one sentence); `_age_referents` names whose age a bare "the
78-year-old" is, from the actors. This module chooses the sentences to read and merges and ranks their
figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..config import Settings
from ..literals import lowered_text, required_literals
from ..model import Document, Item, Quote, Section
from ..segment import content_stems
from ._figure import Figure
from ._figure_words import (
    ARTICLE_UNITS,
    FRACTIONS,
    HURT_WORDS,
    KILLED_WORDS,
    ORDINALS,
    SCALE_WORDS,
    SPELLED,
    STOP_WORDS,
    VAGUE_COUNTS,
    WORD,
    alternation,
    word_set,
)
from ._age_referents import name_bare_ages
from ._sentence_figures import NEGATION, sentence_figures

KEY = "numbers"
TITLE = "Numbers"

# --- Heuristic thresholds -------------------------------------------------------------------------

# Work per document is bounded: figures are read from the first this many sentences that hold a number
# word or digit. News articles have well under a hundred; past a few thousand a figure's position weight
# (POSITION_HALF_LIFE) is below a thousandth, so an article of 200,000 sentences takes about a second
# instead of minutes, and what a one-page brief shows of it comes from its opening anyway.
MAX_FIGURE_SENTENCES = 2_000
# A "sentence" the segmenter could not split may run to megabytes; only its start is read for figures.
MAX_SENTENCE_CHARS = 5_000

# --- Ranking weights ------------------------------------------------------------------------------

# News puts its key figures in the lede: a figure's position weight halves this many sentences in.
POSITION_HALF_LIFE = 5.0
# A figure repeated in another sentence is one the writer leans on.
REPEAT_BONUS = 0.3
# A figure about something the headline names is central to the story.
TITLE_BONUS = 0.3
# Money and shares are the "hard" figures readers look for first; dates and ages are context.
# Ages and durations matter when they are a named person's or a penalty (see HARD_BONUS).
KIND_BONUS = {"money": 0.3, "percent": 0.3, "count": 0.2, "date": 0.1, "duration": 0.0, "age": 0.0, "other": 0.1}
# The dead and injured, penalties, and named people's ages are what a reader of the story looks for,
# as much as its money: they rank with money and shares (a sum of money needs no bonus of its own).
HARD_BONUS = 0.3
# The lede states the news: a small written-out count there ("Eight protesters", "three UK schoolgirls") is
# the story's, never incidental (it still ranks by its score); "the two authorities" there refers back all the same.
LEDE_SENTENCES = 2
# A headline's figures repeat the body's; one there marks its body figure as central, worth as much as
# two more mentions in the body.
HEADLINE_BONUS = 2 * REPEAT_BONUS

# --- Finding an article's figures -----------------------------------------------------------------

# Every figure pattern needs a digit, a spelled number, a scale word, an ordinal, a fraction, "twice" or a time
# unit that "a" or "one" counts ("for nearly a decade"): sentences with none of them are skipped before any
# pattern or tagger runs (`_is_candidate`).
_CANDIDATE_DIGIT = re.compile(r"\d")
_CANDIDATE_WORDS = [*SPELLED, *SCALE_WORDS, *ORDINALS, *FRACTIONS, "one", "twice", *VAGUE_COUNTS, *ARTICLE_UNITS]
_CANDIDATE_WORD = re.compile(
    rf"\b(?:{alternation(_CANDIDATE_WORDS)})\b",
    re.IGNORECASE,
)
_CANDIDATE_LITERALS = required_literals(_CANDIDATE_WORD)


def _is_candidate(text: str) -> bool:
    """Whether a sentence holds a digit or a figure word; the words are looked for only in a sentence holding
    one of their literals (the search tries every position of a sentence, the literal test is far cheaper)."""
    if _CANDIDATE_DIGIT.search(text):
        return True
    if _CANDIDATE_LITERALS is not None and not _CANDIDATE_LITERALS.may_match(text, lowered_text(text)):
        return False
    return _CANDIDATE_WORD.search(text) is not None


def extract_numbers(doc: Document) -> tuple[Figure, ...]:
    """Every figure in the article, one per occurrence, in document order (see MAX_FIGURE_SENTENCES)."""
    figures: list[Figure] = []
    read = 0
    for sentence in doc.sentences:
        if read >= MAX_FIGURE_SENTENCES:
            break
        if not _is_candidate(sentence.text):
            continue  # no digit, number word or ordinal: no figure pattern can match
        read += 1
        if len(sentence.text) > MAX_SENTENCE_CHARS:
            sentence = replace(sentence, text=sentence.text[:MAX_SENTENCE_CHARS],
                               end=sentence.start + MAX_SENTENCE_CHARS)
        figures.extend(sentence_figures(sentence))
    return tuple(figures)


def extract(doc: Document, settings: Settings) -> Section:
    """The article's figures, one item per figure and thing counted, most important first.

    Items come from body sentences only: a headline's figures repeat the body's in headline words
    ("Falls to Lowest Level in 60 Years"), so a headline figure only raises the rank of its body figure.
    """
    figures = name_bare_ages(doc, extract_numbers(doc))
    if any(f.score for f in figures):  # a match report: its clock and shooting distances are the run of play
        figures = tuple(f for f in figures if not f.play)
    groups = _merge(tuple(f for f in figures if not doc.sentences[f.sentence_id].headline))
    in_headline = _headline_groups(groups, [f for f in figures if doc.sentences[f.sentence_id].headline])
    first_body = next((s.id for s in doc.body), 0)
    title_words = _content_words(doc.article.title)

    def order(indexed: tuple[int, list[Figure]]) -> tuple:
        index, group = indexed
        headline = index in in_headline
        score = _score(group, first_body, title_words) + (HEADLINE_BONUS if headline else 0.0)
        lede = any(f.kind == "count" and f.sentence_id - first_body < LEDE_SENTENCES and not f.definite for f in group)
        return (_incidental(group, headline or lede), -score, group[0].spans[0])

    scored = sorted(enumerate(groups), key=order)[: settings.max_numbers]
    items = tuple(_item(doc, group, rank, index in in_headline) for rank, (index, group) in enumerate(scored))
    return Section(key=KEY, title=TITLE, items=items)


def _headline_groups(groups: list[list[Figure]], headline: list[Figure]) -> set[int]:
    """Indexes of the body figures a headline repeats: same kind and value, about the same thing if one is.

    A headline says what is counted in its own words ("Death Toll Rises to 17"), so when no body figure of
    that value shares a word with it, the first body figure of that value is the one it repeats.
    """
    by_key: dict[tuple, list[int]] = {}
    for index, group in enumerate(groups):
        by_key.setdefault(_merge_key(group[0]), []).append(index)
    found: set[int] = set()
    for figure in headline:
        candidates = by_key.get(_merge_key(figure), [])
        words = _content_words(figure.counts)
        same = [i for i in candidates if words & _content_words(groups[i][0].counts)]
        found.update(same or candidates[:1])
    return found


def _incidental(group: list[Figure], headline: bool) -> bool:
    """Whether a figure is a small written-out number ("two authorities") that goes after the hard figures.

    Such a figure keeps its place when the headline has it, or when the writer states it afresh in two
    sentences; "the two authorities" again and again only refers back to them.
    """
    if headline or not all(f.small_spelled for f in group) or any(f.hard for f in group):
        return False  # "two dead" is never incidental
    return len({f.sentence_id for f in group if not f.definite}) < 2


# --- Merging and ranking --------------------------------------------------------------------------


def _content_words(text: str | None) -> frozenset[str]:
    """Lower-case words without function words, crudely singular, for comparing what figures count."""
    if not text:
        return frozenset()
    words = (w.lower() for w in WORD.findall(text))
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in STOP_WORDS)


def _same_figure(a: Figure, b: Figure) -> bool:
    """Whether two occurrences are one figure for one thing ("8,000 troops", "8,000 of the soldiers")."""
    if a.kind != b.kind or _negated(a) != _negated(b):
        return False  # "Carter, 18," and "she was not yet 18": a figure denied is another fact
    if a.kind == "date":
        if _date_key(a) != _date_key(b):
            return False
        if a.date is None or _is_day(a.date):
            return True  # one day is one event ("approved at a board meeting on Dec. 9", "a final vote on Dec. 9")
        # "married in 2005" and "first visited the U.S. in 2005" are two events of one year: a year or a month
        # merges with another only when what they date shares a word, or one of them dates nothing named.
        # What a date dates is a clause: its words compare by stem ("toured" and "the tour"), as sentences do.
        stems_a, stems_b = (frozenset(content_stems(f.counts or "")) for f in (a, b))
        return not stems_a or not stems_b or bool(stems_a & stems_b)
    if (a.value, a.value_max, a.unit, a.score) != (b.value, b.value_max, b.unit, b.score):
        return False
    if a.score is not None:
        # "held 0-0 at Chievo Verona" and "held 0-0 by Blackburn" are two matches: a score is one result only
        # when the sides named with it are the same (or one names none).
        sides_a, sides_b = (frozenset(w for w in WORD.findall(f.label) if w[:1].isupper()) for f in (a, b))
        if sides_a and sides_b and not sides_a & sides_b:
            return False
    if a.kind == "count" and len({_harm(f.label) for f in (a, b)} - {None}) > 1:
        return False  # "killing 24 people" and "two dozen people were injured": the dead are not the injured
    words_a, words_b = _content_words(a.counts), _content_words(b.counts)
    return not words_a or not words_b or bool(words_a & words_b) or (
        a.kind == "count" and same_people_count(a.counts, b.counts))


def _negated(figure: Figure) -> bool:
    """Whether a figure's label denies it ("she was not yet 18", "refused to pay $40,000"); a date's label is
    its event, which may deny without the date being another."""
    return figure.kind != "date" and NEGATION.search(figure.label) is not None


def _harm(label: str) -> str | None:
    """"killed" or "hurt" when a count's label says which befell them, else None."""
    words = {w.lower() for w in WORD.findall(label)}
    killed, hurt = bool(words & KILLED_WORDS), bool(words & HURT_WORDS)
    return None if killed == hurt else "killed" if killed else "hurt"


# Counted nouns of people, and the general ones among them ("people"), for `same_people_count`.
GENERIC_PEOPLE = word_set("people persons")
PEOPLE_NOUNS = GENERIC_PEOPLE | word_set(
    """passengers survivors victims residents men women children adults individuals crew dead injured wounded
    missing casualties fatalities migrants refugees workers"""
)


def same_people_count(counts_a: str, counts_b: str) -> bool:
    """Whether two equal counts count the same people: "112 people" and "112 passengers" do, a count of
    people in general being one of particular people; two particular ones ("90 survivors", "90 dead")
    do not."""
    heads = {(re.findall(r"[a-z]+", counts.lower()) or [""])[-1] for counts in (counts_a, counts_b)}
    return bool(heads & GENERIC_PEOPLE) and heads <= PEOPLE_NOUNS


def _date_key(figure: Figure) -> str:
    if figure.date is None:
        return figure.label.lower()
    # "Oct. 31" and "Oct. 31, 2024" are one day: compare month and day when there is a day.
    return figure.date[-5:] if _is_day(figure.date) else figure.date


def _is_day(date: str) -> bool:
    """Whether an ISO date names a day ("2024-10-31", "--10-31"), not only a month or a year."""
    return re.fullmatch(r"[-\d]+-\d\d-\d\d", date) is not None


def _merge_key(figure: Figure) -> tuple:
    """What two figures must share to be one figure (`_same_figure` then compares what they count)."""
    if figure.kind == "date":
        return ("date", _date_key(figure))
    return (figure.kind, figure.value, figure.value_max, figure.unit, figure.score)


def _merge(figures: tuple[Figure, ...]) -> list[list[Figure]]:
    """Occurrences grouped by figure and thing counted, each group in document order."""
    groups: list[list[Figure]] = []
    # Groups are looked up by their key, not scanned: scanning every group for every figure made an
    # article of 200,000 sentences, each with its own figure, take hours (quadratic in figures).
    by_key: dict[tuple, list[list[Figure]]] = {}
    for figure in figures:
        candidates = by_key.setdefault(_merge_key(figure), [])
        group = next((g for g in candidates if _same_figure(g[0], figure)), None)
        if group is None:
            group = [figure]
            groups.append(group)
            candidates.append(group)
        else:
            group.append(figure)
    return groups


def _score(group: list[Figure], first_body: int, title_words: frozenset[str]) -> float:
    """Importance of a figure: early, repeated, about the headline's subject, not a bare year or small count."""
    first = group[0]
    position = max(0, first.sentence_id - first_body)
    score = 1.0 / (1.0 + position / POSITION_HALF_LIFE)
    score += REPEAT_BONUS * (len({f.sentence_id for f in group}) - 1)
    if _content_words(first.counts) & title_words:
        score += TITLE_BONUS
    score += KIND_BONUS[first.kind]
    if any(f.hard and not _negated(f) for f in group):  # "we don't have seven dead people" counts no dead
        score += HARD_BONUS
    return score * max(f.weight for f in group)


def _item(doc: Document, group: list[Figure], rank: int, headline: bool = False) -> Item:
    """One item for a figure: the first occurrence's label, every occurrence's quote and qualifier.

    `headline` says the headline gives the figure too; its words are not quoted, the body's are.
    """
    first = group[0]
    quotes: list[Quote] = []
    for figure in group:
        for start, end in figure.spans if figure is first else figure.spans[:1]:
            quote = doc.quote(start, end)
            if quote not in quotes:
                quotes.append(quote)
    qualifiers = list(dict.fromkeys(f.qualifier for f in group if f.qualifier))
    fields = {
        "kind": first.kind,
        "value": first.value,
        "value_max": first.value_max,
        "unit": first.unit,
        "per": first.per,
        "qualifier": qualifiers[0] if qualifiers else None,
        "qualifiers": qualifiers,
        "counts": first.counts,
        "date": first.date,
        "mentions": len(group),
        "headline": headline,
    }
    sentence_ids = tuple(sorted({f.sentence_id for f in group} | {q.sentence_id for q in quotes}))
    return Item(text=first.label, sentence_ids=sentence_ids, quotes=tuple(quotes), rank=rank, fields=fields)
