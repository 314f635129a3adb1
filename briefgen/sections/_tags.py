"""Part-of-speech tags for the section extractors (sections stage): pattern's English tagger, offline.

textblob ships pattern's English lexicon and Brill tagger inside its wheel, so tagging needs no
download. It is imported lazily, and callers tag only the sentences they need (those holding a
figure): a 200,000-sentence article must not pay for tagging every sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Words as the tagger's lexicon spells them: initialisms ("U.S."), numbers with separators, words
# with inner hyphens and apostrophes, with a possessive "'s" and a negative "n't" split off (Penn style).
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"
    r"|\d[\d,.]*\d|\d"
    r"|[^\W\d_]+(?=n['’]t\b)|n['’]t\b"
    r"|['’]s\b"
    r"|[^\W\d_](?:[\w-]*\w)?(?:['’](?![st]\b)\w+)*"
    r"|\S"
)
# Sentences tagged at once are few (those with figures); a small cache covers the repeats of a sentence.
CACHE_SIZE = 512
# Tagging is linear in words, but a sentence the segmenter could not split may run to megabytes: past
# this many characters only its start is tagged (figures deeper in are labelled by the word rules).
MAX_TAGGED_CHARS = 2000


@dataclass(frozen=True)
class Token:
    """One word of a sentence: local offsets, the word and its Penn Treebank tag."""

    start: int
    end: int
    word: str
    tag: str


@lru_cache(maxsize=1)
def _parser():
    from textblob.en import parser  # imported on first use: loading the lexicon takes about 0.07 s

    from .. import gazetteer

    gazetteer.share_lexicon(parser.lexicon)  # the gazetteer holds the same lexicon, maybe from its cache
    return parser


@lru_cache(maxsize=CACHE_SIZE)
def tag_text(text: str) -> tuple[Token, ...]:
    """The tagged words of one sentence, with offsets into it."""
    matches = list(_TOKEN.finditer(text[:MAX_TAGGED_CHARS]))
    if not matches:
        return ()
    words = [m.group() for m in matches]
    tags = _repair([tag for _, tag in _parser().find_tags(words)], words)
    return tuple(Token(m.start(), m.end(), word, tag) for m, word, tag in zip(matches, words, tags))


# Forms of "be" after which a noun-tagged word before "to" is a passive verb ("is forecast to drop").
BE_FORMS = frozenset("is are was were be been being".split())
HAVE_FORMS = frozenset("has have had".split())
# Verbs that may open a verb group before its main verb ("will be there", "has also been jailed").
AUXILIARIES = BE_FORMS | HAVE_FORMS | frozenset("do does did".split())
# Tags after which a word tagged as a noun right after "to" is a verb ("to fall to 2.9%", "to drop by").
_AFTER_INFINITIVE = frozenset({"TO", "IN", "DT", "CD", "$", "PRP", "PRP$", "RB"})


_CURRENCY_SIGNS = frozenset("$£€¥")


def _repair(tags: list[str], words: list[str]) -> list[str]:
    """Fix the tagger's commonest slips in news copy: verbs after "to" read as nouns ("to fall", "forecast to"),
    and a participle after "has" before an amount ("has bid $6.3bn")."""
    for i, (word, tag) in enumerate(zip(words, tags)):
        if tag not in ("NN", "NNS") or not word.islower() or i + 1 >= len(words):
            continue
        if i and tags[i - 1] == "TO" and tags[i + 1] in _AFTER_INFINITIVE:
            tags[i] = "VB"
        elif tags[i + 1] == "TO":
            back = i - 1
            while back >= 0 and tags[back] == "RB":
                back -= 1  # "is now officially forecast to"
            if back >= 0 and words[back].lower() in BE_FORMS:
                tags[i] = "VBN"
        elif i and words[i - 1].lower() in HAVE_FORMS and words[i + 1] in _CURRENCY_SIGNS:
            tags[i] = "VBN"  # "has bid $6.3bn": a perfect's participle before an amount, not a noun
    return tags


def is_noun(tag: str) -> bool:
    """Common and proper nouns, singular and plural."""
    return tag.startswith("NN")


def is_verb(tag: str) -> bool:
    """Verbs in every form, and modals."""
    return tag.startswith("VB") or tag == "MD"
