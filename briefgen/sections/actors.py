"""Actors section (placeholder until its extractor lands)."""

from __future__ import annotations

from ..config import Settings
from ..model import Document, Section

KEY = "actors"
TITLE = "Actors"


def extract(doc: Document, settings: Settings) -> Section:
    """No items yet."""
    return Section(key=KEY, title=TITLE)
