"""Which rules could match a text, told from its words before any expression is tried.

Both tests read the text's lower-case words (:data:`text_words`, worked out once
per text for every matcher):

* the gate: a rule is tried only when the trigger word of one of its patterns
  (:func:`~.patterns.trigger_words`) is in the text. The gate decides which
  rules are tried at all, as it always has.
* the needs: of the rules through the gate, only those with a pattern whose
  every needed word (:func:`~.patterns.needed_words`) is in the text. Any text
  with a match has them, so this test saves work without changing a result.
  It is left out for a text with a character that case-blind matching takes
  for an ASCII letter (:data:`~.patterns.CASE_UNSURE`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .memo import TextMemo
from .patterns import CASE_UNSURE, needed_words, trigger_words

_WORDS = re.compile(r"\w+")
_UNSURE = re.compile("[" + "".join(sorted(CASE_UNSURE)) + "]")


def _text_words(text: str) -> tuple[str, frozenset[str], bool]:
    lower = text.lower()
    return lower, frozenset(_WORDS.findall(lower)), _UNSURE.search(text) is None


text_words = TextMemo(_text_words)
"""``(text in lower case, its words, whether the needs test holds for it)`` for a text."""


class Prefilter:
    """The rules (by index) that could match a text, for rules each given as a list of patterns."""

    def __init__(self, patterns: list[list[str]]) -> None:
        self._by_word: dict[str, set[int]] = defaultdict(set)
        self._by_stem: dict[str, set[int]] = defaultdict(set)
        self._always: set[int] = set()
        ids: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self._by_key: dict[int, list[tuple[int, frozenset[int]]]] = defaultdict(list)
        self._needing_nothing: set[int] = set()
        for index, rule_patterns in enumerate(patterns):
            for pattern in rule_patterns:
                self._add_trigger(index, pattern)
                needs = [ids.setdefault(need, len(ids)) for need in needed_words(pattern)]
                if needs:  # filed under its rarest need
                    self._by_key[needs[0]].append((index, frozenset(needs)))
                else:
                    self._needing_nothing.add(index)
        self._needs_of_word: dict[str, set[int]] = defaultdict(set)
        self._needs_of_piece: dict[str, set[int]] = defaultdict(set)
        for (words, pieces), need in ids.items():
            for word in words:
                self._needs_of_word[word].add(need)
            for piece in pieces:
                self._needs_of_piece[piece].add(need)
        self._trigger_words = frozenset(self._by_word)
        self._need_words = frozenset(self._needs_of_word)
        self._keys = frozenset(self._by_key)
        self._pieces = tuple(sorted({*self._by_stem, *self._needs_of_piece}))

    def _add_trigger(self, index: int, pattern: str) -> None:
        found = trigger_words(pattern)
        if found is None:
            self._always.add(index)
            return
        for word in found[0]:
            self._by_word[word].add(index)
        for stem in found[1]:
            self._by_stem[stem].add(index)

    def candidates(self, text: str) -> list[int]:
        """The indexes, in order, of the rules worth trying on ``text``."""
        lower, words, sure = text_words(text)
        pieces = [piece for piece in self._pieces if piece in lower]
        gated = set(self._always)
        for word in self._trigger_words.intersection(words):
            gated |= self._by_word[word]
        for piece in pieces:
            gated |= self._by_stem.get(piece, set())
        if not sure or not gated:
            return sorted(gated)
        met: set[int] = set()
        for word in self._need_words.intersection(words):
            met |= self._needs_of_word[word]
        for piece in pieces:
            met |= self._needs_of_piece.get(piece, set())
        possible = set(self._needing_nothing)
        for key in met & self._keys:
            possible.update(rule for rule, needs in self._by_key[key] if needs <= met)
        return sorted(gated & possible)
