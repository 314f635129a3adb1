"""Classifying a number (sections stage): the kind of figure it makes and what it counts."""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ..model import Sentence
from ._dates import SUBJECT_PRONOUNS, completing_end, dated_figure, event_clause, year_figure
from ._figure import Figure, Number
from ._figure_words import (
    BOUNDARY,
    CALENDAR_WORDS,
    DASHED_ASIDE,
    EDGE_WORDS,
    FRACTIONS,
    HARD_WORDS,
    MEASURE_UNITS,
    MODIFYING_ADVERBS,
    MONTHS,
    NUMBER,
    PREPOSITIONS,
    QUALIFIER_BEFORE,
    QUALIFIERS,
    RANGE_OPENER_BEFORE,
    RATE_WORDS,
    SPELLED,
    STOP_WORDS,
    TIME_UNITS,
    VAGUE_FACTOR,
    VERBS_AND_ADVERBS,
    WORD,
    alternation,
    word_set,
)
from ._number_reading import plural_after
from ._phrases import (
    GROUP_TAGS,
    MAX_LEFT_WORDS,
    LazyTags,
    find_clause_start,
    is_plural,
    is_superlative,
    left_context,
    noun_before_comma,
    noun_group_before,
    noun_phrase,
    stated_predicate,
    tokens_between,
    word_before,
    word_run,
)
from ._tags import MAX_TAGGED_CHARS, Token, is_noun, is_verb, tag_text

# Four-digit numbers in this range may be years ("in 1799", "the 2012 attack"); without a cue word
# before them and with a noun after them they are counts ("1500 troops").
FIRST_YEAR, LAST_YEAR = 1000, 2100
# A number after a name and a comma reads as an age ("Mondale, 87,") only within human ages.
MAX_AGE = 120
PERSON_PRONOUNS = frozenset({"he", "she"})
# Small counts ("two candidates", "5 key issues") are often incidental, but not always ("five dead"):
# they are damped (by VAGUE_FACTOR), not sent to the end.
SMALL_COUNT = 10

# A subject this many words before its figure still reads as one line with it ("Repairs will cost $2
# million"); further away the label becomes "figure — subject".
MAX_SUBJECT_SPAN = 5
# The verbs between such a subject and its figure that stay in the label: "would rise" 18%, "has been cut by".
MAX_VERB_CHAIN = 4
# How far after a figure (characters) its predicate may say it is one of HARD_WORDS ("11 people were killed").
HARD_WINDOW = 30
# Prepositions before a duration that say its clause lasted that long or changed by it ("for five years").
LASTING_PREPOSITIONS = word_set("for after over during within throughout by")
# Prepositions that attach a noun group to the head noun of a subject ("Inflation in the eurozone"), and
# how many such phrases a subject may carry before it reads as a clause of its own.
ATTACHING_PREPOSITIONS = word_set("of in at for on from against")
MAX_ATTACHED_PHRASES = 2
# Prepositions that give a figure as the new or old level of what a verb changed ("raised prices by 5%").
CHANGE_PREPOSITIONS = word_set("from to by")
# What a share is "of" without being what it measures: "a deficit of 2.9% of GDP" measures the deficit.
BASE_NOUNS = word_set("gdp output income earnings revenue revenues turnover total")
# Words linking a noun to the amount it has: "contracts worth $3bn", "a budget of €4.2 billion".
AMOUNT_LINKS = word_set("worth of at costing totalling totaling valued")
# Of those, the participles: their noun is read with the noun it is attached to ("claims against Yukos totalling").
PARTICIPLE_LINKS = word_set("costing totalling totaling valued")
# Nouns for things, not people: "N-year-old" before one is how long the thing has existed ("a 27-year-old
# agreement"), not an age, which is of people ("a 54-year-old man"). Abstract nouns are caught by their
# endings below; these are the common concrete ones and abstract ones without those endings.
NON_PERSON_NOUNS = word_set(
    """agreement treaty pact accord deal law laws rule ban statute constitution policy program programme plan
    scheme system record records company firm business brand store shop restaurant bar pub hotel factory plant
    mill mine building buildings house home apartment barn church temple mosque cathedral bridge tower wall
    stadium arena school college university museum statue monument road railway dam car cars truck vehicle ship
    boat plane aircraft jet reactor engine computer phone tree trees forest painting photo photograph film movie
    song album book show series franchise rivalry feud war conflict dispute case mystery murder crime tradition
    custom practice debt loan bond contract lease fund account network party union government regime dynasty
    empire country nation city town village site website tournament event festival race game wine whisky
    whiskey bottle fossil relic manuscript letter document map archive collection"""
)
NON_PERSON_ENDINGS = ("ment", "tion", "sion", "ity", "ship", "ance", "ence", "ism")
# People an age may follow after a comma although they are not named ("her son, 11, wore ...").
PERSON_NOUNS = word_set(
    """son daughter boy girl man woman child baby toddler teenager teen brother sister mother father wife
    husband grandson granddaughter grandmother grandfather nephew niece cousin friend girlfriend boyfriend
    partner victim suspect"""
)
# A life event at an age: "died at 84", "retired at 35", "married at 19".
_LIFE_EVENT_AT = re.compile(r"\b((?:died|dies|die|retired|retires|retire|retiring|married|marries|debuted|quit|"
                            r"emigrated|enlisted|graduated)(?:,\s+[^,]{1,30},)?)\s+at\s+$")
# Subjects after which "was 55." is a person's age, not a count ("Pero was 55."): a name or a pronoun,
# never a capitalised common word opening the sentence.
NOT_PERSON_SUBJECTS = word_set("it this that there what which")
# Words before a number that make it a rank, not a count ("a top four place", "World No. 1").
RANK_WORDS = word_set("top last final no number")
# Words before a plain number that make it a reference (the guideline's page, street and id numbers).
REFERENCE_WORDS = word_set(
    "section sections article articles clause chapter page pages paragraph room flight route platform channel "
    "episode exit gate junction version"
)
# Words before a four-digit number that make it a year ("in 1799", "the 2012 attack", "or about 2001").
YEAR_CUES = PREPOSITIONS | word_set("the a an and or early late mid its his her their")

