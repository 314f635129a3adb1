"""Pipeline stage: orchestrates ingest -> segment -> rank -> sections into a `Brief`."""

from __future__ import annotations

from . import doccache
from .config import Settings
from .ingest import load_article, parse_article
from .model import Article, Brief, Section, Source
from .rank import check_algorithm, select_sentences
from .sections import ENGLISH_ONLY, REGISTRY
from .segment import split_sentences


def brief_from_article(article: Article, settings: Settings | None = None) -> Brief:
    """Segment an article and run every section extractor on it."""
    settings = settings or Settings()
    check_algorithm(settings.algorithm)
    doc = split_sentences(article)
    sections = tuple(_extract(module, doc, settings) for module in REGISTRY)
    # What the sections shared (ranking, stems, attributions) serves this document only: a huge
    # article's would otherwise stay in memory through rendering.
    doccache.release()
    return Brief(
        title=article.title,
        source=article.source,
        text=article.text,
        sentences=doc.sentences,
        sections=sections,
        date=settings.date or article.date,
        language=article.language,
        algorithm=check_algorithm(settings.algorithm),
        sources=(Source(0, article.source, article.title, article.text, article.date, article.link,
                        article.author, article.site),),
    )


def _extract(module, doc, settings: Settings) -> Section:
    if doc.article.language != "english" and module.KEY in ENGLISH_ONLY:
        note = f"English-only section: not extracted from {doc.article.language} text."
        return Section(module.KEY, module.TITLE, note=note)
    return module.extract(doc, settings)


def build_brief(text: str, title: str | None = None, settings: Settings | None = None, source: str = "-") -> Brief:
    """A brief of an article given as text; `title` overrides the headline found in it."""
    settings = settings or Settings()
    return brief_from_article(parse_article(text, source=source, title=title, language=settings.language), settings)


def brief_file(path: str, settings: Settings | None = None) -> Brief:
    """A brief of one input file (or stdin for "-")."""
    settings = settings or Settings()
    return brief_from_article(load_article(path, language=settings.language), settings)


def summarize_article(article: Article, sentences: int = 3, algorithm: str | None = None) -> list[str]:
    """The selected sentences of a parsed article, in document order."""
    doc = split_sentences(article)
    return [r.sentence.text for r in select_sentences(doc, sentences, algorithm)]


def summarize(text: str, sentences: int = 3, algorithm: str | None = None, language: str = "english") -> list[str]:
    """The selected sentences of an article, in document order (`algorithm=None`: the default selector)."""
    return summarize_article(parse_article(text, language=language), sentences, algorithm)
