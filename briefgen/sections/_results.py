"""Results for the numbers section (sections stage): scores, places, ranks and race times."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import gazetteer as gz
from ..model import Sentence
from ._counted import APPOSITION_NAME_BEFORE
from ._dates import MAX_EVENT_WORDS, YEAR_FACTOR, trim
from ._figure import Figure
from ._figure_words import (
    CALENDAR_WORDS,
    DASHED_ASIDE,
    EDGE_WORDS,
    MAX_ASIDE_CHARS,
    ORDINALS,
    SCORE,
    SCORE_VERBS,
    SPELLED,
    STOP_WORDS,
    TIME_UNITS,
    WORD,
    alternation,
    word_set,
)
from ._number_reading import free_before
from ._phrases import LazyTags, find_clause_start, is_superlative, left_context, noun_phrase, overlaps
from ._tags import is_noun

# A rank ("World number 46") is background more often than news, like a small count.
RANK_FACTOR = 0.6
# Nouns that make a score or an ordinal a result ("a 4-2 victory", "11th place", "his sixth win"), not a
# sequence ("the third quarter") or a range ("10-12 people").
RESULT_NOUNS = word_set(
    """victory victories win wins defeat defeats loss losses draw lead scoreline triumph success place position
    spot finish title titles crown medal film album demolition thrashing rout drubbing hammering romp humiliation
    deficit advantage"""
)
# Verbs after which an ordinal is a place ("came fourth", "finished 12th") ...
PLACE_VERBS = word_set("finished finishes finish came comes placed ranked ranks ended qualified qualifies started")
# ... or, with "to", a change of place ("moved up to fourth", "slipped to 13th").
MOVE_VERBS = word_set("moved moves rose rises climbed climbs slipped slips dropped drops fell falls jumped jumps went")
# A rank: "World number 46", "British number one", "No. 1".
_RANK = re.compile(
    rf"\b(?:(?:[Ww]orld|British|European|[Ss]eeded)\s+)?(?:[Nn]umber|No\.)\s+(\d{{1,4}}|one|{alternation(SPELLED)})\b"
    r"(?![-\d,.]\d)"
)
# What a rank is a place in, right after it: "in the singles chart", "in the world rankings", "spot".
_RANK_LISTS = "chart|charts|rankings|ranking|table|standings|list|poll"
_RANK_WITHIN = re.compile(
    rf"\s+(?:(?:in|on|of)\s+(?:the|its|their|this\s+week['’]s|[A-Z][\w.]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_RANK_LISTS})|spot|slot|position|place)\b"
)
_ORDINAL = re.compile(rf"\b(?:\d{{1,3}}(?:st|nd|rd|th)|{alternation(ORDINALS)})\b", re.IGNORECASE)
# A place standing alone after a name: "Max Verstappen was 12th.", "with Valtteri Bottas sixth and ..."
_PLACED_NAME_BEFORE = re.compile(
    r"(?:\b(?:with|while|and|but|as)\s+|^|[,;]\s+|-year-old\s+)"  # "Dutch 17-year-old Max Verstappen was 12th"
    r"((?:[A-Z][\w'’.-]*\s+){1,3})(?:(?:was|were|is)\s+)?$"
)
# A name and "was" before a place, past an aside set off by dashes or a relative "who" ("Max Verstappen --
# whose father Jos raced in F1 -- was 12th", "Ricciardo, who was third").
_PLACED_SUBJECT_VERB = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)"
    rf"(?P<aside>\s+{DASHED_ASIDE}|,\s+who)?\s+(?:was|were|is)\s+$"
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
    # "beat British rival Greg Rusedski 4-6 7-6 6-4": the opponent, maybe described, between verb and score;
    # "defeat Franko Skugor and Marin Draganja 6-3, 6-4, 6-1": a pair; "to make it 3-0": a score reached.
    rf"\b(?:(?:{alternation(SCORE_VERBS)})\s+(?:(?:[A-Z][\w'’.-]*|the|their|his|her|its|[a-z]+)\s+){{0,6}}"
    r"|(?P<reached>(?:make|makes|made|making)\s+it)\s+)$"
)
# Who reached a score: "allowed Messi to make it 3-0".
_SCORER_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+to\s+$")
# A side's name: not "Saturday", nor the full stop after "Aldonia." ("U.S." keeps its own).
_SIDE_NAME = rf"(?!(?:{alternation(w.capitalize() for w in CALENDAR_WORDS)})\b)[A-Z][\w'’.-]*(?<![a-z]\.)"
# A score that places a side: "falling 2-1 behind Belgium", "were 2-0 up", "2-1 down at half-time".
_STANDING_AFTER = re.compile(rf"\s+(?:behind|ahead\s+of)\s+(?:the\s+)?{_SIDE_NAME}(?:\s+{_SIDE_NAME}){{0,2}}"
                             r"|\s+(?:up|down)\b(?!\s+(?:to|from)\b)")

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
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
# Parts of a time, a game or a building that ordinals number without making a figure of them.
SEQUENCE_PARTS = word_set("quarter half time times round period set innings leg stage floor grade generation "
                           "place minute minutes lap laps gear leg row line phase part chapter")
# A rank among the like: "the world's fourth biggest bank", "the second most important market", "the
# third fastest 400m"; a streak: "the sixth successive season", "his 32nd career hat-trick".
_SUPERLATIVE_AFTER = re.compile(r"\s+(?:(?:most|least)\s+(?=[a-z]+\s)|(?=[a-z]+est\s|best\s|worst\s))")
_STREAK_AFTER = re.compile(r"\s+(?:successive|consecutive|straight|career)\s+(?=[a-z])", re.IGNORECASE)
# A rank glued to "ranked" or "seeded", and the noun it describes: "68th-ranked player", "No. 1-seeded".
_RANKED_AFTER = re.compile(r"-(?:ranked|seeded)\b(?:\s+(?!(?:and|or|but|in|of|at|to|by|for|with|on)\b)[a-z][\w-]*)?")
# Whose list a rank is in, a possessive right before it: "the world's" 68th-ranked player.
_OWNER_BEFORE = re.compile(r"\b([\w.]+['’]s?)\s+$")
# Who holds a place, named after it: "third-placed Felipe Massa", "fourth-placed Valencia".
_PLACED_NAME_AFTER = re.compile(r"-placed\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)")
# Who placed: capitalised words ("Dani Barnes"), not a sentence-opening gerund ("Having finished seventh").
_PLACE_SUBJECT_BEFORE = re.compile(
    r"(?:(?:(?![A-Z][a-z]*ing\b)[A-Z][\w'’.-]*\s+){1,4}|\b(?:he|she|they|we|it)\s+)"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?$"  # "Roma were held 0-0"
)


def result_figures(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
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
        verb = _SCORE_VERB_BEFORE.search(text, max(0, match.start(1) - 80), match.start(1))
        standing = _STANDING_AFTER.match(text, match.end(1))
        if noun:
            end = _result_tail(text, noun.end())
            found.append(_result(sentence, match.group(1), match.start(1), end, (noun.start(1), end)))
        elif verb:
            subject = _PLACE_SUBJECT_BEFORE.search(text, max(0, verb.start() - 60), verb.start()) or (
                _SCORER_BEFORE.search(text, max(0, verb.start() - 40), verb.start()) if verb.group("reached") else None)
            begin = subject.start() if subject else verb.start()  # "Villa beat Chelsea 3-1"
            # "held 0-0 at struggling Chievo Verona": whom the score was against, when the verb does not say
            over = _RESULT_OVER.match(text, match.end(1))
            end = over.end() if over else match.end(1)
            found.append(_result(sentence, match.group(1), begin, end, (begin, match.start(1))))
        elif standing:
            words = list(WORD.finditer(text, max(0, match.start(1) - 40), match.start(1)))
            begin = words[-1].start() if words and words[-1].end() + 1 == match.start(1) else match.start(1)
            found.append(_result(sentence, match.group(1), begin, standing.end(), (begin, standing.end())))
    for match in _ORDINAL.finditer(text):
        if overlaps(match.span(), taken) or any(overlaps(match.span(), [f.spans[0]]) for f in found):
            continue
        if not free_before(text, match.start()):
            continue
        noun = _RESULT_NOUN_AFTER.match(text, match.end())
        verb = _PLACE_VERB_BEFORE.search(text, max(0, match.start() - 60), match.start())
        among = _ranked_among(text, match.end())
        holder = _PLACED_NAME_AFTER.match(text, match.end())
        ranked = _RANKED_AFTER.match(text, match.end())
        if ranked:  # "the world's 68th-ranked player": a rank, with whose list it is ("world's") and who holds it
            owner = _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
            begin = owner.start(1) if owner else match.start()
            # "Monica Niculescu, the world's 68th-ranked player": the name the rank is set off after holds it
            named = APPOSITION_NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
            found.append(_result(sentence, match.group(), begin, ranked.end(),
                                 named.span(1) if named else (match.end() + 1, ranked.end()), described=bool(named)))
        elif noun and match.group().lower() != "first":  # "the first time", "first win" of sequence
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
            opening = _opening_subject(text, begin) if subject is None else None
            if opening is not None:  # "Mark Carroll, who ..., finished a solid third": "third — Mark Carroll"
                found.append(_result(sentence, match.group(), begin, end, opening, described=True))
            else:
                found.append(_result(sentence, match.group(), begin, end, (begin, match.start())))
        elif _PLACE_ALONE_AFTER.match(text, match.end()) and (
            (named := _PLACED_NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())) is not None
            and not any(word.lower() in STOP_WORDS for word in named.group(1).split())  # "A third", "At first"
        ):
            # "Max Verstappen was 12th", "with Bottas sixth": a name, maybe "was", and a place standing alone.
            found.append(_result(sentence, match.group(), named.start(1), match.end(), (named.start(1), match.start())))
        elif _PLACE_ALONE_AFTER.match(text, match.end()) and (
                (holder := _placed_subject(text, match.start())) is not None):
            # "Former world champion Jenson Button was 17th": the name before "was" and the place.
            # "Max Verstappen -- whose father raced in F1 -- was 12th", "Ricciardo, who was third": past the
            # aside, the place with whose it is ("12th — Max Verstappen").
            name, aside = holder
            if aside:
                found.append(_result(sentence, match.group(), match.start(), match.end(), name, described=True))
            else:
                found.append(_result(sentence, match.group(), name[0], match.end(), (name[0], match.start())))
    for match in _RACE_TIME.finditer(text):
        if overlaps(match.span(), taken):
            continue
        # "Lena Ortiz won the 3,000m in 7:40.53": who ran what, the clause before the time (its last words).
        words = trim(list(WORD.finditer(text, find_clause_start(text, match.start())[0], match.start())))
        words = words[-MAX_EVENT_WORDS:]
        begin = words[0].start() if words else match.start()
        counted = text[begin : words[-1].end()] if words else None
        spans = ((sentence.start + begin, sentence.start + match.end()),)
        label = text[begin : match.end()]
        if words and (opening := _opening_subject(text, begin)) is not None:  # "... in 7:46.78 — Mark Carroll"
            counted = text[opening[0] : opening[1]]
            spans += ((sentence.start + opening[0], sentence.start + opening[1]),)
            label = f"{label} — {counted}"
        found.append(Figure("other", _race_seconds(match.group()), "time", None, counted, sentence.id, spans, label))
    for match in _RANK.finditer(text):
        if overlaps(match.span(), taken) or any(overlaps(match.span(), [f.spans[0]]) for f in found):
            continue
        # "the world's No. 1-ranked player": the rank glued to "ranked" and the noun after it, like an ordinal's.
        if (ranked := _RANKED_AFTER.match(text, match.end())) is not None:
            owner = _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
            begin = owner.start(1) if owner else match.start()
            found.append(_result(sentence, match.group(1), begin, ranked.end(), (match.end() + 1, ranked.end()),
                                 rank=True))
            continue
        # "World number 46 Rusedski": who holds the rank follows it; else the words before say who or what
        # ("the single went to number one").
        name = re.match(r"(?:\s+[A-Z][\w'’.-]*){1,3}", text[match.end() :])
        if name:
            end = match.end() + name.end()
            found.append(_result(sentence, match.group(1), match.start(), end, (match.end() + 1, end), rank=True))
            continue
        left = left_context(text, match.start(), 0)
        # "reached number 13 in the singles chart", "the UK number one spot": the list the rank is in stays.
        within = _RANK_WITHIN.match(text, match.end())
        end = within.end() if within else match.end()
        if left is not None:
            found.append(_result(sentence, match.group(1), left, end, (left, match.start()), rank=True))
    return found


# A name opening its sentence and set off by a comma ("Mark Carroll, who will join Cragg next month, finished
# third", "Carlos Sainz Jnr., son of the former rally champion, qualified eighth").
_OPENING_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s")


def _opening_subject(text: str, verb_start: int) -> tuple[int, int] | None:
    """The span of the name opening the sentence when it is the subject of a verb opening a later clause: the
    aside between them describes the name; None when the verb's clause has words before it or opens no comma."""
    clause_start, opener = find_clause_start(text, verb_start)
    name = _OPENING_NAME.match(text)
    if opener != "," or text[clause_start:verb_start].strip() or name is None or name.end() > clause_start:
        return None
    words = name.group(1).split()
    if words[0].lower() in STOP_WORDS or words[0].lower() in CALENDAR_WORDS or (
            len(words) == 1 and gz.is_common_word(words[0])):
        return None  # "However, ...", "On Sunday, ...", "Meanwhile, ...": no name
    return name.span(1)