# Comparatives after a figure ("35% higher", "$2 more"): they say by how much, not what is measured.
COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_RATE = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour)\b(?!\s+ago\b)"  # not "a year ago"
    rf"|(?P<adverb>{alternation(RATE_WORDS)})\b)",
    re.IGNORECASE,
)
# A distributive "each" after a figure: "2 megabits each", "£500 each" (not "each of", "each other", nor "each
# time she renews it", "each year": a time of its own).
_EACH_AFTER = re.compile(rf"\s+each\b(?!\s+(?:of|other|time|times|{alternation(TIME_UNITS)})\b)")
# "£143,000 per successful asylum seeker": money for each of something that is not a unit of time.
_PER_NOUN = re.compile(r"\s+(?:per|for\s+each|for\s+every)\s+(?=[a-z])")
# "in the past two years": a time frame before a duration makes it a relative date, like "ago".
_TIME_FRAME_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+the\s+((?:past|last|previous)\s+)$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|(?:at\s+the\s+)?(?:age|ages))(?:\s+of)?\s+$", re.IGNORECASE)
# "aged 59, 76 and 84": the rest of a list of ages.
_AGE_LIST = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{1,3}\b(?!,\d))+")
# "Mondale, 87," — a name, a comma, a number, then the end of the aside.
# A sentence opening with a name set off by a comma: "Charlie Bell, the former head of McDonald's, ...".
_LEADING_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s")
_NAME_COMMA_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:now\s+)?$")  # "Zhao, now 25,"
# "The nurse, who is 45, ...": an age in a relative clause after a noun and a comma.
_RELATIVE_AGE_BEFORE = re.compile(r",\s+who\s+(?:is|was)\s+(?:now\s+)?$")
_NAME_COMMA_AFTER = re.compile(r"\s*(?:[,;)]|\.?$|--|—|–)")  # "and Amira Abase, 15 -- boarded"
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’.&-]*)\s+$")
_ADDRESS_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Place|Boulevard|Blvd\.|Lane|Drive|Way"
    r"|Square|Court|Terrace|Parkway)"
)
# A bracketed conversion after a measure: "155 mph (250 kph) winds", "1,770 kilometers (1,100 miles)".
_CONVERSION = re.compile(r"\s*\((?=[^()]*\d)[^()]{1,40}\)")
# What money is for, as an infinitive after it: "$335,000 to settle her lawsuit".
# The verb must have an object: "cost $10 million to make" says nothing the verb did not.
_PURPOSE = re.compile(  # "to settle her lawsuit", "to respond to the order", "to settle with the SEC"
    r"\s+(to\s+[a-z]+(?:\s+(?:to|for|on|with|of|from))?(?:\s+(?:her|his|its|their|the|a|an|our|this|that))?"
    r"(?:\s+[a-z][\w'’-]*){1,3})"  # "to help provide for refugees"
)
# Nouns of people that say nothing of what befell them: "14 people" needs its verb ("killing 14 people").
BARE_PEOPLE = word_set("people persons men women children adults individuals residents")
# "others" right after a count: a pronoun counting people or things like those named before.
_OTHERS_AFTER = re.compile(r"\s+(others)\b")
# What may follow the age of a life event: "died at 84 in London", "retired at 35 after a long career".
_LIFE_EVENT_AFTER = re.compile(r"\s+(?:in|on|after|from|when|while)\b")
# People divided by an age: "those under 18", "children over 12", "anyone aged over 65".
_THRESHOLD_PEOPLE = ["those", "anyone", "everyone", "kids", "teens", "teenagers", "students", "girls", "boys"]
_AGE_THRESHOLD_BEFORE = re.compile(
    rf"\b((?:{alternation([*_THRESHOLD_PEOPLE, *BARE_PEOPLE, *PERSON_NOUNS])}))\s+(?:aged\s+)?"
    r"(?:under|over|below|above)\s+$",
    re.IGNORECASE,
)
# A verb form right before a count of people ("killing", "injuring", "rescued", "evacuated").
_VERB_BEFORE = re.compile(r"\b([a-z]{3,}(?:ing|ed))\s+$")
VERB_REACH = 30
# "..., or roughly €2.6 billion, would go to dikes, storm barriers and drainage works": where money goes.
_DESTINATION = re.compile(
    r",?\s+(?:would|will|is|are|was|were|has\s+been|have\s+been)\s+(?:be\s+|being\s+)?"
    r"(?:go|goes|going|spent|used|earmarked|allocated|set\s+aside|paid|put|invested|channelled|channeled)\s+"
    r"(?:to|on|for|into|towards?)\s+((?:[\w'’-]+(?:,\s+|\s+)){0,9}[\w'’-]+)"
    r"(?=\s*(?:[.;:)]|$)|,\s+(?:while|but|which|who|as|with|and\s+(?:the|a|an|up)\b))"
)
# "Zhong Ying, the group's 32-year-old ...", "Geng Hui'er, a 26-year-old who ...": a name, then an
# apposition opening with a determiner or a possessive and at most two words before the age.
APPOSITION_NAME_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?!(?:{alternation(w.capitalize() for w in STOP_WORDS)})\s)"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:the|a|an|[\w.]+['’]s)\s+(?:[a-z][\w'’-]*\s+){0,2}$"
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their|his|her|our)\s+$", re.IGNORECASE)
# "her son, 11," — a person named by a common noun, then an age set off by commas.
_PERSON_COMMA_BEFORE = re.compile(rf"\b({alternation(PERSON_NOUNS)}),\s+$", re.IGNORECASE)
# "Pero was 55." — a name or pronoun, "was" or "is", then the age ending the sentence or its clause.
_SUBJECT_WAS_BEFORE = re.compile(r"(?:^|[\s\"“(])([A-Z][\w'’.-]*|he|she)\s+(?:was|is)\s+$")
# Nouns of change after a share or an amount, and the "in" that says what changed: "a 10% rise in net income".
CHANGE_NOUNS = word_set("""rise rises increase increases fall falls drop drops decline declines cut cuts reduction
    jump gain gains growth surge slump hike climb""")
_CHANGE_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?(?=[a-z])")
# A match's clock and its shooting distances ("after 62 minutes", "in the opening 45 minutes", "from six
# yards"): the run of play, never what a brief of the match reports. A game lasts at most this many minutes.
MATCH_MINUTES = 120
_PLAY_BEFORE = re.compile(r"\b(?:after|with|in\s+the\s+(?:opening|first|final|last)|from)\s+$", re.IGNORECASE)
# "seven minutes of extra-time", "26 minutes from time" (before the end), "10 minutes from the end".
_PLAY_AFTER = re.compile(r"\s+(?:minutes\s+)?(?:(?:of|into)\s+(?:the\s+)?(?:extra|injury|stoppage|added)[\s-]time"
                         r"|from\s+(?:time|the\s+end|full[\s-]time))", re.IGNORECASE)
_PLAY_UNITS = frozenset({"minutes", "yards"})


def _run_of_play(text: str, start: int, end: int, value: float) -> bool:
    """Whether a figure is a match's clock or a shot's distance ("after 62 minutes", "from six yards");
    the numbers section leaves such figures out of an article with a score in it (a match report)."""
    words = WORD.findall(text[start : end + 10])  # the unit is read with the number or follows it
    unit = next((w.lower() for w in words[:2] if w.lower() in _PLAY_UNITS), "")
    before = _PLAY_BEFORE.search(text, max(0, start - 24), start) is not None
    after = _PLAY_AFTER.match(text, end) is not None  # "seven minutes of extra-time"
    return value <= MATCH_MINUTES and unit in _PLAY_UNITS and (before or after)


# A 24-hour clock time: four digits and a time zone ("0900 GMT", "1430 local time").
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET|local\s+time)\b")
# Words before a bare number that make it no figure of the story: "the mother of two" (her children),
# "the best of five tie" (how long a contest may run), "season 4", "episode 3" (which one of a series).
_NO_FIGURE_BEFORE = re.compile(
    r"\b(?:(?:mother|father|mum|mom|dad|parents?)\s+of|best[\s-]of"
    r"|season|episode|series|chapter|round|stage|phase|level|page|article)[\s-]$",
    re.IGNORECASE,
)
# "... when she was 11 and has lived here since": a second predicate of the subject ends the age's clause too.
_AGE_ENDS_CLAUSE = re.compile(r"\s*(?:[.!]?[\"”]?\s*$|,|;|\s+when\b|\s+(?:and|but)\s+(?:has|have|had|was|is|[a-z]{3,}ed)\b)")
# "arrived in the United States when she was 11": the event the age dates stands before "when".
_WHEN_BEFORE = re.compile(r"\s+when\s+$")
# "Tsarnaev, who was 19 at the time,": when it was, not what.
_AT_THE_TIME = re.compile(r"\s+at\s+the\s+time\b")


