"""Fit stage: trims a `Brief` until its page is exactly one page, reading the layout WeasyPrint made.

One fitter serves a single brief (`brief.html.j2`) and each story page of the daily digest: it lays the
page out once, reads from the layout's box tree how far the page overflows and how tall each item is,
predicts which lowest-ranked items to drop, and verifies with one more layout. A bounded fallback (re-
predicting from the new layout, then dropping one item at a time) handles the rare miss.

Items are dropped lowest-ranked first (never the bottom line) and each section records how many it
lost, so the Markdown, JSON and PDF of the fitted brief hold the same items. A sentence too long for any
page is shortened at a word boundary with an ellipsis and marked `truncated`.

The page template marks what the fitter reads: the element holding the whole page's content has
`data-fit="frame"` (laid out as one inline-block, so it is never split across pages and its height is
the content's), every item `data-item="SECTION-INDEX"`, and the footer `data-fit="footer"`. A template
without a frame is still fitted, by counting pages (bisection over the drop order).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from .config import Settings
from .model import Brief, Item, Quote, Section
from .render import left_column, pdf_bytes, render_document, render_html

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
# Room (CSS px, 1/96 in) a predicted page keeps below its content: box positions are floats, and a
# prediction that lands exactly on the page's edge must not become a miss through rounding.
PREDICTION_MARGIN = 0.5
# Layouts the fallback may add after a missed prediction, before it drops items one at a time.
MAX_REPREDICTIONS = 2

PageHtml = Callable[[Brief], str]


@dataclass(frozen=True)
class FittedPage:
    """A brief trimmed to one page, with its laid-out WeasyPrint document and what fitting cost."""

    brief: Brief
    document: Any
    layouts: int
    fallback: bool = False


@dataclass(frozen=True)
class FittedBrief:
    """A brief trimmed to one page, with its PDF; `layouts` counts the layouts fitting took."""

    brief: Brief
    pdf: bytes
    pages: int
    layouts: int = 1
    fallback: bool = False


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters plus an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + ELLIPSIS


def shorten_item(item: Item, limit: int) -> Item:
    """The item with its text and quotes cut to `limit` characters, marked truncated when anything was cut."""
    if len(item.text) <= limit and all(len(q.text) <= limit for q in item.quotes):
        return item
    quotes = tuple(
        q if len(q.text) <= limit else Quote(shorten(q.text, limit), q.start, q.end, q.sentence_id, truncated=True)
        for q in item.quotes
    )
    return replace(item, text=shorten(item.text, limit), quotes=quotes, fields={**item.fields, "truncated": True})


def cap_items(brief: Brief, limit: int) -> Brief:
    """Every item of the brief cut to `limit` characters (see `shorten_item`)."""
    return brief.with_sections(
        tuple(replace(s, items=tuple(shorten_item(i, limit) for i in s.items)) for s in brief.sections)
    )


def prepare(brief: Brief) -> Brief:
    """The brief with over-long items and title shortened, as fitting starts from."""
    brief = cap_items(brief, MAX_ITEM_CHARS)
    if len(brief.title) > MAX_TITLE_CHARS:
        brief = replace(brief, title=shorten(brief.title, MAX_TITLE_CHARS))
    return brief


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


# --- Reading a layout -----------------------------------------------------------------------------


@dataclass
class _Columns:
    """Boxes laid side by side on one line (columns): the line is as tall as the tallest.

    Two columns holding the items of one section are refilled half and half whenever items go (the
    page template splits a section's items so, the "N more left out" line closing the right one), so
    their height after drops is predicted by splitting the remaining items again.
    """

    line_height: float
    heights: dict[int, float] = field(default_factory=dict)  # column id -> its height
    items: list[tuple[str, int]] = field(default_factory=list)  # the items in the columns, in page order

    @property
    def refilled(self) -> bool:
        """Whether these are two columns of one section's items, split half and half."""
        return len(self.heights) == 2 and bool(self.items) and len({key for key, _ in self.items}) == 1

    def height_with(self, losses: dict[int, float]) -> float:
        """The line's height once each column is `losses[column]` shorter (or taller, when negative)."""
        tallest = max(self.heights.values())
        shrunk = max(h - losses.get(c, 0.0) for c, h in self.heights.items())
        return self.line_height - (tallest - shrunk)

    @staticmethod
    def split_height(heights: list[float], omitted_line: float) -> float:
        """The taller of two columns holding the first half of these item heights and the rest."""
        half = left_column(len(heights))
        return max(sum(heights[:half]), sum(heights[half:]) + omitted_line)


@dataclass
class Layout:
    """What the fitter reads from one laid-out page: the overflow and every item's height and place."""

    overflow: float  # how far the frame's bottom lies below the page's content area (<= 0: it fits)
    heights: dict[tuple[str, int], float] = field(default_factory=dict)
    # For an item in a side-by-side column: (group id, column id); absent for items stacked on the page.
    places: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)
    groups: dict[int, _Columns] = field(default_factory=dict)
    line_height: dict[str, float] = field(default_factory=dict)  # section -> height one more item line adds
    footer_line: float = 0.0

    @property
    def fits(self) -> bool:
        """Whether the content ends inside the page."""
        return self.overflow <= 0.01

    def saving(self, dropped: list[tuple[str, int]], brief: Brief) -> float:
        """How much shorter the page gets without these items (less the "N more left out" lines added)."""
        stacked = 0.0
        losses: dict[int, dict[int, float]] = {}
        newly_cut: dict[str, tuple[int, int] | None] = {}
        for key, index in dropped:
            height = self.heights.get((key, index), 0.0)
            place = self.places.get((key, index))
            if place is None:
                stacked += height
            elif not self.groups[place[0]].refilled:  # refilled columns are measured by _refill_saving
                column = losses.setdefault(place[0], {})
                column[place[1]] = column.get(place[1], 0.0) + height
            if key not in newly_cut and (key, index) in self.heights:
                newly_cut[key] = place
        for key, place in newly_cut.items():
            if brief.section(key).omitted:
                continue  # its "N more left out" line is already on the page
            added = self.line_height.get(key, 0.0)
            if place is None:
                stacked -= added
            elif not self.groups[place[0]].refilled:
                column = losses.setdefault(place[0], {})
                column[place[1]] = column.get(place[1], 0.0) - added
        if dropped and not brief.omitted:
            stacked -= self.footer_line  # the footer's "N items left out" line
        gone = set(dropped)
        columns = sum(self._refill_saving(group, gone, brief) if group.refilled
                      else group.line_height - group.height_with(losses.get(gid, {}))
                      for gid, group in self.groups.items())
        return stacked + columns

    def _refill_saving(self, group: _Columns, gone: set[tuple[str, int]], brief: Brief,
                       back: tuple[str, int, float] | None = None) -> float:
        """How much shorter refilled columns get without the `gone` items (with `back` put back: taller)."""
        key = group.items[0][0]
        line = self.line_height.get(key, 0.0)
        heights = {item: self.heights[item] for item in group.items}
        before = _Columns.split_height(list(heights.values()), line if brief.section(key).omitted else 0.0)
        if back is not None:
            heights[back[:2]] = back[2]
        kept = [h for item, h in sorted(heights.items(), key=lambda pair: pair[0][1]) if item not in gone]
        omitted = brief.section(key).omitted + sum(1 for item in group.items if item in gone) - (back is not None)
        return before - _Columns.split_height(kept, line if omitted > 0 else 0.0)


