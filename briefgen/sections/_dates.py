"""Dates and their events for the numbers section (sections stage): dates, years and the clauses they date."""

from __future__ import annotations

import re

from ..model import Sentence
from ._figure import Figure, Number
from ._figure_words import (
    ADVERB_ENDINGS,
    BOUNDARY,
    EDGE_WORDS,
    MODIFYING_ADVERBS,
    MONTHS,
    ORDINALS,
    PARTICLES,
    PREPOSITIONS,
    SCALE,
    SCALE_WORDS,
    VAGUE_FACTOR,
    WEEKDAYS,
    WORD,
    alternation,
    word_set,
)
from ._phrases import find_clause_start, noun_before_comma, noun_phrase
from ._tags import BE_FORMS, MAX_TAGGED_CHARS, is_noun, is_verb, tag_text

# A date's event needs at least this many words to say something ("the war began" in 1998) ...
MIN_EVENT_WORDS = 2
# ... and keeps at most this many, the ones nearest the date, so the label stays about one line.
MAX_EVENT_WORDS = 12
# Pronouns that can be a clause's subject: "She retired" (in 1963) is an event, "retired" alone is not.
SUBJECT_PRONOUNS = word_set("he she they we i it")
# A bare year mostly dates background ("since 2006"): such figures go last.
YEAR_FACTOR = 0.3
# Verbs whose "that" opens a reported clause ("told reporters that Kim had visited"), not a relative one.
REPORTING_VERBS = word_set("said says say told tell tells reported announced claimed stated added warned confirmed")
# Prepositions before a date that are part of what it says: "wasn't seen until 1931" is not "seen in 1931".
DATE_PREPOSITIONS = ("not until", "until", "till", "since", "before", "after", "by")
# Words that leave a clause open until its complement: forms of "be", "have" and "do", and the modals.
# "The cut-off date for swapping tickets is" 1 April: such an event is completed by the figure itself.
OPEN_VERBS = BE_FORMS | word_set("am has have had having do does did will would can could may might must shall should")
# Words that open a new clause after a figure, where the complement of the clause before it has ended.
SUBORDINATORS = word_set("when while whilst after before because if unless until since though although where whereas "
                         "and but or so as than which who that")
