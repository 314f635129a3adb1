"""EPUB stage: briefs -> an EPUB 3 book for e-readers, with the standard library's zipfile (right of render).

A day's book is the digest's cover, then one chapter per story in the day's order, with a navigation
document (one entry per story, lead stories first). The container follows EPUB 3 OCF: the `mimetype`
entry first and stored uncompressed, then META-INF/container.xml, then the package. Every entry has the
book's date as its time, entries come in a fixed order and `dcterms:modified` is the date at midnight
UTC, so identical inputs give byte-identical books. Article text reaches the XHTML only through
autoescaping templates, and characters XML 1.0 forbids are dropped.
"""

from __future__ import annotations

import datetime
import io
import re
import uuid
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .config import LANGUAGE_CODES, Settings
from .errors import RenderError
from .model import Brief
from .render import render_template, template_file
from .stories import source_letter

MIMETYPE = b"application/epub+zip"
CONTAINER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
             b'<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
             b'  <rootfiles>\n'
             b'    <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>\n'
             b'  </rootfiles>\n'
             b'</container>\n')
TEMPLATES = "epub"
# ZIP stores times from 1980 on; an earlier --date (an archive of old news) is stamped 1980-01-01.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
# Characters XML 1.0 does not allow anywhere, even escaped (ingest removes most; a hand-made JSON may not).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Same for every book briefgen makes: a book's identifier is a UUID derived from its date and stories.
NAMESPACE = uuid.UUID("5b0f3d8e-6a37-4b43-9d57-2f0f0c4d7e11")


@dataclass(frozen=True)
class Chapter:
    """One story of the book: its file inside OEBPS/, manifest id, title and brief."""

    file: str
    id: str
    title: str
    brief: Brief


def _xml(text: str) -> bytes:
    return _XML_INVALID.sub("", text).lstrip().encode("utf-8")


def _lang(briefs: Sequence[Brief]) -> str:
    """The book's language: the most common of its briefs' (English for an empty day)."""
    counts = Counter(LANGUAGE_CODES.get(b.language, "en") for b in briefs)
    return counts.most_common(1)[0][0] if counts else "en"


def _zip_time(date: str) -> tuple[int, int, int, int, int, int]:
    day = datetime.date.fromisoformat(date)
    return max((day.year, day.month, day.day, 0, 0, 0), ZIP_EPOCH)


def pack_epub(files: Sequence[tuple[str, bytes]], date: str) -> bytes:
    """An EPUB container of these OEBPS files (name, bytes), in this order, every entry dated `date`."""
    when = _zip_time(date)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        entries = [("mimetype", MIMETYPE, zipfile.ZIP_STORED), ("META-INF/container.xml", CONTAINER,
                                                               zipfile.ZIP_DEFLATED)]
        entries += [(f"OEBPS/{name}", data, zipfile.ZIP_DEFLATED) for name, data in files]
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = method
            info.create_system = 3  # Unix, whatever machine made it, so the bytes never depend on it
            info.external_attr = 0o644 << 16
            book.writestr(info, data, compress_type=method, compresslevel=9 if method == zipfile.ZIP_DEFLATED else None)
    return buffer.getvalue()


def build_epub(title: str, date: str, briefs: Sequence[Brief], slugs: Sequence[str], settings: Settings,
               cover: bool) -> bytes:
    """A book of these briefs (one chapter each, in order), with the digest's cover first when `cover`."""
    try:
        datetime.date.fromisoformat(date)
    except (TypeError, ValueError):
        raise RenderError(f"an EPUB needs a date (YYYY-MM-DD), not {date!r}; pass --date") from None
    lang = _lang(briefs)
    chapters = [Chapter(f"story-{n:03d}-{slug}.xhtml", f"story-{n:03d}", brief.title, brief)
                for n, (brief, slug) in enumerate(zip(briefs, slugs), start=1)]
    identifier = "urn:uuid:" + str(uuid.uuid5(NAMESPACE, "\n".join([title, date, *slugs])))

    def render(name: str, **context) -> bytes:
        return _xml(render_template(f"{TEMPLATES}/{name}", settings, html=True, title=title, date=date, lang=lang,
                                    letter=source_letter, **context))

    files: list[tuple[str, bytes]] = [
        ("package.opf", render("package.opf.j2", identifier=identifier, modified=f"{date}T00:00:00Z",
                               chapters=chapters, cover=cover)),
        ("nav.xhtml", render("nav.xhtml.j2", chapters=chapters, cover=cover)),
        ("epub.css", template_file(f"{TEMPLATES}/epub.css", settings)),
    ]
    if cover:
        files.append(("cover.xhtml", render("cover.xhtml.j2", chapters=chapters,
                                            source_count=sum(len(b.sources) for b in briefs))))
    for number, chapter in enumerate(chapters, start=1):
        brief = chapter.brief
        files.append((chapter.file, _xml(render_template(
            f"{TEMPLATES}/chapter.xhtml.j2", settings, html=True, brief=brief, bottom_line=brief.bottom_line,
            lang=LANGUAGE_CODES.get(brief.language, "en"), number=number, total=len(chapters), date=brief.date,
            letter=source_letter))))
    return pack_epub(files, date)


def daily_epub(date: str, briefs: Sequence[Brief], slugs: Sequence[str], settings: Settings) -> bytes:
    """The day's book: the digest's cover, then every story as a chapter (`OUT/<date>/daily-brief.epub`)."""
    return build_epub(f"Daily brief — {date}", date, briefs, slugs, settings, cover=True)


def brief_epub(brief: Brief, slug: str, settings: Settings) -> bytes:
    """One brief as a small book (`briefgen brief --format epub`); dated by the brief's date."""
    date = brief.date or settings.date
    if not date:
        raise RenderError("an EPUB needs a date; pass --date YYYY-MM-DD")
    return build_epub(brief.title, date, [brief], [slug], settings, cover=False)


__all__ = ["brief_epub", "build_epub", "daily_epub", "pack_epub"]
