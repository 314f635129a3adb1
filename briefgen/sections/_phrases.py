"""The words around a figure in its sentence (sections stage): the phrase it counts, its clause, its predicate."""

from __future__ import annotations

import re

from .. import gazetteer as gz
from ._figure_words import (
    ADVERB_ENDINGS,
    BOUNDARY,
    CALENDAR_WORDS,
    CONJUNCTIONS,
    DETERMINERS,
    EDGE_WORDS,
    HARD_WORDS,
    MODIFYING_ADVERBS,
    NUMBER,
    PARTICLES,
    RATE_WORDS,
    SPELLED,
    STOP_WORDS,
    VERBS_AND_ADVERBS,
    WEEKDAYS,
    WORD,
    word_set,
)
from ._tags import BE_FORMS, HAVE_FORMS, MAX_TAGGED_CHARS, Token, is_noun, is_verb, tag_text

# The counted phrase rarely runs longer than this in news copy ("four Army National Guard members");
# past it the words are more likely the start of a predicate than part of the noun phrase.
MAX_NOUN_WORDS = 5
# A pronoun with "is" or "has" written onto it: "it's", "that's", "there's" (never a possessive).
_PRONOUN_IS = re.compile(r"(?:it|that|there|he|she|what|who|here|where)['’]s")
# A head noun in quotation marks after a figure's modifiers, of at most three words ('two U.S.-based "runners"').
_QUOTED_HEAD = re.compile(r" [\"“][^\W\d_]+(?:[ -][^\W\d_]+){0,2}[\"”](?!\w)")
# "those in senior roles": the words that say who "those" are, after their preposition.
MAX_THOSE_WORDS = 3
# A figure with nothing counted after it is labelled by the words before it in its clause
# ("he ended up losing about $4,000"); more than a few and the label stops being a short line.
MAX_LEFT_WORDS = 5

# A predicate saying what befell a bare spelled count ("three were listed in critical condition") reads as
# one line up to this many words.
MAX_PREDICATE_WORDS = 6
# Determiners that may open a counted phrase: "two more workers", "three other men".
LEADING_DETERMINERS = word_set("more other")
# Nouns ending like participles or adverbs; without them "-ed/-ing/-ly" would cut real nouns short.
NOUN_EXCEPTIONS = word_set(
    """building buildings meeting meetings wedding weddings hearing hearings ceiling ceilings painting
    paintings earnings savings proceedings offspring family families assembly rally rallies ally allies
    supply supplies"""
)
# A number above one counts a plural, so the first plural noun ends the counted phrase ("two brothers
# began", "20 points she'd"); these are plurals without a final "s", and singulars with one.
IRREGULAR_PLURALS = word_set("people men women children police personnel staff cattle feet teeth mice geese")
SINGULAR_NOUNS_IN_S = word_set("news series species means politics economics physics lens bias")
# Compass directions: a distance "northeast of Brisbane" measures how far from Brisbane.
DIRECTIONS = word_set(
    """north south east west northeast northwest southeast southwest north-east north-west south-east south-west"""
)
# Nouns after a number that do not say what is counted: "three times" is a multiplier.
NOT_COUNTED = word_set("times")
# Determiners and possessives that may follow a partitive "of" ("8,000 of the North Korean soldiers").
PARTITIVE_DETERMINERS = word_set("the these those its their his her our your my such")

# Tags of the words a noun group is made of ("the group's deputy secretary general", "2.9 %").
GROUP_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "DT"})
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def noun_before_comma(text: str, pos: int, floor: int) -> tuple[int, int] | None:
    """Local span of the noun group ending right before the comma that opens the aside at `pos`.

    "The suspect, aged 45": an aside set off by a comma describes the noun group before it.
    """
    comma = re.search(r",\s*$", text[max(floor, 0) : pos])
    if comma is None:
        return None
    stop = max(floor, 0) + comma.start()
    tokens = tokens_between(text, floor, stop)
    if not tokens or tokens[-1].end != stop:
        return None
    # The tagger reads some nouns after a determiner as verbs ("The suspect"): after "the" it is a noun.
    after_determiner = len(tokens) > 1 and tokens[-2].tag in ("DT", "PRP$", "POS") and tokens[-1].word.islower()
    if not (is_noun(tokens[-1].tag) or after_determiner):
        return None
    begin = noun_group_before(tokens, len(tokens) - 1)
    return tokens[begin].start, tokens[-1].end