# A complement after the figure that completes its clause ("will make 2015 a vintage year for UK coins")
# keeps at most this many words.
MAX_COMPLEMENT_WORDS = 8
# Month names are capitalised in news copy; matching case keeps the verb "may" out.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d)\b"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)(?!\d|,\d)"
_DATE = re.compile(
    rf"""\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:\s?[-–]\s?(?P<e1>{_DAY}))?(?:,?\s+(?P<y1>{_YEAR}))?
       |\b(?P<d2>{_DAY})(?:\s?[-–]\s?(?P<e2>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?
       |\b(?P<m3>{_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})""",
    re.VERBOSE,
)
# A figure right after an event's last word: "by a further 18%", "a budget of €4.2 billion".
_FIGURE_TAIL = re.compile(
    rf"\s+[$€£¥₹]?\d(?:[\d,.]*\d)?(?:\s?[-–]\s?\d+|\s?%|\s+percent\b|\s+(?:{SCALE})\b)?"  # "won 2-1" whole
)
_DATE_JOIN = re.compile(r"\s*(?:-|–|—)\s*|\s+(?:to|until|through|and)\s+")
_ATTRIBUTIVE_BEFORE = re.compile(
    # "the popular 2001 film", not "predicted that by 2006 two billion": no preposition in between.
    rf"(?:\b(?:the|a|an|its|his|her|their|this|that)|\w['’]s)\s+"
    rf"(?:(?!(?:{alternation(PREPOSITIONS)})\s)[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
_DATE_LEAD = re.compile(
    rf"(?:\b({alternation(DATE_PREPOSITIONS)})\s+)?(?:\b(?:{alternation(w.capitalize() for w in WEEKDAYS)}),?\s+)?$",
    re.IGNORECASE,
)


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Calendar dates in a sentence as (start, end, ISO 8601 date or interval), ranges joined."""
    matches = list(_DATE.finditer(text))
    dates = []
    index = 0
    while index < len(matches):
        match = matches[index]
        start, end, iso = match.start(), match.end(), _iso(match)
        other_day = _OTHER_DAY_BEFORE.search(text, max(0, start - 12), start) if match.group("d2") else None
        if other_day:
            start = other_day.start()  # "on 4 or 5 April": the date the text gives is either day
        other_month = _OTHER_MONTH_BEFORE.search(text, max(0, start - 20), start) if match.group("y3") else None
        if other_month:  # "in October and November 2004": both months of that year
            first = MONTHS[other_month.group(1).rstrip(".").lower()]
            start, iso = other_month.start(), f"{match.group('y3')}-{first:02d}/{iso}"
        following = matches[index + 1] if index + 1 < len(matches) else None
        if following and _DATE_JOIN.fullmatch(text, match.end(), following.start()):
            end, iso = following.end(), f"{iso}/{_iso(following)}"  # "from March 2009 to February 2013"
            index += 1
        dates.append((start, end, iso))
        index += 1
    return dates


_OTHER_DAY_BEFORE = re.compile(rf"\b{_DAY}\s+or\s+$")
_OTHER_MONTH_BEFORE = re.compile(rf"\b({_MONTH})\s+(?:and|or|to|through|-|–)\s+$")


def _iso(match: re.Match) -> str:
    """ISO 8601 for a date match: "2024-10-31", "2024-10", or "--10-31" when the year is not given."""
    month = match.group("m1") or match.group("m2") or match.group("m3")
    day = match.group("d1") or match.group("d2")
    year = match.group("y1") or match.group("y2") or match.group("y3")
    iso = f"{year or '-'}-{MONTHS[month.rstrip('.').lower()]:02d}"
    if not day:
        return iso
    last = match.group("e1") or match.group("e2")  # "4-6 March", "March 4-6": days of one month
    start = f"{iso}-{int(re.match(r'[0-9]+', day).group()):02d}"
    return f"{start}/{iso}-{int(re.match(r'[0-9]+', last).group()):02d}" if last else start


def year_figure(sentence: Sentence, number: Number, start: int, floor: int) -> Figure | None:
    """A year (or span of years) as a date; None when nothing in its sentence says what it dates."""
    low = int(number.value)
    iso = f"{low}/{int(number.value_max)}" if number.value_max else str(low)
    mid = re.search(r"\b(?:mid|early|late)[-\s]$", sentence.text[: number.start], re.IGNORECASE)
    # A year alone is weak: it dates background more often than the news itself; a decade more so.
    weight = YEAR_FACTOR * (VAGUE_FACTOR if number.decade else 1.0)
    figure = dated_figure(sentence, mid.start() if mid else start, number.end, iso, weight=weight, floor=floor)
    return figure if figure.counts else None


def dated_figure(
    sentence: Sentence,
    start: int,
    end: int,
    iso: str | None,
    weight: float,
    qualifier: str | None = None,
    floor: int = 0,
) -> Figure:
    """A date figure with its event: the thing it dates or the clause it stands in."""
    text, offset = sentence.text, sentence.start
    date_text = text[start:end]
    # "an Oct. 24 press conference", "the popular 2001 film": after a determiner the date modifies a noun.
    if _ATTRIBUTIVE_BEFORE.search(text[:start]):
        # "the Sept. 11, 2001, attacks": AP style sets off the year of a full date with commas.
        full_date = iso is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", iso) is not None
        noun = noun_phrase(text, end + 1 if full_date and text.startswith(", ", end) else end, "date")
        if noun:
            return Figure("date", None, None, qualifier, text[noun[0] : noun[1]], sentence.id,
                          ((offset + start, offset + noun[1]),), text[start : noun[1]], date=iso, weight=weight)
    frame = _TIME_FRAME_BEFORE.search(text, max(floor, start - 40), start)
    if frame:  # "until the end of 2005", "in the last half of 2013": the part of the year is part of the date
        start, date_text = frame.start(), text[frame.start() : end]
    # "until Tuesday, March 17": the preposition is part of what the date says, the weekday of the date.
    lead = _DATE_LEAD.search(text, max(floor, start - 40), start)
    if lead and lead.group().strip():
        start, qualifier = lead.start(), qualifier or (lead.group(1) or "").lower() or None
        date_text = text[start:end]
    # "to know back in 2009", "Back in 2010,": "back" says the date is past, like the date; it is no event word.
    before_back = _BACK_BEFORE.search(text, max(floor, start - 12), start)
    event_start = before_back.start() if before_back else start
    event = event_clause(text, event_start, end, floor)
    if event is None:
        return Figure("date", None, None, qualifier, None, sentence.id, ((offset + start, offset + end),), date_text,
                      date=iso, weight=weight)
    completed = completing_end(text, event, event_start, end, infinitive=True)
    # "Putin's last public appearance was March 8": the clause reads on through its date; not when it holds
    # another figure ("would cut releases by a further 18% from Sept. 1"), which it would read as: the date leads.
    if completed is not None and _DIGIT.search(text[event[0] : start] + text[end:completed]):
        completed = None
    if completed is not None:
        return Figure("date", None, None, qualifier, text[event[0] : completed], sentence.id,
                      ((offset + event[0], offset + completed),), text[event[0] : completed], date=iso, weight=weight)
    event_text = text[event[0] : event[1]]
    spans = ((offset + start, offset + end), (offset + event[0], offset + event[1]))
    return Figure("date", None, None, qualifier, event_text, sentence.id, spans, f"{date_text} — {event_text}",
                  date=iso, weight=weight)


_DIGIT = re.compile(r"\d")
_AFTER_FIGURE_ASIDE = re.compile(r"\s*,\s*(?:from|in|since|between)?\s*")
_THAT_BEFORE = re.compile(rf"\bthat\s+(?:(?:{alternation(PREPOSITIONS)})\s+)?$", re.IGNORECASE)
_BACK_BEFORE = re.compile(r"\b(?:way\s+)?back\s+(?:in\s+|on\s+|at\s+)?$", re.IGNORECASE)


def event_clause(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """Local span of what a date dates: its own clause before it, else the clause after it, else more before.

    Nothing before `floor` (the end of the figure before it) belongs to its event, unless only a
    preposition stands between them: then the figure is what the date dates.
    """
    clause_start = _clause_start(text, start)
    own = trim(list(WORD.finditer(text, max(clause_start, floor), start)))
    if own and own[-1].group().lower() in REPORTING_VERBS or _THAT_BEFORE.search(text, clause_start, start):
        # "Google says in the last half of 2013 it removed 540 items", "It's predicted that by 2006 two billion
        # people will own a mobile phone": what is said (or predicted) is the event
        own = []
    if floor > clause_start and (not _says_something(own) or not _has_verb(text, own)):
        # "300 transits a year by 2030", "3,000 people in the past two years", "two bronzes in Sydney in
        # 2000": with only a preposition (or a place) between them, the date dates the figure before it,
        # so its clause is the event; so it is past a phrase with no verb ("won the first two editions of the
        # regional tournament in 1997").
        own = trim(list(WORD.finditer(text, clause_start, start)))
    elif not _says_something(own) and 0 < floor <= clause_start and _AFTER_FIGURE_ASIDE.fullmatch(text, floor, start):
        # "Fraser was Australia's 22nd prime minister, from 1975-1983": a date set off right after a figure
        # dates the figure's clause.
        own = trim(list(WORD.finditer(text, _clause_start(text, floor), start)))
    # Only a date opening its sentence ("On October 24, 2009, in Richmond, ...") reads past a comma after it.
    after = _words_after(text, end, widen=clause_start == 0 and not trim(list(WORD.finditer(text, 0, start))))
    before = [word for word in _words_before(text, start) if word.start() >= floor]
    if own and re.search(r"\bof\s+$", text[:start]):
        return own[0].start(), own[-1].end()  # "the Civil Rights Act of 1964": the name is what it dates
    relative = re.match(r"\s*(?:which|who|that)\s", text[clause_start:start], re.IGNORECASE) or (
        own and _reduced_relative(text, clause_start, own[0].start(), end))
    if own and relative and clause_start >= floor:
        # "The outbreak, which began in 2001,": the relative clause dates the noun before its comma.
        noun = noun_before_comma(text, clause_start, floor)
        if noun is None and not text[floor:clause_start].strip(" ,"):
            # "The 56,300-ton warship, which was launched in 1956,": the noun is the head of the figure before.
            noun = noun_before_comma(text, clause_start, 0)
        if noun is not None:
            glued = re.search(r"\d[\d,.]*-$", text[: noun[0]])  # "The 56,300-ton warship": the number too
            first = glued.start() if glued else noun[0]
            return first, balanced_end(text, first, own[-1].end())  # 'who wrote "Kookaburra" in 1934'

    when = _WHEN_AFTER.match(text, end)
    if when is not None and not _has_verb(text, own, lexical=True):
        # "a far cry from the environment of the 1980s, when protesters attacked U.S. facilities", "as Democrats
        # did in 2002 when President Bush negotiated arms reductions": a clause with no verb of its own (or only
        # "did") says less of what happened then than the when-clause after the date ("She retired in 1963,
        # when she was 55" keeps "She retired").
        stop = BOUNDARY.search(text, when.end())
        clause = list(WORD.finditer(text, when.end(), stop.start() if stop else len(text)))[:MAX_EVENT_WORDS]
        words = _with_subject_pronoun(text, when.end(), trim(clause))
        if _says_something(words):
            return words[0].start(), balanced_end(text, words[0].start(), words[-1].end())

    # "also told reporters that Kim had visited North Korea" in 2007: the reported clause is what happened.
    # "Andrew Marr says Mr Blair will ask the Queen on" 4 or 5 April: with or without "that".
    reported = [i for i, word in enumerate(own) if word.group().lower() == "that"
                and {w.group().lower() for w in own[max(0, i - 2) : i]} & REPORTING_VERBS
                or word.group().lower() in REPORTING_VERBS and i + 1 < len(own) and own[i + 1].group()[:1].isupper()]
    if reported and len(own) - reported[-1] - 1 >= MIN_EVENT_WORDS + 1:
        own = own[reported[-1] + 1 :]
    # Last, a lone verb with its subject pronoun: "She retired" in 1963, when nothing else says what happened.
    pronoun = _with_subject_pronoun(text, max(clause_start, floor), trim(own[-MAX_EVENT_WORDS:])) if own else (
        _with_subject_pronoun(text, end, trim(after[:MAX_EVENT_WORDS])))
    for words in (own[-MAX_EVENT_WORDS:], after[:MAX_EVENT_WORDS], before[-MAX_EVENT_WORDS:], pronoun):
        words = words if words is pronoun else trim(words)  # again: the cut to MAX_EVENT_WORDS may end on "and his"
        if _says_something(words):
            # "cut releases by a further 18% from" Sept. 1: the event ends with its figure, not before it.
            tail = _FIGURE_TAIL.match(text, words[-1].end(), start) if words[-1].end() < start else None
            glued = re.search(r"\d[\d,.]*-$", text[: words[0].start()])  # "a 16-year-old girl": the number too
            first = glued.start() if glued else words[0].start()
            if first and text[first - 1] in "\"“" and _QUOTE_MARK.search(text, first, words[-1].end()):
                first -= 1  # '"Civil War" happened': a quotation the event opens with is whole in it
            return first, balanced_end(text, first, tail.end() if tail else words[-1].end())
    return None


# A when-clause right after a date: "the 1980s, when ...", "in 2002 when ...".
_WHEN_AFTER = re.compile(r",?\s+when\s+(?=[A-Za-z])")


def _has_verb(text: str, words: list[re.Match], lexical: bool = False) -> bool:
    """Whether words hold a verb (tagged, in the tagged start; past it they are taken to); `lexical`: other than
    a form of "be", "have", "do" or a modal ("as Democrats did" has none)."""
    if not words or words[-1].end() > MAX_TAGGED_CHARS:
        return bool(words)
    low, high = words[0].start(), words[-1].end()
    return any(is_verb(t.tag) and not (lexical and t.word.lower() in OPEN_VERBS)
               for t in tag_text(text) if low <= t.start < high)


def _clause_start(text: str, start: int) -> int:
    """Where the clause before `start` starts, read back over a quotation closed just before the date.

    'Law Commission dubbed them "mere conduits" back in 2002': when the words after a quotation say nothing
    on their own, a quotation opened after a word and a space and holding no other boundary is part of the
    clause that quotes it, as `_clause_stop` reads it after a date. ('a hat that said "I voted" and who
    happened to bite Jon Huntsman in 2011': the clause after the quotation is the event.)
    """
    clause_start, opener = find_clause_start(text, start)
    while not _says_something(trim(list(WORD.finditer(text, clause_start, start)))) and opener in ('"', "”") and len(_QUOTE_MARK.findall(text, 0, clause_start - 1)) % 2 == 1:
        opening = max(text.rfind('"', 0, clause_start - 1), text.rfind("“", 0, clause_start - 1))
        if opening == 0 and not BOUNDARY.search(text, 1, clause_start - 1):
            return 0  # '"Civil War" happened in 2006': a quoted title opening the sentence is its subject
        if opening < 2 or text[opening - 1] != " " or not text[opening - 2].isalpha():
            break
        if BOUNDARY.search(text, opening + 1, clause_start - 1):
            break
        clause_start, opener = find_clause_start(text, opening)
    return clause_start


def completing_end(text: str, event: tuple[int, int], start: int, end: int, infinitive: bool = False
                   ) -> int | None:
    """End of a label that reads an event through the figure after it, when the event's clause needs the figure.

    An event ending in a form of "be", "have", "do" or a modal ("The cut-off date for swapping tickets is"
    1 April, "she may have been for" 14 hours, "as the original version did in" 1984) or in a verb whose
    object the figure is ("will make" 2015 a vintage year) is a fragment on its own: the label is the clause
    with the figure in it, and the figure's complement when one follows ("Tony Blair is likely to name 5 May
    as election day"); with `infinitive` (a date's event), an infinitive with its object after the figure too.
    None when the event stands on its own or lies elsewhere.
    """
    if event[1] > start or start > MAX_TAGGED_CHARS:
        return None
    # Between the event and the figure: nothing, or a preposition, maybe after adverbs trimmed off the event
    # ("was supposedly on" March 8: the hedge stays in the label) or a verb's particle ("take off on" March 1).
    gap = [word.lower() for word in WORD.findall(text, event[1], start)]
    if gap and (gap[-1] not in PREPOSITIONS or not all(_adverb_or_particle(word) for word in gap[:-1])):
        return None
    tokens = tag_text(text)
    last = next((t for t in reversed(tokens) if t.end <= event[1]), None)
    if last is None:
        return None
    if any(word in PARTICLES for word in gap[:-1]) and last.tag.startswith("VB"):
        return end  # "The flight had been due to take off on March 1": the phrasal verb reads on through its date
    after = [t for t in tokens if t.start >= end and not BOUNDARY.search(text, end, t.start)]
    # "the fourth player since 1940 to win twice": after an ordinal's noun the infinitive says which one it is.
    ranked = re.search(rf"\b(?:{alternation(ORDINALS)}|last|only|next)(?:\s+[\w-]+){{0,2}}\s*$",
                       text[event[0] : event[1]], re.IGNORECASE)
    infinitive = _infinitive_end(after) if infinitive and not ranked else None
    if infinitive is not None:
        # "will ask the Queen on 4 or 5 April to dissolve Parliament", "has until June 2006 to hold an election":
        # an infinitive right after the date is the event's own complement, what is to be done.
        return infinitive
    # A verb takes the figure as its object only with no preposition between ("until April 6" is no object).
    lexical = (not gap and not text[start].islower() and last.tag in ("VB", "VBD", "VBP", "VBZ")
               and last.word.lower() not in OPEN_VERBS)
    if last.word.lower() not in OPEN_VERBS and not lexical:
        return None
    words: list = []
    for token in after[: MAX_COMPLEMENT_WORDS + 1]:
        if token.word.lower() in SUBORDINATORS and not (lexical and not words and token.word.lower() == "as"):
            break  # "name 5 May as election day when Parliament returns": "as" opens the complement, "when" ends it
        if not token.word[:1].isalpha():
            break
        words.append(token)
    opens = words[0] if words else None
    # After "be" or "have" only a participle continues the clause ("who have for nearly half a century been
    # living"); after a verb whose object the figure is, its complement ("a vintage year", "as election day").
    fits = opens is not None and (opens.tag in ("VBN", "VBG") if not lexical else
                                  opens.word == "as" or opens.word.islower() and opens.tag in ("DT", "JJ", "PRP$"))
    if lexical and not fits:
        # "The summit runs March 4-6 in Oslo", "announced 2015": news copy dates a verb without "on", and a
        # verb with no complement after the date stands on its own.
        return None
    if not fits:
        return end
    words = _without_dangling(words[:MAX_COMPLEMENT_WORDS])
    return words[-1].end if words else end


def _without_dangling(tokens: list) -> list:
    """Tokens without the edge words, determiners and conjunctions a cut left at their end."""
    while tokens and (tokens[-1].word.lower() in EDGE_WORDS or tokens[-1].tag in ("DT", "IN", "CC", "PRP$")):
        tokens = tokens[:-1]
    return tokens


def _infinitive_end(after: list) -> int | None:
    """End of an infinitive and its object opening `after` (the tokens after a date): "to dissolve Parliament"
    (at the end of that week); None when there is none, or its object is not read ("to create a" quotation)."""
    if len(after) < 2 or after[0].word.lower() != "to" or after[1].tag != "VB":
        return None
    kept = [after[1]]
    for token in after[2 : MAX_COMPLEMENT_WORDS + 1]:
        if not token.word[:1].isalpha() or token.word.lower() in SUBORDINATORS:
            break
        if token.tag in ("IN", "TO", "VBN", "VBG", "WDT") and any(is_noun(t.tag) for t in kept):
            break  # the object is read: what follows is where, when or which of it ("at the end of that week")
        kept.append(token)
    kept = _without_dangling(kept)
    return kept[-1].end if any(is_noun(t.tag) or t.tag == "PRP" for t in kept) else None


def _adverb_or_particle(word: str) -> bool:
    return word.endswith("ly") or word in MODIFYING_ADVERBS or word in PARTICLES


# "the last half of" 2013, "the end of" 2004: a part of the year, which says when with the date.
_TIME_FRAME_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:(?:first|second|last|latter|early|late)\s+)?"
    r"(?:end|start|beginning|middle|close|turn|half|quarter|part|summer|spring|autumn|fall|winter)\s+of\s+$",
    re.IGNORECASE,
)


def _reduced_relative(text: str, clause_start: int, first: int, end: int) -> bool:
    """Whether a clause set off by commas opens with a past participle ("The bridge, built in 1932, was").

    The aside must close with a comma after the date: "Cragg, who won in Boston, held off Geneti" ends
    with the sentence, so its "held" is the main verb, not a participle describing "Boston".
    """
    closing = BOUNDARY.search(text, end)
    if closing is None or closing.group() != "," or first > MAX_TAGGED_CHARS or text[clause_start:first].strip():
        return False
    tokens = tag_text(text)
    index = next((i for i, t in enumerate(tokens) if t.start == first), None)
    if index is None or tokens[index].tag != "VBN" or not text[first].islower():
        return False
    # A passive participle has no object: "built in 1932", never "purchased the cab in 2014".
    return index + 1 < len(tokens) and tokens[index + 1].tag in ("IN", "RB", "TO", "CD")


def _with_subject_pronoun(text: str, low: int, words: list[re.Match]) -> list[re.Match]:
    """Words of an event with the subject pronoun `trim` took off a lone verb: "She retired" (in 1963), not
    "retired"; an event of one verb after "he", "she", "they" ... is a whole clause."""
    if len(words) != 1 or not words[0].group().islower():
        return words
    before = list(WORD.finditer(text, low, words[0].start()))
    adjacent = before and not text[before[-1].end() : words[0].start()].strip()
    if adjacent and before[-1].group().lower() in SUBJECT_PRONOUNS:
        return [before[-1], *words]
    return words


def _says_something(words: list[re.Match]) -> bool:
    """Whether words can stand as an event: enough of them, and not just a name ("Mitt Romney")."""
    return len(words) >= MIN_EVENT_WORDS and any(word.group().islower() for word in words)


def _words_before(text: str, start: int) -> list[re.Match]:
    """The clause before a date widened over comma asides ("Pugh was arrested in Asbury Park, New Jersey, on")."""
    clause_start, opener = find_clause_start(text, start)
    words = trim(list(WORD.finditer(text, clause_start, start)))
    while not _says_something(words) and opener == ",":
        clause_start, opener = find_clause_start(text, clause_start - 1)
        words = trim(list(WORD.finditer(text, clause_start, start)))
    return words


_CLOCK_ASIDE = re.compile(r"(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}[:.]\d{2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)?[\s,]*")


def _words_after(text: str, end: int, widen: bool = False) -> list[re.Match]:
    """The clause after a date that opens it ("On Oct. 31, Blinken said ...")."""
    begin = end + len(re.match(r"[\s,]*", text[end:]).group())
    clock = _CLOCK_ASIDE.match(text, begin)
    if clock:
        begin = clock.end()  # "On March 8, 2014, at 1:19 a.m., someone spoke": the time says when too
    stop = _clause_stop(text, begin) if widen else BOUNDARY.search(text, begin)
    while widen and stop is not None and stop.group() == "," and _PREPOSITION_ASIDE.match(text, begin):
        # "In 1950, back in England, she and Anton Dolin established", "In August 2012, on the same day that
        # DACA took effect, Brewer issued an order": a phrase of place or time set off after the date is an
        # aside; the clause after it is what happened.
        following = _clause_stop(text, stop.end())
        if not _says_something(trim(list(WORD.finditer(text, stop.end(), following.start() if following
                                                       else len(text))))):
            break
        begin, stop = stop.end() + len(re.match(r"\s*", text[stop.end() :]).group()), following
    words = trim(list(WORD.finditer(text, begin, stop.start() if stop else len(text))))
    # "On October 24, 2009, in Richmond, California, a girl was attacked": past a place aside to the clause.
    while widen and not _says_something(words) and stop is not None and stop.group() == ",":
        stop = BOUNDARY.search(text, stop.end())
        words = trim(list(WORD.finditer(text, begin, stop.start() if stop else len(text))))
    return words


# A phrase of place or time after a date opening its sentence: "back in England", "on the same day".
_PREPOSITION_ASIDE = re.compile(rf"(?:back\s+)?(?:{alternation(PREPOSITIONS)})\s", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]")


def _clause_stop(text: str, begin: int) -> re.Match | None:
    """The boundary ending the clause from `begin`, read through a quotation the clause runs into.

    'In February 2004 he said he was "considering" whether to bid': after a date opening its sentence, a
    quotation opened after a word and a space continues the clause, when it closes within MAX_EVENT_WORDS
    words and holds no other boundary. (After a date that ends its clause, 'She retired in 1963, an "instant
    decision"', what follows is an aside.)
    """
    stop = BOUNDARY.search(text, begin)
    while (stop is not None and stop.group() in "\"“" and stop.start() >= begin + 2
           and text[stop.start() - 1] == " " and text[stop.start() - 2].isalpha()):
        close = _QUOTE_MARK.search(text, stop.end())
        inner = BOUNDARY.search(text, stop.end(), close.start()) if close else None
        if close is None or inner is not None or len(WORD.findall(text, begin, close.start())) > MAX_EVENT_WORDS:
            break
        stop = BOUNDARY.search(text, close.end())
    return stop


def balanced_end(text: str, begin: int, end: int) -> int:
    """`end`, moved so the span holds whole quotations: past a closing mark right after it, else back before
    an opening mark left open (a label never opens a quotation it does not close)."""
    marks = _QUOTE_MARK.findall(text, begin, end)
    if len(marks) % 2 == 0:
        return end
    if end < len(text) and text[end] in "\"”":
        return end + 1
    opening = max(text.rfind('"', begin, end), text.rfind("“", begin, end))
    words = list(WORD.finditer(text, begin, opening))
    return words[-1].end() if words else end


def trim(words: list[re.Match]) -> list[re.Match]:
    """Words without the prepositions, conjunctions, determiners (and final adverbs) at their edges."""
    while words and (words[-1].group().lower() in EDGE_WORDS or words[-1].group().lower().endswith(ADVERB_ENDINGS)):
        words = words[:-1]
    # "Tuesday proposed a budget": a weekday opening the clause says when, which the date already does.
    # "32 million getting hooked": a scale word is the end of a number, not the start of an event.
    while words and (words[0].group().lower() in EDGE_WORDS or words[0].group().lower() in WEEKDAYS
                     or words[0].group().lower() in SCALE_WORDS):
        if words[0].group().lower() in SUBJECT_PRONOUNS and words[1:2] and words[1].group().lower() in ("and", "or"):
            break  # "she and Anton Dolin established": a pronoun joined to a name is half the subject
        words = words[1:]
    return words
