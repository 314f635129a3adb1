"""Word lists, unit and currency tables and patterns shared by the numbers section's readers (sections stage)."""

from __future__ import annotations

import re

# --- Word lists -----------------------------------------------------------------------------------


def word_set(words: str) -> frozenset[str]:
    """A closed word list written as one string."""
    return frozenset(words.split())


# Words saying what befell people counted: killed, or hurt (a count of the one is never a count of the other).
KILLED_WORDS = word_set("dead died die dies killed killing deaths death fatalities")
HURT_WORDS = word_set("injured injuring wounded hurt")
# Words saying a figure counts the dead and injured or a penalty (see numbers.HARD_BONUS).
HARD_WORDS = KILLED_WORDS | HURT_WORDS | word_set(
    """casualties victims missing critical hospitalized hospitalised shot stabbed sentence sentenced jail jailed
    prison imprisonment ban banned fine fined charged charges murder manslaughter convicted homeless displaced
    stranded arrested detained"""
)
# Qualifiers that may stand right before a figure (matched longest first). Negations are among them:
# "not only $150,000 ... but also" or "not 40" shown without them would say the opposite of the text.
QUALIFIERS = (
    "not only", "not just", "not even", "not yet", "not", "never",
    "no fewer than", "no more than", "as many as", "as much as", "as few as", "as little as", "upwards of",
    "in excess of", "within", "just over", "just under", "more than", "less than", "fewer than", "at least", "at most",
    "close to", "nearly", "almost", "up to", "an estimated", "estimated", "about", "around", "roughly",
    "approximately", "some", "over", "under", "below", "above", "only", "just", "a further", "another", "all",
    "an extra", "extra", "an additional", "additional",  # "an extra £500m a year": on top of what there was
    "topped", "exceeded", "surpassed",  # "has topped 40 goals": more than 40
    "a suspended",  # "a suspended two-year prison sentence" is not served: without the word the label says it is
)
PREPOSITIONS = word_set(
    """of in on at to from by with for into onto over under after before during since until against among
    between through across near per via about around without within toward towards upon than as like off out
    up down plus versus vs"""
)
CONJUNCTIONS = word_set(
    """and or but nor so yet while whereas because although though if when where which who whom whose that
    what how why"""
)
DETERMINERS = word_set(
    """the a an this these those his her its their our my your some any each every all both no it he she they
    we you i them him us me there here such other others more most less"""
)
# Adverbs that modify a predicate and are none on their own ("84 not out").
MODIFYING_ADVERBS = word_set(
    "now still also already just only even currently recently then later ago again not never too very"
)
# The commonest auxiliaries, news verbs and adverbs: after a counted noun they start the predicate.
VERBS_AND_ADVERBS = word_set(
    """is are was were be been being am has have had do does did will would can could may might must shall
    should said says say told tell tells according reported reportedly including include includes included got
    get gets went go goes came come comes make makes made take takes took died die dies remain remains remained
    face faces faced left became become becomes won lost need needs want wants"""
) | MODIFYING_ADVERBS
# A phrasal verb's particle: "for locking up people", "due to take off" (trimmed off a date's event like a
# preposition, kept inside a phrase after its verb).
PARTICLES = word_set("off up out down away back over")
# Words that end a counted phrase. Without a tagger, closed lists are the reliable part of the heuristic.
STOP_WORDS = PREPOSITIONS | CONJUNCTIONS | DETERMINERS | VERBS_AND_ADVERBS
# Words an event clause does not start or end with ("... in Kursk on" Aug. 6).
EDGE_WORDS = PREPOSITIONS | CONJUNCTIONS | DETERMINERS
# Rate words after a figure ("1,200 casualties daily"), with the period they stand for.
RATE_WORDS = {
    "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annually": "year", "hourly": "hour",
}
# Endings that make a word an adverb, never part of a counted phrase ("18 allegedly involve").
ADVERB_ENDINGS = ("edly", "ally", "ingly", "ously", "ently", "antly", "ively", "fully", "lessly")
# Ordinal words (first to twentieth): places and counts of wins, with their numbers.
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
# Verbs after which a score is a result ("beat Chelsea 3-1", "won 2-0").
SCORE_VERBS = word_set(
    """beat beats beating beaten won win wins winning lost lose loses losing drew draw defeat defeats defeated
    defeating thrashed thrashing edged edging led leads trailed overcame overcome held routed hammered"""
)
# Calendar words are not what a number counts ("from 1 to 5 Tuesday night", "12 percent last year").
CALENDAR_WORDS = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december last next yesterday today tomorrow"""
)
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")

SPELLED = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Counts that give only their order of size ("dozens of trailers", "tens of thousands of civilians"), with
# the value they stand for in ranking and merging: twice their unit.
VAGUE_COUNTS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
                "tens of thousands": 20_000, "hundreds of thousands": 200_000, "tens of millions": 20_000_000,
                "hundreds of millions": 200_000_000}
# "one" counts before one of these when the dead or injured are meant ("killing one person"; see HARD_WORDS).
ONE_PERSON_NOUNS = word_set(
    """person man woman child boy girl baby teenager resident soldier officer policeman worker student passenger
    civilian firefighter pilot driver patient victim journalist protester dead injured wounded"""
)
# "one" counts a charge too: "charged with one count of fraud", "one charge of murder".
ONE_CHARGE_NOUNS = word_set("count charge")
# Units a lead, a win or a change is measured in: "one" counts before them ("a one-point lead", "one notch",
# "won by one vote"), as any other number does.
MARGIN_NOUNS = word_set("point goal shot stroke wicket seat vote notch level")
# "one" and "a" count only before a scale word ("one million", "a dozen"): alone they are mostly
# pronouns and articles ("one of the", "no one").
SCALE_WORDS = {"dozen": 12, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
# "pounds" alone is a weight in most English news; sterling has its symbol or says so.
CURRENCY_WORDS = {
    "dollars": "USD", "euros": "EUR", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
    "cents": "USD", "pence": "GBP", "us dollars": "USD", "u.s. dollars": "USD",  # looked up in lower case
}


def _with_plurals(units: dict[str, str], irregular: dict[str, str]) -> dict[str, str]:
    """Unit words with their plurals ("inch", "inches"), all mapped to the unit's symbol."""
    forms = dict(units)
    for word, unit in units.items():
        plural = irregular.get(word) or word + ("es" if word.endswith(("ch", "sh", "s", "x")) else "s")
        forms[plural] = unit
    return forms


