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
from ._dates import MAX_EVENT_WORDS, YEAR_FACTOR, dated_figure, event_clause, find_dates, trim, year_figure
from ._figure import Figure, Number
from ._figure_words import (
    BOUNDARY,
    CALENDAR_WORDS,
    EDGE_WORDS,
    FRACTIONS,
    HARD_WORDS,
    MEASURE_UNITS,
    MODIFYING_ADVERBS,
    MONTHS,
    NUMBER,
    ORDINALS,
    PREPOSITIONS,
    QUALIFIER_BEFORE,
    QUALIFIERS,
    RANGE_OPENER_BEFORE,
    RATE_WORDS,
    SCALE_WORDS,
    SCORE,
    SCORE_VERBS,
    SPELLED,
    STOP_WORDS,
    TIME_UNITS,
    VAGUE_COUNTS,
    VERBS_AND_ADVERBS,
    WORD,
    alternation,
    word_set,
)
from ._number_reading import free_before, plural_after, read_number
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
    overlaps,
    stated_predicate,
    tokens_between,
    word_before,
    word_run,
)
from ._tags import MAX_TAGGED_CHARS, Token, is_noun, is_verb, tag_text

KEY = "numbers"
TITLE = "Numbers"

# --- Heuristic thresholds -------------------------------------------------------------------------

# Four-digit numbers in this range may be years ("in 1799", "the 2012 attack"); without a cue word
# before them and with a noun after them they are counts ("1500 troops").
FIRST_YEAR, LAST_YEAR = 1000, 2100
# A number after a name and a comma reads as an age ("Mondale, 87,") only within human ages.
MAX_AGE = 120

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
# A rank ("World number 46") is background more often than news, like a small count.
RANK_FACTOR = 0.6
# Small counts ("two candidates", "5 key issues") are often incidental, but not always ("five dead"):
# they are damped, not sent to the end.
SMALL_COUNT = 10
SMALL_COUNT_FACTOR = 0.6
# The dead and injured, penalties, and named people's ages are what a reader of the story looks for,
# as much as its money: they rank with money and shares (a sum of money needs no bonus of its own).
HARD_BONUS = 0.3
# A headline's figures repeat the body's; one there marks its body figure as central, worth as much as
# two more mentions in the body.
HEADLINE_BONUS = 2 * REPEAT_BONUS

# A subject this many words before its figure still reads as one line with it ("Repairs will cost $2
# million"); further away the label becomes "figure — subject".
MAX_SUBJECT_SPAN = 5
# A verbless aside after a figure ("up 14% from") is this short; longer, it says something of its own.
MAX_ASIDE_WORDS = 4

# --- Word lists -----------------------------------------------------------------------------------

# How far after a figure (characters) its predicate may say it is one of those ("11 people were killed").
HARD_WINDOW = 30
# Prepositions before a duration that say its clause lasted that long or changed by it ("for five years").
LASTING_PREPOSITIONS = word_set("for after over during within throughout by")
# Prepositions that attach a noun group to the head noun of a subject ("Inflation in the eurozone"), and
# how many such phrases a subject may carry before it reads as a clause of its own.
ATTACHING_PREPOSITIONS = word_set("of in at for on from")
MAX_ATTACHED_PHRASES = 2
# Prepositions that give a figure as the new or old level of what a verb changed ("raised prices by 5%").
CHANGE_PREPOSITIONS = word_set("from to by")
# What a share is "of" without being what it measures: "a deficit of 2.9% of GDP" measures the deficit.
BASE_NOUNS = word_set("gdp output income earnings revenue revenues turnover total")
# Nouns that make a score or an ordinal a result ("a 4-2 victory", "11th place", "his sixth win"), not a
# sequence ("the third quarter") or a range ("10-12 people").
RESULT_NOUNS = word_set(
    """victory victories win wins defeat defeats loss losses draw lead scoreline triumph success place position
    spot finish title titles crown medal film album demolition thrashing rout drubbing hammering romp"""
)
# ... and an ordinal a place ("came fourth", "finished 12th").
PLACE_VERBS = word_set("finished finishes finish came comes placed ranked ranks ended qualified qualifies started")
# ... or, with "to", a change of place ("moved up to fourth", "slipped to 13th").
MOVE_VERBS = word_set("moved moves rose rises climbed climbs slipped slips dropped drops fell falls jumped jumps went")
# Words linking a noun to the amount it has: "contracts worth $3bn", "a budget of €4.2 billion".
AMOUNT_LINKS = word_set("worth of at costing totalling totaling valued")
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

# --- Patterns -------------------------------------------------------------------------------------