def _placed_subject(text: str, start: int) -> tuple[tuple[int, int], bool] | None:
    """The span of the name that "was" an ordinal starting at `start`, and whether an aside stands between."""
    subject = _PLACED_SUBJECT_VERB.search(text, max(0, start - MAX_ASIDE_CHARS - 60), start)
    if subject is None:
        return None
    words = list(re.finditer(r"[A-Z][\w'’.-]*", text[subject.start(1) : subject.end(1)]))
    # "On Sunday Hamilton was second": a weekday or a capitalised function word opening the run is no name,
    # nor is a common word capitalised to open the sentence ("Team-mate Tom Reyes").
    while words and (words[0].group().lower() in STOP_WORDS or words[0].group().lower() in CALENDAR_WORDS
                     or subject.start(1) + words[0].start() == 0 and gz.is_common_word(words[0].group())):
        words = words[1:]
    if not words:
        return None
    name = (subject.start(1) + words[0].start(), subject.start(1) + words[-1].end())
    return name, subject.group("aside") is not None


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
    if before is None and match.group()[:1].isdigit():
        # "after claiming a 12th podium": written in digits, an ordinal after "a" is a place in a series too
        # ("a third ticket" means one more; nobody writes "a 3rd ticket")
        before = _A_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if match.group().lower() == "first" or before is None:
        return None
    phrase = noun_phrase(text, match.end(), "count")
    if phrase is None:
        return None
    # A series numbers one thing: a plural ending the phrase before a singular noun qualifies that noun
    # ("the fifth billion-dollar telecoms deal"), where a count's phrase ends at its first plural.
    following = WORD.match(text, phrase[1] + 1) if text[phrase[1] : phrase[1] + 1] == " " else None
    tags = LazyTags(text)
    last_start = phrase[1] - len(text[phrase[0] : phrase[1]].split()[-1])
    if (following and following.group().islower() and tags.get(following.start()) == "NN"
            and tags.get(last_start) == "NNS"):
        phrase = (phrase[0], following.end())
    if text[phrase[0] : phrase[0] + 1].isupper() and before.group().strip().lower() == "the":
        return None  # "the 9th Circuit", "the 82nd Airborne": a name ("the Briton's third Volvo Ocean Race" is none)
    head = text[phrase[0] : phrase[1]].split()[-1].lower()
    if head in SEQUENCE_PARTS or head in TIME_UNITS or head in ORDINALS:
        return None
    last = list(WORD.finditer(text, phrase[0], phrase[1]))[-1]
    return phrase if is_noun(tags.get(last.start()) or "") else None  # "the second largest" ranks nothing


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
    if tail and re.match(r"\s+of\b", text[tail.end():]):
        return end  # "lead in the best of five tie": the phrase runs on past one word
    return tail.end() if tail else end


