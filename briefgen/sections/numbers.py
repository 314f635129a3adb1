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
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..config import Settings
from ..literals import lowered_text, required_literals
from ..model import Document, Item, Quote, Section, Sentence
from ._counted import classify_number, make_figure, reach
from ._dates import dated_figure, find_dates
from ._figure import Figure, Number
from ._figure_words import (
    FRACTIONS,
    NUMBER,
    ORDINALS,
    PREPOSITIONS,
    SCALE_WORDS,
    SPELLED,
    STOP_WORDS,
    VAGUE_COUNTS,
    WORD,
    alternation,
    word_set,
)
from ._number_reading import read_number
from ._phrases import LazyTags, left_context, overlaps
from ._ratios import fraction_figures, multiple_figures
from ._results import result_figures
from ._tags import is_verb, tag_text

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
# A headline's figures repeat the body's; one there marks its body figure as central, worth as much as
# two more mentions in the body.
HEADLINE_BONUS = 2 * REPEAT_BONUS
# A verbless aside after a figure ("up 14% from") is this short; longer, it says something of its own.
MAX_ASIDE_WORDS = 4

# --- Patterns -------------------------------------------------------------------------------------

# A share of a number of things: "half of 2,000 people", "a quarter of 14-16 year olds".
_SHARE_OF_NUMBER = re.compile(r"(?<!\bout\s)\bof\s+(?:about\s+|some\s+)?(\d)")  # not "four out of 10"
# Numbers that are not figures: clock times, phone numbers, slashed dates and codes ("9/11", "24/7").
_NOT_FIGURES = re.compile(
    r"""\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)
       |(?<![:\d])\b\d{1,2}:\d{2}\b(?![.:]\d)
       |\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b
       |\b\d+(?:[/.]\d+){2,}\b|\b\d+/\d+\b""",
    re.IGNORECASE | re.VERBOSE,
)
# "on 4 or 5 April": a day before a joined date belongs to it.
_DAY_JOIN = re.compile(r"\s*(?:-|–|,|\s+or|\s+and|\s+to)\s*")