_FRACTION = re.compile(
    r"\b(?:(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)"
    r"|(?:two|three|four|nine)[\s-](?:thirds|quarters|fifths|tenths)"
    r"|half)"
    r"(?=\s+(?:of|the|those|these|its|their|his|her|our|all)\b"
    r"|\s+(?:were|are|said|say|have|had|think|thought|believe|believed|want|wanted)\b)",  # "About half were"
    re.IGNORECASE,
)
# A share of a number of things: "half of 2,000 people", "a quarter of 14-16 year olds".
_SHARE_OF_NUMBER = re.compile(r"(?<!\bout\s)\bof\s+(?:about\s+|some\s+)?(\d)")  # not "four out of 10"
# "the second half", "the other half", "its bottom half": a determiner and a word before "half" make it a part.
_PART_HALF_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that)\s+[a-z]+\s+$", re.IGNORECASE)
# A share as so many in so many: "one in six knew", "four out of 10 voters".
_RATIO = re.compile(
    rf"\b(?P<part>\d{{1,2}}|one|{alternation(SPELLED)})\s+(?:in|out\s+of)\s+(?P<whole>\d{{1,3}}|{alternation(SPELLED)})\b"
    rf"(?![,.]?\d|\s+(?:{alternation(TIME_UNITS)})\b)",  # "one in 10 minutes" is a time
    re.IGNORECASE,
)
# Numbers that are not figures: clock times, phone numbers, slashed dates and codes ("9/11", "24/7").
_NOT_FIGURES = re.compile(
    r"""\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b)
       |(?<![:\d])\b\d{1,2}:\d{2}\b(?![.:]\d)
       |\(?\b\d{3}\)?[-.\s]\d{3}[-.]\d{4}\b
       |\b\d+(?:[/.]\d+){2,}\b|\b\d+/\d+\b""",
    re.IGNORECASE | re.VERBOSE,
)
_RATE = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year|hour)\b(?!\s+ago\b)"  # not "a year ago"
    rf"|(?P<adverb>{alternation(RATE_WORDS)})\b)",
    re.IGNORECASE,
)
# "in the past two years": a time frame before a duration makes it a relative date, like "ago".
_TIME_FRAME_BEFORE = re.compile(r"\b(?:in|over|during|within)\s+the\s+((?:past|last|previous)\s+)$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|(?:at\s+the\s+)?(?:age|ages))(?:\s+of)?\s+$", re.IGNORECASE)
# "on 4 or 5 April": a day before a joined date belongs to it.
_DAY_JOIN = re.compile(r"\s*(?:-|–|,|\s+or|\s+and|\s+to)\s*")
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
    r"(?:\s+[a-z][\w'’-]*){1,2})"
)
# Nouns of people that say nothing of what befell them: "14 people" needs its verb ("killing 14 people").
BARE_PEOPLE = frozenset("people persons men women children adults individuals residents".split())
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
_APPOSITION_NAME_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?!(?:{alternation(w.capitalize() for w in STOP_WORDS)})\s)"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:the|a|an|[\w.]+['’]s)\s+(?:[a-z][\w'’-]*\s+){0,2}$"
)
# A rank: "World number 46", "British number one", "No. 1".
_RANK = re.compile(
    rf"\b(?:(?:[Ww]orld|British|European|[Ss]eeded)\s+)?(?:[Nn]umber|No\.)\s+(\d{{1,4}}|one|{alternation(SPELLED)})\b"
    r"(?![-\d,.]\d)"
)
_ORDINAL = re.compile(rf"\b(?:\d{{1,3}}(?:st|nd|rd|th)|{alternation(ORDINALS)})\b", re.IGNORECASE)
# A place standing alone after a name: "Max Verstappen was 12th.", "with Valtteri Bottas sixth and ..."
_PLACED_NAME_BEFORE = re.compile(
    r"(?:\b(?:with|while|and|but|as)\s+|^|[,;]\s+|-year-old\s+)"  # "Dutch 17-year-old Max Verstappen was 12th"
    r"((?:[A-Z][\w'’.-]*\s+){1,3})(?:(?:was|were|is)\s+)?$"
)
_PLACE_ALONE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|\s+(?:and|in|on|at|with|for|behind|ahead|after)\b)")
# What a result is a result of: "victory", "win", "lead", "place" (maybe after an adjective or a name:
# "34th career victory", "24th Bond film", "sixth straight win").
_RESULT_NOUN_AFTER = re.compile(
    # the words between describe the result, they do not start a phrase ("fourth with a win" is no "win")
    rf"(\s+(?:(?!(?:{alternation(EDGE_WORDS)})\s)[\w'’-]+\s+){{0,2}}?(?:{alternation(RESULT_NOUNS)}))\b",
    re.IGNORECASE
)
# One word after the preposition: "on penalties", "in the 1500m", never "in Manchester three days later".
_RESULT_TAIL = re.compile(
    # not "in Saturday's", nor "in 7" of "in 7:46.78"
    r"\s+(?:on|in|at|over|against)\s+(?:the\s+)?[\w-]+(?<!['’]s)(?=[,.;:!?](?!\d)|\s+(?![A-Z])|$)"
)
_SCORE_VERB_BEFORE = re.compile(
    # "beat British rival Greg Rusedski 4-6 7-6 6-4": the opponent, maybe described, between verb and score.
    rf"\b(?:{alternation(SCORE_VERBS)})\s+(?:(?:[A-Z][\w'’.-]*|the|their|his|her|its|[a-z]+)\s+){{0,4}}$"
)
_PLACE_VERB_BEFORE = re.compile(
    # "came fourth", "finished joint 12th", "finished a solid third", "moved up to fourth", "slipped to 13th"
    rf"\b({alternation(PLACE_VERBS)})\s+(?:(?:in|joint|equal|an?(?:\s+[a-z]+)?)\s+)?$"
    rf"|\b({alternation(MOVE_VERBS)})\s+(?:(?:up|down|back)\s+)?to\s+(?:joint\s+|equal\s+)?$",
    re.IGNORECASE,
)
# A race time: minutes and seconds with their fraction ("7:46.78", "1:59.4") or hours, minutes and seconds
# ("2:04:55"); a time of day ("7:30") has neither.
_RACE_TIME = re.compile(r"(?<![\d:.,])(?:\d{1,2}:\d{2}\.\d{1,3}|\d:\d{2}:\d{2}(?:\.\d{1,3})?)(?![\d:]|\.\d)")
# Before an ordinal of a series: a determiner or a possessive ("the fifth portrait", "Williams' sixth title").
# ("a third ticket", "a second chance" mean one more, not a place in a series)
_SERIES_BEFORE = re.compile(r"(?:\b(?:the|his|her|its|their|our)|['’]s?)\s+$", re.IGNORECASE)
# Parts of a time, a game or a building that ordinals number without making a figure of them.
SEQUENCE_PARTS = word_set("quarter half time times round period set innings leg stage floor grade generation "
                           "place minute minutes lap laps gear leg row line phase part chapter")
