"""Remembering a result per distinct text, so that rerunning the checks after an edit reads only what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

# Remembered texts; beyond this the memory starts again (an edit session rarely gets near it).
CACHE_LIMIT = 100_000
T = TypeVar("T")


class TextMemo(Generic[T]):
    """Remembers ``compute(text)`` for each distinct text, up to :data:`CACHE_LIMIT` texts."""

    def __init__(self, compute: Callable[[str], T]) -> None:
        self._compute = compute
        self._cache: dict[str, T] = {}

    def __call__(self, text: str) -> T:
        try:
            return self._cache[text]
        except KeyError:
            pass
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        value = self._cache[text] = self._compute(text)
        return value
