"""Fit stage: trims a `Brief` until its PDF is exactly one page, measuring pages with WeasyPrint itself.

Items are dropped lowest-ranked first (never the bottom line) and each section records how many it
lost, so the Markdown, JSON and PDF of the fitted brief hold the same items. A sentence too long
for any page is shortened at a word boundary with an ellipsis and marked `truncated`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from .config import Settings
from .model import Brief, Item, Quote, Section
from .render import pdf_bytes, render_document, render_html

log = logging.getLogger(__name__)

# Longest text an item may show before fitting starts: about a third of an A4 page at the brief's
# type size, so that one monster sentence cannot push every other item off the page.
MAX_ITEM_CHARS = 1500
# When even the bottom line alone overflows, it is cut to this fraction of its length per attempt.
SHRINK_FACTOR = 0.5
# Below this no further shortening is tried (the page is then as full as a title allows).
MIN_ITEM_CHARS = 80
# Sections whose items go first when ranks tie: the reverse of their order on the page.
DROP_PRIORITY = {"questions": 0, "outlook": 1, "numbers": 2, "actors": 3, "situation": 4}
ELLIPSIS = "…"
# Longest title shown: a headline found in a text is at most this long (`ingest.MAX_HEADLINE_CHARS`), but
# --title, a page's <title> or a feed entry's title can run to pages, and dropping items cannot shorten it.
MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class FittedBrief:
    """A brief trimmed to one page, with its PDF."""

    brief: Brief
    pdf: bytes
    pages: int


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters plus an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS


def _shorten_item(item: Item, limit: int) -> Item:
    if len(item.text) <= limit and all(len(q.text) <= limit for q in item.quotes):
        return item
    quotes = tuple(
        q if len(q.text) <= limit else Quote(shorten(q.text, limit), q.start, q.end, q.sentence_id, truncated=True)
        for q in item.quotes
    )
    return replace(item, text=shorten(item.text, limit), quotes=quotes, fields={**item.fields, "truncated": True})


def _cap_items(brief: Brief, limit: int) -> Brief:
    return brief.with_sections(
        tuple(replace(s, items=tuple(_shorten_item(i, limit) for i in s.items)) for s in brief.sections)
    )


def drop_order(brief: Brief) -> list[tuple[str, int]]:
    """(section key, item index) pairs in the order the fitter drops them; the bottom line never."""
    keep = brief.bottom_line
    candidates = [
        (item.rank, DROP_PRIORITY.get(section.key, -1), section.key, index)
        for section in brief.sections
        for index, item in enumerate(section.items)
        if item is not keep
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], -c[3]))
    return [(key, index) for _, _, key, index in candidates]


def without(brief: Brief, dropped: list[tuple[str, int]]) -> Brief:
    """The brief less some items, each section counting what it lost."""
    gone: dict[str, set[int]] = {}
    for key, index in dropped:
        gone.setdefault(key, set()).add(index)
    sections = []
    for section in brief.sections:
        lost = gone.get(section.key, set())
        items = tuple(item for i, item in enumerate(section.items) if i not in lost)
        sections.append(Section(section.key, section.title, items, section.omitted + len(lost), section.note))
    return brief.with_sections(tuple(sections))


def _pages(brief: Brief, settings: Settings):
    document = render_document(render_html(brief, settings))
    return len(document.pages), document


def fit_brief(brief: Brief, settings: Settings | None = None) -> FittedBrief:
    """The brief with as many items as fit one page, and its one-page PDF."""
    settings = settings or Settings()
    brief = _cap_items(brief, MAX_ITEM_CHARS)
    if len(brief.title) > MAX_TITLE_CHARS:
        brief = replace(brief, title=shorten(brief.title, MAX_TITLE_CHARS))
    pages, document = _pages(brief, settings)
    if pages <= 1:
        return FittedBrief(brief, pdf_bytes(document), pages)
    order = drop_order(brief)
    # Pages fall (weakly) as items are dropped, so the fewest drops that fit is found by bisection:
    # about log2(items) renders instead of one per item.
    low, high = 1, len(order)
    best = None
    while low <= high:
        middle = (low + high) // 2
        candidate = without(brief, order[:middle])
        count, doc = _pages(candidate, settings)
        if count <= 1:
            best, high = (candidate, doc), middle - 1
        else:
            low = middle + 1
    if best is None:
        candidate = without(brief, order)
        limit = max(len(i.text) for s in candidate.sections for i in s.items)
        while True:
            limit = max(MIN_ITEM_CHARS, int(limit * SHRINK_FACTOR))
            candidate = _cap_items(candidate, limit)
            count, doc = _pages(candidate, settings)
            if count <= 1 or limit == MIN_ITEM_CHARS:
                best = (candidate, doc)
                break
    fitted, document = best
    log.info("%s: %d item(s) left out to fit one page", brief.source, fitted.omitted)
    return FittedBrief(fitted, pdf_bytes(document), len(document.pages))


def render_pdf(brief: Brief, settings: Settings | None = None) -> bytes:
    """The brief as a one-page PDF (items dropped as needed; see `fit_brief` for the trimmed brief)."""
    return fit_brief(brief, settings).pdf
