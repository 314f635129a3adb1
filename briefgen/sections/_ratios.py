"""Shares and multiples for the numbers section (sections stage): "a third of", "one in six", "twice as fast as"."""

from __future__ import annotations

import re

from ..model import Sentence
from ._counted import PRONOUN_PARTITIVE, make_figure
from ._figure import Figure, Number
from ._figure_words import FRACTIONS, QUALIFIER_BEFORE, SCORE_VERBS, SPELLED, TIME_UNITS, alternation, word_set
from ._phrases import noun_phrase, overlaps, stated_predicate, word_before
from ._tags import BE_FORMS, HAVE_FORMS, is_noun, tag_text

_FRACTION = re.compile(
    r"\b(?:(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)"
    r"|(?:two|three|four|nine)[\s-](?:thirds|quarters|fifths|tenths)"
    r"|half)"
    r"(?=\s+(?:of|the|those|these|its|their|his|her|our|all)\b"
    r"|\s+(?:were|are|said|say|have|had|think|thought|believe|believed|want|wanted)\b"  # "About half were"
    r"|\s+(?:majority|vote|supermajority)\b)",  # "a two-thirds vote": the share a vote needs
    re.IGNORECASE,
)
# "the second half", "the other half", "its bottom half": a determiner and a word before "half" make it a part.
_PART_HALF_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|this|that)\s+[a-z]+\s+$", re.IGNORECASE)
# A share as so many in so many: "one in six knew", "four out of 10 voters".
_RATIO = re.compile(
    rf"\b(?P<part>\d{{1,2}}|one|{alternation(SPELLED)})\s+(?:in|out\s+of)\s+(?P<whole>\d{{1,3}}|{alternation(SPELLED)})\b"
    rf"(?![,.]?\d|\s+(?:{alternation(TIME_UNITS)})\b)",  # "one in 10 minutes" is a time
    re.IGNORECASE,
)
_MULTIPLE = re.compile(
    rf"\b(?:(?P<factor>twice)|(?P<times>(?:\d+(?:\.\d+)?|{alternation(SPELLED)})\s+times))\s+"
    r"(?P<what>as\s+[a-z]+\s+as|(?:[a-z]+er|more\s+[a-z]+|less\s+[a-z]+)\s+than)"
    r"(?:\s+(?:the|a|an|any|its|their)\b)?(?:\s+[\w'’-]+){1,3}",
    re.IGNORECASE,
)