def classify_number(sentence: Sentence, number: Number, floor: int) -> Figure | None:
    """The figure a number makes in its sentence: its kind, qualifier and what it counts; None if none."""
    text = sentence.text
    qualifier = QUALIFIER_BEFORE.search(text[: number.start])
    start = qualifier.start(1) if qualifier else number.start
    qualifier_text = qualifier.group(1).lower() if qualifier else None
    opener = RANGE_OPENER_BEFORE.search(text[:start])
    if number.value_max is not None and opener:
        start = opener.start()  # keep "between" with "between 10 and 12"
    if number.plain and _CLOCK_TIME.match(text, number.start):
        return None  # "at 0900 GMT", "1430 local time": a time of day, which a date figure would say if it mattered
    bare = not (number.currency or number.percent or number.unit or number.old)
    if bare and _NO_FIGURE_BEFORE.search(text, max(0, start - 20), start):  # read across the floor
        return None  # "\"Top Chef\" season 4 contestant", "mother of two was arrested", "the best of five tie"
    threshold = _AGE_THRESHOLD_BEFORE.search(text, max(floor, start - 40), number.start) if (
        number.plain and number.value <= MAX_AGE) else None
    after = re.match(r"\s+([\w'’-]+)", text[number.end :]) if threshold is not None else None
    if threshold is not None and not (after and is_plural(after.group(1))):  # not "women over 40 workers"
        # "those under 18 seeking an abortion", "People over 65 are most at risk": an age that divides people
        return make_figure(sentence, "age", number, "years", qualifier_text, threshold.span(1),
                           (threshold.start(1), number.end))
    life = _LIFE_EVENT_AT.search(text, max(floor, start - 40), start) if (
        number.plain and number.value <= MAX_AGE and number.value_max is None) else None
    if life is not None and (_AGE_ENDS_CLAUSE.match(text, number.end) or _LIFE_EVENT_AFTER.match(text, number.end)):
        # "The singer died at 84", "She retired at 35 after a long career": how old someone was when it happened
        left = left_context(text, life.start(), floor)
        begin = left if left is not None else life.start()
        return make_figure(sentence, "age", number, "years", qualifier_text, (begin, life.end(1)), (begin, number.end))
    if number.plain and not number.old and _after_name(text, number.start, number.end):
        # "Boeing 737", "Apollo 11", "Euro 2016": a number after a name is part of it ("Dutch 17-year-old" is an
        # age); a range's opener or a qualifier is no name ("served in the Navy from 1986 to 1990")
        return None
    time_unit = number.unit in TIME_UNITS.values()
    if number.currency:
        kind, unit = "money", number.currency
    elif number.percent:
        kind, unit = "percent", "%"
    elif time_unit and number.old:
        kind, unit = "age", "years"
    elif time_unit and (number.ago or _TIME_FRAME_BEFORE.search(text[:start])):
        # "two years ago" and "in the past 18 months" date an event as a calendar date does.
        frame = _TIME_FRAME_BEFORE.search(text[:start])
        weight = VAGUE_FACTOR if number.value < SMALL_COUNT else 1.0
        begin = frame.start(1) if frame and not number.ago else start
        return dated_figure(sentence, begin, number.end, None, weight=weight, qualifier=qualifier_text, floor=floor)
    elif time_unit:
        kind, unit = "duration", number.unit
    elif number.unit:
        kind, unit = "other", number.unit
    elif _is_year(text, number, start):
        return year_figure(sentence, number, start, floor)
    elif not number.spelled and _AGE_BEFORE.search(text[:start]):
        return _listed_age(sentence, number, start, floor)
    elif _is_name_age(text, number):
        name = _NAME_COMMA_BEFORE.search(text[: number.start]) or _PERSON_COMMA_BEFORE.search(text[: number.start])
        begin = name.start(1)
        # "When Knox, 33, picked his son up": a capitalised function word opening the sentence is no name.
        opener = re.match(r"([A-Z][a-z]*)\s+(?=[A-Z])", text[begin : name.end(1)])
        if opener and opener.group(1).lower() in STOP_WORDS:
            begin += opener.end()
        return make_figure(sentence, "age", number, "years", None, (begin, name.end(1)), (begin, number.end))
    elif (noun := _relative_age_noun(text, number, start, floor)) is not None:
        return make_figure(sentence, "age", number, "years", None, noun, (noun[0], number.end))
    elif _is_stated_age(text, number, start):
        subject = _SUBJECT_WAS_BEFORE.search(text[:start])
        when = _WHEN_BEFORE.search(text, max(floor, subject.start(1) - 8), subject.start(1))
        event = left_context(text, when.start(), floor) if when is not None else None
        if event is not None and not any(is_verb(t.tag) for t in tokens_between(text, event, when.start())):
            event = None  # "said he came to Oslo when": the words left say no event ("Oslo")
        if event is not None:  # "she arrived in the United States when she was 11": how old at what happened
            return make_figure(sentence, "age", number, "years", None, (event, when.start()), (event, number.end))
        return make_figure(sentence, "age", number, "years", None, subject.span(1), (subject.start(1), number.end))
    else:
        kind, unit = "count", None
    if kind == "count" and word_before(text, start) in RANK_WORDS:
        return None  # "a top four place", "the top 10", "World No. 1": a rank, not a count
    if number.plain and number.value in EMERGENCY_NUMBERS and (
            word_before(text, start) in CALL_WORDS or _CALL_AFTER.match(text, number.end)):
        return None  # "called 911", "911 callers", "a 999 call": a phone number, not a count
    if number.plain and word_before(text, start) in REFERENCE_WORDS:
        return None  # "section 5 of the code", "page 12", "Flight 370": a reference, not a figure
    if number.plain and _ADDRESS_AFTER.match(text, number.end):
        return None  # "1 Patriot Place", "10 Downing Street": an address
    return _counted_figure(sentence, number, kind, unit, start, qualifier_text, floor)