def tokens_between(text: str, low: int, high: int) -> list:
    """The tagged words of `text` lying within [low, high)."""
    return [t for t in tag_text(text) if low <= t.start and t.end <= high]


def noun_group_before(tokens: list[Token], index: int) -> int:
    """Index of the first word of the noun group ending at `tokens[index]` ("the group's deputy chief")."""
    begin = index
    while begin > 0 and (tokens[begin - 1].tag in GROUP_TAGS or tokens[begin - 1].word in ("'s", "’s")):
        begin -= 1
    # A determiner opens the group: "would face a statutory maximum sentence" starts at "statutory".
    begin = max([begin] + [k + 1 for k in range(begin + 1, index) if tokens[k].tag == "DT"])
    while begin < index and tokens[begin].tag in ("DT", "CC", "POS"):
        begin += 1  # "the fund" is labelled "fund", as the counted phrases after figures are
    return begin


def stated_predicate(text: str, pos: int, any_verb: bool = False) -> tuple[int, int] | None:
    """Local span of a predicate saying what befell a bare spelled count ("three were listed in critical condition").

    Only a passive ("were listed", "were killed") or a verb of harm ("died") qualifies; the span runs to the
    end of the clause, at most MAX_PREDICATE_WORDS words, without function words at its end.
    """
    stop = BOUNDARY.search(text, pos)
    limit = stop.start() if stop else len(text)
    following = NUMBER.search(text, pos, limit)  # "two were jailed for 10 years": the next figure is its own
    words = list(WORD.finditer(text, pos, following.start() if following else limit))[:MAX_PREDICATE_WORDS]
    if not words or text[pos : words[0].start()].strip():
        return None
    first = words[0].group().lower()
    passive = first in BE_FORMS and len(words) > 1 and _participle(words[1].group())
    # "12 people have been arrested", "two had been pulled alive": a perfect passive says it as well
    passive = passive or first in HAVE_FORMS and len(words) > 2 and words[1].group().lower() == "been" and (
        _participle(words[2].group()))
    # "four directly linked to the attack", "two critically injured": an adverb and a participle, a reduced passive
    passive = passive or len(words) > 1 and _manner_adverb(first) and _participle(words[1].group())
    # "five million left homeless": what the people were left is what befell them
    passive = passive or first == "left" and len(words) > 1 and words[1].group().lower() in HARD_WORDS
    # `any_verb`: a share of people is what they do ("62% said they supported the plan").
    tags = {t.start: t.tag for t in tag_text(text)} if any_verb and words[0].end() <= MAX_TAGGED_CHARS else {}
    # "35% now oppose ...": an adverb may stand before the verb.
    head = words[1] if tags.get(words[0].start(), "") == "RB" and len(words) > 1 else words[0]
    verb = any_verb and head.group().islower() and tags.get(head.start(), "") in (
        "VBD", "VBN", "VBZ", "VBP", "VB", "MD")  # "Only 11% regarded themselves as ..." (tagged as a participle)
    if not (passive or first in HARD_WORDS or verb):
        return None
    # What befell a count ends where another clause joins ("died and at least 100 were injured"); what a
    # share of people does runs on into its object ("61% did not know that sending ...").
    if not any_verb:
        words = words[: next((k for k, w in enumerate(words) if k and w.group().lower() in CONJUNCTIONS), len(words))]
    while words and words[-1].group().lower() in EDGE_WORDS:
        words.pop()
    return (words[0].start(), words[-1].end()) if words else None


def word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text[:start])
    return match.group(1).lower() if match else ""


