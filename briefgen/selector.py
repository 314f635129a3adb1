"""Default sentence selector (rank stage): placeholder scoring by position until the real one lands."""

from __future__ import annotations

from .model import Document


def score_sentences(doc: Document) -> dict[int, float]:
    """Scores by sentence id, higher is better."""
    body = doc.body
    return {s.id: float(len(body) - i) for i, s in enumerate(body)}