def _counted_figure(
    sentence: Sentence, number: Number, kind: str, unit: str | None, start: int, qualifier: str | None, floor: int
) -> Figure | None:
    """A figure labelled by what it counts: the noun after it, else its predicate, else the words before it."""
    text = sentence.text
    if kind == "percent" and (bracketed := _bracketed_share(text, start, number.end, floor)) is not None:
        counted, span = bracketed
        return make_figure(sentence, kind, number, unit, qualifier, counted, span, None)
    # After a spaced unit only a prepositional phrase says what it measures ("35 years in prison",
    # not "five hours driving"); after "10-year" the noun does ("10-year sentence").
    after_unit = number.unit is not None and not number.hyphenated
    # "155 mph (250 kph) winds": the noun follows a measure's conversion; a count's brackets say something else.
    conversion = _CONVERSION.match(text, number.end) if kind != "count" else None
    out_of = _OF_NUMBER.match(text, number.end) if kind == "count" and number.value_max is None else None
    whole = NUMBER.match(text, out_of.end()) if out_of else None
    whole_counted = noun_phrase(text, whole.end(), "count") if whole else None
    if whole_counted is not None:
        # "failed to finish in seven of 12 starts": a part of a counted whole counts what the whole does.
        return make_figure(sentence, kind, number, unit, qualifier, whole_counted, (start, whole_counted[1]))
    extent = _extent_end(text, number, kind)
    if extent is not None:
        # "a 170 meter tall dam": past its dimension a measure's noun is what it measures; "two days off work":
        # past its particle a duration's noun is what the time was spent away from or at (a phrase after the
        # particle is the verb's: "mark their 30 years together with a trip").
        counted = noun_phrase(text, extent, "count")
        if (object_opener := _DETERMINER_AFTER.match(text, extent)) is not None:
            # "500 hours behind the controls": the particle is a preposition, and its object what the time was
            # spent at; without one it is no particle of the duration ("two hours behind the").
            counted = noun_phrase(text, object_opener.end(), "count")
            extent = extent if counted is not None else None
    if extent is None:
        # "nine months later in Gothenberg": after a time said to be later, a phrase is where or how, not what.
        counted = None if number.relative else noun_phrase(text, conversion.end() if conversion else number.end,
                                                           kind, after_unit, compound=number.hyphenated)
    if extent is not None and counted is None and kind == "other" and (
            measured := noun_before_comma(text, start, floor)) is not None:
        # "a knife, about 10 inches long, was used": the measure set off after a noun is that noun's
        return make_figure(sentence, kind, number, unit, qualifier, measured, (measured[0], extent))
    bare_end = extent or number.end
    rate = _RATE.match(text, counted[1] if counted else bare_end)
    if rate and not counted:
        counted = noun_phrase(text, rate.end(), kind, after_unit)  # "£250,000 a week in wages"
    per = None
    if rate:
        per = rate.group("unit").lower() if rate.group("unit") else RATE_WORDS[rate.group("adverb").lower()]
    end = max(counted[1] if counted else bare_end, rate.end() if rate else 0)
    if (each := _EACH_AFTER.match(text, end)) is not None:
        end = each.end()  # "give them 2 megabits each", "fined £500 each": so much for every one of them
    if counted and kind in ("money", "percent") and _comparative(text, counted):
        counted = None  # "35% higher": a comparative says by how much, the subject ("Sales were") says what
    if kind == "age" and counted and _not_person(text[counted[0] : counted[1]].split()[-1]):
        kind = "duration"  # "a 27-year-old agreement" has lasted 27 years; only people have ages
    if kind == "count" and counted:
        head = text[counted[0] : counted[1]].split()[-1].lower()
        if head in MEASURE_UNITS or head in TIME_UNITS:
            # "45 total inches": the counted noun is a unit, so the figure measures.
            kind = "duration" if head in TIME_UNITS else "other"
            unit = TIME_UNITS.get(head) or MEASURE_UNITS[head]
    head = text[counted[0] : counted[1]].split()[-1].lower() if counted else ""
    named = APPOSITION_NAME_BEFORE.search(text, max(floor, start - 80), start) if kind == "age" else None
    if named and not _opening_phrase(text, named.start(1)):  # "In Paris, the 54-year-old"
        # "Zhong Ying, the group's 32-year-old deputy secretary general", "Otis Ferry, the 22-year-old son of
        # rock star Bryan Ferry": the age is the named person's, whatever noun the apposition has.
        return make_figure(sentence, kind, number, unit, qualifier, named.span(1), (named.start(1), end), per)
    if kind == "age" and head not in PERSON_NOUNS:  # "In Paris, a 54-year-old man": the man is 54
        name = _NAME_COMMA_BEFORE.search(text[:start]) if not counted else None
        if name:  # "Leroy Sane, just 19 years of age,": the age is the named person's
            return make_figure(sentence, kind, number, unit, qualifier, name.span(1), (name.start(1), end), per)
    if kind == "percent" and counted and text[counted[0] : counted[1]].split()[-1].lower() in BASE_NOUNS:
        counted = None  # "2.9% of GDP": GDP is what the share is of, not what it measures (it stays in the label)
    # "a net loss of $45 million", "a maximum sentence of 15 years": the noun before "of" is what it measures.
    of_owner = counted and kind in ("money", "duration", "other") and word_before(text, start) == "of"
    owner = _owner_before(text, start, floor) if of_owner else None
    if owner is not None and kind == "duration" and text[owner[0]:owner[1]].split()[-1].lower() not in LASTING_NOUNS:
        owner = None  # "a total of 30 days": only a noun that lasts ("sentence", "delay") is what a duration measures
    if owner is not None:
        # "a net loss of $45 million for the quarter": the loss is what the money measures; what follows
        # says what for, so it stays in the label.
        return make_figure(sentence, kind, number, unit, qualifier, owner, (owner[0], end), per)
    others = _OTHERS_AFTER.match(text, number.end) if kind == "count" and not counted else None
    if others is not None or counted and kind == "count" and head in BARE_PEOPLE:
        # "killing 14 people", "14 people were killed": a count of people says what befell them; so does one of
        # "others" ("injuring hundreds of others", "30 others are believed trapped"), which alone is a pronoun.
        # What "others" count is what befell them: "three others" says nothing to tell them from "three medals".
        after = others.end(1) if others is not None else end
        verb = _VERB_BEFORE.search(text, max(floor, start - VERB_REACH), start)
        if verb is not None:
            return make_figure(sentence, kind, number, unit, qualifier, verb.span(1) if others else counted,
                               (verb.start(1), after), per)
        stated = stated_predicate(text, after)
        if stated is not None:
            return make_figure(sentence, kind, number, unit, qualifier, stated if others else counted,
                               (start, stated[1]), per)
    if kind == "duration" and (since := _first_in_before(text, start, floor)) is not None:
        # "a first defeat in 14 years", "the lowest level in a decade": what the time has not seen
        return make_figure(sentence, kind, number, unit, qualifier, since, (since[0], end), per)
    if counted and kind == "duration" and (allowed := _purpose_after(text, end)) is not None:
        # "five business days to respond to the order": what the time is given for
        return make_figure(sentence, kind, number, unit, qualifier, allowed, (start, allowed[1]), per)
    changed = _CHANGE_OF.match(text, end) if counted and kind in ("percent", "money") and head in CHANGE_NOUNS else None
    changed = noun_phrase(text, changed.end(), "count") if changed else None
    if changed:  # "a 10% rise in net income": what rose says what the figure counts
        return make_figure(sentence, kind, number, unit, qualifier, (counted[0], changed[1]), (start, changed[1]), per)
    if _WITH_OPENING.match(text[:start]) and text[end:].lstrip().startswith(","):
        # "With more than 45 total inches, Boston has set a record": what the figure opening the sentence did
        event = event_clause(text, start, end, floor)
        if event is not None and event[0] >= end:
            return make_figure(sentence, kind, number, unit, qualifier, event, (start, end), per, described=True)
    if counted:
        return make_figure(sentence, kind, number, unit, qualifier, counted, (start, end), per)
    if kind == "count" and number.spelled and not number.dashed:
        # "where three were listed in critical condition", "two died": a spelled number whose own predicate
        # says what befell them counts people; otherwise it is a pronoun ("the two", "two of them").
        stated = stated_predicate(text, end)
        aside = _DASHED_ASIDE.match(text, end) if stated is None else None
        if aside is not None:  # "Another four -- including Sukumaran -- were arrested": past the aside
            stated = stated_predicate(text, aside.end())
        if stated is None and (those := _OF_THEM_WERE.match(text, number.end)) is not None:
            # "Nineteen of them were tourists": what the pronoun's people were is what is counted
            return make_figure(sentence, kind, number, unit, qualifier, those.span(1), (start, those.end(1)), per)
        if stated is None:
            return None
        return make_figure(sentence, kind, number, unit, qualifier, stated, (start, stated[1]), per)
    if kind == "count" and number.dashed:
        return None  # a dashed pair is a score ("lost 1-6")
    predicate = _predicate(text, end) if kind == "count" else None
    if predicate:
        return make_figure(sentence, kind, number, unit, qualifier, predicate, (start, predicate[1]), per)
    each = _PER_NOUN.match(text, end) if kind == "money" else None
    each = noun_phrase(text, each.end(), "count") if each else None
    if each:  # "£143,000 per successful asylum seeker": what the money is for each of
        return make_figure(sentence, kind, number, unit, qualifier, each, (start, each[1]), per)
    # "$515m (£277m) to settle an investigation": the purpose may follow the bracketed conversion.
    past_conversion = conversion.end() if conversion and end == number.end else end
    purpose = _purpose_after(text, past_conversion) if kind == "money" else None
    if kind == "duration" and word_before(text, start) != "by":  # not a margin ("won by 0.19secs to secure")
        # "two years to complete a title": what the time is taken for, when a verb follows "to"
        purpose = _purpose_after(text, end, infinitive=True)
        verb = _verb_right_before(text, start) if purpose else None
        if verb is not None and text[verb:start].split()[0] in ALLOTTING_VERBS:  # "taking two years to complete": it stays
            return make_figure(sentence, kind, number, unit, qualifier, purpose, (verb, purpose[1]), per)
        if verb is not None:
            purpose = None  # "ran 44.63secs to win the final": the time is the verb's, the infinitive what came of it
    if purpose:  # "$335,000 to settle her lawsuit": what the money is for
        return make_figure(sentence, kind, number, unit, qualifier, purpose, (start, purpose[1]), per)
    agent = _agent_after(text, past_conversion) if kind in ("money", "percent") else None
    if agent is not None:  # "the £1.3bn submitted by contractors": what was done to the amount, and by whom
        return make_figure(sentence, kind, number, unit, qualifier, agent, (start, agent[1]), per)
    relative = _RELATIVE_AFTER.match(text, end) if kind == "duration" and not counted else None
    if relative is not None and (during := _relative_clause(text, relative.end())) is not None:
        # "During the four years that Hillary Clinton was secretary of state": the relative clause is what lasted
        return make_figure(sentence, kind, number, unit, qualifier, during, (start, during[1]), per)
    if kind == "duration" and (_lasting(text, start) or number.relative and left_context(text, start, floor) is None):
        # "In two weeks' time we'll be racing": a time after now with no words before it dates the clause after it
        # "For nearly five years, UNC denied those claims": what lasted is the clause, as for a date.
        event = event_clause(text, start, end, floor)
        if event is not None and 0 < floor and event[1] <= floor:
            # "three weeks on the boat, one week off": a clause ending at the figure before is that figure's
            event = None
        completed = completing_end(text, event, start, end) if event is not None else None
        if completed is not None:  # "she may have been for 14 hours": the clause reads on through the figure
            return make_figure(sentence, kind, number, unit, qualifier, (event[0], completed), (event[0], completed),
                               per)
        if event is not None:
            return make_figure(sentence, kind, number, unit, qualifier, event, (start, end), per, described=True)
    if kind == "money" and _PRICE_OPENING.match(text[:start]) and text[end:].lstrip().startswith(","):
        # "For $89, Kyle Waring will ship you 6 pounds of snow": the price of what the clause after it does.
        event = event_clause(text, start, end, floor)
        if event is not None:
            return make_figure(sentence, kind, number, unit, qualifier, event, (start, end), per, described=True)
    destination = _DESTINATION.match(text, end) if kind == "money" else None
    if destination is not None:  # "€2.6 billion, would go to dikes, storm barriers and drainage works"
        return make_figure(sentence, kind, number, unit, qualifier, destination.span(1), (start, destination.end(1)),
                           per)
    owner = _owner_before(text, start, floor)
    if owner is not None:  # "contracts worth $3bn", "a budget of €4.2 billion"
        return make_figure(sentence, kind, number, unit, qualifier, owner, (owner[0], end), per)
    kept = _KEPT_AT.search(text, max(floor, start - 80), start) if kind in ("money", "percent") else None
    if kept is not None:
        # "The Bank of England has left interest rates on hold at 4.75%": the level is the object's.
        object_span = (kept.start("object"), kept.end("object"))
        return make_figure(sentence, kind, number, unit, qualifier, object_span, (object_span[0], end), per)
    # Amounts and shares belong to a subject ("the German deficit" ... to fall to 2.9%); a duration's
    # subject is rarely what it measures ("in three years"), so it keeps the words before it.
    subject = _subject_before(text, start, floor) if kind in ("money", "percent") else None
    if subject is None and kind in ("money", "percent"):
        subject = _subject_past_relative(text, start, floor)
    if subject is not None and _REPORTED.search(text, subject[0], start):
        # "Comres found that only 35% now oppose ...", "Officials said that $40 million had been set aside":
        # who reports a figure is not what it counts.
        subject = None
    if subject is not None:
        between = text[subject[0] : start]
        span_end = _of_phrase_end(text, end) if kind == "percent" else end
        if len(WORD.findall(between)) <= MAX_SUBJECT_SPAN and not BOUNDARY.search(between):
            # "Unemployment fell 12%", "Repairs will cost $2 million": short enough to read as one line; what
            # it counts is the subject ("Barclays shares" were up 8 pence, or 1.3%: the 1.3% is theirs too)
            return make_figure(sentence, kind, number, unit, qualifier, subject, (subject[0], span_end), per)
        # "2.9% of GDP — German deficit": the figure first, then whose it is, in the text's own words; the verb
        # right after a long subject stays with the figure, since it says which way ("would rise 18% — full
        # year pre-tax profits", not "18% — full year pre-tax profits").
        verb = _verb_chain(text, subject[1], start)
        return make_figure(sentence, kind, number, unit, qualifier, subject, (verb if verb is not None else start,
                                                                              span_end), per, described=True)
    # "2% of them believed the Lib Dems were": past a pronoun's partitive, what the share of them does.
    partitive = PRONOUN_PARTITIVE.match(text, end) if kind == "percent" else None
    stated = stated_predicate(text, partitive.end() if partitive else end, any_verb=True) if kind in (
        "percent", "money") else None
    if stated is not None:  # no owner or subject: a share of people is what they do ("62% said they ..."),
        # an amount what befell it ("$40 million had been set aside for repairs")
        return make_figure(sentence, kind, number, unit, qualifier, stated, (start, stated[1]), per)
    priced = _priced_before(text, start, floor) if kind == "money" else None
    if priced is not None:  # "selling a 10-pound box of snow for $119": what the money buys
        return make_figure(sentence, kind, number, unit, qualifier, priced, (priced[0], end), per)
    left = left_context(text, start, floor)
    if left is not None:
        return make_figure(sentence, kind, number, unit, qualifier, (left, start), (left, end), per)
    if kind == "count":
        return None  # a bare number with no noun and no clause to explain it says nothing
    return make_figure(sentence, kind, number, unit, qualifier, None, (start, end), per)


