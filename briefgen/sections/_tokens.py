"""A sentence's words for the actors section (sections stage): offsets, compounds, trusted capitals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import gazetteer as gz
from ..model import Sentence
from ._actor_words import RESETS_CASE

# "Park Geun-hye", "Kim Jong-un": a lower-case part this short after a hyphen is a syllable of a name.
MAX_NAME_SYLLABLE = 3
# "Min-seok", "Jae-hyeon": a romanised syllable runs to five letters ("hyeon", "seong").
MAX_ROMANISED_SYLLABLE = 5
# Lower-case words that attach to a name with a hyphen to make an adjective ("U.S.-led", "Boston-area").
COMPOUND_TAILS = frozenset(
    """led based born area style owned run backed made bound era wide level class type like related linked
    affiliated funded speaking controlled held allied friendly centric bred raised native""".split()
)

_TOKEN = re.compile(
    r"[A-Z][a-z]\.(?:[A-Z]\.)+|"  # "Ph.D."
    r"(?:[A-Za-z]\.){2,}|[^\W\d_](?:[\w&]|['’](?=[^\W\d_])|[-‐](?:[A-Z]\.){2,}|[-‐](?=[^\W_])|\.(?=[a-z]{2,}\b))*"
    # Numbers that are part of a name: "BBC Radio 4", "Channel 4", "the 9th Circuit Court of Appeals"
    r"|(?<=\bRadio\s)\d{1,2}\b(?![.,:]\d)|(?<=\bChannel\s)\d{1,2}\b(?![.,:]\d)"
    r"|\b\d{1,2}(?:st|nd|rd|th)(?=\s(?:[A-Z][a-z]+\s)?(?:Circuit|Airborne|Cavalry|Infantry|Division|Fleet|District|Army|Century)\b)"
)

# An abbreviation with a lower-case letter inside: a degree ("Ph.D.", "Ed.D."), where "U.S." is a name's.
_DEGREE = re.compile(r"[A-Z][a-z]\.(?:[A-Z]\.)+")

# Lower-case words inside a hyphenated route between two places ("Paris-to-Lagos", "London-via-Dubai").
ROUTE_WORDS = frozenset("to via and v vs".split())


@dataclass(slots=True, eq=False)  # tokens are compared by identity: each is one place in a sentence
class Token:
    """One word of a sentence with its offsets into the article text."""

    text: str
    start: int
    end: int  # end of the word itself
    raw_end: int  # end including a possessive "'s"
    cap: bool
    trusted: bool = True  # capitalisation here means something (not opening a sentence, quote or headline)
    glued: bool = False  # split from a hyphenated compound ("Russia-Ukraine"): never one name with the word before
    shouted: bool = False  # in a sentence written all in capitals, where no word's case says anything
    after_ampersand: bool = False  # "&" stands before it ("Procter & Gamble"): no token of its own

    @property
    def possessive(self) -> bool:
        return self.raw_end != self.end

    @property
    def lower(self) -> str:
        return self.text.lower()


def is_branch(word: str) -> bool:
    """Whether a hyphenated word names a body's branch in a place ("Soros Foundation-Kazakhstan"): a body's
    noun, then a known country or place; not two sides ("Russia-Ukraine") or a people ("Police-Kurdish")."""
    parts = re.split(r"[-‐]", word)
    known = gz.lookup(parts[-1]) if len(parts) == 2 else None
    return (known is not None and gz.is_org_cue(parts[0]) and known.via == gz.VIA_NAME
            and known.kind in (gz.COUNTRY, gz.PLACE))


def _joins_bodies(last: str) -> bool:
    """Whether the part after a hyphen is a body's noun that opens a second body's name: two bodies merged
    into one, named by both names ("Republican Party of Norland-Party of Freedom"); no place or side is named so."""
    return gz.is_org_cue(last, plural=False) and gz.lookup(last) is None


def _compound_parts(word: str) -> list[tuple[str, int, int, bool]]:
    """A hyphenated word as (text, start, end, glued) parts: "Russia-Ukraine" splits, "Jean-Claude" does not."""
    parts = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^-‐]+", word)]
    whole = [(word, 0, len(word), False)]
    if len(parts) < 2:
        return whole
    caps = [p[0][0].isupper() for p in parts]
    if not any(caps) or (gz.is_name_particle(parts[0][0]) and all(caps[1:])):
        return whole  # "co-founder", "al-Assad", "el-Sheikh"
    if all(caps) and (gz.lookup(word) or gz.is_non_name(word) or not any(gz.lookup(p[0]) for p in parts)
                      or is_branch(word) or _joins_bodies(parts[-1][0])):
        return (
            whole  # "Jean-Claude", "Coca-Cola", "African-American"; but "Russia-Ukraine", "Israeli-Palestinian" split
        )
    if not all(caps) and caps[0] and caps[-1]:
        inner = {p[0] for p in parts[1:-1]}
        if inner and inner <= ROUTE_WORDS and gz.lookup(parts[0][0]) and gz.lookup(parts[-1][0]):
            # "Paris-to-Lagos": a route between two known places, each a name of its own.
            return [(text, start, end, i > 0) for i, (text, start, end) in enumerate(parts)]
        return whole  # "Manchester-by-the-Sea"
    tails = [p[0] for p in parts[1:]]
    if caps[0] and not any(caps[1:]) and all(_name_syllable(parts[0][0], t) for t in tails):
        return whole  # "Geun-hye", "Min-seok": a given name, not "U.S.-led", "Boston-area" or "Oscar-winner"
    return [(text, start, end, i > 0) for i, (text, start, end) in enumerate(parts)]


def _name_syllable(head: str, tail: str) -> bool:
    """Whether a lower-case part after a hyphen is a syllable of a romanised given name: a short one
    ("Jong-un", "Geun-hye"), or one of a few letters more where the syllable or the head before it is no
    English word ("Min-seok", "Myung-bak", "Ki-moon"; not "Ex-wife", "Oscar-winner", "Boston-area")."""
    if tail in COMPOUND_TAILS:
        return False
    if len(tail) <= MAX_NAME_SYLLABLE:
        return True  # (and "F-15", "AK-47s": a model's code stays one word)
    if not tail.isalpha():
        return False
    unknown = gz.word_tag(tail) is None or (len(head) <= MAX_NAME_SYLLABLE and gz.word_tag(head.lower()) is None)
    return len(tail) <= MAX_ROMANISED_SYLLABLE and unknown


def tokenize(sentence: Sentence) -> list[Token]:
    """The words of a sentence (datelines are not in sentences: the segmenter leaves them out), each
    marked for trusted capitals."""
    text = sentence.text
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.start(), match.end()
        word = match.group()
        raw_end = end
        if word[-2:] in ("'s", "’s") and len(word) > 2:
            word, end = word[:-2], end - 2
        elif word.endswith("s") and text[end : end + 1] in ("'", "’") and not text[end + 1 : end + 2].isalpha():
            raw_end = end + 1  # "Footballers' Association": a plural's possessive
        elif end < len(text) and text[end] == "." and (gz.is_abbreviation(word) or (len(word) == 1 and word.isupper())):
            word, end, raw_end = word + ".", end + 1, end + 1  # "Gen.", "Oct.", the initial in "Geraldine A. Ferraro"
        parts = _compound_parts(word) if ("-" in word or "‐" in word) else [(word, 0, len(word), False)]
        for i, (part, a, b, glued) in enumerate(parts):
            cap = part[0].isupper() or part[0].isdigit()  # a digit only starts a token inside a name
            if _DEGREE.fullmatch(part):
                cap = False  # "a Ph.D. candidate": a degree's abbreviation is a common noun, no name's word
            if a == 0 and start > 0 and text[start - 1].isdigit():
                cap = False  # "a Boeing 777-200ER", "4WD": letters glued to a number end a code, no name
            if not cap and ("-" in part or "‐" in part):
                pieces = re.split(r"[-‐]", part)
                # "al-Assad", "el-Sheikh": a particle glued to a capitalised name is part of that name.
                cap = gz.is_name_particle(pieces[0]) and pieces[1][:1].isupper()
            last = i == len(parts) - 1
            tokens.append(
                Token(
                    part,
                    sentence.start + start + a,
                    sentence.start + start + b,
                    sentence.start + (raw_end if last else start + b),
                    cap,
                    glued=glued,
                )
            )
    shouted = not any(c.islower() for c in text)
    for i, token in enumerate(tokens):
        token.shouted = shouted
        if sentence.headline or shouted or i == 0:
            token.trusted = False
        elif not token.glued:
            gap = gap_between(sentence, tokens[i - 1], token)
            if gap != " ":  # the commonest gap neither resets case nor holds "&": the defaults stand
                token.trusted = not RESETS_CASE.search(gap)
                token.after_ampersand = "&" in gap
    return tokens


def gap_between(sentence: Sentence, left: Token, right: Token) -> str:
    """The text between two tokens of a sentence (after the left one's possessive)."""
    return sentence.text[left.raw_end - sentence.start : right.start - sentence.start]


def name_text(tokens: list[Token]) -> str:
    """The words of a name as written, "&" kept ("Standard & Poor"), the other gaps as single spaces."""
    return "".join((" & " if t.after_ampersand else " ") * (i > 0) + t.text for i, t in enumerate(tokens))
