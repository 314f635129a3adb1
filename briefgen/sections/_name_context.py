"""What a whole article says about its words (sections stage): trusted capitals, lower case, match reports."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import MIN_PARTICIPLE_CHARS, POSITIONS, is_acronym
from ._figure_words import MONTHS, SCORE
from ._spans import capitalised_runs
from ._tokens import Token, gap_between, name_text

# A word capitalised this often where capitals are doubtful (sentence starts), and never in lower
# case, is a name ("Chelsea's good week ... Chelsea manager ...").
MIN_DOUBTFUL_REPEATS = 2
# Sentences with a score ("beat West Ham 1-0") that make an article a match report, where a city's name
# is as often its club's ("lost to West Ham", "Liverpool boss").
MIN_SCORES = 2
# What a language's name comes before ("Turkic-speaking", "Arabic-language") or after ("speaks Tagalog").
LANGUAGE_TAILS = frozenset(("speaking", "language"))
SPEAK_VERBS = frozenset(("speak", "speaks", "spoke", "spoken", "speaking"))

# Only a position tied to a name counts ("Arsenal's number one keeper", "striker Didier Drogba", "keeper at
# Leeds"): "human
# rights defenders" and "hunger strikers" report no game.
_POSITION = re.compile(
    rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{POSITIONS})\b|\b(?:{POSITIONS})\s+(?:(?:at|for)\s+)?[A-Z][a-z]"
)


@functools.lru_cache(maxsize=8)
def _stop_words(language: str) -> frozenset[str]:
    """Function words of a language (sumy's list, offline); English when the language has none."""
    from sumy.utils import get_stop_words

    try:
        return frozenset(get_stop_words(language))
    except LookupError:
        return frozenset(get_stop_words("english"))


@dataclass
class Context:
    """What the whole article says about its words: which are capitalised mid-sentence, which in lower case."""

    trusted_caps: frozenset[str]
    lowercase: frozenset[str]
    stop_words: frozenset[str]
    trusted_runs: frozenset[str]  # capitalised runs that start where capitals are trusted ("Kurt Cobain")
    # the article reports games: scores like "2-1" or players' positions in MIN_SCORES sentences
    match_report: bool = False
    # Common words (in lower case) capitalised only where capitals are doubtful, and there only to qualify a
    # role before a name ("Communications director Ivo Marsh"): part of the role, no name alone.
    role_qualifiers: frozenset[str] = frozenset()
    # Names of peoples and languages ("Uyghurs" beside "Uyghur activists", "Turkic-speaking"): a group of people
    # or a tongue, which the guideline keeps out of actors, when the gazetteer knows no place or body by it.
    peoples: frozenset[str] = frozenset()
    # Capitalised plurals no dictionary or gazetteer knows, never after "the" nor qualifying a noun ("Crimean
    # Tatars fled", not "the French Alps" or "the Fars news agency"): a class of people, when a demonym or a
    # place's adjective says whose.
    class_plurals: frozenset[str] = frozenset()
    # Distinctive words of the events the article names ("pam" of "Cyclone Pam"): alone later ("before
    # Pam struck") they still name the event. Filled as sentences are read.
    event_words: set[str] = field(default_factory=set)
    # Names the article gives vehicles and works ("the ferry Marisol"): "the Marisol" elsewhere is the ferry.
    things: set[tuple[str, ...]] = field(default_factory=set)
    # The words (lower case) of the names read so far, filled as sentences are read: an event's name that
    # holds one is named after what they name ("the Velmar River ... the Velmar Flow Agreement").
    name_words: set[str] = field(default_factory=set)
    # Words after a given name in a run where capitals are trusted ("Rank-Broadley" of "Ian Rank-Broadley"): a
    # person's surname, which alone after an agent noun still names that person ("sculptor Rank-Broadley").
    surnames: frozenset[str] = frozenset()

    def credible(self, token: Token) -> bool:
        """Whether a capitalised word in a doubtful position still reads as (part of) a name."""
        text = token.text
        return (
            token.trusted
            or text in self.trusted_caps
            or gz.lookup(text) is not None
            or gz.title_length([text]) > 0
            or gz.is_honorific(text)
            or (is_acronym(text) and not token.shouted)
        ) and not gz.is_non_name(text)

    def plausible_first(self, token: Token) -> bool:
        """Whether the doubtful first word of a longer capitalised run is a name ("Emily" in "Emily Jones said")."""
        lower = token.lower
        return not (
            token.shouted
            or lower in self.stop_words
            or lower in self.lowercase
            or gz.is_non_name(token.text)
            or gz.is_role_modifier(lower)
            or gz.is_role_noun(lower.removesuffix("s"))  # "Teammate Viktor Troicki", "Stars David Duchovny"
            or (len(lower) > MIN_PARTICIPLE_CHARS and lower.endswith(("ing", "ed")))  # "Witnessing Alzheimer's"
            # "Replacement Gareth Cooper": a common word opening a sentence, unless it is a given name too.
            or (gz.is_common_word(token.text) and not gz.is_given_name(lower))
        )


_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?\s+$",
                           re.IGNORECASE)


def _has_score(text: str) -> bool:
    """Whether a sentence gives a score ("beat Chelsea 3-1."), not a range of days ("April 9-12")."""
    return any(not _MONTH_BEFORE.search(text, 0, m.start()) for m in SCORE.finditer(text))


