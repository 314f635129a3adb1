"""Required literals of a regular expression (a leaf helper of the rank and sections stages): a cheap test that
rules a text out.

The cue patterns of the outlook and open-questions sections open with `\\b`, which keeps Python's
regular-expression engine from skipping ahead to a literal: every pattern is tried at every position of
every sentence, the dearest part of those sections on a long article. Like RE2 and ripgrep, we read the
pattern's parse tree for literal strings one of which every match must contain ("denie", "deny",
"denial" for `\\b(?:denie[sd]|deny(?:ing)?|denials?)\\b`); a sentence holding none of them cannot match,
and a substring test is a few hundred times cheaper than the search. The test only ever rules texts
out, so matches are exactly those of the full pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product

from re import _constants as sre  # the parse tree's opcodes (stable within a Python version)
from re import _parser as sre_parse

# Literal sets are expanded (character classes, optional groups, alternatives) up to this many strings;
# larger languages end the literal run instead (still correct, only less selective).
MAX_STRINGS = 32
# Characters a case-insensitive ASCII letter matches besides its two cases (İ ı ſ K, found by testing
# every code point against `[a-z]` with re.IGNORECASE): a text holding one is searched in full.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


@dataclass(frozen=True)
class Literals:
    """Strings one of which every match contains; `folded`: compare with the text lower-cased."""

    strings: frozenset[str]
    folded: bool

    def may_match(self, text: str, lowered: str | None) -> bool:
        """False only when the pattern cannot match `text`; `lowered` is `lowered_text(text)`."""
        if self.folded:
            if lowered is None:
                return True
            text = lowered
        for string in self.strings:  # a plain loop: this runs for every cue of every sentence
            if string in text:
                return True
        return False


    def shortest_prefix(self, text: str, lowered: str | None) -> int:
        """The length of the shortest prefix of `text` the pattern may match (the first to hold one of the
        strings): a search of any shorter prefix fails. 0 when that cannot be told, len(text) + 1 when no
        prefix holds a string. `lowered` is `lowered_text(text)`."""
        if self.folded:
            if lowered is None:  # `lowered_text` gives None for every fold that changes a text's length
                return 0
            text = lowered
        shortest = len(text) + 1
        for string in self.strings:
            at = text.find(string)
            if at >= 0 and at + len(string) < shortest:
                shortest = at + len(string)
        return shortest


def lowered_text(text: str) -> str | None:
    """The text as case-insensitive literals are compared with it, or None when that could miss a match."""
    return None if _ODD_FOLDS.search(text) else text.lower()


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """The literals one of which every match of `pattern` contains, or None when none can be told."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    folded = bool(parsed.state.flags & re.IGNORECASE)
    strings = _required(list(parsed), folded)
    return Literals(strings, folded) if strings else None


def _char(code: int, folded: bool) -> str | None:
    """A literal character as the text is compared, or None when the comparison could be wrong."""
    char = chr(code)
    if folded:
        return char.lower() if char.isascii() else None
    return char


def _whole(items: list, folded: bool) -> set[str] | None:
    """Every string the items can match, when that is a small set of literals; else None."""
    strings = {""}
    for op, av in items:
        if op is sre.LITERAL:
            char = _char(av, folded)
            options = None if char is None else {char}
        elif op is sre.IN:
            options = _class(av, folded)
        elif op is sre.BRANCH:
            alternatives = [_whole(list(alt), folded) for alt in av[1]]
            options = None if any(a is None for a in alternatives) else set().union(*alternatives)
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            options = _whole(list(av[3]), folded)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            inner = _whole(list(av[2]), folded)
            options = None if inner is None else inner | {""}
        elif op in _ZERO_WIDTH:
            options = {""}  # consumes nothing: the matched text is still one of the strings
        else:
            return None
        if options is None or len(strings) * len(options) > MAX_STRINGS:
            return None
        strings = {a + b for a, b in product(strings, options)}
    return strings


def _class(items: list, folded: bool) -> set[str] | None:
    """The characters of a class made only of a few literals (`[sd]`, `[’']`), else None."""
    chars = set()
    for op, av in items:
        if op is not sre.LITERAL:
            return None  # ranges, categories and negations
        char = _char(av, folded)
        if char is None:
            return None
        chars.add(char)
    return chars  # _whole bounds how many strings the class multiplies into


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two literal sets: the longer shortest string, then fewer strings."""
    if not b or min(map(len, b)) == 0:
        return a
    if not a:
        return b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _required(items: list, folded: bool) -> frozenset[str] | None:
    """Strings one of which every match of the sequence `items` contains (the most selective found)."""
    best: frozenset[str] | None = None
    run = {""}  # what the current stretch of literals can be
    for op, av in items:
        whole = _whole([(op, av)], folded)  # None for anything that is no fixed few strings
        if whole is not None and len(run) * len(whole) <= MAX_STRINGS:
            run = {a + b for a, b in product(run, whole)}
            continue
        best = _better(best, frozenset(run))
        run = {""}
        if op is sre.BRANCH:
            alternatives = [_required(list(alt), folded) for alt in av[1]]
            if all(alternatives):
                best = _better(best, frozenset().union(*alternatives))
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            best = _better(best, _required(list(av[3]), folded))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            best = _better(best, _required(list(av[2]), folded))
        # anything else (classes, repeats that may be empty, groups changing flags) ends the run
    return _better(best, frozenset(run))