# A rank among the like: "the world's fourth biggest bank", "the second most important market", "the
# third fastest 400m"; a streak: "the sixth successive season", "his 32nd career hat-trick".
_SUPERLATIVE_AFTER = re.compile(r"\s+(?:(?:most|least)\s+(?=[a-z]+\s)|(?=[a-z]+est\s|best\s|worst\s))")
_STREAK_AFTER = re.compile(r"\s+(?:successive|consecutive|straight|career)\s+(?=[a-z])", re.IGNORECASE)
# Who holds a place, named after it: "third-placed Felipe Massa", "fourth-placed Valencia".
_PLACED_NAME_AFTER = re.compile(r"-placed\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")
# Who placed: capitalised words ("Dani Barnes"), not a sentence-opening gerund ("Having finished seventh").
_PLACE_SUBJECT_BEFORE = re.compile(
    r"(?:(?:(?![A-Z][a-z]*ing\b)[A-Z][\w'’.-]*\s+){1,4}|\b(?:he|she|they|we|it)\s+)"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?$"  # "Roma were held 0-0"
)
_MULTIPLE = re.compile(
    rf"\b(?:(?P<factor>twice)|(?P<times>(?:\d+(?:\.\d+)?|{alternation(SPELLED)})\s+times))\s+"
    r"(?P<what>as\s+[a-z]+\s+as|(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+than)"
    r"(?:\s+(?:the|a|an|any|its|their)\b)?(?:\s+[\w'’-]+){1,3}",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|both|its|their|his|her|our)\s+$", re.IGNORECASE)
