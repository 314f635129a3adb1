"""Situation section: the top-ranked sentences of the article, shown in document order."""

from __future__ import annotations

from ..config import Settings
from ..model import Document, Item, Section
from ..rank import select_sentences

KEY = "situation"
TITLE = "Situation"


def extract(doc: Document, settings: Settings) -> Section:
    """The `settings.sentences` best sentences by the chosen algorithm, each quoted whole."""
    items = tuple(
        Item(
            text=ranked.sentence.text,
            sentence_ids=(ranked.sentence.id,),
            quotes=(doc.sentence_quote(ranked.sentence.id),),
            rank=ranked.rank,
            fields={"score": round(ranked.score, 6)},
        )
        for ranked in select_sentences(doc, settings.sentences, settings.algorithm)
    )
    return Section(key=KEY, title=TITLE, items=items)
