"""The figures of one sentence (sections stage): every figure read once, then related to the others."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Sentence
from ._counted import PART_OF, classify_number, make_figure, reach
from ._dates import dated_figure, find_dates
from ._figure import Figure, Number
from ._figure_words import (
    BOUNDARY,
    EDGE_WORDS,
    FRACTIONS,
    MARGIN_NOUNS,
    NUMBER,
    ONE_CHARGE_NOUNS,
    PREPOSITIONS,
    QUALIFIERS,
    SPELLED,
    WORD,
    alternation,
    word_set,
)
from ._number_reading import read_number
from ._phrases import LazyTags, is_plural, left_context, noun_phrase, overlaps, stated_predicate
from ._ratios import fraction_figures, frequency_figures, multiple_figures
from ._respectively import respective
from ._results import result_figures
from ._tags import AUXILIARIES, is_verb, tag_text

# A verbless aside after a figure ("up 14% from") is this short; longer, it says something of its own.
MAX_ASIDE_WORDS = 4
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


def sentence_figures(sentence: Sentence) -> list[Figure]:
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
    for figure in (result_figures(sentence, taken) + multiple_figures(sentence, taken)
                   + fraction_figures(sentence, taken) + frequency_figures(sentence, taken)):
        figure = _with_negation(sentence, _with_share_predicate(sentence, figure))
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
        if figure is not None and _one_says_nothing(text, number, figure):
            figure = None
        if figure is None and not conversion:
            figure = (_elided_count(sentence, number, figures, floor) or _gapped_count(sentence, number, figures)
                      or _part_of_whole(sentence, number, figures) or _relative_part(sentence, number, figures)
                      or _earlier_level(sentence, number, figures))
        elif figure is not None and figure.kind == "count" and not figure.hard and _says_nothing_counted(sentence, figure):
            # "1,100 jobs will go in investment banking while 1,200 and 550 will go in IT": a count labelled by
            # the words around it may leave out the noun of the count before it
            figure = _elided_count(sentence, number, figures, floor) or figure
        if figure is not None and len(figure.spans) == 1:
            figure = _with_verb_before(sentence, _with_comparison(sentence, figure))
            figure = _with_charge(sentence, figure)
        if figure is not None:
            figure = _with_governing_verb(sentence, _with_new_level(sentence, figure))
            figure = _with_negation(sentence, _with_share_predicate(sentence, figure))
        # A figure may reach past its number ("aged 59, 76 and 84"): what it covers is not read again.
        taken.append((number.start, max(number.end, reach(text, number, figure, sentence.start) if figure else 0)))
        if figure is not None:
            figures.append(figure)
            # "150 (144 passengers, six crew members)": a count's brackets break it down, they convert nothing.
            previous_end = number.end if figure.kind != "count" else -1
    figures.sort(key=lambda f: f.spans[0])
    return respective(sentence, _share_nouns(sentence, figures))


# Words describing a rival before its name, ending in a lowercase noun: "super-G world champion" (Anna
# Fenninger), "overall World Cup leader" (Tina Maze); never a preposition or conjunction.
_RIVAL_DESCRIPTION = (r"(?:(?:(?!(?:in|on|at|for|of|to|by|with|from|and|or|but|the|a|an)\s)[a-z][\w-]*|[A-Z][\w-]*)\s+){0,3}"
                      r"(?:(?!(?:in|on|at|for|of|to|by|with|from|and|or|but|the|a|an)\s)[a-z][\w-]*\s+)?")
# A comparison right after a measure: "1.4 seconds faster than Felipe Massa", "20% more than last year".
_COMPARISON_AFTER = re.compile(
    r"\s+(?:(?:[a-z]{3,}er|more|less|fewer)(?:\s+[a-z]+)?\s+)?than\s+(?:the\s+|a\s+|his\s+|her\s+|its\s+|their\s+)?"
    # a name, maybe after a word or two describing it ("third-placed Felipe Massa", "Mercedes teammate Nico Rosberg")
    r"(?:(?:[a-z]+-[a-z]+\s+|[A-Z][\w'’-]*\s+[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|[a-z]+(?:\s+(?!and\b|or\b|but\b)[a-z]+)?(?![\w-]))"
    # A standing against a named rival: "five points above Real", "two shots behind Spieth", "clear of Chelsea",
    # maybe after words describing the rival ("ahead of overall World Cup leader Tina Maze").
    rf"|\s+(?:above|below|behind|ahead\s+of|clear\s+of|adrift\s+of)\s+(?:the\s+)?{_RIVAL_DESCRIPTION}"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)


# A margin of one: "won by one vote", "a one-point lead", "one point above Real" (not "at one point", "one goal
# of the plan").
_MARGIN_UNIT = rf"[\s-](?:{alternation(MARGIN_NOUNS)})s?"
_MARGIN_NOUN_AFTER = re.compile(rf"{_MARGIN_UNIT}\b")
_MARGIN_AFTER = re.compile(
    rf"{_MARGIN_UNIT}(?:\s+(?:lead|win|margin|victory|advantage|cushion|gap)\b"
    r"|\s+(?:above|below|behind|ahead\s+of|clear\s+of|adrift\s+of)\s)"
)
_BY_BEFORE = re.compile(r"\bby\s+$")
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


def _one_says_nothing(text: str, number: Number, figure: Figure) -> bool:
    """Whether a spelled "one" is no figure: "one woman told CNN" (one person is a figure only when harmed:
    "killing one person"), "at one point" (a unit of margin that measures no margin). "For nearly a decade",
    "one count of fraud" and "a one-point lead" are figures."""
    if not number.spelled or number.value != 1 or figure.kind == "duration":
        return False
    if (figure.counts or "").split(" ")[0].lower() in ONE_CHARGE_NOUNS:
        return False
    if _MARGIN_NOUN_AFTER.match(text, number.start + len("one")):
        return not _is_margin_of_one(text, number)  # even beside a hard word ("At one point the night of his death")
    return not figure.hard


def _is_margin_of_one(text: str, number: Number) -> bool:
    """Whether a spelled "one" is a margin ("by one vote", "a one-point lead"): a figure, unlike "one woman"."""
    if _AT_BEFORE.search(text, max(0, number.start - 4), number.start):
        return False  # "At one point the night of his death": a time, not a margin
    return bool(_BY_BEFORE.search(text, max(0, number.start - 4), number.start)
                or _MARGIN_AFTER.match(text, number.start + len("one")))  # "one-point" is read as one number


_STANDING_END = re.compile(r"\s+(?:above|below|behind)$")


def _with_comparison(sentence: Sentence, figure: Figure) -> Figure:
    """A figure whose label ends where a comparison starts, with the comparison: it says what the
    measure is the difference between ("nearly 1.4 seconds faster than Felipe Massa")."""
    end = figure.spans[0][1] - sentence.start
    match = _COMPARISON_AFTER.match(sentence.text, end)
    if match is None and (standing := _STANDING_END.search(figure.label)) is not None:
        # "one level below" Russia: the counted phrase took the preposition, the rival after it completes it
        match = _COMPARISON_AFTER.match(sentence.text, end - len(standing.group()))
    if match is None or figure.kind not in ("duration", "other", "percent", "money", "count"):
        return figure
    start = figure.spans[0][0]
    stop = sentence.start + match.end()
    return replace(figure, spans=((start, stop),), label=sentence.text[start - sentence.start : match.end()],
                   counts=figure.counts or match.group().strip())


_PAID_FOR = re.compile(r"\s(?:for|on|from)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$")


def _with_verb_before(sentence: Sentence, figure: Figure) -> Figure:
    """Money whose label opens with the amount and names nothing it is, with the verb it is the object of:
    what was done with it ("lost about $5,000", "raised more than $150m to help victims")."""
    start = figure.spans[0][0] - sentence.start
    text = sentence.text
    verb = _OBJECT_VERB_BEFORE.search(text, max(0, start - 40), start)
    # "bid $6.3bn for MCI", "spent $3bn on research": what the money was for or spent on is no more what it is
    # than why it was paid, so the verb stays with it.
    paid_for = bool(figure.counts) and _PAID_FOR.search(figure.label[: len(figure.label) - len(figure.counts)]) is not None
    if figure.kind != "money" or verb is None or figure.counts and not figure.counts.startswith("to ") and not paid_for:
        return figure  # "$4.5 billion in military aid" says what the money is; "to help victims" only why
    tag = LazyTags(text).get(verb.start(1))
    if not (tag or "").startswith("VB") or tag == "VBG" and verb.group(1).lower() in PREPOSITIONS:
        return figure
    begin = sentence.start + verb.start(1)
    if _NEGATED_OR_INTENDED.search(text, max(0, verb.start(1) - 30), verb.start(1)):
        # "never paid $5,000", "refused to pay $40,000": the verb alone would reverse the sense; money said to be
        # for, on or from something ("hoped to get £900m from the fund") keeps the words before it instead.
        left = left_context(text, start, 0) if paid_for else None
        if left is None:
            return figure
        begin = sentence.start + left
    return replace(figure, spans=((begin, figure.spans[0][1]),), label=text[begin - sentence.start : figure.spans[0][1] - sentence.start],
                   counts=figure.counts or verb.group(1))


# What a count of charges is of: "two counts of fraud", "one count of attempting to provide material support"
# (up to MAX_CHARGE_WORDS words, to a comma, a conjunction or a bracket).
MAX_CHARGE_WORDS = 10
_CHARGE_OF = re.compile(rf"\s+of\s+((?:(?!(?:and|or|but|while)\b)[\w'’-]+\s?){{1,{MAX_CHARGE_WORDS}}})")


def _with_charge(sentence: Sentence, figure: Figure) -> Figure:
    """A count of charges with what they charge: "counts" alone says nothing of the crime."""
    end = figure.spans[0][1] - sentence.start
    head = (figure.counts or "").split(" ")[-1].lower()
    match = _CHARGE_OF.match(sentence.text, end) if figure.kind == "count" and head.rstrip("s") in ONE_CHARGE_NOUNS else None
    if match is None:
        return figure
    words = match.group(1).split()
    while words and words[-1].lower() in EDGE_WORDS:
        words.pop()  # "... on a passport application to": a phrase cut at its limit ends at a word of its own
    if not words:
        return figure
    stop = sentence.text.index(words[-1], match.start(1)) + len(words[-1])
    return replace(figure, spans=((figure.spans[0][0], sentence.start + stop), *figure.spans[1:]),
                   label=figure.label + sentence.text[end:stop], counts=figure.counts + sentence.text[end:stop])


# The level a change went to, after the level it went from: "from 100 personnel" to 17, "from 4,000" to 3,500.
_TO_LEVEL = re.compile(r"\s+to\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:[$€£]\s?)?\d(?:[\d,.]*\d)?"
                       r"(?:\s?(?:%|percent\b|million\b|billion\b|bn\b|m\b))?(?![\w,.]?\d)"
                       r"(?:\s+(?:per|a|an)\s+(?:hour|day|week|month|year)\b)?")  # "from $38 to around $68 per month"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|just\s+)?$")
_ADJUNCT_AFTER = re.compile(r"\s+(?:in|by|last|this|since|after|over|within|between)\b")


def _with_new_level(sentence: Sentence, figure: Figure) -> Figure:
    """A level a change started from, with the level it went to: "downsize its staff from 100 personnel to 17"
    (the 17 alone would count nothing), "cut jobs from 4,000 to 3,500"."""
    text = sentence.text
    start, end = (s - sentence.start for s in figure.spans[0])
    number_start = _left_counts_end(text, sentence.start, figure) or start
    if (after_from := re.match(r"from\s+", text[number_start:end])) is not None:
        number_start += after_from.end()  # "boosted minimum wages from $38": the counted words, then the level
    if figure.kind == "date" or len(figure.spans) > 1 or not _FROM_BEFORE.search(text, max(0, number_start - 12),
                                                                                   number_start):
        return figure
    level = _TO_LEVEL.match(text, end)
    # "from $24 for a t-shirt to $155 for its most expensive pair": two prices, each with its own phrase
    if level is None or PREPOSITIONS & {w.lower() for w in WORD.findall(text, number_start, end)} or not (
            _CLAUSE_END.match(text, level.end()) or _ADJUNCT_AFTER.match(text, level.end())):
        return figure
    return replace(figure, spans=((figure.spans[0][0], sentence.start + level.end()),),
                   label=figure.label + text[end : level.end()])


# A margin is the amount something changed or won by ("raised India's rating by one notch", "won the seat by
# 400 votes"), a duration how long it lasted: the verb is at most this many words before "by", "for" or "in".
MAX_GOVERNING_VERB_WORDS = 6


def _with_governing_verb(sentence: Sentence, figure: Figure) -> Figure:
    """A figure that measures what its clause's verb did, with that verb group: a count or measure after "by"
    ("raised India's rating by one notch": "by one notch" alone says nothing of what moved) and a duration
    after "for", "in" or "within" whose label says nothing that happened ("We trained for six months": "six
    months — covering 16,000 sea miles"; "will be there in 30 minutes": "30 minutes"). Money and shares say it
    through their subject already."""
    text = sentence.text
    start = figure.spans[0][0] - sentence.start
    if figure.kind == "duration":
        left = _left_counts_end(text, sentence.start, figure)  # "anywhere in the U.S. in 20 hours"
        # "15 years in prison", "one year of hard labour": a counted noun says what the time is already
        events_after = all(span[0] >= figure.spans[0][1] for span in figure.spans[1:]) and (
            figure.counts is None or left is not None or len(figure.spans) > 1)
        start = left if left is not None else start
        # "Sharknado2 was filmed in just 18 days" says what lasted already; an event read after it does not
        own = tag_text(text[figure.spans[0][0] - sentence.start : figure.spans[0][1] - sentence.start])
        link = _LASTING_BEFORE.search(text, max(0, start - 8), start) if events_after and not any(
            is_verb(t.tag) for t in own) else None
    elif figure.kind in ("count", "other"):
        link = _BY_BEFORE.search(text, max(0, start - 4), start)
    else:
        link = None
    if link is None:
        return figure
    words = [t for t in tag_text(text) if t.end <= link.start()]
    # The nearest verb group before the link, past its object ("raised India's rating"), within the clause;
    # its auxiliaries may stand further back ("will arrive anywhere in the United States in").
    reach = range(len(words) - 1, max(-1, len(words) - 1 - MAX_GOVERNING_VERB_WORDS), -1)
    last = next((i for i in reach if words[i].word.islower() and is_verb(words[i].tag)), None)
    if last is None or BOUNDARY.search(text, words[last].end, link.start()) or _NOT_GOVERNED.search(
            text, words[last].end, link.start()):
        return figure
    first = last
    while first > 0 and words[first - 1].word.islower() and (
            words[first - 1].tag in ("MD", "RB") or words[first - 1].word in AUXILIARIES):
        first -= 1  # "will be there", "has also been jailed"; not "promises will arrive"
    begin = words[first].start
    end = figure.spans[0][1] - sentence.start
    return replace(figure, spans=((sentence.start + begin, sentence.start + end),), label=text[begin:end],
                   counts=figure.counts if figure.kind != "duration" else text[begin : link.start()].strip())


# Words between a verb and a figure's link that part them: "means that for the second time in three years" (a
# time said once more), "is twice in two years", "know that in 20 years".
_NOT_GOVERNED = re.compile(r"\b(?:that|time|twice|once)\b")
# What a duration lasts for, right before it: "trained for" six months, "will be there in" 30 minutes.
_LASTING_BEFORE = re.compile(r"\b(?:for|in|within|over|during)\s+(?:less\s+than\s+|more\s+than\s+|about\s+|nearly\s+"
                             r"|almost\s+|just\s+|only\s+|up\s+to\s+)?$")


def _with_negation(sentence: Sentence, figure: Figure) -> Figure:
    """A figure whose label leaves out a negation or a hedge just before it, with it: "don't have seven dead
    people", "may not sell 100 million t-shirts", "without another 10 Tests" (the figure alone would say the
    opposite of the text); "is expected to sell at least 300,000 copies", "could earn $1 billion a year" (the
    figure alone would state as done what is only expected)."""
    start = figure.spans[0][0] - sentence.start
    text = sentence.text
    if NEGATION.search(figure.label) or _HEDGE.search(figure.label):
        return figure  # "not only $150,000", "2015 — the vote won't happen": the label keeps its negation
    negation = (_NEGATION_BEFORE.search(text, max(0, start - 40), start)
                or _HEDGE_BEFORE.search(text, max(0, start - 40), start))
    if negation is None:
        return figure
    begin = negation.start()
    first = text[begin : figure.spans[0][1] - sentence.start]
    label = first + figure.label[len(text[start : figure.spans[0][1] - sentence.start]) :]
    return replace(figure, spans=((sentence.start + begin, figure.spans[0][1]), *figure.spans[1:]), label=label)


# Participles saying who a share of people is, before what they said: "half those pupils polled said ...".
SURVEYED = word_set("polled surveyed questioned asked interviewed")
_SURVEYED_AFTER = re.compile(rf"\s+(?:{alternation(SURVEYED)})\b")
# Another figure after a conjunction: "and nearly two-thirds", "and 40%", "or half".
_FIGURE_JOINED = re.compile(rf"\s+(?:(?:{alternation(QUALIFIERS)})\s+)?(?:\d|(?:(?:a|an|one)[\s-])?"
                            rf"(?:{alternation([*SPELLED, *FRACTIONS])})\b)", re.IGNORECASE)


def _with_share_predicate(sentence: Sentence, figure: Figure) -> Figure:
    """A share of something named, with what that share does or is: "Nearly half those pupils polled said it was
    not important", "20% of the project is financed from bond offerings" (the share alone says only of what)."""
    if figure.kind != "percent" or not figure.counts or len(figure.spans) != 1:
        return figure
    text = sentence.text
    end = figure.spans[0][1] - sentence.start
    if not figure.label.endswith(figure.counts):
        return figure  # "2.9% — German deficit", "14% of its capacity on Aug. 25": labelled otherwise
    if is_verb(LazyTags(text).get(end - len(figure.counts)) or ""):
        return figure  # "almost half of them burned so badly": labelled by what they did already
    surveyed = _SURVEYED_AFTER.match(text, end)
    stated = stated_predicate(text, surveyed.end() if surveyed else end, any_verb=True)
    if stated is None:
        return figure
    words = list(WORD.finditer(text, stated[0], stated[1]))
    # "diagnosed with Alzheimer's and nearly two-thirds of ...": a figure joined on is a figure of its own.
    joined = next((i for i, w in enumerate(words[1:], 1) if w.group().lower() in ("and", "or", "but")
                   and _FIGURE_JOINED.match(text, w.end())), len(words))
    words = words[:joined]
    while words and words[-1].group().lower() in EDGE_WORDS:
        words.pop()
    if words and words[-1].group().lower() == "according":
        words.pop()  # "has access to power according" (to a study): a source cut at the word limit says nothing
    if not words:
        return figure
    stop = words[-1].end()
    return replace(figure, spans=((figure.spans[0][0], sentence.start + stop),), label=figure.label + text[end:stop])