# Words after a measure saying which way it extends ("about 10 inches long", "a 170 meter tall dam"), and
# particles after a duration saying how the time was spent ("our last 25 years together", "six weeks out",
# "10 minutes away", "one week off"): without them the label says only "25 years".
DIMENSION_WORDS = word_set("long tall high deep wide thick")
DURATION_PARTICLES = word_set("together apart away off out ahead behind early late long")
# "five years out of work", "two miles away from the coast": a particle before "of" heads a phrase of its own.
_EXTENT_AFTER = re.compile(r"\s+([a-z]+)\b(?!\s+of\b)")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+")


def _extent_end(text: str, number: Number, kind: str) -> int | None:
    """Local end of the dimension after a spaced measure or the particle after a duration, or None."""
    if number.unit is None or number.hyphenated or kind not in ("duration", "other"):
        return None
    match = _EXTENT_AFTER.match(text, number.end)
    words = DURATION_PARTICLES if kind == "duration" else DIMENSION_WORDS
    return match.end(1) if match and match.group(1) in words else None


# A relative clause after a duration: "the four years that she was secretary of state", "the 10 days when ...";
# it says what lasted in at most MAX_RELATIVE_WORDS words, to the end of its clause.
MAX_RELATIVE_WORDS = 8
_RELATIVE_AFTER = re.compile(r"\s+(?:that|when|in\s+which|during\s+which)\s+(?=[A-Za-z])")


def _relative_clause(text: str, pos: int) -> tuple[int, int] | None:
    """Local span of a clause from `pos` to its boundary, when it has a subject and a verb (tagged) within
    MAX_RELATIVE_WORDS words; None otherwise ("the two years that followed" has no subject of its own)."""
    stop = BOUNDARY.search(text, pos)
    words = list(WORD.finditer(text, pos, stop.start() if stop else len(text)))[:MAX_RELATIVE_WORDS]
    while words and words[-1].group().lower() in EDGE_WORDS:
        words.pop()
    if len(words) < 2 or words[-1].end() > MAX_TAGGED_CHARS:
        return None
    tags = LazyTags(text)
    first = tags.get(words[0].start()) or ""
    verb = next((i for i, w in enumerate(words[1:], 1) if is_verb(tags.get(w.start()) or "")), None)
    if not first.startswith(("NN", "PRP")) or verb is None:
        return None
    # "... was secretary of state she used": a subject pronoun after the verb opens the main clause
    main = next((i for i in range(verb + 1, len(words)) if words[i].group().lower() in SUBJECT_PRONOUNS), len(words))
    words = words[:main]
    return words[0].start(), words[-1].end()