# Every figure pattern needs a digit, a spelled number, a scale word, an ordinal, a fraction or "twice": sentences
# with none of them are skipped before any pattern or tagger runs (`_is_candidate`).
_CANDIDATE_DIGIT = re.compile(r"\d")
_CANDIDATE_WORD = re.compile(
    rf"\b(?:{alternation([*SPELLED, *SCALE_WORDS, *ORDINALS, *FRACTIONS, 'one', 'twice', *VAGUE_COUNTS])})\b",
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
            continue  # no digit, number word or ordinal: no pattern below can match
        read += 1
        if len(sentence.text) > MAX_SENTENCE_CHARS:
            sentence = replace(sentence, text=sentence.text[:MAX_SENTENCE_CHARS],
                               end=sentence.start + MAX_SENTENCE_CHARS)
        figures.extend(_sentence_figures(sentence))
    return tuple(figures)


def extract(doc: Document, settings: Settings) -> Section:
    """The article's figures, one item per figure and thing counted, most important first.

    Items come from body sentences only: a headline's figures repeat the body's in headline words
    ("Falls to Lowest Level in 60 Years"), so a headline figure only raises the rank of its body figure.
    """
    figures = extract_numbers(doc)
    groups = _merge(tuple(f for f in figures if not doc.sentences[f.sentence_id].headline))
    in_headline = _headline_groups(groups, [f for f in figures if doc.sentences[f.sentence_id].headline])
    first_body = next((s.id for s in doc.body), 0)
    title_words = _content_words(doc.article.title)

    def order(indexed: tuple[int, list[Figure]]) -> tuple:
        index, group = indexed
        headline = index in in_headline
        score = _score(group, first_body, title_words) + (HEADLINE_BONUS if headline else 0.0)
        return (_incidental(group, headline), -score, group[0].spans[0])

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


# --- Figures in one sentence ----------------------------------------------------------------------


def _sentence_figures(sentence: Sentence) -> list[Figure]:
    """The figures of one sentence: dates first, then every other number not inside a date, time or id."""
    text = sentence.text
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    floor = 0
    for start, end, iso in find_dates(text):
        # "on 21 June and Oasis ... on 29 June": a date's event does not reach back past the date before it.
        figures.append(dated_figure(sentence, start, end, iso, weight=1.0, floor=floor))
        taken.append((start, end))
        floor = end
    taken.extend(m.span() for m in _NOT_FIGURES.finditer(text) if not overlaps(m.span(), taken))
    for figure in result_figures(sentence, taken) + multiple_figures(sentence, taken) + fraction_figures(sentence, taken):
        figures.append(figure)
        span = (figure.spans[0][0] - sentence.start, figure.spans[0][1] - sentence.start)
        inner = _SHARE_OF_NUMBER.search(text, *span) if figure.unit == "%" else None
        # "half of 2,000 people": the 2,000 people are a figure of their own
        taken.append((span[0], inner.start(1)) if inner else span)
    previous_end = -1
    bracket_end = -1  # end of a bracket of conversions
    for match in NUMBER.finditer(text):
        if overlaps(match.span("number"), taken):
            continue
        number = read_number(text, match, taken)
        if number is None:
            continue
        # "100 meters (330 feet)": a figure in brackets right after another is a conversion of it, and so
        # is the rest of that bracket ("5.65bn euros ($7.4bn; £3.9bn)").
        conversion = number.start < bracket_end or (
            previous_end >= 0 and re.fullmatch(r"\s*\(\s*", text[previous_end : number.start]) is not None
        )
        if conversion and number.start >= bracket_end:
            closing = text.find(")", number.start)
            bracket_end = closing if closing >= 0 else len(text)
        # Only a figure bounds the clause of the next one: "visited seven times between 1999 and 2007" dates
        # the visits, though "seven times" is no figure.
        ends = (f.spans[0][1] - sentence.start for f in figures)
        floor = max((end for end in ends if end <= number.start), default=0)
        join = _DAY_JOIN.match(text, number.end) if number.plain and number.value <= 31 else None
        if join and any(start == join.end() for start, _ in taken):
            continue  # "4 or 5 April": the first day is part of the date
        figure = None if conversion else classify_number(sentence, number, floor)
        if figure is not None and number.spelled and number.value == 1 and not figure.hard:
            figure = None  # "one woman told CNN": one person is a figure only when harmed ("killing one person")
        if figure is None and not conversion:
            figure = _elided_count(sentence, number, figures, floor)
        if figure is not None and len(figure.spans) == 1:
            figure = _with_verb_before(sentence, _with_comparison(sentence, figure))
        # A figure may reach past its number ("aged 59, 76 and 84"): what it covers is not read again.
        taken.append((number.start, max(number.end, reach(text, number, figure, sentence.start) if figure else 0)))
        if figure is not None:
            figures.append(figure)
            # "150 (144 passengers, six crew members)": a count's brackets break it down, they convert nothing.
            previous_end = number.end if figure.kind != "count" else -1
    figures.sort(key=lambda f: f.spans[0])
    return _share_nouns(sentence, figures)


# A comparison right after a measure: "1.4 seconds faster than Felipe Massa", "20% more than last year".
_COMPARISON_AFTER = re.compile(
    r"\s+(?:(?:[a-z]{3,}er|more|less|fewer)(?:\s+[a-z]+)?\s+)?than\s+(?:the\s+|a\s+|his\s+|her\s+|its\s+|their\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|[a-z]+(?:\s+(?!and\b|or\b|but\b)[a-z]+)?(?![\w-]))"
)


def _with_comparison(sentence: Sentence, figure: Figure) -> Figure:
    """A figure whose label ends where a comparison starts, with the comparison: it says what the
    measure is the difference between ("nearly 1.4 seconds faster than Felipe Massa")."""
    end = figure.spans[0][1] - sentence.start
    match = _COMPARISON_AFTER.match(sentence.text, end)
    if match is None or figure.kind not in ("duration", "other", "percent", "money", "count"):
        return figure
    start = figure.spans[0][0]
    stop = sentence.start + match.end()
    return replace(figure, spans=((start, stop),), label=sentence.text[start - sentence.start : match.end()],
                   counts=figure.counts or match.group().strip())


def _with_verb_before(sentence: Sentence, figure: Figure) -> Figure:
    """Money whose label opens with the amount and names nothing it is, with the verb it is the object of:
    what was done with it ("lost about $5,000", "raised more than $150m to help victims")."""
    start = figure.spans[0][0] - sentence.start
    text = sentence.text
    verb = _OBJECT_VERB_BEFORE.search(text, max(0, start - 40), start)
    if figure.kind != "money" or verb is None or figure.counts and not figure.counts.startswith("to "):
        return figure  # "$4.5 billion in military aid" says what the money is; "to help victims" only why
    tag = LazyTags(text).get(verb.start(1))
    if not (tag or "").startswith("VB") or tag == "VBG" and verb.group(1).lower() in PREPOSITIONS:
        return figure
    if _NEGATED_OR_INTENDED.search(text, max(0, verb.start(1) - 30), verb.start(1)):
        return figure  # "never paid $5,000", "refused to pay $40,000": the verb alone would reverse the sense
    begin = sentence.start + verb.start(1)
    return replace(figure, spans=((begin, figure.spans[0][1]),), label=text[verb.start(1) : figure.spans[0][1] - sentence.start],
                   counts=figure.counts or verb.group(1))


# Before such a verb, words that deny or only intend it ("never paid", "refused to pay", "didn't lose").
_NEGATED_OR_INTENDED = re.compile(r"(?:\b(?:not|never|no|to)|n['’]t)\s+$", re.IGNORECASE)
# A lower-case verb right before an amount: "have lost" about $5,000.
_OBJECT_VERB_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")

# What joins a clause whose count leaves its noun out to the clause that gave it: "has four nominations,
# while Alicia Keys has three".
_CONTRAST = re.compile(r"\b(?:while|whereas|but|against|compared\s+with|and)\b")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _elided_count(sentence: Sentence, number: Number, figures: list[Figure], floor: int) -> Figure | None:
    """A bare count ending its clause that leaves out the noun of the count before it in the sentence:
    "Ciara has four nominations, while Alicia Keys has three" gives "Alicia Keys has three — nominations"."""
    text = sentence.text
    if number.unit or number.percent or number.currency or number.value_max is not None:
        return None
    if not _CLAUSE_END.match(text, number.end) or re.search(r"[A-Z][\w'’-]*\s+$", text[: number.start]):
        return None  # "Girl 1", "Flight 370": a capitalised word before makes the number part of a name
    before = next((f for f in reversed(figures) if f.kind == "count" and f.counts), None)
    if before is None or len(before.counts.split()) > MAX_ELIDED_NOUN_WORDS:
        return None
    noun = _lendable_noun(text, sentence.start, before)
    if noun is None or not _CONTRAST.search(text, before.spans[0][1] - sentence.start, number.start):
        return None
    left = left_context(text, number.start, floor)
    return make_figure(sentence, "count", number, None, None, noun, (left if left is not None else number.start,
                   number.end), described=True)


def _lendable_noun(text: str, offset: int, before: Figure) -> tuple[int, int] | None:
    """Local span of what the figure `before` counts, when it is a noun another figure may share; a
    clause ("fund expects to spend", the words before a figure) is none."""
    if not before.counts or any(is_verb(t.tag) for t in tag_text(before.counts)):
        return None
    return _counts_span(text, offset, before)


def _share_nouns(sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """Bare amounts and shares in a verbless aside take the noun of the figure before them.

    "a budget of €4.2 billion, up 14% from €3.68 billion": the 14% and the €3.68 billion are the budget's,
    so they are labelled "14% — budget" and "€3.68 billion — budget" (the noun quoted where it stands).
    """
    text, offset = sentence.text, sentence.start
    shared: list[Figure] = []
    before: Figure | None = None  # the last amount, share or count: a date's clause is no noun to share
    for figure in figures:
        noun = _lendable_noun(text, offset, before) if (
            figure.counts is None and figure.kind in ("money", "percent") and before is not None) else None
        if noun is not None:
            gap = text[before.spans[0][1] - offset : figure.spans[0][0] - offset]
            gap_tokens = tag_text(gap) if len(WORD.findall(gap)) <= MAX_ASIDE_WORDS else None
            if gap_tokens is not None and not any(is_verb(t.tag) for t in gap_tokens):
                figure = replace(figure, counts=before.counts, label=f"{figure.label} — {before.counts}",
                                 spans=figure.spans + ((offset + noun[0], offset + noun[1]),))
        if figure.kind in ("money", "percent", "count"):
            before = figure
        shared.append(figure)
    return shared


def _counts_span(text: str, offset: int, figure: Figure) -> tuple[int, int] | None:
    """Local span of what a figure counts: its second span, or where its counts stand inside its label."""
    if len(figure.spans) > 1:
        return figure.spans[1][0] - offset, figure.spans[1][1] - offset
    start, end = figure.spans[0][0] - offset, figure.spans[0][1] - offset
    found = text.find(figure.counts, start, end)
    return (found, found + len(figure.counts)) if found >= 0 else None


# --- Classifying a number and finding what it counts ----------------------------------------------

# The longest noun a count may lend to a later count that leaves it out ("tornado watches").
MAX_ELIDED_NOUN_WORDS = 3


# --- Merging and ranking --------------------------------------------------------------------------


def _content_words(text: str | None) -> frozenset[str]:
    """Lower-case words without function words, crudely singular, for comparing what figures count."""
    if not text:
        return frozenset()
    words = (w.lower() for w in WORD.findall(text))
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in STOP_WORDS)


def _same_figure(a: Figure, b: Figure) -> bool:
    """Whether two occurrences are one figure for one thing ("8,000 troops", "8,000 of the soldiers")."""
    if a.kind != b.kind:
        return False
    if a.kind == "date":
        return _date_key(a) == _date_key(b)
    if (a.value, a.value_max, a.unit, a.score) != (b.value, b.value_max, b.unit, b.score):
        return False
    words_a, words_b = _content_words(a.counts), _content_words(b.counts)
    return not words_a or not words_b or bool(words_a & words_b) or (
        a.kind == "count" and same_people_count(a.counts, b.counts))


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
    return figure.date[-5:] if re.fullmatch(r"[-\d]+-\d\d-\d\d", figure.date) else figure.date


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
    if any(f.hard for f in group):
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
    sentence_ids = tuple(sorted({f.sentence_id for f in group}))
    return Item(text=first.label, sentence_ids=sentence_ids, quotes=tuple(quotes), rank=rank, fields=fields)