# Whom a result was over: "6-1 demolition of Rayo Vallecano", "a 2-0 win over Aldon Rovers".
_RESULT_OVER = re.compile(
    rf"\s+(?:of|over|against|at|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?{_SIDE_NAME}(?:\s+{_SIDE_NAME}){{0,2}}")


def _result(
    sentence: Sentence, figure: str, start: int, end: int, counted: tuple[int, int], rank: bool = False,
    described: bool = False,
) -> Figure:
    """A score, a place or a rank ("number 46") as an "other" figure labelled by its verbatim span
    (`described`: "figure — whose", the name elsewhere in the sentence as a second span)."""
    text = sentence.text
    if rank:
        value = float(figure) if figure.isdigit() else float(SPELLED.get(figure.lower(), 1))  # "one" is 1
    else:
        value = _ordinal_value(figure)
    spans = ((sentence.start + start, sentence.start + end),)
    unit = "rank" if rank else "score" if value is None else "place"
    # A standing ("England's number one") is background to a story more often than its point.
    weight = RANK_FACTOR if rank else 1.0
    label = text[start:end]
    if described:
        spans += ((sentence.start + counted[0], sentence.start + counted[1]),)
        label = f"{label} — {text[counted[0] : counted[1]]}"
    return Figure("other", value, unit, None, text[counted[0] : counted[1]].strip(),
                  sentence.id, spans, label, weight=weight,
                  score=re.sub(r"\s", "", figure) if value is None else None)


def _ordinal_value(word: str) -> float | None:
    """The number of an ordinal ("34th" -> 34, "fourth" -> 4); None for a score."""
    digits = re.match(r"\d+", word)
    if digits:
        return None if re.search(r"[-–]", word) else float(digits.group())
    return float(ORDINALS[word.lower()])