def _first_in_before(text: str, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of the noun group a duration after "in" measures the rarity of: "a first defeat in" 14
    years, "the lowest level in" a decade; None unless a first, a superlative or a record opens it."""
    match = _IN_BEFORE.search(text, max(floor, start - 60), start)
    if match is None:
        return None
    words = list(WORD.finditer(text, max(floor, match.start() - 40), match.start()))[-3:]
    if not words or words[-1].end() != match.start() or not is_noun(LazyTags(text).get(words[-1].start()) or ""):
        return None
    # "a first defeat", "the lowest level": the group opens with a word of rarity or a superlative.
    for first in words[:-1]:
        if first.group().lower() in RARITY_WORDS or is_superlative(text, first.start()):
            return first.start(), words[-1].end()
    return None


# What opens such a group besides a superlative (told by the tagger, as `is_superlative` does).
RARITY_WORDS = word_set("first last only record")
_IN_BEFORE = re.compile(r"\s+in\s+(?:the\s+(?:past|last)\s+)?$")


def _purpose_after(text: str, pos: int, infinitive: bool = False) -> tuple[int, int] | None:
    """Local span of a purpose right after `pos` ("to settle her lawsuit", "to respond to the order"), at
    least three words and not ending on a function word ("to help victims of" ends at "victims"); None if none.

    `infinitive`: the word after "to" must be tagged a verb's base form ("two years to complete a title"), not
    a preposition's object ("from three months to at least a year").
    """
    purpose = _PURPOSE.match(text, pos)
    if purpose is None:
        return None
    if infinitive and not _infinitive(text, purpose.start(1) + 2):
        return None
    words = list(WORD.finditer(text, purpose.start(1), purpose.end(1)))
    # "to settle claims of illegally ...": the words stop where the purpose's phrase does
    while words and (words[-1].group().lower() in EDGE_WORDS or gz.word_tag(words[-1].group().lower()) == "RB"):
        words.pop()
    return (purpose.start(1), words[-1].end()) if len(words) > 2 else None


# Verbs that allot time to what an infinitive after the duration does: "took three years to build", "has 30
# days to appeal", "worked five months to track down".
ALLOTTING_VERBS = word_set("""take takes took taken taking need needs needed needing have has had having give gives
    gave given giving spend spends spent spending allow allows allowed allowing wait waits waited waiting work works
    worked working""")


def _verb_right_before(text: str, start: int) -> int | None:
    """Local start of the word right before `start` when it is tagged a verb ("taking" two years), else None."""
    before = list(WORD.finditer(text, max(0, start - 30), start))[-1:]
    if not before or text[before[0].end() : start].strip() or start > MAX_TAGGED_CHARS:
        return None
    word = before[0]
    return word.start() if word.group().islower() and is_verb(LazyTags(text).get(word.start(), "")) else None


# What follows a verb's base form and not a preposition's ("to complete a title", tagged an adjective).
_OBJECT_OPENERS = word_set("the a an his her its their our my your this that these those each every")


def _infinitive(text: str, pos: int) -> bool:
    """Whether the word at `pos` (after "to") is a verb: tagged one, or a word that is no function word nor
    qualifier followed by its object's determiner ("to complete a title"; never "to at least a year")."""
    words = list(WORD.finditer(text, pos))[:2]
    if not words or words[0].group().lower() in STOP_WORDS or words[0].group().lower() in QUALIFIERS:
        return False
    if LazyTags(text).get(words[0].start()) == "VB":
        return True
    return len(words) > 1 and words[1].group().lower() in _OBJECT_OPENERS


# A reduced relative after an amount, a participle and its agent: "the £1.3bn submitted by contractors".
MAX_AGENT_WORDS = 5
_AGENT_AFTER = re.compile(r"\s+([a-z]{3,})\s+by\s+(?=[A-Za-z])")


def _agent_after(text: str, pos: int) -> tuple[int, int] | None:
    """Local span of a participle and its agent right after an amount ("submitted by contractors", "raised by
    the charity"); None unless the word is a past participle (tagged one, or a regular past tense, which after an
    amount and before "by" is one) and "by" names who (not "by 10%", "by half")."""
    match = _AGENT_AFTER.match(text, pos)
    if match is None or match.end() > MAX_TAGGED_CHARS:
        return None
    tags = LazyTags(text)
    participle = tags.get(match.start(1)) == "VBN" or tags.get(match.start(1)) == "VBD" and match.group(1).endswith("ed")
    if not participle or not (tags.get(match.end(), "") or "").startswith(("NN", "DT", "PRP$", "JJ")):
        return None
    if match.group(1) in CHANGE_NOUNS:
        return None
    group = []
    for token in tokens_between(text, match.end(), MAX_TAGGED_CHARS)[:MAX_AGENT_WORDS]:
        if token.tag not in GROUP_TAGS or token.tag == "CD" or token.word.lower() in CALENDAR_WORDS:
            break
        if group and is_noun(group[-1].tag) and token.tag in ("DT", "JJ"):
            break  # "by the council last year": a noun ends the group, a new one is another phrase
        group.append(token)
    while group and not is_noun(group[-1].tag):
        group.pop()  # "by the": no noun, no agent
    if any(t.word.lower() in SPELLED or t.word.lower() in FRACTIONS for t in group):
        return None  # "jumped by a third": a change and its size, not who acted
    return (match.start(1), group[-1].end) if group else None


def _bracketed_share(text: str, start: int, end: int, floor: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """What a percentage in brackets is a share of, and the label's span: "More than half (55%) of the
    respondents", "the majority of people surveyed (52%)" -- the words around the bracket say it."""
    opening = re.search(r"\(\s*$", text[floor:start])
    closing = re.match(r"\s*\)", text[end:])
    if opening is None or closing is None:
        return None
    open_at, close_at = floor + opening.start(), end + closing.end()
    left = left_context(text, open_at, floor)
    of = re.match(r"\s+(?=of\b)", text[close_at:])
    counted = noun_phrase(text, close_at, "percent") if of else None
    if counted is not None:  # "More than half (55%) of the respondents"
        return counted, (open_at if left is None else left, counted[1])
    if left is not None:  # "the majority of people surveyed (52%)"
        return (left, open_at), (left, close_at)
    return None


# A verb keeping or setting its object at a level: "left interest rates on hold at 4.75%", "kept its
# main rate at 2%", "capped fees at £9,000" (the object: up to four words, no function word but a determiner).
_KEPT_AT = re.compile(
    r"\b(?:left|leaves|leave|kept|keeps|keep|keeping|held|holds|hold|holding|set|sets|fixed|pegged|capped|caps|"
    r"maintained|maintains)\s+(?:(?:the|its|their|his|her)\s+)?"
    rf"(?P<object>(?:(?!(?:{alternation(STOP_WORDS)})\b)[a-z][\w'’-]*\s+){{0,3}}(?!(?:{alternation(STOP_WORDS)})\b)"
    r"[a-z][\w'’-]*)\s+(?:(?:on\s+hold|unchanged|steady|flat)\s+)?at\s+$"
)
# Emergency phone numbers and the words around them that make them one: "called 911", "911 callers".
EMERGENCY_NUMBERS = frozenset({911.0, 999.0, 112.0})
CALL_WORDS = word_set("call called calls calling dial dialed dialled dials dialing dialling phoned rang")
_CALL_AFTER = re.compile(r"\s+(?:call|calls|caller|callers|dispatcher|dispatchers|operator|operators|tape|tapes|"
                         r"recording|recordings|emergency|centre|center|system)\b", re.IGNORECASE)
# A part of a whole given by a number: "41 from 38 games", "13 in 26 appearances", "three out of 10".
PART_OF = re.compile(r"\s+(?:from|in|out\s+of)\s+(?:his\s+|her\s+|its\s+|their\s+|the\s+)?(?:last\s+|first\s+)?"
                     r"(?=\d)")
# A count of a counted whole: "seven of 12 starts", "three of the five suspects".
_OF_NUMBER = re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+)?(?=\d|(?:{alternation(SPELLED)})\b)", re.IGNORECASE)
# An aside set off by dashes: "Another four -- including Sukumaran -- were arrested".
_DASHED_ASIDE = re.compile(rf"\s+{DASHED_ASIDE}\s")
PRONOUN_PARTITIVE = re.compile(r"\s+of\s+(?:them|us|you|those)\s+(?=[a-z])")
_OF_THEM_WERE = re.compile(r"\s+of\s+(?:them|those|these|whom)\s+(?:were|are)\s+((?:[a-z]+\s+){0,2}?[a-z]{3,}s)\b")


def _comparative(text: str, span: tuple[int, int]) -> bool:
    """Whether the words of a local span are only a comparative ("higher", "more expensive"), no noun."""
    if span[1] > MAX_TAGGED_CHARS:
        return False  # past the tagged start nothing is known: keep the phrase
    tags = [t.tag for t in tokens_between(text, *span)]
    return bool(tags) and tags[0] in COMPARATIVE_TAGS and all(tag in COMPARATIVE_TAGS | {"JJ"} for tag in tags)


def _clause_tokens(text: str, start: int, floor: int) -> list[Token]:
    """The tagged words of the clause before a figure, from after the figure before it when there is one."""
    clause = find_clause_start(text, start)[0]
    low = max(clause, floor)
    tokens = tokens_between(text, clause, start)
    # "to fall to 2.9% of GDP next year from 3.9%": with no verb after the figure before, both figures
    # share one predicate, so the second may look back past the first for its subject.
    if any(_finite(tokens, i) for i, t in enumerate(tokens) if t.start >= low) or floor <= clause:
        tokens = [t for t in tokens if t.start >= low]
    return tokens


def _finite(tokens: list[Token], index: int) -> bool:
    """Whether a word is a verb of the clause: "an expected 3.7%" has an adjective, not a verb."""
    token = tokens[index]
    return is_verb(token.tag) and not (token.tag == "VBN" and index and tokens[index - 1].tag == "DT")


def _owner_before(text: str, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of the noun an amount belongs to, linked by "worth", "of", "at" ("contracts worth $3bn")."""
    tokens = _clause_tokens(text, start, floor)
    # "keep their deficits below 3%": the link may be the figure's own qualifier.
    qualified = re.match(r"(?:below|above|under)\s", text[start:], re.IGNORECASE) is not None
    links = [t for t in tokens if not t.tag.startswith("RB")]  # "costs, apparently totaling £2,190"
    if len(links) == 1 and links[0] is tokens[-1] and links[0].word.lower() in (
            "worth", "valued", "costing", "totalling", "totaling"):
        return noun_before_comma(text, tokens[0].start, floor)  # "The deal, worth $3bn, was signed"
    if qualified and tokens:
        index = len(tokens) - 1
    elif len(tokens) < 2 or tokens[-1].word.lower() not in AMOUNT_LINKS:
        return None
    else:
        index = len(tokens) - 2
    if tokens[index].word.lower() == "valued" and tokens[-1].word.lower() == "at" and index > 0:
        index -= 1  # "paintings valued at $2m"
    # "a total of $26 million", "the 10-year average of 130": after a determiner (and a measure glued to the word)
    # and before "of" the word is a noun, whatever its tag.
    opener = index - 1
    while opener >= 0 and index - opener <= MAX_MEASURE_TOKENS and tokens[-1].word.lower() == "of" and (
            tokens[index].tag.startswith(("JJ", "NN"))) and (
            tokens[opener].tag in ("CD", "JJ", "NN") or tokens[opener].word in ("-", "–")):
        opener -= 1
    headed = opener >= 0 and tokens[opener].tag == "DT" and tokens[index].word.islower()
    if not (is_noun(tokens[index].tag) or headed) or tokens[index].word.lower() in CALENDAR_WORDS:
        return None
    begin = opener + 1 if headed else noun_group_before(tokens, index)
    if tokens[index].word.lower() in ("%", "percent") or tokens[index].tag == "CD":
        return None  # "were up 2.4% at $20.15": another figure is no owner (each figure has its own label)
    if tokens[-1].word.lower() in PARTICIPLE_LINKS:
        # "tax claims against Yukos totalling over $27bn": a participle's noun may be attached to the one it
        # belongs to, as a subject is ("Profits at the bank rose").
        begin = _attached_head(tokens, begin)
    return tokens[begin].start, tokens[index].end


# The words between a determiner and the noun a figure is "of" ("the 10 - year average of"): a glued measure.
MAX_MEASURE_TOKENS = 3


def _priced_before(text: str, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of what an amount after "for" is the price of when it is a noun attached to another ("a 10-pound
    box of snow for $119", where the words just before say only "snow for"); None otherwise."""
    tokens = _clause_tokens(text, start, floor)
    if len(tokens) < 2 or tokens[-1].word.lower() != "for" or not is_noun(tokens[-2].tag):
        return None
    group = noun_group_before(tokens, len(tokens) - 2)
    begin = _attached_head(tokens, group)
    if begin == group:
        return None  # "buy the remaining shares for $31": the words before say it, as they are
    if begin >= 2 and tokens[begin - 1].word == "-" and tokens[begin - 2].tag == "CD":
        begin -= 2  # "a 10-pound box": the measure glued to the noun is part of it
    return tokens[begin].start, tokens[-2].end


def _verb_chain(text: str, low: int, start: int) -> int | None:
    """Start of the verbs between a subject ending at `low` and its figure at `start` ("would rise" 18%), when
    nothing but at most MAX_VERB_CHAIN words, the first of them a verb, stand between; else None."""
    gap = text[low:start]
    words = list(WORD.finditer(text, low, start))
    if not words or len(words) > MAX_VERB_CHAIN or BOUNDARY.search(gap) or start > MAX_TAGGED_CHARS:
        return None
    tag = next((t.tag for t in tag_text(text) if t.start == words[0].start()), "")
    return words[0].start() if is_verb(tag) else None


def _subject_before(text: str, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of the noun group whose verb governs a figure ("the German deficit" ... to fall to 2.9%).

    Read backwards from the figure: prepositional phrases and objects are passed over until a verb has
    been seen; the first noun group followed by that verb chain is the subject. None for pronouns.
    """
    tokens = _clause_tokens(text, start, floor)
    seen_verb = False
    index = len(tokens) - 1
    while index >= 0:
        token = tokens[index]
        if token.tag in GROUP_TAGS and token.tag != "JJ" or token.word in ("'s", "’s"):
            begin = noun_group_before(tokens, index)
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            nominal = any(is_noun(t.tag) for t in tokens[begin : index + 1])  # not just "an" in "an expected"
            # "It was sold in June 2004 to a consortium for $800m": a date is when, never the subject.
            # Nor is another figure ("8 pence at 605 pence"): each figure has its own label.
            nominal = nominal and not any(t.word.lower().rstrip(".") in MONTHS or t.word.lower() in CALENDAR_WORDS
                                          or t.tag == "CD" for t in tokens[begin : index + 1])
            if nominal and seen_verb and after is not None and (is_verb(after.tag) or after.tag in ("TO", "RB")):
                return tokens[_attached_head(tokens, begin)].start, token.end
            # "boosted minimum wages from $38 to $68": the object of a verb of change is what changed.
            object_of_change = (nominal and not seen_verb and begin > 0 and _finite(tokens, begin - 1)
                                and word_before(text, start) in CHANGE_PREPOSITIONS and index == len(tokens) - 2)
            if object_of_change:
                return tokens[begin].start, token.end
            index = begin - 1
            continue
        if _finite(tokens, index) or token.tag == "TO":
            seen_verb = True
        elif token.tag in ("CC", "WDT", "WP", "PRP") or token.word == ",":
            return None  # "and", "which", "he": the subject is not in this clause or is a pronoun
        index -= 1
    return None


def _attached_head(tokens: list[Token], begin: int) -> int:
    """Index where a noun group starts once the noun it is attached to by a preposition is taken in.

    "Inflation in the eurozone stood at 2.1%", "Profits at the bank rose by 12%": the noun group before the
    verb is the object of a preposition; the subject's head is the noun before that (at most
    MAX_ATTACHED_PHRASES prepositions back).
    """
    for _ in range(MAX_ATTACHED_PHRASES):
        link = begin - 1
        while link >= 0 and tokens[link].tag in ("DT", "PRP$"):
            link -= 1  # "in the eurozone": the group was labelled without its determiner
        if link < 1 or tokens[link].word.lower() not in ATTACHING_PREPOSITIONS:
            break
        if not is_noun(tokens[link - 1].tag) or tokens[link - 1].word.lower() in CALENDAR_WORDS:
            break
        begin = noun_group_before(tokens, link - 1)
    return begin


def _subject_past_relative(text: str, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of a subject set off from its verb by a relative clause.

    "Shares in MCI, which changed its name from Worldcom, were up 2.4%": the figure's clause ("were up")
    has a verb and no subject; the subject is the noun group (with one "in"/"of" phrase) before the
    relative clause's comma.
    """
    clause_start, opener = find_clause_start(text, start)
    own = tokens_between(text, clause_start, start)
    if opener != "," or not own or not _finite(own, 0) or any(is_noun(t.tag) for t in own):
        return None
    relative_start, relative_opener = find_clause_start(text, clause_start - 1)
    if relative_opener != "," or relative_start < floor:
        return None
    if not re.match(r"\s*(?:which|who)\s", text[relative_start:clause_start], re.IGNORECASE):
        return None
    noun = noun_before_comma(text, relative_start, floor)
    if noun is None:
        return None
    before = tokens_between(text, floor, noun[0])
    if len(before) >= 2 and before[-1].word.lower() in ("in", "of", "at", "for") and is_noun(before[-2].tag):
        return before[noun_group_before(before, len(before) - 2)].start, noun[1]  # "Shares in MCI"
    return noun


def _opening_phrase(text: str, start: int) -> bool:
    """Whether a name stands in a prepositional phrase opening its clause ("In Paris, ..."), not as an agent."""
    preposition = re.search(r"([\w'’]+)\s+$", text[:start])
    if not preposition or preposition.group(1).lower() not in PREPOSITIONS:
        return False
    return not WORD.search(text, find_clause_start(text, preposition.start())[0], preposition.start())


def _lasting(text: str, start: int) -> bool:
    """Whether a duration says how long its clause lasted ("For five years, UNC denied"; "fall by 12 days").

    Not inside a noun phrase ("our last 25 years together") nor a time frame ("lowest in 60 years"):
    the words around those say more than the clause does.
    """
    clause_start = find_clause_start(text, start)[0]
    before = word_before(text, start)
    return before in LASTING_PREPOSITIONS or not WORD.search(text, clause_start, start)



# A reported clause opening right before a figure: "found that (only) 35% ..."
_REPORTED = re.compile(r"\bthat\s+(?:[a-z]+\s+)?$")

# Nouns a duration after "of" measures: "a sentence of 15 years", "a delay of three hours".
LASTING_NOUNS = word_set("sentence term delay period contract ban suspension wait stint tenure reign career lease")

# A price opening its sentence: "For $89, ..."
_PRICE_OPENING = re.compile(r"\s*(?:for|at)\s+(?:just|only)?\s*$", re.IGNORECASE)
# A figure opening its sentence after "With": "With 30 goals, Messi leads ...", "With more than 45 inches, ..."
_WITH_OPENING = re.compile(r"\s*with\s+$", re.IGNORECASE)


def _of_phrase_end(text: str, end: int) -> int:
    """End of an "of GDP", "of the vote" or "of the £1.3bn" right after a share: it says what the share is of."""
    match = _OF_PHRASE.match(text, end)
    return match.end() if match else end


# "of" then a determiner and a word or an amount: "of GDP", "of the vote", "of its £1.3bn" (never "of the"
# alone, which would leave the label hanging on an article).
_OF_PHRASE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|this|that|our)\s+)?(?!(?:the|its|their|his|her|this|that|our)\b)"
    r"(?:(?P<amount>[$£€¥]?\d[\d,.]*(?:\s?(?:bn|m|tn|billion|million|trillion))?)\b|[A-Za-z][\w'’.-]*)"
)