def noun_phrase(text: str, pos: int, kind: str, after_unit: bool = False, compound: bool = False
                ) -> tuple[int, int] | None:
    """Local span of the phrase a figure of this kind counts, read from `pos`; None when nothing is counted.

    A partitive "of the" (and, for money, shares and units, a leading "in", "of" or "for") is skipped:
    it stays in the label, which runs from the figure to the end of this span. A number's phrase ends
    at its first plural, the head noun of what it counts; a date's ("the 1982 Falklands War") does not.
    `compound`: the number is glued to a noun of its own ("102-page report"), so it counts that noun, not
    the head after it.
    """
    prepositional = kind not in ("count", "date")
    run = word_run(text, pos)
    if not run:
        return None
    tags = LazyTags(text)
    lowered = [word.lower() for _, _, word in run]
    begin = 0
    # "seven years as CFO", "four years after the outbreak": a duration may be of a role or since an event;
    # "a decade with the British military", "three weeks on the boat": where or with whom the time was spent.
    since = {"as", "after", "since", "with", "on"} if kind == "duration" else set()
    # "61 million dollars over its opening weekend", "$2 billion on the program": what money was made or spent on.
    # "$1 billion a year from electricity exports": what money comes from.
    spent = {"over", "on", "during", "from"} if kind == "money" else set()
    leading = {"of"} if kind == "percent" else {"of", "in", "for", "worth"} | since | spent
    if lowered[:1] == ["of"] and len(run) > 1 and (lowered[1] in PARTITIVE_DETERMINERS or _possessive(run[1][2])):
        begin = 2  # "8,000 of the North Korean soldiers": the soldiers are what is counted
    elif kind == "money" and lowered[0] == "in" and lowered[1:2] in (["a"], ["an"]):
        return None  # "sold for $9.3bn in an auction": where it was paid, not what it was ("$4.5 billion in aid")
    elif prepositional and lowered[0] in leading and not (
        lowered[0] in ("over", "during") and (len(run) < 2 or lowered[1] in SPELLED or lowered[1] in ("a", "an", "the"))
    ) and not (lowered[0] == "from" and any(w in CALENDAR_WORDS or w in ("last", "previous", "earlier") for w in lowered[1:4])
               ):  # "£350 million over three years", "over the weekend", "from last year": a time, not what the money is for
        # "$4.5 billion in aid", "€3m for the striker", "12% of voters", "35 years in prison", "seven years as CFO"
        begin = 1 + (len(run) > 1 and lowered[1] in PARTITIVE_DETERMINERS | {"a", "an", "of"})
    elif kind == "other" and lowered[0] in DIRECTIONS and lowered[1:2] == ["of"]:
        begin = 2  # "1,770 kilometers northeast of Brisbane": the distance is from Brisbane
    elif after_unit and not (is_noun(tags.get(run[0][0], "")) and run[0][2].islower()):
        return None  # "five hours driving": only a noun after a spaced unit is what it measures ("nine month sentence")
    if begin == 2 and lowered[1] == "those" and len(run) > 2 and lowered[2].endswith("ed"):
        return run[1][0], run[2][1]  # "4% of those questioned": the people a participle describes
    if begin == 2 and lowered[1] == "those" and len(run) > 3 and lowered[2] in ("with", "in", "at", "on", "from"):
        # "two-thirds of those with Alzheimer's", "one-fifth of those in senior roles": who they are, up to a
        # verb, a relative or a conjunction, and at most MAX_THOSE_WORDS words after the preposition
        end = 3
        while (end < min(len(run), 3 + MAX_THOSE_WORDS) and not _predicate_word(lowered[end], tags.get(run[end][0]))
               and lowered[end] not in ("who", "that", "which", "and", "but")):
            end += 1
        return run[1][0], run[end - 1][1]
    shouted = not any(c.islower() for c in text)  # capitals say nothing in a sentence in capitals
    words: list[tuple[int, int, str]] = []
    seen_lower = seen_content = owner_before = False
    # "three intelligence and security agencies", "62,320 sent and received emails": two modifiers joined by
    # "and" before the plural head are one phrase.
    joined = _joined_modifiers(run, lowered, begin)
    for index in range(begin, min(len(run), max(begin + MAX_NOUN_WORDS, joined + 1))):
        word, lower = run[index][2], lowered[index]
        if index < joined:
            words.append(run[index])
            seen_content = seen_lower = True
            continue
        if lower == "of" and words and all(w[2][:1].isupper() for w in words) and index + 1 < len(run) and (
                run[index + 1][2][:1].isupper()):
            words.append(run[index])  # "Five Bank of America subsidiaries": "of" inside a name
            continue
        if (lower == "of" and kind == "money" and words and begin > 0 and is_noun(tags.get(words[-1][0], ""))
                and not is_plural(words[-1][2]) and index + 1 < len(run) and run[index + 1][2].islower()
                and lowered[index + 1] not in STOP_WORDS):
            words.append(run[index])  # "$155 for its most expensive pair of jeans": what the money buys
            continue
        if lower in ("most", "least") and index + 1 < len(run) and tags.get(run[index + 1][0]) == "JJ":
            words.append(run[index])  # "$155 for its most expensive pair of jeans": a superlative, not "most of"
            continue
        # "€12 million for locking up people": a particle after the gerund opening the phrase is the verb's.
        phrasal = (len(words) == 1 and words[0][2].lower().endswith("ing") and lower in PARTICLES
                   and index + 1 < len(run) and run[index + 1][2].islower() and lowered[index + 1] not in STOP_WORDS)
        if (lower in STOP_WORDS and not (word.isupper() and not shouted and gz.lookup(word))  # "three US online journalists"
                and not (index == begin and lower in LEADING_DETERMINERS) and not owner_before and not phrasal
                or lower in CALENDAR_WORDS):
            break
        if lower in RATE_WORDS or lower in NOT_COUNTED or lower.endswith(ADVERB_ENDINGS):
            break  # a rate is read by the caller; "three times" and "allegedly" count nothing
        if re.search(r"['’](?:d|ll|re|ve|m|t)$", lower) or lower.endswith("n't") or _PRONOUN_IS.fullmatch(lower):
            break  # "20 points she'd", "100 percent it's": a contraction starts a new clause
        # "two phone calls": after a count and a singular noun an "-s" word tagged as a verb is the plural head
        # (a verb agreeing with one thing cannot be the predicate of two).
        agreeing = (kind == "count" and not compound and tags.get(run[index][0]) == "VBZ" and words
                    and not is_plural(words[-1][2])
                    # also after a name: "14 Premier League matches"; after an adjective: "14 major wins"
                    and (is_noun(tags.get(words[-1][0], "")) or tags.get(words[-1][0]) == "JJ"))
        # "300 directly employed staff": a participle after an adverb, before a noun, modifies that noun.
        modifier = (words and _manner_adverb(words[-1][2]) and index + 1 < len(run)
                    and is_noun(tags.get(run[index + 1][0], "")) and run[index + 1][2].islower())
        # "three minutes after the radio call": a verb's base form cannot follow a singular noun as its
        # predicate ("the radio calls" would), so after one it is the head of a compound.
        modifier = modifier or (tags.get(run[index][0]) == "VB" and words and words[-1][2].islower()
                                and tags.get(words[-1][0]) == "NN")
        if (index > begin and word.islower() and lower not in NOUN_EXCEPTIONS and not owner_before and not agreeing
                and not modifier and _predicate_word(lower, tags.get(run[index][0]))):
            break  # a verb or adverb after the noun starts the predicate ("troops deployed")
        if index == begin and word.islower() and tags.get(run[index][0]) == "VBD":
            break  # "only 10 recognised Tony Blair": a past verb is the predicate ("30 wounded" is not one)
        if index == begin and kind != "count" and word.islower() and lower.endswith("ed"):
            break  # "$4.1 million changed hands": only people counted can be described by a verb form
        if (seen_lower and word[:1].isupper() and not word.isupper() and tags.get(run[index][0]) != "JJ"
                and not (words and _possessive(words[-1][2]))  # "60% of the world's Christmas decorations"
                # "4% of likely Republican voters": after adjectives alone the name is a modifier too
                and (any(w[2].islower() and is_noun(tags.get(w[0], "")) for w in words)
                     or index + 1 >= len(run) or not run[index + 1][2].islower())):
            break  # "two fine saves David De Gea": a name after a common noun starts a new phrase
        words.append(run[index])
        if lower not in LEADING_DETERMINERS:
            seen_content = True
            # "hundreds of al Qaeda members": a name's particle is part of the name, not a common word
            particle = gz.is_name_particle(lower) and index + 1 < len(run) and run[index + 1][2][:1].isupper()
            seen_lower = seen_lower or word.islower() and not particle
        # "a third of the company's profits": a possessive after a partitive "of the" opens the counted noun.
        # "14 victims' remains", "three people's throats": after a plural owner its noun is what is counted.
        # "the world's Christmas decorations": the owned noun may have a name before it.
        owned_next = index + 1 < len(run) and (run[index + 1][2].islower() or run[index + 1][2][:1].isupper() and (
            index + 2 < len(run) and run[index + 2][2].islower() and is_noun(tags.get(run[index + 2][0], ""))))
        owned = _possessive(word) and owned_next and (
            begin == 2 and lowered[index + 1] not in STOP_WORDS
            or _plural_possessive(word) and lowered[index + 1] not in EDGE_WORDS)
        owner_before = owned
        # "100 Special Operations forces", "United Nations peacekeepers": a plural in a name before a common noun
        # is the name's, and the noun is what is counted (`named_plural`, despite the name).
        named_plural = (word[:1].isupper() and not shouted and index + 1 < len(run) and run[index + 1][2].islower()
                        and is_noun(tags.get(run[index + 1][0], "")) and lowered[index + 1] not in STOP_WORDS)
        # "Three police cars", "two arms deals": a plural before a plural noun modifies it; so it does before a
        # noun and a plural ("19 grand slam singles tennis titles").
        named_plural = named_plural or (index + 1 < len(run) and run[index + 1][2].islower()
                                        and tags.get(run[index + 1][0], "") == "NNS"
                                        and lowered[index + 1] not in STOP_WORDS) or (
            index + 2 < len(run) and run[index + 1][2].islower() and run[index + 2][2].islower()
            and tags.get(run[index + 1][0], "") == "NN" and tags.get(run[index + 2][0], "") == "NNS"
            and not {lowered[index + 1], lowered[index + 2]} & STOP_WORDS)
        if not owned and not named_plural and (_possessive(word) or kind != "date" and is_plural(word)):
            break
    while words and _manner_adverb(words[-1][2]):
        words.pop()  # "four directly linked to it": an adverb ending the phrase modifies its predicate, counts nothing
    # "the 30-year-old rebounded", "20,000 lined the streets": a participle ending the phrase is its
    # predicate, except that a count may be of people it describes ("30 wounded").
    following = run[begin + len(words)][2].lower() if begin + len(words) < len(run) else ""
    # "32 million getting": a present participle is always the predicate; "30 wounded" may be who is counted.
    while words and _verb_form(words[-1][2], tags, words[-1][0]) and (
        kind != "count" or following in DETERMINERS or words[-1][2].endswith("ing")
    ):
        words.pop()
    if not seen_content or not words or all(w[2].lower() in LEADING_DETERMINERS for w in words):
        return None
    if begin + len(words) == len(run) and not is_plural(words[-1][2]) and not _possessive(words[-1][2]):
        # 'two U.S.-based "runners"': a quoted head after the modifiers is what is counted, quotes and all.
        quoted = _QUOTED_HEAD.match(text, words[-1][1])
        if quoted:
            return run[begin][0], quoted.end()
    return run[begin][0], words[-1][1]