def _common_in_lower_case(token: Token) -> bool:
    """Whether the lexicon knows a capitalised word in lower case as a common word ("communications",
    "opposition"), not only as a name."""
    tag = gz.word_tag(token.lower)
    return tag is not None and not tag.startswith("NNP")


def read_context(sentences: list[tuple[Sentence, list[Token]]], language: str) -> Context:
    """Which words the article capitalises where it means it, and which it writes in lower case."""
    trusted_caps, lowercase, doubtful = set(), set(), Counter()
    qualifiers, placed = set(), set()  # role qualifiers where capitals are doubtful; words capitalised mid-sentence
    languages, modifiers, plurals = set(), set(), set()  # before "-speaking"; before a lower-case noun; ending in "s"
    definite = set()  # plurals ending a run after "the"
    for sentence, tokens in sentences:
        for i, token in enumerate(tokens):
            if not token.cap:
                lowercase.add(token.lower)
            elif token.trusted and not sentence.headline:
                trusted_caps.add(token.text)
                placed.add(token.text)
            elif not sentence.headline:
                doubtful[token.text] += 1
            # "Chelsea manager Jose Mourinho": a word qualifying a role before a name is a name itself.
            if (
                token.cap
                and i + 2 < len(tokens)
                and not tokens[i + 1].cap
                and gz.is_role_noun(tokens[i + 1].lower, before_name=True)
                and tokens[i + 2].cap
            ):
                trusted_caps.add(token.text)
                if not token.trusted and _common_in_lower_case(token):
                    # "Communications director Ivo Marsh", "Opposition leaders ..." opening a sentence: the
                    # role's field or side, capitalised for its position, perhaps no name of its own.
                    qualifiers.add(token.text)
            if token.cap and i + 1 < len(tokens):
                after = tokens[i + 1]
                if after.glued and after.lower in LANGUAGE_TAILS:
                    languages.add(token.text)  # "Turkic-speaking", "Tamil-language"
                elif not after.cap and not after.glued and gap_between(sentence, token, after) == " " and (
                        (gz.word_tag(after.lower) or "").startswith("NN")):
                    modifiers.add(token.text)  # "Uyghur activists"
            if token.cap and token.text.endswith("s"):
                plurals.add(token.text)
                j = i
                while j > 0 and tokens[j - 1].cap:
                    j -= 1
                if j > 0 and tokens[j - 1].lower == "the":
                    definite.add(token.text)  # "the Houthis", "the French Alps": a body or a place in the plural
            if token.cap and i > 0 and tokens[i - 1].lower in SPEAK_VERBS:
                languages.add(token.text)  # "speaks Tagalog"

    stop_words = _stop_words(language)
    for word, count in doubtful.items():
        lower = word.lower()
        # Plurals are left out: common nouns open sentences again and again ("Critics say", "Officials said").
        if (
            count >= MIN_DOUBTFUL_REPEATS
            and lower not in lowercase
            and lower not in stop_words
            and not lower.endswith("s")
        ):
            trusted_caps.add(word)
    trusted = [
        [tokens[i] for i in run]
        for sentence, tokens in sentences
        if not sentence.headline
        for run in capitalised_runs(sentence, tokens)
        if tokens[run[0]].trusted
    ]
    runs = {name_text(run) for run in trusted}
    surnames = {t.text for run in trusted if len(run) > 1 and gz.is_given_name(run[0].text) for t in run[1:]
                if not is_acronym(t.text) and gz.lookup(t.text) is None}
    # Capitalised plurals neither the gazetteer (which reads "Russians" as Russia's) nor the lexicon ("Lions")
    # knows, never written after "the": a body named in the plural takes it ("the Houthis", "the Beatles"), as
    # does a place ("the French Alps"); a people spoken of as a class goes without.
    unknown = {w for w in plurals - definite if gz.lookup(w) is None and gz.word_tag(w.lower()) is None}
    # Games are reported by their scores, or by the positions of the players in them.
    scores = sum(1 for sentence, _ in sentences if _has_score(sentence.text) or _POSITION.search(sentence.text))
    return Context(
        frozenset(trusted_caps), frozenset(lowercase), stop_words, frozenset(runs), match_report=scores >= MIN_SCORES,
        role_qualifiers=frozenset(w for w in qualifiers if w not in placed and doubtful[w] < MIN_DOUBTFUL_REPEATS),
        peoples=_peoples(unknown, modifiers) | frozenset(word for word in languages if gz.lookup(word) is None),
        class_plurals=frozenset(
            word for word in unknown - modifiers if not gz.is_org_cue(word) and not gz.is_place_cue(word)
        ),
        surnames=frozenset(surnames),
    )


def _peoples(plurals: set[str], modifiers: set[str]) -> frozenset[str]:
    """The names of peoples among unknown plurals: those whose singular qualifies nouns ("Uyghurs face ..."
    and "Uyghur activists") and is no known or common word either; both forms."""
    found = set()
    for plural in plurals:
        singular = plural[:-1]
        if (singular in modifiers and len(singular) > 2 and gz.lookup(singular) is None
                and gz.word_tag(singular.lower()) is None):
            found.update((plural, singular))
    return frozenset(found)