def reach(text: str, number: Number, figure: Figure, offset: int) -> int:
    """How far a figure's words cover the sentence (local end): an amount a share is of ("97% of the
    £1.3bn") or a whole a count is part of ("seven of 12 starts") is in the label but remains a figure of
    its own."""
    end = figure.spans[0][1] - offset
    if figure.kind == "percent":
        match = _OF_PHRASE.match(text, number.end)
        if match and match.group("amount") and match.end() == end:
            return match.start("amount")
    if figure.kind == "count" and (out_of := _OF_NUMBER.match(text, number.end) or PART_OF.match(text, number.end)):
        return out_of.end()  # "seven of 12 starts", "41 from 38 games": the whole is a figure of its own
    return end


def _not_person(noun: str) -> bool:
    """Whether a head noun names a thing rather than a person (a closed list, then abstract endings)."""
    lower = noun.lower()
    return lower in NON_PERSON_NOUNS or lower.endswith(NON_PERSON_ENDINGS) and lower not in PERSON_NOUNS


def _predicate(text: str, pos: int) -> tuple[int, int] | None:
    """Local span of the verb after a bare count ("at least 100 were injured"), or None if no verb follows."""
    run = word_run(text, pos)
    if not run:
        return None
    first = run[0][2]
    if not first.islower() or not (first in VERBS_AND_ADVERBS or first.endswith("ed")):
        return None
    words = []
    for start, end, word in run[:MAX_LEFT_WORDS]:
        # "Another 20,000 lined the streets": the object's determiner stays inside the predicate
        object_determiner = words and word.lower() in ("the", "a", "an", "their", "its")
        if not object_determiner and (word.lower() in EDGE_WORDS or word.lower() in CALENDAR_WORDS
                                      or not words and not word.islower()):
            break
        words.append((start, end))  # a name as the object stays: "10 recognised Tony Blair", not "10 recognised"
    while words and text[words[-1][0] : words[-1][1]].lower() in EDGE_WORDS:
        words.pop()  # "lined the" at the word limit: no determiner ends it
    if all(text[a:b].lower() in MODIFYING_ADVERBS for a, b in words):
        return None  # "84 not out": adverbs alone are no predicate, and "84 not" would reverse the sense
    return (words[0][0], words[-1][1]) if words else None


