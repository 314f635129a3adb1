"""Section extractors (sections stage): one module per section, listed here in output order.

Each module exposes `extract(doc, settings) -> Section`; a new section is one module, one line in
`REGISTRY` and one block in the templates.
"""

from __future__ import annotations

from types import ModuleType

from . import actors, numbers, outlook, questions, situation

REGISTRY: tuple[ModuleType, ...] = (situation, actors, numbers, outlook, questions)

# Sections whose rules and word lists are English: for an article in another language they stay empty
# with a note rather than guess.
ENGLISH_ONLY = frozenset({"actors", "numbers", "outlook", "questions"})
