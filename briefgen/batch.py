"""Batch stage: one input's briefs rendered in memory, as a task (right of fit, left of cli).

`brief_input` turns one input (a file, a feed, stdin) into the rendered files of each of its briefs;
`briefgen brief` maps it over the backends of `briefgen.executors` (the ones `daily` uses), which hand
results back in input order, so the output never depends on how many processes ran.
"""

from __future__ import annotations

import datetime
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from .config import Settings
from .model import Article, Brief

log = logging.getLogger(__name__)


def default_jobs() -> int:
    """Worker processes by default: the cores this process may run on."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return max(1, counter() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _file_date(source: str) -> str | None:
    """The local date an input file was last modified: stable across re-runs, unlike today's date."""
    if source == "-":
        return None
    try:
        return datetime.date.fromtimestamp(Path(source).stat().st_mtime).isoformat()
    except OSError:
        return None


def make_brief(article: Article, settings: Settings) -> tuple[Brief, bytes | None]:
    """The brief of an article, fitted to one page with its PDF when PDF is among the formats."""
    from .fit import fit_brief
    from .pipeline import brief_from_article

    if settings.date is None:
        settings = settings.replace(date=article.date or _file_date(article.source))
    brief = brief_from_article(article, settings)
    if "pdf" not in settings.formats:
        return brief, None
    fitted = fit_brief(brief, settings)
    return fitted.brief, fitted.pdf


def render_outputs(article: Article, settings: Settings, slug: str = "brief") -> dict[str, bytes]:
    """Every format of one article's brief, rendered in memory (format -> bytes), in `settings.formats` order;
    `slug` names the chapter inside an EPUB."""
    from .render import render_json_bytes, render_markdown

    brief, pdf = make_brief(article, settings)
    outputs: dict[str, bytes] = {}
    for fmt in settings.formats:
        if fmt == "md":
            outputs["md"] = render_markdown(brief, settings).encode("utf-8")
        elif fmt == "json":
            outputs["json"] = render_json_bytes(brief, settings)
        elif fmt == "pdf" and pdf is not None:
            outputs["pdf"] = pdf
        elif fmt == "html":
            from .library import brief_page

            outputs["html"] = brief_page(brief, settings)
        elif fmt == "epub":
            from .epub import brief_epub

            outputs["epub"] = brief_epub(brief, slug, settings)
    return outputs


@dataclass(frozen=True)
class InputResult:
    """What one input gave: each of its briefs' rendered files, or the error that stopped it."""

    outputs: tuple[dict[str, bytes], ...] = ()
    error: BaseException | None = None


def brief_input(source: str, settings: Settings, title: str | None, max_bytes: int) -> InputResult:
    """Every brief of one input, rendered; any failure is returned (a worker must not die of one input)."""
    from .ingest import load_articles

    try:
        from .publish import slug_for_source

        articles = load_articles(source, title=title, language=settings.language, max_bytes=max_bytes)
        return InputResult(tuple(render_outputs(article, settings, slug_for_source(source)) for article in articles))
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the others; the CLI reports it
        return InputResult(error=exc)


# A short article that passes through every stage (a headline, a speaker, a figure, a forecast, a doubt),
# briefed once in the parent so that worker processes fork with the pipeline imported and its lexicons
# (Punkt's parameters, the stemmer, the gazetteers, the tagger) loaded.
_WARM_UP_TEXT = ("Council Backs New Bridge\n"
                 "Mayor Ann Lee said on Monday that the council approved $12 million for the bridge. "
                 "Work will start next year, officials said, though the cost is unclear.\n")


def warm_up(source: str, settings: Settings, title: str | None = None, max_bytes: int = 0) -> None:
    """Load what briefing needs in this process (`brief_input`'s arguments; only `settings` matters).

    Best effort: a failure here (a broken template, say) is left for the tasks to report, input by input.
    """
    from . import gazetteer
    from .ingest import parse_article
    from .publish import slug_for_source  # what brief_input imports

    # Every table of the gazetteer (the word lexicon, the census names, ...; read from the table cache, or
    # built), so that every worker shares them.
    gazetteer.load_tables()
    try:
        render_outputs(parse_article(_WARM_UP_TEXT, source="warm-up.txt", language=settings.language), settings,
                       slug_for_source("warm-up.txt"))
    except Exception:  # noqa: BLE001 - the same error reaches the user from the first real input
        log.debug("warm-up failed", exc_info=True)


brief_input.warm_up = warm_up  # type: ignore[attr-defined]  # see PoolExecutor.map