def multiple_figures(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
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


# How often something happened: "scored twice", "was shot seven times", "rose five times between 2003 and 2004".
# Before an article, a determiner or "as" the number multiplies instead ("twice the size", "three times a
# week" is a rate and stays with it), and comparisons are read by multiple_figures first.
_FREQUENCY = re.compile(
    rf"\b(?:(?P<twice>twice|thrice)|(?P<times>(?:\d{{1,3}}|{alternation(SPELLED)})\s+times))\b"
    r"(?!\s+(?:the|as|that|this|these|those|its|their|his|her|our|your|what|more|less|over|bigger|larger|higher|"
    r"faster|greater|smaller|lower|longer)\b)"
    r"(?P<rate>\s+(?:a|an|per)\s+(?:day|week|month|year|season|game|match))?",
)
# Words of a verb group that may stand between a subject and the verb that happened so often
# ("Suarez also scored twice", "was shot seven times", "has been married three times").
_VERB_GROUP_TAGS = ("VB", "MD", "RB")
# A subject glued to its verb is part of the label ("Luis Suarez also scored twice"); it is this short.
MAX_SUBJECT_WORDS = 4


def frequency_figures(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
    """Counts of how often something happened: "Luis Suarez also scored twice", "shot seven times".

    Only a verb makes a frequency a figure: the verb group before the number (and a subject right before
    it) is the label; "twice a winner", "twice the size" and "three times as many" are none.
    """
    text = sentence.text
    found = []
    for match in _FREQUENCY.finditer(text):
        if overlaps(match.span(), taken):
            continue
        tokens = [t for t in tag_text(text) if t.end <= match.start()]
        group = _verb_group(tokens)
        if group is None or "," in text[tokens[group[0]].start : match.start()]:
            continue
        first, verb = group
        end = match.end()
        if verb.word.lower() in BE_FORMS | HAVE_FORMS:
            # "Henson was twice repelled": the participle after the frequency is what happened so often; "This is
            # twice in two years" says nothing happened.
            after = next((t for t in tag_text(text) if t.start >= match.end()), None)
            if after is None or after.tag not in ("VBN", "VBD") or text[match.end() : after.start].strip():
                continue
            verb, end = after, after.end
        begin = tokens[first].start
        subject = first - 1
        # A run of names or of common nouns; a sentence's capitalised first word may be either ("Mortgage rates").
        while first and subject >= 0 and first - 1 - subject < MAX_SUBJECT_WORDS and is_noun(tokens[subject].tag) and (
                subject == 0 or tokens[subject].tag.startswith("NNP") == tokens[first - 1].tag.startswith("NNP")):
            subject -= 1
        # What happened so often is the verb's, and whose when a subject comes with it: "Luis Suarez also scored
        # twice" and "Nabil Fekir scored twice" are two figures.
        counted = (verb.start, verb.end)
        if subject < first - 1 and "," not in text[tokens[subject + 1].start : begin]:
            begin = tokens[subject + 1].start  # "Luis Suarez also scored twice", "Interest rates rose five times"
            counted = (begin, tokens[first - 1].end)
        times = match.group("twice") or match.group("times").split()[0]
        value = 2.0 if times.lower() == "twice" else 3.0 if times.lower() == "thrice" else float(
            SPELLED.get(times.lower()) or times)
        number = Number(match.start(), match.end("twice") if match.group("twice") else match.end("times"), value,
                        None, False, not times[0].isdigit(), None)
        figure = make_figure(sentence, "count", number, "times", None, counted, (begin, end),
                             match.group("rate") and match.group("rate").split()[-1])
        found.append(figure)
    return found


def _verb_group(tokens: list) -> tuple[int, object] | None:
    """Where the verb group before a frequency starts, and its verb: "has been married", "won the cup", "was
    shot" (the tagger reads a verb after "was" or a pronoun as a noun: "was shot", "They train"); None if the
    words before are no verb group."""
    i = len(tokens) - 1
    determiner = i
    while determiner >= 0 and i - determiner < 3 and (is_noun(tokens[determiner].tag) or tokens[determiner].tag == "JJ"):
        determiner -= 1
    if determiner < i and determiner >= 0 and tokens[determiner].tag in ("DT", "PRP$"):
        i = determiner - 1  # "has won the cup twice": the object stands between the verb and its frequency
    elif determiner < i and determiner >= 0 and tokens[determiner].tag.startswith("VB") and all(
            t.tag.startswith("NNP") for t in tokens[determiner + 1 : i + 1]):
        i = determiner  # "had visited North Korea seven times": a name as the object needs no article
    verb = None
    while i >= 0 and tokens[i].word.islower():
        tag = tokens[i].tag
        before = tokens[i - 1] if i else None
        if tag.startswith("VB") or (tag in ("NN", "NNS") and verb is None and before is not None and (
                before.word.lower() in BE_FORMS or before.tag == "PRP")):
            verb = verb or tokens[i]
        elif not tag.startswith(("MD", "RB")):
            break
        i -= 1
    return (i + 1, verb) if verb is not None else None


def fraction_figures(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Figure]:
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
            # "one in six knew who ...", "half were"; "almost half of them burned": past a pronoun's partitive
            partitive = PRONOUN_PARTITIVE.match(text, match.end())
            counted = stated_predicate(text, partitive.end() if partitive else match.end(), any_verb=True)
        if counted is None:
            continue  # "half of them" alone: a share of nothing named
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
