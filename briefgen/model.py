"""Data classes (leaf module): the frozen objects that flow between stages."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Mapping

SCHEMA = "briefgen.brief/1"

SECTION_KEYS = ("situation", "actors", "numbers", "outlook", "questions")


def _freeze(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Article:
    """An article as decoded: `text` is what every offset points into."""

    text: str
    title: str
    source: str
    # Offset where the body starts: after the headline line when the first line is a headline.
    body_start: int = 0
    date: str | None = None
    language: str = "english"
    # Page metadata when the input had it (HTML pages, feed entries).
    link: str | None = None
    author: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence: 0-based id in document order, character offsets into the article, end exclusive."""

    id: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    headline: bool = False
    # Index into `Brief.sources`: a story merged from several articles keeps each sentence's origin,
    # and its offsets point into that source's text.
    source: int = 0


@dataclass(frozen=True)
class Source:
    """One article a brief was made from, as the user named it, with the decoded text offsets point into."""

    id: int
    name: str
    title: str
    text: str
    date: str | None = None
    link: str | None = None
    author: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Document:
    """An article with its sentences: what the rankers and section extractors read."""

    article: Article
    sentences: tuple[Sentence, ...]

    # The per-document caches of the rankers and sections are keyed on the document: its hash is worked
    # out once (over a book-length article's 200,000 sentences it takes tens of milliseconds).
    def __hash__(self) -> int:
        return self._hash

    @functools.cached_property
    def _hash(self) -> int:
        return hash((self.article, self.sentences))

    def __getstate__(self) -> dict:
        # A string's hash differs from process to process: the cached one never travels (nor the starts,
        # cheap to work out again).
        return {k: v for k, v in self.__dict__.items() if k not in ("_hash", "_starts")}

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    @property
    def body(self) -> tuple[Sentence, ...]:
        """The sentences after the headline."""
        return tuple(s for s in self.sentences if not s.headline)

    def quote(self, start: int, end: int) -> "Quote":
        """A verbatim quote of the article text between two offsets, tied to its sentence."""
        # Sentences run in text order: the one starting last at or before `start` is the only candidate.
        index = bisect.bisect_right(self._starts, start) - 1
        sentence = self.sentences[index] if index >= 0 else None
        if sentence is None or not (sentence.start <= start and end <= sentence.end):
            raise ValueError(f"span {start}:{end} does not lie inside one sentence")
        return Quote(self.article.text[start:end], start, end, sentence.id)

    def sentence_quote(self, sentence_id: int) -> "Quote":
        """The whole of one sentence as a quote."""
        s = self.sentences[sentence_id]
        return Quote(s.text, s.start, s.end, s.id)


@dataclass(frozen=True)
class Quote:
    """Verbatim evidence: `text == article.text[start:end]`, inside sentence `sentence_id`."""

    text: str
    start: int
    end: int
    sentence_id: int
    # Set when the fitter had to shorten a sentence too long for any page; text then ends with "…".
    truncated: bool = False


@dataclass(frozen=True)
class Item:
    """One line of a section: a label in the tool's words (or verbatim), its evidence and its salience.

    `rank` orders items by importance inside their section (0 = most important); the one-page
    fitter drops the highest ranks first. `fields` carries section-specific data (role, value, ...).
    """

    text: str
    sentence_ids: tuple[int, ...]
    quotes: tuple[Quote, ...] = ()
    rank: int = 0
    fields: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", _freeze(self.fields))
        object.__setattr__(self, "sentence_ids", tuple(self.sentence_ids))
        object.__setattr__(self, "quotes", tuple(self.quotes))


@dataclass(frozen=True)
class Section:
    """One of the five sections; `omitted` counts items the one-page fitter left out."""

    key: str
    title: str
    items: tuple[Item, ...] = ()
    omitted: int = 0
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True)
class Brief:
    """A whole brief: the article, its sentences, the five sections and provenance."""

    title: str
    source: str
    text: str
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    date: str | None = None
    language: str = "english"
    algorithm: str = "default"
    generator: str = "briefgen"
    schema: str = SCHEMA
    # Every article behind the brief; a single-article brief has one, matching title/source/text.
    sources: tuple[Source, ...] = ()

    def __post_init__(self) -> None:
        if not self.sources:
            object.__setattr__(self, "sources", (Source(0, self.source, self.title, self.text, self.date),))

    def section(self, key: str) -> Section:
        """The section with this key."""
        found = self._section(key)
        if found is None:
            raise KeyError(key)
        return found

    def section_items(self, key: str) -> tuple[Item, ...]:
        """The items of the section with this key; none when the brief has no such section."""
        found = self._section(key)
        return found.items if found is not None else ()

    def _section(self, key: str) -> Section | None:
        return next((section for section in self.sections if section.key == key), None)

    @property
    def omitted(self) -> int:
        """Items left out to fit one page, over all sections."""
        return sum(s.omitted for s in self.sections)

    @property
    def bottom_line(self) -> Item | None:
        """The single most important situation sentence: the brief opens with it."""
        items = self.section("situation").items
        return min(items, key=lambda i: i.rank) if items else None

    def with_sections(self, sections: tuple[Section, ...]) -> "Brief":
        """A copy with other sections."""
        return replace(self, sections=tuple(sections))