# "her son, 11," — a person named by a common noun, then an age set off by commas.
_PERSON_COMMA_BEFORE = re.compile(rf"\b({alternation(PERSON_NOUNS)}),\s+$", re.IGNORECASE)
# "Pero was 55." — a name or pronoun, "was" or "is", then the age ending the sentence or its clause.
_SUBJECT_WAS_BEFORE = re.compile(r"(?:^|[\s\"“(])([A-Z][\w'’.-]*|he|she)\s+(?:was|is)\s+$")
_AGE_ENDS_CLAUSE = re.compile(r"\s*(?:[.!]?[\"”]?\s*$|,|;|\s+when\b)")

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
    for figure in _results(sentence, taken) + _multiples(sentence, taken) + _fractions(sentence, taken):
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
        figure = None if conversion else _classify(sentence, number, floor)
        if figure is not None and number.spelled and number.value == 1 and not figure.hard:
            figure = None  # "one woman told CNN": one person is a figure only when harmed ("killing one person")
        if figure is None and not conversion:
            figure = _elided_count(sentence, number, figures, floor)
        if figure is not None and len(figure.spans) == 1:
            figure = _with_verb_before(sentence, _with_comparison(sentence, figure))
        # A figure may reach past its number ("aged 59, 76 and 84"): what it covers is not read again.
        taken.append((number.start, max(number.end, _reach(text, number, figure, sentence.start) if figure else 0)))
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
    return _figure(sentence, "count", number, None, None, noun, (left if left is not None else number.start,
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


def _classify(sentence: Sentence, number: Number, floor: int) -> Figure | None:
    """The figure a number makes in its sentence: its kind, qualifier and what it counts; None if none."""
    text = sentence.text
    qualifier = QUALIFIER_BEFORE.search(text[: number.start])
    start = qualifier.start(1) if qualifier else number.start
    qualifier_text = qualifier.group(1).lower() if qualifier else None
    opener = RANGE_OPENER_BEFORE.search(text[:start])
    if number.value_max is not None and opener:
        start = opener.start()  # keep "between" with "between 10 and 12"
    if number.plain and not number.old and _after_name(text, start, number.end):
        # "Boeing 737", "Apollo 11", "Euro 2016": a number after a name is part of it ("Dutch 17-year-old" is an age)
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
        weight = SMALL_COUNT_FACTOR if number.value < SMALL_COUNT else 1.0
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
        return _figure(sentence, "age", number, "years", None, (begin, name.end(1)), (begin, number.end))
    elif (noun := _relative_age_noun(text, number, start, floor)) is not None:
        return _figure(sentence, "age", number, "years", None, noun, (noun[0], number.end))
    elif _is_stated_age(text, number, start):
        subject = _SUBJECT_WAS_BEFORE.search(text[:start])
        return _figure(sentence, "age", number, "years", None, subject.span(1), (subject.start(1), number.end))
    else:
        kind, unit = "count", None
    if kind == "count" and word_before(text, start) in RANK_WORDS:
        return None  # "a top four place", "the top 10", "World No. 1": a rank, not a count
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
        return _figure(sentence, kind, number, unit, qualifier, counted, span, None)
    # After a spaced unit only a prepositional phrase says what it measures ("35 years in prison",
    # not "five hours driving"); after "10-year" the noun does ("10-year sentence").
    after_unit = number.unit is not None and not number.hyphenated
    # "155 mph (250 kph) winds": the noun follows a measure's conversion; a count's brackets say something else.
    conversion = _CONVERSION.match(text, number.end) if kind != "count" else None
    counted = noun_phrase(text, conversion.end() if conversion else number.end, kind, after_unit)
    rate = _RATE.match(text, counted[1] if counted else number.end)
    if rate and not counted:
        counted = noun_phrase(text, rate.end(), kind, after_unit)  # "£250,000 a week in wages"
    per = None
    if rate:
        per = rate.group("unit").lower() if rate.group("unit") else RATE_WORDS[rate.group("adverb").lower()]
    end = max(counted[1] if counted else number.end, rate.end() if rate else 0)
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
    if kind == "age" and head not in PERSON_NOUNS:  # "In Paris, a 54-year-old man": the man is 54
        named = _APPOSITION_NAME_BEFORE.search(text, max(floor, start - 80), start)
        if named and not _opening_phrase(text, named.start(1)):  # "In Paris, the 54-year-old"
            # "Zhong Ying, the group's 32-year-old deputy secretary general": the age is the named person's.
            return _figure(sentence, kind, number, unit, qualifier, named.span(1), (named.start(1), end), per)
        name = _NAME_COMMA_BEFORE.search(text[:start]) if not counted else None
        if name:  # "Leroy Sane, just 19 years of age,": the age is the named person's
            return _figure(sentence, kind, number, unit, qualifier, name.span(1), (name.start(1), end), per)
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
        return _figure(sentence, kind, number, unit, qualifier, owner, (owner[0], end), per)
    if counted and kind == "count" and head in BARE_PEOPLE:
        # "killing 14 people", "14 people were killed": a count of people says what befell them.
        verb = _VERB_BEFORE.search(text, max(floor, start - VERB_REACH), start)
        if verb is not None:
            return _figure(sentence, kind, number, unit, qualifier, counted, (verb.start(1), end), per)
        stated = stated_predicate(text, end)
        if stated is not None:
            return _figure(sentence, kind, number, unit, qualifier, counted, (start, stated[1]), per)
    if kind == "duration" and (since := _first_in_before(text, start, floor)) is not None:
        # "a first defeat in 14 years", "the lowest level in a decade": what the time has not seen
        return _figure(sentence, kind, number, unit, qualifier, since, (since[0], end), per)
    if counted and kind == "duration" and (allowed := _purpose_after(text, end)) is not None:
        # "five business days to respond to the order": what the time is given for
        return _figure(sentence, kind, number, unit, qualifier, allowed, (start, allowed[1]), per)
    if counted:
        return _figure(sentence, kind, number, unit, qualifier, counted, (start, end), per)
    if kind == "count" and number.spelled and not number.dashed:
        # "where three were listed in critical condition", "two died": a spelled number whose own predicate
        # says what befell them counts people; otherwise it is a pronoun ("the two", "two of them").
        stated = stated_predicate(text, end)
        if stated is None and (those := _OF_THEM_WERE.match(text, number.end)) is not None:
            # "Nineteen of them were tourists": what the pronoun's people were is what is counted
            return _figure(sentence, kind, number, unit, qualifier, those.span(1), (start, those.end(1)), per)
        if stated is None:
            return None
        return _figure(sentence, kind, number, unit, qualifier, stated, (start, stated[1]), per)
    if kind == "count" and number.dashed:
        return None  # a dashed pair is a score ("lost 1-6")
    predicate = _predicate(text, end) if kind == "count" else None
    if predicate:
        return _figure(sentence, kind, number, unit, qualifier, predicate, (start, predicate[1]), per)
    # "$515m (£277m) to settle an investigation": the purpose may follow the bracketed conversion.
    purpose = _purpose_after(text, conversion.end() if conversion and end == number.end else end) if (
        kind == "money") else None
    if purpose:  # "$335,000 to settle her lawsuit": what the money is for
        return _figure(sentence, kind, number, unit, qualifier, purpose, (start, purpose[1]), per)
    if kind == "duration" and _lasting(text, start):
        # "For nearly five years, UNC denied those claims": what lasted is the clause, as for a date.
        event = event_clause(text, start, end, floor)
        if event is not None:
            return _figure(sentence, kind, number, unit, qualifier, event, (start, end), per, described=True)
    if kind == "money" and _PRICE_OPENING.match(text[:start]) and text[end:].lstrip().startswith(","):
        # "For $89, Kyle Waring will ship you 6 pounds of snow": the price of what the clause after it does.
        event = event_clause(text, start, end, floor)
        if event is not None:
            return _figure(sentence, kind, number, unit, qualifier, event, (start, end), per, described=True)
    destination = _DESTINATION.match(text, end) if kind == "money" else None
    if destination is not None:  # "€2.6 billion, would go to dikes, storm barriers and drainage works"
        return _figure(sentence, kind, number, unit, qualifier, destination.span(1), (start, destination.end(1)), per)
    owner = _owner_before(text, start, floor)
    if owner is not None:  # "contracts worth $3bn", "a budget of €4.2 billion"
        return _figure(sentence, kind, number, unit, qualifier, owner, (owner[0], end), per)
    # Amounts and shares belong to a subject ("the German deficit" ... to fall to 2.9%); a duration's
    # subject is rarely what it measures ("in three years"), so it keeps the words before it.
    subject = _subject_before(text, start, floor) if kind in ("money", "percent") else None
    if subject is None and kind in ("money", "percent"):
        subject = _subject_past_relative(text, start, floor)
    if subject is not None and kind == "percent" and _REPORTED.search(text, subject[0], start):
        # "Comres found that only 35% now oppose ...": who reports a share is not what it is a share of.
        subject = None
    if subject is not None:
        between = text[subject[0] : start]
        span_end = _of_phrase_end(text, end) if kind == "percent" else end
        if len(WORD.findall(between)) <= MAX_SUBJECT_SPAN and not BOUNDARY.search(between):
            # "Unemployment fell 12%", "Repairs will cost $2 million": short enough to read as one line; what
            # it counts is the subject ("Barclays shares" were up 8 pence, or 1.3%: the 1.3% is theirs too)
            return _figure(sentence, kind, number, unit, qualifier, subject, (subject[0], span_end), per)
        # "2.9% of GDP — German deficit": the figure first, then whose it is, in the text's own words
        return _figure(sentence, kind, number, unit, qualifier, subject, (start, span_end), per, described=True)
    stated = stated_predicate(text, end, any_verb=True) if kind == "percent" else None
    if stated is not None:  # no owner or subject: a share of people is what they do ("62% said they ...")
        return _figure(sentence, kind, number, unit, qualifier, stated, (start, stated[1]), per)
    left = left_context(text, start, floor)
    if left is not None:
        return _figure(sentence, kind, number, unit, qualifier, (left, start), (left, end), per)
    if kind == "count":
        return None  # a bare number with no noun and no clause to explain it says nothing
    return _figure(sentence, kind, number, unit, qualifier, None, (start, end), per)


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


def _purpose_after(text: str, pos: int) -> tuple[int, int] | None:
    """Local span of a purpose right after `pos` ("to settle her lawsuit", "to respond to the order"), at
    least three words and not ending on a function word ("to help victims of" ends at "victims"); None if none."""
    purpose = _PURPOSE.match(text, pos)
    if purpose is None:
        return None
    words = list(WORD.finditer(text, purpose.start(1), purpose.end(1)))
    while words and words[-1].group().lower() in EDGE_WORDS:
        words.pop()
    return (purpose.start(1), words[-1].end()) if len(words) > 2 else None


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
    # "a total of $26 million": right after a determiner and before "of" the word is a noun, whatever its tag.
    headed = index > 0 and tokens[index - 1].tag == "DT" and tokens[index].word.islower()
    if not (is_noun(tokens[index].tag) or headed) or tokens[index].word.lower() in CALENDAR_WORDS:
        return None
    begin = noun_group_before(tokens, index)
    return tokens[begin].start, tokens[index].end


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

# The longest noun a count may lend to a later count that leaves it out ("tornado watches").
MAX_ELIDED_NOUN_WORDS = 3

# Nouns a duration after "of" measures: "a sentence of 15 years", "a delay of three hours".
LASTING_NOUNS = word_set("sentence term delay period contract ban suspension wait stint tenure reign career lease")

# A price opening its sentence: "For $89, ..."
_PRICE_OPENING = re.compile(r"\s*(?:for|at)\s+(?:just|only)?\s*$", re.IGNORECASE)


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


def _reach(text: str, number: Number, figure: Figure, offset: int) -> int:
    """How far a figure's words cover the sentence (local end): an amount a share is of ("97% of the
    £1.3bn") is in the share's label but remains a figure of its own."""
    end = figure.spans[0][1] - offset
    if figure.kind == "percent":
        match = _OF_PHRASE.match(text, number.end)
        if match and match.group("amount") and match.end() == end:
            return match.start("amount")
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
        if word.lower() in EDGE_WORDS or word.lower() in CALENDAR_WORDS or not words and not word.islower():
            break
        words.append((start, end))  # a name as the object stays: "10 recognised Tony Blair", not "10 recognised"
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
            return _figure(sentence, "age", number, "years", None, noun, (aged, end), described=True)
    people = re.search(r"\b([a-z]+)\s+$", text[:aged])
    if left is None and people and (people.group(1) in BARE_PEOPLE or is_plural(people.group(1))):
        # "stabbing three women aged 59, 76 and 84": the people counted right before are whose ages these are.
        return _figure(sentence, "age", number, "years", None, people.span(1), (aged, end), described=True)
    if left is None:
        # "The suspect, aged 45, was arrested": whose age is the noun before the comma.
        noun = noun_before_comma(text, aged, floor)
        if noun is not None:
            return _figure(sentence, "age", number, "years", None, noun, (noun[0], end))
        if clause_start > floor and re.match(r"\s*(?:has|have|had|was|is)?\s*[a-z]+ed\b", text[clause_start:aged]):
            # "Cash's manager, Saul Holiff, has died at the age of 79": the subject set off before the verb.
            noun = noun_before_comma(text, clause_start, floor)
            if noun is not None:
                return _figure(sentence, "age", number, "years", None, noun, (aged, end), described=True)
        return _figure(sentence, "age", number, "years", None, None, (aged, end))
    clause = tokens_between(text, clause_start, aged)
    name = _LEADING_NAME.match(text)
    # "However, he died aged 80": only proper nouns make the opening name.
    proper = name is not None and all(t.tag in ("NNP", "NNPS") for t in tag_text(text) if t.end <= name.end(1))
    if proper and floor == 0 and any(is_verb(t.tag) for t in clause) and name.end(1) <= clause_start:
        # "Charlie Bell, the former head of McDonald's, has died of cancer aged 44": a verb before "aged"
        # says what happened; the age is of the sentence's subject, the name it opens with.
        return _figure(sentence, "age", number, "years", None, name.span(1), (aged, end), described=True)
    return _figure(sentence, "age", number, "years", None, (left, aged), (left, end))


def _after_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word right before a number is a name ("Boeing") rather than "In" or "About".

    A weekday is when, not a name ("On Tuesday 15 people died"); so is a place opening the sentence or
    after a preposition when a plural follows the number ("In London 20 people were hurt").
    """
    match = _CAPITALISED_BEFORE.search(text[:start])
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word in STOP_WORDS or word in QUALIFIERS or word in MONTHS or word in CALENDAR_WORDS or word in {"aged", "age"}:
        return False
    opening = word_before(text, match.start(1)) in PREPOSITIONS or not text[: match.start(1)].strip()
    return not (opening and plural_after(text, end))


def _is_year(text: str, number: Number, start: int) -> bool:
    """Whether a plain four-digit number is a year: after a cue word, or with no noun after it."""
    if not number.plain or number.unit or number.percent or number.currency:
        return False
    if not FIRST_YEAR <= number.value <= LAST_YEAR or (number.value_max or 0) > LAST_YEAR:
        return False
    before = word_before(text, start)
    if before in YEAR_CUES or before.endswith(("'s", "’s")):
        return True
    # A count is followed by a plural ("1500 troops"); a year by nothing or a singular ("a 2001 film").
    noun = noun_phrase(text, number.end, "count")
    return not noun or not any(is_plural(word) for word in text[noun[0] : noun[1]].split())


def _relative_age_noun(text: str, number: Number, start: int, floor: int) -> tuple[int, int] | None:
    """Local span of whose age a number is after "who is" or "who was" ("Ann Lee, who is 45,"), or None."""
    if not (number.plain and 0 < number.value <= MAX_AGE and _AGE_ENDS_CLAUSE.match(text, number.end)):
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
    return (
        number.plain
        and 0 < number.value <= MAX_AGE
        and number.value_max is None
        and subject is not None
        and subject.group(1).lower() not in NOT_PERSON_SUBJECTS
        and bool(_AGE_ENDS_CLAUSE.match(text, number.end))
    )


def _figure(
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
    weight = SMALL_COUNT_FACTOR if kind == "count" and (number.value < SMALL_COUNT or number.vague) and not hard else 1.0
    return Figure(kind, number.value, unit, qualifier, counts, sentence.id, spans, label,
                  number.value_max, per, None, weight, small_spelled=small_spelled, definite=definite,
                  hard=hard)


# --- Results: scores and places -------------------------------------------------------------------


def _results(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
    """Scores ("a 4-2 victory on penalties", "beat Chelsea 3-1") and places ("came fourth", "34th career victory").

    The guideline counts results as figures; ordinals of mere sequence ("the third quarter", "the first
    time") are not, so an ordinal needs a verb of finishing before it or a noun of achievement after it.
    """
    text = sentence.text
    found = []
    for match in SCORE.finditer(text):
        if overlaps(match.span(1), taken) or not free_before(text, match.start(1)):
            continue
        noun = _RESULT_NOUN_AFTER.match(text, match.end(1))
        verb = _SCORE_VERB_BEFORE.search(text, max(0, match.start(1) - 60), match.start(1))
        if noun:
            end = _result_tail(text, noun.end())
            found.append(_result(sentence, match.group(1), match.start(1), end, (noun.start(1), end)))
        elif verb:
            subject = _PLACE_SUBJECT_BEFORE.search(text, max(0, verb.start() - 60), verb.start())
            begin = subject.start() if subject else verb.start()  # "Villa beat Chelsea 3-1"
            found.append(_result(sentence, match.group(1), begin, match.end(1), (begin, match.start(1))))
    for match in _ORDINAL.finditer(text):
        if overlaps(match.span(), taken) or any(overlaps(match.span(), [f.spans[0]]) for f in found):
            continue
        if not free_before(text, match.start()):
            continue
        noun = _RESULT_NOUN_AFTER.match(text, match.end())
        verb = _PLACE_VERB_BEFORE.search(text, max(0, match.start() - 60), match.start())
        among = _ranked_among(text, match.end())
        holder = _PLACED_NAME_AFTER.match(text, match.end())
        if noun and match.group().lower() != "first":  # "the first time", "first win" of sequence
            begin = match.start()
            found.append(_result(sentence, match.group(), begin, noun.end(), (noun.start(1), noun.end())))
        elif among and match.group().lower() != "first":  # "the first successive" is no streak
            found.append(_result(sentence, match.group(), match.start(), among[1], among))
        elif holder:
            found.append(_result(sentence, match.group(), match.start(), holder.end(), holder.span(1)))
        elif (series := _in_series(text, match)) is not None:
            # A number in a series is background more often than the story's point: it yields to the others.
            found.append(replace(_result(sentence, match.group(), match.start(), series[1], series), weight=YEAR_FACTOR))
        elif verb and (verb.group(1) and not re.search(r"\ban?\s", verb.group(), re.IGNORECASE)
                       or _PLACE_ALONE_AFTER.match(text, match.end())):
            # not "went to third base", "started a second term", "finished a third of the homes"
            # "Dani Barnes came fourth", "He finished 12th": who placed opens the label, never "finished 12th".
            verb_start = verb.start(1) if verb.group(1) else verb.start(2)
            subject = _PLACE_SUBJECT_BEFORE.search(text, max(0, verb_start - 60), verb_start)
            begin = subject.start() if subject else verb_start
            end = _result_tail(text, match.end())
            found.append(_result(sentence, match.group(), begin, end, (begin, match.start())))
        elif _PLACE_ALONE_AFTER.match(text, match.end()) and (
            (named := _PLACED_NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())) is not None
            and not any(word.lower() in STOP_WORDS for word in named.group(1).split())  # "A third", "At first"
        ):
            # "Max Verstappen was 12th", "with Bottas sixth": a name, maybe "was", and a place standing alone.
            found.append(_result(sentence, match.group(), named.start(1), match.end(), (named.start(1), match.start())))
    for match in _RACE_TIME.finditer(text):
        if overlaps(match.span(), taken):
            continue
        # "Lena Ortiz won the 3,000m in 7:40.53": who ran what, the clause before the time (its last words).
        words = trim(list(WORD.finditer(text, find_clause_start(text, match.start())[0], match.start())))
        words = words[-MAX_EVENT_WORDS:]
        begin = words[0].start() if words else match.start()
        counted = text[begin : words[-1].end()] if words else None
        found.append(Figure("other", _race_seconds(match.group()), "time", None, counted, sentence.id,
                            ((sentence.start + begin, sentence.start + match.end()),), text[begin : match.end()]))
    for match in _RANK.finditer(text):
        if overlaps(match.span(), taken) or any(overlaps(match.span(), [f.spans[0]]) for f in found):
            continue
        # "World number 46 Rusedski": who holds the rank follows it; else the words before say who or what
        # ("the single went to number one").
        name = re.match(r"(?:\s+[A-Z][\w'’.-]*){1,3}", text[match.end() :])
        if name:
            end = match.end() + name.end()
            found.append(_result(sentence, match.group(1), match.start(), end, (match.end() + 1, end), rank=True))
            continue
        left = left_context(text, match.start(), 0)
        if left is not None:
            found.append(_result(sentence, match.group(1), left, match.end(), (left, match.start()), rank=True))
    return found


def _multiples(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
    """Comparisons by a factor: "16 times faster than the average broadband package", "twice as fast as cable".

    Only a full comparison is a figure: "rose three times as fast" alone does not say than what.
    """
    found = []
    for match in _MULTIPLE.finditer(sentence.text):
        if overlaps(match.span(), taken):
            continue
        factor = (match.group("factor") or match.group("times").split()[0]).lower()
        value = 2.0 if factor == "twice" else float(SPELLED.get(factor) or factor.replace(",", ""))
        counted = match.span("what")
        found.append(Figure("other", value, "times", None, sentence.text[counted[0] : counted[1]], sentence.id,
                            ((sentence.start + match.start(), sentence.start + match.end()),), match.group()))
    return found


def _fractions(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
    """Shares written as fractions: "just over a third of the money", "two-thirds of voters", "half the staff".

    A share is a figure like a percentage (its value is one): what it is of is the noun phrase after "of".
    """
    text = sentence.text
    found = []
    shares: list[tuple[re.Match, float | None]] = [(match, None) for match in _FRACTION.finditer(text)]
    shares += [(match, value) for match in _RATIO.finditer(text) if (value := _ratio_value(text, match)) is not None]
    for match, ratio in shares:
        if overlaps(match.span(), taken):
            continue
        if match.group().lower() == "half" and _PART_HALF_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "the second half of the game", "the bottom half of the table": a part, not a share
        # "half the staff", "half those pupils"; "half of 2,000 people": the people, however many
        the = re.match(r"\s+(?:the|those|these|its|their|his|her|our)\b|\s+of\s+(?:about\s+|some\s+)?[\d,.]+(?:[-–]\d+)?\b"
                       r"|\s+of\s+all(?:\s+the)?\b", text[match.end() :])  # "half of all US house purchases"
        counted = noun_phrase(text, match.end() + (the.end() if the else 0), "percent")
        if counted is None:
            counted = stated_predicate(text, match.end(), any_verb=True)  # "one in six knew who ...", "half were"
        if counted is None:
            continue  # "half of them": a share of nothing named
        qualifier = QUALIFIER_BEFORE.search(text[: match.start()])
        start = qualifier.start(1) if qualifier else match.start()
        if ratio is None:
            words = match.group().lower().replace("-", " ").split()
            value = FRACTIONS[words[-1]] * (SPELLED.get(words[0], 1) if len(words) > 1 else 1)
        else:
            value = ratio
        offset = sentence.start
        found.append(Figure("percent", round(100 * value, 1), "%", qualifier.group(1).lower() if qualifier else None,
                            text[counted[0] : counted[1]], sentence.id, ((offset + start, offset + counted[1]),),
                            text[start : counted[1]]))
    return found


def _ratio_value(text: str, match: re.Match) -> float | None:
    """The share "one in six" states (1/6), or None when it is none: "10 in 5", "one in one", and a rate of
    scoring ("scored two in three games")."""
    part, whole = (float({"one": 1, **SPELLED}.get(g.lower(), g)) for g in (match.group("part"), match.group("whole")))
    if not 0 < part < whole:
        return None
    if word_before(text, match.start()) in SCORE_VERBS | RATE_VERBS or _RATE_NOUN_AFTER.match(text, match.end()):
        return None
    return part / whole


# A rate, not a share: "scored two in three games", "won four in five matches".
RATE_VERBS = word_set("scored scores scoring netted nets")
_RATE_NOUN_AFTER = re.compile(r"\s+(?:games|matches|starts|appearances|races|attempts|shots|outings|innings)\b")


def _race_seconds(time: str) -> float:
    """Seconds of a race time: "7:46.78" -> 466.78, "2:04:55" -> 7495."""
    seconds = 0.0
    for part in time.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def _in_series(text: str, match: re.Match) -> tuple[int, int] | None:
    """What an ordinal after a determiner numbers in a series: "the fifth portrait of the Queen", "her fourth
    term", "the 10th artwork"; None for "first" (mostly "for the first time") and for parts of a time or a
    game ("the third quarter", "the second round")."""
    before = _SERIES_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if match.group().lower() == "first" or before is None:
        return None
    phrase = noun_phrase(text, match.end(), "count")
    if phrase is None:
        return None
    if text[phrase[0] : phrase[0] + 1].isupper() and before.group().strip().lower() == "the":
        return None  # "the 9th Circuit", "the 82nd Airborne": a name ("the Briton's third Volvo Ocean Race" is none)
    head = text[phrase[0] : phrase[1]].split()[-1].lower()
    if head in SEQUENCE_PARTS or head in TIME_UNITS or head in ORDINALS:
        return None
    last = list(WORD.finditer(text, phrase[0], phrase[1]))[-1]
    return phrase if is_noun(LazyTags(text).get(last.start()) or "") else None  # "the second largest" ranks nothing


def _ranked_among(text: str, end: int) -> tuple[int, int] | None:
    """The phrase an ordinal ending at `end` ranks within or counts a streak of: "(fourth) biggest bank",
    "(second) most important market", "(sixth) successive season"; None when it is neither."""
    lead = _STREAK_AFTER.match(text, end)
    if lead is not None:
        phrase = noun_phrase(text, lead.end(), "count")
    else:
        lead = _SUPERLATIVE_AFTER.match(text, end)
        if lead is None or not is_superlative(text, lead.end()):
            return None
        phrase = noun_phrase(text, lead.end(), "count")
        if phrase and not re.search(r"\s", text[phrase[0] : phrase[1]]):
            return None  # "the second largest in history": ranked among what, the text does not say here
    return (end + 1, phrase[1]) if phrase else None


def _result_tail(text: str, end: int) -> int:
    """End of a short phrase saying where or how a result came ("on penalties", "in the 1500m")."""
    tail = _RESULT_TAIL.match(text, end) or _RESULT_OVER.match(text, end)
    return tail.end() if tail else end


# Whom a result was over: "6-1 demolition of Rayo Vallecano", "a 2-0 win over Aldon Rovers".
_RESULT_OVER = re.compile(r"\s+(?:of|over|against)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def _result(
    sentence: Sentence, figure: str, start: int, end: int, counted: tuple[int, int], rank: bool = False
) -> Figure:
    """A score, a place or a rank ("number 46") as an "other" figure labelled by its verbatim span."""
    text = sentence.text
    if rank:
        value = float(figure) if figure.isdigit() else float(SPELLED.get(figure.lower(), 1))  # "one" is 1
    else:
        value = _ordinal_value(figure)
    spans = ((sentence.start + start, sentence.start + end),)
    unit = "rank" if rank else "score" if value is None else "place"
    # A standing ("England's number one") is background to a story more often than its point.
    weight = RANK_FACTOR if rank else 1.0
    return Figure("other", value, unit, None, text[counted[0] : counted[1]].strip(),
                  sentence.id, spans, text[start:end], weight=weight,
                  score=re.sub(r"\s", "", figure) if value is None else None)


def _ordinal_value(word: str) -> float | None:
    """The number of an ordinal ("34th" -> 34, "fourth" -> 4); None for a score."""
    digits = re.match(r"\d+", word)
    if digits:
        return None if re.search(r"[-–]", word) else float(digits.group())
    return float(ORDINALS[word.lower()])


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