def _page_bottom(page) -> float:
    box = page._page_box
    return box.content_box_y() + box.height


def read_layout(document) -> Layout | None:
    """The fitter's view of a one-page layout, or None when the page has no `data-fit="frame"`."""
    from weasyprint.formatting_structure import boxes
    from weasyprint.text.line_break import strut

    if len(document.pages) != 1:
        return None
    page = document.pages[0]
    frame = None
    layout = Layout(overflow=0.0)
    seen: set[int] = set()

    def visit(box, place: tuple[int, int] | None) -> None:
        nonlocal frame
        element = box.element
        first = element is not None and id(element) not in seen and not isinstance(box, boxes.LineBox)
        if first:
            seen.add(id(element))
            if element.get("data-fit") == "frame" and frame is None:
                frame = box
            elif element.get("data-fit") == "footer":
                layout.footer_line = strut(box.style)[0]
            item = element.get("data-item")
            if item and isinstance(box, boxes.BlockLevelBox):
                key, _, index = item.rpartition("-")
                if index.isdigit():
                    layout.heights[(key, int(index))] = box.margin_height()
                    if place is not None:
                        layout.places[(key, int(index))] = place
                    layout.line_height.setdefault(key, strut(box.style)[0] + box.margin_top + box.margin_bottom)
                return
        children = getattr(box, "children", ())
        if isinstance(box, boxes.LineBox):
            atomic = [c for c in children if isinstance(c, boxes.InlineBlockBox)]
            if len(atomic) > 1:  # columns side by side on one line
                group = _Columns(box.height)
                layout.groups[id(box)] = group
                for child in atomic:
                    group.heights[id(child)] = child.margin_height()
                    visit(child, (id(box), id(child)))
                return
        for child in children:
            visit(child, place)

    visit(page._page_box, None)
    if frame is None:
        return None
    for item, (group, _) in layout.places.items():  # page order: places fill as the boxes are visited
        layout.groups[group].items.append(item)
    layout.overflow = frame.position_y + frame.margin_height() - _page_bottom(page)
    return layout