# Verbs that deny what follows them: "refused to pay" $40,000, "rejected a" $2bn offer.
DENYING_VERBS = ("refused", "refuses", "refuse", "declined", "declines", "failed", "fails", "denied", "denies",
                 "rejected", "rejects")
# A negation in a label: it says what the text denies.
NEGATION = re.compile(rf"\b(?:not|never|no|without|cannot|{'|'.join(DENYING_VERBS)})\b|n['’]t\b", re.IGNORECASE)
# A negation at most two words before a figure, in its clause: "don't have" seven, "may not sell" 100 million,
# "without" another 10, "refused to pay" $40,000; the word holding "n't" opens the label.
_NEGATION_BEFORE = re.compile(
    rf"(?:\b(?:not|never|without|{'|'.join(DENYING_VERBS)})|\b[a-z]+n['’]t)\s+"
    r"(?:(?!(?:and|or|but|if|when|because|that)\b)[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
# Words that make what follows only expected, possible or wished for: "could" earn, "is expected to" sell.
_HEDGES = r"could|may|might|would|expected\s+to|likely\s+to|set\s+to|due\s+to|plans?\s+to|aims?\s+to|hopes?\s+to"
_HEDGE = re.compile(rf"\b(?:{_HEDGES})\b", re.IGNORECASE)
# A hedge and at most one verb before a figure: "could earn" $1 billion, "expected to sell" at least 300,000.
_HEDGE_BEFORE = re.compile(rf"\b(?:{_HEDGES})\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
# Before such a verb, words that deny or only intend it ("never paid", "refused to pay", "didn't lose").
_NEGATED_OR_INTENDED = re.compile(r"(?:\b(?:not|never|no|to)|n['’]t)\s+$", re.IGNORECASE)
# A lower-case verb right before an amount: "have lost" about $5,000.
_OBJECT_VERB_BEFORE = re.compile(r"\b([a-z]{3,})\s+$")

# What joins a clause whose count leaves its noun out to the clause that gave it: "has four nominations,
# while Alicia Keys has three".
_CONTRAST = re.compile(r"\b(?:while|whereas|but|against|compared\s+with|and)\b")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _says_nothing_counted(sentence: Sentence, figure: Figure) -> bool:
    """Whether a count's label names no counted noun: the words before it, or a bare verb after it."""
    if _left_counts_end(sentence.text, sentence.start, figure) is not None:
        return True  # "investment banking while 1,200"
    return bool(figure.counts) and all(is_verb(t.tag) for t in tag_text(figure.counts))  # "550 will go"


def _elided_count(sentence: Sentence, number: Number, figures: list[Figure], floor: int) -> Figure | None:
    """A bare count ending its clause that leaves out the noun of the count before it in the sentence:
    "Ciara has four nominations, while Alicia Keys has three" gives "Alicia Keys has three — nominations"."""
    text = sentence.text
    if number.unit or number.percent or number.currency or number.value_max is not None:
        return None
    if re.search(r"[A-Z][\w'’-]*\s+$", text[: number.start]):
        return None  # "Girl 1", "Flight 370": a capitalised word before makes the number part of a name
    before = next((f for f in reversed(figures) if f.kind == "count" and f.counts), None)
    if before is None or len(before.counts.split()) > MAX_ELIDED_NOUN_WORDS:
        return None
    noun = _lendable_noun(text, sentence.start, before)
    if noun is None or not _CONTRAST.search(text, before.spans[0][1] - sentence.start, number.start):
        return None
    # The count ends its clause ("while Alicia Keys has three"), or its verb is the lender's, said again ("1,100
    # jobs will go in investment banking while 1,200 and 550 will go in IT").
    if not _CLAUSE_END.match(text, number.end) and not any(
            _repeats_verb(text, sentence.start, f, number) for f in figures if f.kind == "count"):
        return None
    if _CONTRAST_BEFORE.search(text, 0, number.start):
        return make_figure(sentence, "count", number, None, None, noun, (number.start, number.end), described=True)
    left = left_context(text, number.start, floor)
    return make_figure(sentence, "count", number, None, None, noun, (left if left is not None else number.start,
                   number.end), described=True)


# A contrast word right before a count: "while" 1,200, "whereas" 550.
_CONTRAST_BEFORE = re.compile(r"\b(?:while|whereas)\s+$")
# Another count joined to a count: "1,200" and 550.
_AND_NUMBER = re.compile(r"\s+(?:and|or)\s+[\d,]+\b")


def _repeats_verb(text: str, offset: int, before: Figure, number: Number) -> bool:
    """Whether the two words after a count (past an "and N") are the two after the count that lends its noun."""
    joined = _AND_NUMBER.match(text, number.end)
    own = WORD.findall(text, joined.end() if joined else number.end)[:2]
    lent = WORD.findall(text, before.spans[0][1] - offset)[:2]
    return len(own) == 2 and [w.lower() for w in own] == [w.lower() for w in lent]


def _gapped_count(sentence: Sentence, number: Number, figures: list[Figure]) -> Figure | None:
    """A bare count after "and" whose verb is left out, the clause before it saying what befell a count:
    "three were listed in critical condition and three in stable condition" gives "three in stable condition"."""
    text = sentence.text
    if number.unit or number.percent or number.currency or not _AND_BEFORE.search(text, 0, number.start):
        return None
    before = figures[-1] if figures else None
    if before is None or before.kind != "count" or not before.counts or not _STATED.match(before.counts):
        return None  # only a count whose own label says what befell it ("three were listed in ...") lends its verb
    place = _GAPPED_PLACE.match(text, number.end)
    if place is None:
        return None
    return make_figure(sentence, "count", number, None, None, (place.start(1), place.end()),
                       (number.start, place.end()))


def _part_of_whole(sentence: Sentence, number: Number, figures: list[Figure]) -> Figure | None:
    """A bare count of part of a counted whole that leaves out what it counts: "he has topped 40 goals, with
    41 from 38 games" gives "41 from 38 games — goals"; "six goals in his last four games, and 13 from 26
    appearances" gives "13 from 26 appearances — goals" (the count that is itself a part of a whole lends
    its noun, else the nearest one counting something else)."""
    text = sentence.text
    if number.unit or number.percent or number.currency or number.value_max is not None:
        return None
    link = PART_OF.match(text, number.end)
    whole = NUMBER.match(text, link.end()) if link else None
    whole_noun = noun_phrase(text, whole.end(), "count") if whole else None
    if whole_noun is None:
        return None
    head = text[whole_noun[0] : whole_noun[1]].split()[-1].lower()
    lenders = [f for f in figures if f.kind == "count" and f.counts and f.counts.split()[-1].lower() != head]
    parts = [f for f in lenders if PART_OF.match(text, f.spans[0][1] - sentence.start)]
    before = (parts or lenders or [None])[-1]
    # What the count before counts, when it is a plural noun of a few words ("goals", "wins": the tagger,
    # asked about the word alone, may call it a verb).
    words = before.counts.split() if before is not None else []
    if not words or len(words) > MAX_ELIDED_NOUN_WORDS or not is_plural(words[-1]):
        return None
    noun = _counts_span(text, sentence.start, before)
    if noun is None:
        return None
    return make_figure(sentence, "count", number, None, None, noun, (number.start, whole_noun[1]), described=True)


# "30 charges, 17 of which carry the death penalty", "112 workers, 40 of whom were women": a part of the count
# before, named by a relative pronoun; what is said of the part is its clause, cut to about a line.
_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|those)\b")
MAX_PART_CLAUSE_WORDS = 10


def _relative_part(sentence: Sentence, number: Number, figures: list[Figure]) -> Figure | None:
    """A bare count of part of the count before it, whose noun it shares: "30 charges -- 17 of which carry the
    possibility of the death penalty" gives "17 of which carry the possibility of the death penalty — charges"."""
    text = sentence.text
    if number.unit or number.percent or number.currency or number.value_max is not None:
        return None
    link = _OF_WHICH.match(text, number.end)
    lenders = [f for f in figures if f.kind == "count" and f.counts and f.spans[0][1] - sentence.start <= number.start]
    if link is None or not lenders:
        return None
    words = lenders[-1].counts.split()
    if len(words) > MAX_ELIDED_NOUN_WORDS or not is_plural(words[-1]):
        return None
    noun = _counts_span(text, sentence.start, lenders[-1])
    if noun is None:
        return None
    stop = BOUNDARY.search(text, link.end())
    clause = list(WORD.finditer(text, link.end(), stop.start() if stop else len(text)))[:MAX_PART_CLAUSE_WORDS]
    end = clause[-1].end() if clause else link.end()
    return make_figure(sentence, "count", number, None, None, noun, (number.start, end), described=True)


# "92 foreign film crews shot in the city last year, up from 56 in 2013": the level a change started from.
_IN_YEAR_AFTER = re.compile(r"\s+in\s+(?:1[89]\d\d|20\d\d)\b")
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+$")


def _earlier_level(sentence: Sentence, number: Number, figures: list[Figure]) -> Figure | None:
    """A bare number that is the earlier level of the count before it ("92 crews ..., up from 56 in 2013" gives
    "up from 56 — foreign film crews"); None unless "up from" or the like stands right before it."""
    text = sentence.text
    if number.unit or number.percent or number.currency or number.value_max is not None:
        return None
    change = _UP_FROM_BEFORE.search(text, max(0, number.start - 20), number.start)
    lenders = [f for f in figures if f.kind == "count" and f.counts and f.spans[0][1] - sentence.start <= number.start]
    if change is None or not lenders:
        return None
    noun = _lendable_noun(text, sentence.start, lenders[-1])
    if noun is None:
        return None
    when = _IN_YEAR_AFTER.match(text, number.end)  # "up from 56 in 2013": the year is the earlier level's
    end = when.end() if when else number.end
    return make_figure(sentence, "count", number, None, None, noun, (change.start(), end), described=True)


# The verb a gapped count leaves out belongs to a count labelled by what befell it: "were listed in ...", "died".
_STATED = re.compile(r"(?:were|are|was|had been|have been)\s+[a-z]+|(?:died|survived)\b")
_AND_BEFORE = re.compile(r"\band\s+$")
# What a gapped count keeps: a prepositional phrase to the end of its clause ("in stable condition").
_GAPPED_PLACE = re.compile(r"\s+((?:in|on|at|with)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?)(?=\s*(?:[,.;:!?)]|$))")


def _lendable_noun(text: str, offset: int, before: Figure) -> tuple[int, int] | None:
    """Local span of what the figure `before` counts, when it is a noun another figure may share; a
    clause ("fund expects to spend", the words before a figure) is none."""
    if not before.counts or any(is_verb(t.tag) for t in tag_text(before.counts)):
        return None
    return _counts_span(text, offset, before)


# Two figures in parallel: "of 1.5% in Germany next year and 2.2% in France", "$3bn for roads and $1bn for rail".
_PARALLEL_GAP = re.compile(r"\s+(?:in|for|at|on|among)\s+[^,;:]{1,40}?\s+and\s+$")


def _left_counts_end(text: str, offset: int, figure: Figure) -> int | None:
    """Where the number starts in a figure labelled by the words before it ("Germany next year and 2.2%"), as
    the fallback labels are; None for any other label."""
    span = _counts_span(text, offset, figure) if figure.counts else None
    start = figure.spans[0][0] - offset
    if span is None or span[0] != start or len(figure.spans) > 1:
        return None
    end = span[1]
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _parallel(text: str, offset: int, before: Figure, figure: Figure) -> bool:
    """Whether a figure labelled by the words before it is the second of a parallel pair with `before`."""
    start = _left_counts_end(text, offset, figure)
    return start is not None and _PARALLEL_GAP.fullmatch(text, before.spans[0][1] - offset, start) is not None


def _share_nouns(sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """Bare amounts and shares in a verbless aside take the noun of the figure before them.

    "a budget of €4.2 billion, up 14% from €3.68 billion": the 14% and the €3.68 billion are the budget's,
    so they are labelled "14% — budget" and "€3.68 billion — budget" (the noun quoted where it stands).
    """
    text, offset = sentence.text, sentence.start
    shared: list[Figure] = []
    before: Figure | None = None  # the last amount, share or count: a date's clause is no noun to share
    for figure in figures:
        parallel = before is not None and figure.kind == before.kind and _parallel(text, offset, before, figure)
        noun = _lendable_noun(text, offset, before) if (
            (figure.counts is None or parallel) and figure.kind in ("money", "percent") and before is not None) else None
        if noun is not None and parallel:
            # "growth of 1.5% in Germany next year and 2.2% in France": the second share is of the same growth
            start = _left_counts_end(text, offset, figure)
            figure = replace(figure, counts=before.counts, label=f"{text[start : figure.spans[0][1] - offset]} — "
                             f"{before.counts}", spans=((offset + start, figure.spans[0][1]),
                                                         (offset + noun[0], offset + noun[1])))
        elif noun is not None:
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


# The longest noun a count may lend to a later count that leaves it out ("tornado watches").
MAX_ELIDED_NOUN_WORDS = 3