def _manner_adverb(word: str) -> bool:
    """Whether a word is an adverb in "-ly" ("directly", "critically"), by the word list's tag (not "family")."""
    return word.islower() and word.endswith("ly") and gz.word_tag(word) == "RB"


def _verb_form(word: str, tags: LazyTags, start: int) -> bool:
    """`_participle`, asking the tagger only about words that end like one."""
    return word.islower() and word.endswith(("ed", "ing")) and _participle(word, tags.get(start))


def _predicate_word(lower: str, tag: str | None) -> bool:
    """Whether a word after a counted noun starts the predicate: a verb or adverb by its tag, else by its ending."""
    if tag is None:
        return lower.endswith(("ed", "ing", "ly"))
    return is_verb(tag) or tag.startswith("RB")


def _participle(word: str, tag: str | None = None) -> bool:
    """Whether a word is a verb form ("deployed", "driving"): the tagger decides when it tagged the word."""
    if tag is not None and word.islower():
        return tag in ("VBD", "VBN", "VBG")
    return word.islower() and word.endswith(("ed", "ing")) and word not in NOUN_EXCEPTIONS


class LazyTags:
    """Tags of a sentence's words by start offset, tagged on the first question only.

    Most counted phrases end at a closed-list word ("report 12 said") without asking the tagger; an
    article of 200,000 such sentences then never pays for tagging them.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._tags: dict[int, str] | None = None

    def get(self, start: int, default: str | None = None) -> str | None:
        if self._tags is None:
            self._tags = {token.start: token.tag for token in tag_text(self._text)}
        return self._tags.get(start, default)


def is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("troops", "casualties", "people"), without a tagger."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    if word.isupper() or lower in SINGULAR_NOUNS_IN_S or len(lower) <= 3:
        return False
    # "-men": congressmen, gunmen, firemen.
    return lower.endswith("men") or lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s"))


def _joined_modifiers(run: list[tuple[int, int, str]], lowered: list[str], begin: int) -> int:
    """Index after "A and B" at the start of a counted phrase when both are lower-case modifiers and a plural
    noun follows B ("intelligence and security agencies", after capitalised ones too: "Hong Kong music and
    movie stars"); `begin` when the phrase opens otherwise."""
    first = begin
    while first + 1 < len(run) and run[first][2][:1].isupper() and not run[first][2].isupper():
        first += 1
    if (len(run) > first + 3 and lowered[first + 1] in ("and", "or") and run[first][2].islower()
            and run[first + 2][2].islower() and lowered[first] not in STOP_WORDS
            and lowered[first + 2] not in STOP_WORDS
            and is_plural(run[first + 3][2]) and not is_plural(run[first][2])):  # not "24 people and injuring hundreds"
        return first + 3
    return begin


def word_run(text: str, pos: int) -> list[tuple[int, int, str]]:
    """The words from `pos` on separated by plain spaces only: punctuation ends a phrase, but for a slash
    between two words, which joins them ("HIV/AIDS")."""
    run: list[tuple[int, int, str]] = []
    cursor = pos
    for match in WORD.finditer(text, pos):
        if run and text[cursor : match.start()] == "/":  # "HIV/AIDS research": words joined by a slash are one
            run[-1] = (run[-1][0], match.end(), text[run[-1][0] : match.end()])
            cursor = match.end()
            continue
        if text[cursor : match.start()].strip() or len(run) > MAX_NOUN_WORDS + 2:
            break
        run.append((match.start(), match.end(), match.group()))
        cursor = match.end()
    return run


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _plural_possessive(word: str) -> bool:
    """A plural's possessive: "drivers'", "people's", "children's" (not "Briton's")."""
    return word.endswith(("s'", "s’")) or word.endswith(("'s", "’s")) and word[:-2].lower() in IRREGULAR_PLURALS


def left_context(text: str, start: int, floor: int) -> int | None:
    """Start of the words before a figure in its clause ("he ended up losing" about $4,000), or None."""
    words = list(WORD.finditer(text, max(find_clause_start(text, start)[0], floor), start))[-MAX_LEFT_WORDS:]
    # "killing at least 40 people and injuring" 250: after a conjunction a new clause says what the figure is.
    # "at home and abroad have contributed": "and" between nouns joins the subject, so it stays.
    tags = {t.start: t.tag for t in tag_text(text)} if words and start <= MAX_TAGGED_CHARS else {}
    # "the event but also" $5,000: with only adverbs after it, the conjunction opens the figure's own phrase.
    joins = [i for i, word in enumerate(words[:-1]) if word.group().lower() in CONJUNCTIONS and (
        word.group().lower() not in ("and", "or", "but") or _verb_follows(words[i + 1 :], tags)
        or all(w.group().lower() in MODIFYING_ADVERBS for w in words[i + 1 :]))]
    if joins:
        words = words[joins[-1] + 1 :]
    # "Tuesday proposed a budget of" €4.2 billion: a weekday opening the clause is when, not what.
    while words and (words[0].group().lower() in STOP_WORDS or words[0].group().lower() in WEEKDAYS):
        words = words[1:]
    return words[0].start() if words else None


def _verb_follows(words: list[re.Match], tags: dict[int, str]) -> bool:
    """Whether the first word that is not an adverb is a verb ("but still ended up"): a new clause starts."""
    for word in words:
        tag = tags.get(word.start(), "")
        lower = word.group().lower()
        # Only adverbs that modify a verb are passed over; "at home and abroad have" joins two places.
        if not (tag.startswith("RB") and (lower in VERBS_AND_ADVERBS or lower.endswith("ly"))):
            return is_verb(tag)
    return False


def find_clause_start(text: str, end: int) -> tuple[int, str]:
    """Where the clause ending at `end` starts, and the punctuation that opens it ("" at the sentence start)."""
    boundaries = list(BOUNDARY.finditer(text, 0, end))
    return (boundaries[-1].end(), boundaries[-1].group().strip()) if boundaries else (0, "")


def is_superlative(text: str, pos: int) -> bool:
    """Whether the word at `pos` is a superlative adjective (after "most" or "least", any adjective)."""
    word = re.match(r"[a-z]+", text[pos:])
    if word is None:
        return False
    if re.search(r"\b(?:most|least)\s+$", text[:pos]):
        return LazyTags(text).get(pos) in ("JJ", "RB", "JJS")  # "most important", "least widely read"
    return LazyTags(text).get(pos) in ("JJS", "RBS")  # "biggest", "fastest", never "interest"
