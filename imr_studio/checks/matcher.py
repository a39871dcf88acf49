"""Running many phrase rules over many texts quickly.

Trying every rule's expression at every position of every text is far too
slow for a live check. :class:`RuleMatcher` first splits a text into lower-case
words and tries only the rules whose trigger words
(:func:`~imr_studio.checks.patterns.trigger_words`) occur in it, and it
remembers the result for each distinct text, so rerunning the checks after
an edit only looks again at the text that changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Generic, TypeVar

from .patterns import FLAGS, trigger_words

_WORDS = re.compile(r"\w+")
# Remembered texts; beyond this the memory starts again (an edit session rarely gets near it).
CACHE_LIMIT = 100_000

Match = tuple[int, int, int]  # rule index, start, end
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


class RuleMatcher:
    """Finds the matches of a list of rules, each a list of patterns compiled to one expression.

    A rule given as the source of its expression is compiled the first time a
    text could match it, so that checking a short text, or starting the app,
    does not pay for compiling every rule.
    """

    def __init__(self, regexes: list[re.Pattern[str] | str], patterns: list[list[str]]) -> None:
        self._regexes = list(regexes)
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._stems: list[tuple[str, int]] = []
        self._always: set[int] = set()
        for index, rule_patterns in enumerate(patterns):
            for pattern in rule_patterns:
                found = trigger_words(pattern)
                if found is None:
                    self._always.add(index)
                    continue
                for word in found[0]:
                    self._by_word[word].add(index)
                self._stems.extend((stem, index) for stem in found[1])
        self._words = frozenset(self._by_word)
        self.matches = TextMemo(self._find)

    def _candidates(self, text: str) -> list[int]:
        lower = text.lower()
        found = set(self._always)
        for word in self._words.intersection(_WORDS.findall(lower)):
            found |= self._by_word[word]
        found.update(index for stem, index in self._stems if stem in lower)
        return sorted(found)

    def _find(self, text: str) -> tuple[Match, ...]:
        """Every ``(rule index, start, end)`` in ``text``, in rule order then text order.

        Call it as ``matcher.matches(text)``, which remembers the answer.
        """
        return tuple(
            (index, match.start(), match.end())
            for index in self._candidates(text)
            for match in self._regex(index).finditer(text)
        )

    def _regex(self, index: int) -> re.Pattern[str]:
        regex = self._regexes[index]
        if isinstance(regex, str):
            regex = self._regexes[index] = re.compile(regex, FLAGS)
        return regex
