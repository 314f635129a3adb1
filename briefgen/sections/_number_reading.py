"""Reading one number in a sentence (sections stage): its value, range, currency, percent sign or unit."""

from __future__ import annotations

import re
from decimal import Decimal

from .. import gazetteer as gz
from ._figure import Number
from ._figure_words import (
    CURRENCY_WORDS,
    MEASURE_UNITS,
    NUMBER,
    RANGE_OPENER_BEFORE,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SPELLED,
    TIME_UNITS,
    VAGUE_COUNTS,
    alternation,
    word_set,
)
from ._phrases import is_plural, overlaps

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD",
    "S$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
}
# Units written onto their number ("2km", "44.63secs", "155mph"), with their symbols. A bare "m" is
# left out: after a number it is as often millions ("5m people") as metres.
GLUED_UNITS = {
    "km": "km", "cm": "cm", "mm": "mm", "kg": "kg", "ft": "ft", "mph": "mph", "kph": "kph", "km/h": "kph",
    "lb": "lb", "lbs": "lb", "mi": "mi", "sec": "seconds", "secs": "seconds", "min": "minutes", "mins": "minutes",
    "hr": "hours", "hrs": "hours", "gb": "GB", "mb": "MB", "tb": "TB", "mbps": "Mbps", "kbps": "kbps",
    "ghz": "GHz", "mhz": "MHz", "mw": "MW", "gw": "GW", "kw": "kW", "ha": "ha",
}
# Races measured in metres: "the 60m hurdles" is a distance, not 60 million hurdles.
METRE_EVENTS = word_set("hurdles relay freestyle butterfly backstroke breaststroke medley steeplechase")
_GLUED_UNIT = re.compile(rf"({alternation(GLUED_UNITS)})(?![\w/])", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+|\s+or\s+", re.IGNORECASE)
_PERCENT = re.compile(r"\s?(?:%|percent\b|per\s+cent\b)|\s+(?:percentage\s+points?)\b", re.IGNORECASE)
_CURRENCY_WORD = re.compile(rf"\s+({alternation(CURRENCY_WORDS)})\b", re.IGNORECASE)
_UNIT = re.compile(
    rf"(?P<sep>\s+|-)(?P<unit>{alternation(TIME_UNITS)}|{alternation(MEASURE_UNITS)})\b"
    r"(?P<old>-old\b|\s+old\b|\s+of\s+age\b)?(?P<ago>\s+ago\b)?",  # "19 years of age" is an age too
    re.IGNORECASE,
)
# Units of the second part of a length in two units, written out or glued ("49.89secs").
SMALLER_TIME_UNITS = {**TIME_UNITS, **{k: v for k, v in GLUED_UNITS.items() if v in TIME_UNITS.values()}}
_SMALLER_TIME = re.compile(
    # "two hours and 40 minutes", "three minutes 49.89secs" (a race time in words)
    rf"\s+(?:and\s+(?:\d+|{alternation(SPELLED)}|a|an|one)\s+|\d{{1,2}}(?:\.\d{{1,3}})?\s?)"
    rf"({alternation(SMALLER_TIME_UNITS)})\b(?!-)",
    re.IGNORECASE,
)


# A length of time said to be after or before something: "three days earlier", "a year later", "Eight years
# on,", "in two weeks' time".
# ("A decade on," only before a comma: "three days on the run" is no time after anything.)
_LATER = re.compile(r"\s+(?:later|earlier)\b|\s+on(?=\s*,)|(?<=s)['’]\s+time\b", re.IGNORECASE)
# A decade: a year ending in 0 with a plural "s" ("the 1960s"; not "1960s-era"'s hyphen, which stays a decade).
_DECADE = re.compile(r"1[0-9]\d0|20\d0")
_DECADE_S = re.compile(r"s(?![\w'’])")
_NEXT_DECADE = re.compile(
    r"\s+(?:and|to|through|or)\s+(?:the\s+)?(?:(?P<year>1[0-9]\d0|20\d0)|['’](?P<short>\d0))s(?![\w'’])"
)

# Before "a"/"one" and a time unit, the words that make it a rate or a frequency ("two a month", "twice in a
# week", "$5 a year"): a number, "once", "twice", "times", "per", "every".
_RATE_BEFORE = re.compile(
    rf"(?:\d[\d,.]*%?|\b(?:once|twice|thrice|times|per|every|{alternation(SPELLED)}))\s+(?:in\s+)?$", re.IGNORECASE
)


def read_number(text: str, match: re.Match, taken: list[tuple[int, int]]) -> Number | None:
    """A number with its range partner, percent sign, currency word or unit; None if it is no figure."""
    raw = match.group("number")
    currency = match.group("currency")
    if not currency and not free_before(text, match.start("number")):
        return None
    after = match.end("suffix") if match.group("suffix") else match.end("number")
    pence = re.match(r"p\b", text[after:]) if raw[0].isdigit() and not currency and not match.group("suffix") else None
    if pence:  # "rose 3p to 250p": pence written onto the number
        value = float(Decimal(raw.replace(",", "")) / 100)
        return Number(match.start(), after + 1, value, None, False, False, "GBP")
    glued = _GLUED_UNIT.match(text, after) if raw[0].isdigit() and not match.group("suffix") else None
    if glued and not currency:
        # "2km radius", "44.63secs", "10,000m" stays out (metres or millions): a unit written onto its number.
        value = _value(raw, "", match.group("scale"))
        unit = GLUED_UNITS[glued.group(1).lower()]
        return Number(match.start(), glued.end(), value, None, False, False, None, unit=unit, hyphenated=True)
    if _DECADE.fullmatch(raw) and not currency and _DECADE_S.match(text, after):
        # "the 1960s", "the mid-1990s": a decade is the span of its ten years, read as a year range
        value = float(raw)
        # "the 1970s and 1980s", "the 1970s and '80s": two decades in a row are one span
        later = _NEXT_DECADE.match(text, after + 1)
        last = value + 9
        if later:
            digits = later.group("year") or raw[:2] + later.group("short")
            last = max(last, float(digits) + 9)
        return Number(match.start(), later.end() if later else after + 1, value, last, True, False, None, decade=True)
    # Letters or digits glued on the right make an id, a code or an ordinal ("19th", "3D", "9/11").
    if after < len(text) and (text[after].isalnum() or text[after] in "/:" and text[after + 1 : after + 2].isdigit()):
        return None
    suffix = (match.group("suffix") or "").lower()
    scaled_count = suffix in ("m", "mn", "bn") and not currency and plural_after(text, after)
    if suffix and not currency and not _CURRENCY_WORD.match(text, after) and not scaled_count:
        # "5k", "3m" without a currency are sizes or codes ("the 100m final"), not scaled figures; "5.65bn
        # euros" is money and "2.5m people" a count in millions.
        return None
    spelled = not raw[0].isdigit()
    if raw.lower() in ("a", "an", "one") and not match.group("scale") and _RATE_BEFORE.search(text, 0, match.start()):
        return None  # "one or two a month", "twice in a week": a rate or a frequency, not a length of time
    before = text[: match.start()].rstrip()
    if spelled and raw[0].isupper() and before and (before[-1].isalnum() or before[-1] in ",;"):
        return None  # a capitalised number inside a clause is part of a name ("Three Mile Island")
    if spelled and raw[0].isupper() and before[-1:] in ('"', "“", "‘") and re.match(r"\s+[A-Z]", text[match.end() :]):
        return None  # a quoted title opening with a number ("Fifty Shades of Grey") counts nothing
    plain = raw.isdigit() and not currency and not match.group("scale").strip()
    value = _value(raw, suffix, match.group("scale"))
    number = Number(match.start(), match.end(), value, None, plain, spelled, _currency_code(currency))
    number.vague = spelled and raw.lower().endswith("of")
    _read_range(text, match, number, taken)
    if number.value_max is None and re.match(r"\s*[-–]\s*\d", text[number.end :]):
        return None  # "a 2-1 victory": a score or an id, not a range
    _read_unit(text, number)
    compound = _compound_count(text, number.end) if number.unit is None else None
    if compound and number.value_max is None:
        # "a 12-member firing squad", "a 42-count indictment", "a two-goal lead": the number counts the
        # compound's noun and describes the noun after it.
        number.end, number.hyphenated = compound.end(), True
        return number
    if number.unit is None and re.match(r"-[A-Za-z]", text[number.end :]):
        return None  # "7-Eleven", "G-20": a number inside a name
    return number


# A number's compound with a singular noun before another noun: "12-member firing squad", "two-goal lead",
# "30-person team", "134-page order", "three-set win". The noun is one the lexicon tags as a common noun,
# or one of COMPOUND_NOUNS (words it tags otherwise); "two-way street", "three-time champion", "five-star
# hotel", "two-state solution" are set phrases that count nothing.
_COMPOUND = re.compile(r"-([a-z]+)(?=\s+[a-z])")
COMPOUND_NOUNS = word_set("strong set run")
COMPOUND_IDIOMS = word_set("way time star state fold stop size")


def _compound_count(text: str, end: int) -> re.Match | None:
    """The hyphenated noun glued onto a number at `end` when the two make a count before another noun."""
    compound = _COMPOUND.match(text, end)
    if compound is None or compound.group(1) in COMPOUND_IDIOMS:
        return None
    part = compound.group(1)
    return compound if part in COMPOUND_NOUNS or gz.word_tag(part) == "NN" else None


def plural_after(text: str, pos: int) -> bool:
    """Whether the word after `pos` is a plural noun ("2.5m people", "4m copies")."""
    word = re.match(r"\s+([a-z][\w'’-]*)", text[pos:])
    return bool(word) and is_plural(word.group(1)) and word.group(1) not in METRE_EVENTS


def free_before(text: str, start: int) -> bool:
    """Whether nothing glued on the left makes a number part of a word, a name or a footnote."""
    if start == 0:
        return True
    before = text[start - 1]
    if before.isalnum() or before in "._/:'’#":
        return False  # "G7", "movement.2", "9/11", "'90s", "#1"
    if before == "-":
        word = re.search(r"([A-Za-z]+)-$", text[:start])
        return bool(word) and word.group(1).lower() == "mid"  # "COVID-19", "F-16" are names; "mid-2014" a date
    return True


def _value(raw: str, suffix: str, scale: str) -> float:
    """What a number's words stand for ("4.5" "bn" -> 4.5e9, "twenty-five" -> 25, "a" "dozen" -> 12)."""
    if raw[0].isdigit():
        value = Decimal(raw.replace(",", ""))
    elif re.fullmatch(r"[a-z]+[-\s][a-z]+", raw.lower()) and re.split(r"[-\s]", raw.lower())[0] in SPELLED:
        tens, ones = re.split(r"[-\s]", raw.lower())  # "twenty-five", "Fifty nine"
        value = Decimal(SPELLED[tens] + SPELLED.get(ones, 1))
    elif (vague := re.sub(r"\s+", " ", raw.lower()).removesuffix(" of")) in VAGUE_COUNTS:
        value = Decimal(VAGUE_COUNTS[vague])
    else:
        # "a" and "one" before a scale word; "half a million" is half of one.
        value = Decimal("0.5") if raw.lower().startswith("half") else Decimal(SPELLED.get(raw.lower(), 1))
    return _scaled(value, suffix, scale)


def _scaled(value: Decimal | float, suffix: str, scale: str) -> float:
    """A value times its scale suffix and words, in decimal so that "4.1 million" is 4100000.0 exactly."""
    product = Decimal(str(value)) * Decimal(SCALE_SUFFIXES.get(suffix, 1))
    for word in scale.split():
        product *= Decimal(SCALE_WORDS[word.lower()])
    return float(product)


def _currency_code(symbol: str | None) -> str | None:
    return CURRENCY_SYMBOLS[symbol.strip()] if symbol else None


def _read_range(text: str, match: re.Match, number: Number, taken: list[tuple[int, int]]) -> None:
    """Extend a number into a range ("10 to 12", "$10-12 million", "between 57% and 73%")."""
    percent = _PERCENT.match(text, number.end)
    join = _RANGE_JOIN.match(text, percent.end() if percent else number.end)
    if not join:
        return
    if join.group().strip().lower() == "and" and not RANGE_OPENER_BEFORE.search(text[: match.start()]):
        return  # "and" makes a range only after "between"; otherwise it joins two figures
    second = NUMBER.match(text, join.end())
    # Both ends are digits or both are words: "10 to 12", "two to three", never "one to 3".
    if not second or overlaps(second.span(), taken) or second.group("number")[0].isdigit() == number.spelled:
        return
    if percent and not _PERCENT.match(text, second.end()):
        return  # "57% to 60 people" is two figures; "57% and 73%" one range of shares
    suffix = (second.group("suffix") or "").lower()
    high = _value(second.group("number"), suffix, second.group("scale"))
    low = number.value
    if not match.group("scale").strip() and not match.group("suffix"):
        # "10 to 12 million", "$10-12bn": the scale written once applies to both ends.
        low = _scaled(low, suffix, second.group("scale"))
    if high <= low:
        return  # "2-1", "10 to 5": a score or a countdown, not a range
    number.value, number.value_max, number.end = low, high, second.end()
    number.dashed = not join.group().strip().isalpha()
    number.currency = number.currency or _currency_code(second.group("currency"))
    number.plain = number.plain and second.group("number").isdigit() and not second.group("scale").strip()


def _read_unit(text: str, number: Number) -> None:
    """Attach what follows the number and says what kind of figure it is: %, a currency word or a unit."""
    percent = _PERCENT.match(text, number.end)
    if percent:
        number.percent, number.end = True, percent.end()
        return
    if number.currency is None:
        word = _CURRENCY_WORD.match(text, number.end)
        if word:
            number.currency, number.end = CURRENCY_WORDS[word.group(1).lower()], word.end()
            if word.group(1).lower() in ("cents", "pence"):
                number.value = float(Decimal(str(number.value)) / 100)
                number.value_max = float(Decimal(str(number.value_max)) / 100) if number.value_max else None
            return
        unit = _UNIT.match(text, number.end)
        if unit:
            name = unit.group("unit").lower()
            number.unit = TIME_UNITS.get(name) or MEASURE_UNITS[name]
            # "12 year-old girl" is written with a space as often as "12-year-old girl".
            number.hyphenated = unit.group("sep") == "-" or (unit.group("old") or "").startswith("-")
            number.old, number.ago = bool(unit.group("old")), bool(unit.group("ago"))
            number.end = unit.end()
            rest = _SMALLER_TIME.match(text, number.end) if name in TIME_UNITS and not unit.group("old") else None
            if rest and SMALLER_TIME_UNITS[rest.group(1).lower()] != number.unit:
                # "two hours and 40 minutes", "17 years and 166 days": one length in two units (the value
                # stays the first unit's count; the label shows both).
                number.end = rest.end()
            relative = _LATER.match(text, number.end) if name in TIME_UNITS and not unit.group("old") else None
            if relative:  # "three days earlier", "Two years later": how long after is read with the length
                number.end, number.relative = relative.end(), True