def _listed_age(sentence: Sentence, number: Number, start: int, floor: int) -> Figure:
    """An age after "aged": one figure for the whole list, describing the words before "aged"."""
    text = sentence.text
    aged = _AGE_BEFORE.search(text[:start]).start()
    listed = _AGE_LIST.match(text, number.end)
    end = listed.end() if listed else number.end
    left = left_context(text, aged, floor)
    clause_start = find_clause_start(text, aged)[0]
    if re.match(r"\s*who\s", text[clause_start:aged]):
        # "Dame Alicia Markova, who has died in Bath aged 94": the age is of the noun before the relative clause.
        noun = noun_before_comma(text, clause_start, floor)
        if noun is not None:
            return make_figure(sentence, "age", number, "years", None, noun, (aged, end), described=True)
    people = re.search(r"\b([a-z]+)\s+$", text[:aged])
    if left is None and people and (people.group(1) in BARE_PEOPLE or is_plural(people.group(1))):
        # "stabbing three women aged 59, 76 and 84": the people counted right before are whose ages these are.
        return make_figure(sentence, "age", number, "years", None, people.span(1), (aged, end), described=True)
    if left is None:
        # "The suspect, aged 45, was arrested": whose age is the noun before the comma.
        noun = noun_before_comma(text, aged, floor)
        if noun is not None:
            return make_figure(sentence, "age", number, "years", None, noun, (noun[0], end))
        if clause_start > floor and re.match(r"\s*(?:has|have|had|was|is)?\s*[a-z]+ed\b", text[clause_start:aged]):
            # "Cash's manager, Saul Holiff, has died at the age of 79": the subject set off before the verb.
            noun = noun_before_comma(text, clause_start, floor)
            if noun is not None:
                return make_figure(sentence, "age", number, "years", None, noun, (aged, end), described=True)
        return make_figure(sentence, "age", number, "years", None, None, (aged, end))
    clause = tokens_between(text, clause_start, aged)
    name = _LEADING_NAME.match(text)
    # "However, he died aged 80": only proper nouns make the opening name.
    proper = name is not None and all(t.tag in ("NNP", "NNPS") for t in tag_text(text) if t.end <= name.end(1))
    if proper and floor == 0 and any(is_verb(t.tag) for t in clause) and name.end(1) <= clause_start:
        # "Charlie Bell, the former head of McDonald's, has died of cancer aged 44": a verb before "aged"
        # says what happened; the age is of the sentence's subject, the name it opens with.
        return make_figure(sentence, "age", number, "years", None, name.span(1), (aged, end), described=True)
    return make_figure(sentence, "age", number, "years", None, (left, aged), (left, end))


def _after_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word right before a number is a name ("Boeing") rather than "In" or "About".

    A weekday is when, not a name ("On Tuesday 15 people died"); so is a place opening the sentence or
    after a preposition when a plural follows the number ("In London 20 people were hurt").
    """
    match = _CAPITALISED_BEFORE.search(text[:start])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word.endswith(("'s", "’s", "s'", "s’")):
        return False  # "EA Mobile's 30-person team", "Britain's 20 biggest firms": the owner's figure
    if word in STOP_WORDS or word in QUALIFIERS or word in MONTHS or word in CALENDAR_WORDS or word in {"aged", "age"}:
        return False
    if (gz.word_tag(word) or "") in ("RB", "CC", "IN"):
        return False  # "Meanwhile 70 music stars re-recorded it": an adverb opening the sentence is no name
    opening = word_before(text, match.start(1)) in PREPOSITIONS or not text[: match.start(1)].strip()
    return not (opening and plural_after(text, end))


def _is_year(text: str, number: Number, start: int) -> bool:
    """Whether a plain four-digit number is a year: after a cue word, or with no noun after it."""
    if not number.plain or number.unit or number.percent or number.currency:
        return False
    if not FIRST_YEAR <= number.value <= LAST_YEAR or (number.value_max or 0) > LAST_YEAR:
        return False
    before = word_before(text, start)
    if number.decade or before in YEAR_CUES or before.endswith(("'s", "’s")):
        return True
    # A count is followed by a plural ("1500 troops"); a year by nothing or a singular ("a 2001 film").
    noun = noun_phrase(text, number.end, "count")
    return not noun or not any(is_plural(word) for word in text[noun[0] : noun[1]].split())


def _relative_age_noun(text: str, number: Number, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of whose age a number is after "who is" or "who was" ("Ann Lee, who is 45,"), or None."""
    if not (number.plain and 0 < number.value <= MAX_AGE and (
            _AGE_ENDS_CLAUSE.match(text, number.end) or _AT_THE_TIME.match(text, number.end))):
        return None
    relative = _RELATIVE_AGE_BEFORE.search(text, 0, start)
    return noun_before_comma(text, relative.start() + 2, floor) if relative else None


def _is_name_age(text: str, number: Number) -> bool:
    """Whether a number is an age set off after a name ("Mondale, 87, was ...")."""
    return (
        number.plain
        and 0 < number.value <= MAX_AGE
        and number.value_max is None
        and bool(_NAME_COMMA_BEFORE.search(text[: number.start]) or _PERSON_COMMA_BEFORE.search(text[: number.start]))
        and bool(_NAME_COMMA_AFTER.match(text, number.end))
    )


def _is_stated_age(text: str, number: Number, start: int) -> bool:
    """Whether a bare number is an age stated of a person ("Pero was 55.", "He was 19 when he enlisted")."""
    subject = _SUBJECT_WAS_BEFORE.search(text[:start])
    # "When she was eight": after a personal pronoun a spelled number is an age too ("it was eight" is none).
    return (
        (number.plain or number.spelled and subject is not None and subject.group(1).lower() in PERSON_PRONOUNS)
        and 0 < number.value <= MAX_AGE
        and number.value_max is None
        and subject is not None
        and subject.group(1).lower() not in NOT_PERSON_SUBJECTS
        and bool(_AGE_ENDS_CLAUSE.match(text, number.end))
    )


def make_figure(
    sentence: Sentence,
    kind: str,
    number: Number,
    unit: str | None,
    qualifier: str | None,
    counted: tuple[int, int] | None,
    span: tuple[int, int],
    per: str | None = None,
    described: bool = False,
) -> Figure:
    """A figure from local offsets: `counted` is what it counts, `span` its label.

    `described`: `counted` lies outside `span` and the label is "figure — what it counts", two verbatim spans.
    """
    text = sentence.text
    counts = text[counted[0] : counted[1]].strip() if counted else None
    spans = ((sentence.start + span[0], sentence.start + span[1]),)
    label = text[span[0] : span[1]]
    if described and counted:
        spans += ((sentence.start + counted[0], sentence.start + counted[1]),)
        label = f"{label} — {counts}"
    # A measure has a unit ("eight megabit service"): it is no small count, however it is written.
    small_spelled = number.spelled and number.value < SMALL_COUNT and kind not in ("money", "percent", "other")
    definite = small_spelled and _DEFINITE_BEFORE.search(text[: number.start]) is not None
    # "Eleven people died", "a four-month jail sentence": the words of the figure and the few after it.
    nearby = {w.lower() for w in WORD.findall(text[min(span[0], counted[0] if counted else span[0]) : span[1]])}
    nearby.update(w.lower() for w in WORD.findall(text, span[1], min(len(text), span[1] + HARD_WINDOW)))
    nearby.add(word_before(text, span[0]).lower())  # "killing one person"
    named_age = kind == "age" and bool(counts) and counts[:1].isupper()
    # An order of size ("thousands left homeless") ranks below the exact figures readers look for first.
    hard = (bool(nearby & HARD_WORDS) or named_age) and not number.vague
    # Small counts are damped as mostly incidental, but not "two villagers died"; so are counts that give
    # only their order of size ("dozens of countries").
    weight = VAGUE_FACTOR if kind == "count" and (number.value < SMALL_COUNT or number.vague) and not hard else 1.0
    return Figure(kind, number.value, unit, qualifier, counts, sentence.id, spans, label,
                  number.value_max, per, None, weight, small_spelled=small_spelled, definite=definite,
                  hard=hard, play=_run_of_play(text, number.start, number.end, number.value))