# Units of time: a number before one is a duration (an age with "old", a relative date with "ago").
TIME_UNITS = _with_plurals(
    {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
     "year": "years", "decade": "decades", "century": "centuries"},
    {"century": "centuries"},
)
# Units of measure: a number before one is a measurement ("other"), not a count of things.
MEASURE_UNITS = _with_plurals(
    {"inch": "in", "foot": "ft", "yard": "yd", "mile": "mi", "meter": "m", "metre": "m", "kilometer": "km",
     "kilometre": "km", "km": "km", "centimeter": "cm", "centimetre": "cm", "cm": "cm", "millimeter": "mm",
     "millimetre": "mm", "kilogram": "kg", "kg": "kg", "gram": "g", "pound": "lb", "lb": "lb", "ounce": "oz",
     "ton": "t", "tonne": "t", "acre": "acre", "hectare": "ha", "degree": "degrees", "liter": "l", "litre": "l",
     "gallon": "gal", "barrel": "barrels", "mph": "mph", "square mile": "sq mi", "square kilometer": "km2",
     "square kilometre": "km2", "cubic meter": "m3", "cubic metre": "m3", "cubic foot": "cu ft",
     "cubic kilometer": "km3", "cubic kilometre": "km3", "cubic hectometer": "hm3", "cubic hectometre": "hm3",
     "hectometer": "hm", "hectometre": "hm", "kilobit": "kbit", "megabit": "Mbit", "gigabit": "Gbit",
     "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB", "terabyte": "TB", "megawatt": "MW", "gigawatt": "GW",
     "kilowatt": "kW", "knot": "kn", "kilometers per hour": "kph", "miles per hour": "mph", "nautical mile": "nmi"},
    {"foot": "feet", "cubic foot": "cubic feet", "km": "km", "cm": "cm", "kg": "kg", "lb": "lbs", "mph": "mph"},
)
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}


# --- Patterns -------------------------------------------------------------------------------------


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so "more than" wins over "more"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