def frame_overflows(page) -> bool:
    """Whether a laid-out page's `data-fit="frame"` content runs past the page (no frame: False)."""
    for box in page._page_box.descendants():
        if box.element is not None and box.element.get("data-fit") == "frame":
            return box.position_y + box.margin_height() - _page_bottom(page) > 0.01
    return False


# --- Fitting --------------------------------------------------------------------------------------


def _predict(layout: Layout, brief: Brief, order: list[tuple[str, int]]) -> int | None:
    """The fewest drops (a prefix of `order`) the layout says make the page fit, or None if none does."""
    need = layout.overflow + PREDICTION_MARGIN
    for count in range(1, len(order) + 1):
        if layout.saving(order[:count], brief) >= need:
            return count
    return None


class _Pages:
    """Lays pages out for one fit and counts the layouts."""

    def __init__(self, page_html: PageHtml) -> None:
        self.page_html = page_html
        self.layouts = 0

    def __call__(self, brief: Brief):
        """The laid-out document of the brief's page and the fitter's reading of it."""
        self.layouts += 1
        document = render_document(self.page_html(brief))
        return document, read_layout(document)


def fit_page(brief: Brief, page_html: PageHtml) -> FittedPage:
    """The brief with as many items as fit the one page `page_html` lays it out on, and that layout."""
    brief = prepare(brief)
    pages = _Pages(page_html)
    document, layout = pages(brief)
    if layout is None:
        return _fit_by_pages(brief, pages, document)
    if layout.fits:
        return FittedPage(brief, document, pages.layouts)
    first, order = layout, drop_order(brief)
    count, candidate, misses = 0, brief, 0
    while count < len(order):
        more = _predict(layout, candidate, order[count:]) if misses <= MAX_REPREDICTIONS else 1
        count = len(order) if more is None else count + more
        candidate = without(brief, order[:count])
        document, layout = pages(candidate)
        if layout is None:
            break
        if layout.fits:
            if misses == 0 and _room_for_one_more(layout, first, brief, candidate, order[count - 1]):
                back = without(brief, order[:count - 1])
                again, checked = pages(back)
                if checked is not None and checked.fits:
                    return _fitted(back, again, pages, fallback=True)
            return _fitted(candidate, document, pages, fallback=misses > 0)
        misses += 1  # the prediction missed: the new layout says how far it still overflows
    # Even the bottom line alone overflows: shorten what is left until it fits.
    if layout is None or not layout.fits:
        candidate, document = _shrink(candidate, pages, lambda document, layout: layout is not None and layout.fits)
    log.info("%s: every item but the bottom line left out, and it shortened, to fit one page", brief.source)
    return FittedPage(candidate, document, pages.layouts, True)


