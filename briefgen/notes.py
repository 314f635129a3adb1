"""Notes (leaf of the daily stage): the day folders `briefgen daily` wrote, listed and searched.

Kept apart from `briefgen.daily` so `briefgen notes` reads the library without loading the pipeline,
the templates or WeasyPrint: it reads only titles, sources and actor names. `briefgen.library` reads the
same folders in full (every story's brief) to write the HTML pages, and takes the folder layout from here.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError

log = logging.getLogger(__name__)

DIGEST = "daily-brief"
STORIES = "stories"
DAY_FOLDER = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DayEntry:
    """One day of the library as the index shows it."""

    date: str
    digest_md: bool
    digest_pdf: bool
    stories: tuple[dict[str, Any], ...]


def library_days(root: Path) -> list[DayEntry]:
    """Every day folder under an output folder, newest first, with its stories (title, slug, sources)."""
    days = []
    for folder in sorted((p for p in root.iterdir() if p.is_dir() and DAY_FOLDER.match(p.name)), reverse=True):
        stories = []
        for path in sorted((folder / STORIES).glob("*.json")):
            try:
                data = json.loads(path.read_text("utf-8"))
                stories.append({"title": data["title"], "slug": path.stem, "sources": len(data.get("sources", [1]))})
            except (OSError, ValueError, KeyError, TypeError):
                log.warning("%s: not a story briefgen can read; left out of the index", path)
        days.append(DayEntry(folder.name, (folder / f"{DIGEST}.md").is_file(), (folder / f"{DIGEST}.pdf").is_file(),
                             tuple(sorted(stories, key=lambda s: (s["title"].lower(), s["slug"])))))
    return days


@dataclass(frozen=True)
class Note:
    """One story note of the library."""

    date: str
    title: str
    path: Path
    sources: tuple[str, ...]
    actors: tuple[str, ...]


def find_notes(root: str | Path, actor: str | None = None, date: str | None = None,
               word: str | None = None) -> list[Note]:
    """Story notes under an output folder, newest day first, filtered by actor, date (or prefix) and word.

    An actor matches any part of an actor's name, a word matches whole words of the title or the text,
    all case-insensitively.
    """
    root = Path(root)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder (give the --out folder of `briefgen daily`)")
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE) if word else None
    notes = []
    for day in library_days(root):
        if date and not day.date.startswith(date):
            continue
        for story in day.stories:
            path = root / day.date / STORIES / f"{story['slug']}.json"
            try:
                data = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError):
                continue
            actors = tuple(i["text"] for s in data.get("sections", []) if s.get("key") == "actors"
                           for i in s.get("items", []))
            if actor and not any(actor.lower() in a.lower() for a in actors):
                continue
            if pattern and not (pattern.search(data.get("title", "")) or
                                any(pattern.search(s.get("text", "")) for s in data.get("sentences", []))):
                continue
            notes.append(Note(day.date, data["title"], path.with_suffix(".md"),
                              tuple(s.get("source", "") for s in data.get("sources", [])), actors))
    return notes