SCALE = alternation(SCALE_WORDS)
# Figures that say only roughly how many or when ("dozens of countries", small counts, "the 1970s") are damped
# by this factor in ranking: readers look for exact figures first.
VAGUE_FACTOR = 0.6
# Time units that "a" or "one" counts as a figure: "for nearly a decade", "one year of hard labour" (not "a day",
# "an hour": those are mostly turns of phrase).
ARTICLE_UNITS = ("week", "month", "year", "decade", "century")
NUMBER = re.compile(
    rf"""
    (?P<currency>(?-i:(?:\b(?:US|AU|A|CA|C|NZ|HK|S))?\$|[€£¥₹]|\b(?:USD|EUR|GBP)\s?))?
    (?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?
        |\b(?:{alternation(w for w, v in SPELLED.items() if v >= 20)})\s(?:one|{alternation(w for w, v in SPELLED.items() if v < 10)})\b(?!-)
        |\b(?:{alternation(SPELLED)})(?:-(?:{alternation(w for w, v in SPELLED.items() if v < 10)}))?\b
        |\b(?:half\s+a|a|one)(?=\s+(?:{SCALE})\b)
        |\bhalf\s+an?(?=\s+(?:second|minute|hour|day|week|month|year|decade|century)\b)
        |\b(?:an?|one)(?=\s+(?:{alternation(ARTICLE_UNITS)})\b(?![-’']))
        |\bone(?=\s+(?:{alternation(ONE_PERSON_NOUNS)})\b)
        |\bone(?=\s+(?:{alternation(ONE_CHARGE_NOUNS)})\s+of\b)
        |\bone(?=[\s-](?:{alternation(MARGIN_NOUNS)})\b)
        |\b(?:{alternation(VAGUE_COUNTS)})\s+of(?=\s+(?!(?:{alternation([*TIME_UNITS, *CURRENCY_WORDS])})\b
            |(?:{SCALE})s?\b)[a-z]))
    (?P<suffix>(?:{alternation(SCALE_SUFFIXES)})(?!\w))?
    (?P<scale>(?:\s+(?:{SCALE})\b)*)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Fractions that state a share ("a third of", "two-thirds of", "half the"), with their values.
FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4, "fifth": 1 / 5,
             "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10}
QUALIFIER_BEFORE = re.compile(rf"(?:^|(?<=[\s(\"“]))({alternation(QUALIFIERS)})\s+$", re.IGNORECASE)
RANGE_OPENER_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# A score: two small numbers joined by a dash, not inside a longer run ("4-6 7-6", "1-2-3").
# Sets of a tennis match are one result: "4-6 7-6 (8-6) 6-4".
_SET = r"\d{1,2}\s?[-–]\s?\d{1,2}(?:\s+\(\d{1,2}[-–]\d{1,2}\))?"
# A score or a set of scores: "2-1", "4-6 7-6 (8-6) 6-4". "4-0," and "4-0." end a score; "4-0.5", "2-3%" and
# "3-4 years" are none. The actors stage reads match reports by it too.
SCORE = re.compile(
    rf"(?<![\d.,/:-])(\d{{1,2}}\s?[-–]\s?\d{{1,2}}(?:(?:\s+\(\d{{1,2}}[-–]\d{{1,2}}\))?,?\s+{_SET})*)"
    r"(?![\d/:]|[.,]\d|\s?[-–]\s?\d|\s?%|\s+percent\b|\s*(?:years?|days?|months?|hours?|weeks?)\b)"
)
# A word: letters (any script) with inner apostrophes and hyphens, or an initialism ("U.S.-based").
WORD = re.compile(r"(?:[^\W\d_]\.){2,}(?:-[^\W\d_]+)*|[^\W\d_](?:[^\W\d_]|['’])*(?:-[^\W\d_]+)*")
# Punctuation that ends a clause; a comma between digits ("1,500") does not.
# An aside set off by dashes, of at most MAX_ASIDE_CHARS characters: "Another four -- including Sukumaran --
# were arrested", "Max Verstappen -- whose father raced in F1 -- was 12th" (no leading or trailing space).
MAX_ASIDE_CHARS = 80
DASHED_ASIDE = rf"(?:--|—|–)\s[^—–]{{1,{MAX_ASIDE_CHARS}}}?\s(?:--|—|–)"
BOUNDARY = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\"“”—–]|\s-{1,2}\s")