def _fitted(brief: Brief, document, pages: _Pages, fallback: bool) -> FittedPage:
    log.info("%s: %d item(s) left out to fit one page", brief.source, brief.omitted)
    return FittedPage(brief, document, pages.layouts, fallback)


def _room_for_one_more(layout: Layout, first: Layout, original: Brief, candidate: Brief,
                       item: tuple[str, int]) -> bool:
    """Whether the fitting layout has room for the last item dropped: the prediction was too cautious."""
    key, index = item
    cost = first.heights.get((key, index), 0.0)
    if candidate.section(key).omitted == original.section(key).omitted + 1:
        cost -= first.line_height.get(key, 0.0)  # its section's "N more left out" line would go again
    if candidate.omitted == original.omitted + 1:
        cost -= first.footer_line
    room = -layout.overflow - PREDICTION_MARGIN
    if (key, index) not in first.places:
        return cost <= room
    neighbour = next((p for (k, _), p in layout.places.items() if k == key), None)
    if neighbour is None:
        return False
    group = layout.groups[neighbour[0]]
    if group.refilled:
        return -layout._refill_saving(group, set(), candidate, back=(key, index, first.heights[(key, index)])) <= room
    return group.height_with({neighbour[1]: -cost}) - group.line_height <= room


def _fit_by_pages(brief: Brief, pages: _Pages, document) -> FittedPage:
    """Fitting for a template without a frame: count pages, bisecting over the drop order."""
    if len(document.pages) <= 1:
        return FittedPage(brief, document, pages.layouts)
    order = drop_order(brief)
    low, high, best = 1, len(order), None
    while low <= high:
        middle = (low + high) // 2
        candidate = without(brief, order[:middle])
        doc, _ = pages(candidate)
        if len(doc.pages) <= 1:
            best, high = (candidate, doc), middle - 1
        else:
            low = middle + 1
    if best is None:
        best = _shrink(without(brief, order), pages, lambda document, layout: len(document.pages) <= 1)
    return FittedPage(best[0], best[1], pages.layouts, True)


def _shrink(brief: Brief, pages: _Pages, fits) -> tuple[Brief, Any]:
    """The brief with its items shortened by SHRINK_FACTOR at a time until `fits(document, layout)` or
    they reach MIN_ITEM_CHARS, and the last layout."""
    limit = max([len(i.text) for s in brief.sections for i in s.items] + [MIN_ITEM_CHARS])
    while True:
        limit = max(MIN_ITEM_CHARS, int(limit * SHRINK_FACTOR))
        brief = cap_items(brief, limit)
        document, layout = pages(brief)
        if fits(document, layout) or limit == MIN_ITEM_CHARS:
            return brief, document


def fit_brief(brief: Brief, settings: Settings | None = None) -> FittedBrief:
    """The brief with as many items as fit one page, and its one-page PDF."""
    settings = settings or Settings()
    fitted = fit_page(brief, lambda b: render_html(b, settings))
    return FittedBrief(fitted.brief, pdf_bytes(fitted.document), len(fitted.document.pages), fitted.layouts,
                       fitted.fallback)


def render_pdf(brief: Brief, settings: Settings | None = None) -> bytes:
    """The brief as a one-page PDF (items dropped as needed; see `fit_brief` for the trimmed brief)."""
    return fit_brief(brief, settings).pdf
