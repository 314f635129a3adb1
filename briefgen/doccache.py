"""Per-document caches (leaf module): what several stages ask of one document is worked out once.

The selector, the situation, outlook and questions sections all read one document's ranking, stems,
attributions and centrality; `per_document` memoises such a function for the last few documents, and
`release()` (the pipeline calls it once a brief is made) forgets them all, so a huge article's
intermediate data never stays in memory through rendering.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)

_CACHES: list = []


def per_document(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, registered to be cleared by `release()`."""

    def decorate(function: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return decorate


def release() -> None:
    """Forget every per-document result kept so far."""
    for cached in _CACHES:
        cached.cache_clear()
