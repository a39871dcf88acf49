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

Stems and pieces of words are found in the text's words rather than in the
whole text: they are made of letters and digits only, so one is in the text
exactly when it is in one of its words. What each distinct word opens (rules
through the gate, needs met) is worked out once, as bit sets, and most words
open nothing, so a text costs two set operations and a few lookups.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .memo import CACHE_LIMIT, TextMemo
from .patterns import CASE_UNSURE, needed_words, trigger_words

_WORDS = re.compile(r"\w+")
_UNSURE = re.compile("[" + "".join(sorted(CASE_UNSURE)) + "]")


def _text_words(text: str) -> tuple[str, frozenset[str], bool]:
    lower = text.lower()
    return lower, frozenset(_WORDS.findall(lower)), _UNSURE.search(text) is None


text_words = TextMemo(_text_words)
"""``(text in lower case, its words, whether the needs test holds for it)`` for a text."""


def _bits(indexes: set[int]) -> int:
    """The bit set of some indexes."""
    return sum(1 << index for index in indexes)


class Prefilter:
    """The rules (by index) that could match a text, for rules each given as a list of patterns."""

    def __init__(self, patterns: list[list[str]]) -> None:
        by_word: dict[str, set[int]] = defaultdict(set)
        by_stem: dict[str, set[int]] = defaultdict(set)
        always: set[int] = set()
        ids: dict[tuple[frozenset[str], frozenset[str]], int] = {}
        self._needs: list[list[int]] = [[] for _ in patterns]
        """For each rule, the bit set of the needs of each of its patterns."""
        for index, rule_patterns in enumerate(patterns):
            for pattern in rule_patterns:
                found = trigger_words(pattern)
                if found is None:
                    always.add(index)
                else:
                    for word in found[0]:
                        by_word[word].add(index)
                    for stem in found[1]:
                        by_stem[stem].add(index)
                needs = {ids.setdefault(need, len(ids)) for need in needed_words(pattern)}
                self._needs[index].append(_bits(needs))
        needs_of_word: dict[str, set[int]] = defaultdict(set)
        needs_of_piece: dict[str, set[int]] = defaultdict(set)
        for (words, pieces), need in ids.items():
            for word in words:
                needs_of_word[word].add(need)
            for piece in pieces:
                needs_of_piece[piece].add(need)
        self._always = _bits(always)
        self._word_bits = {word: (_bits(by_word.get(word, set())), _bits(needs_of_word.get(word, set())))
                           for word in {*by_word, *needs_of_word}}
        self._piece_bits = {piece: (_bits(by_stem.get(piece, set())), _bits(needs_of_piece.get(piece, set())))
                            for piece in {*by_stem, *needs_of_piece}}
        self._any_piece = re.compile("|".join(map(re.escape, sorted(self._piece_bits))) or "(?!)")
        """Finds whether a word holds any piece at all (most hold none)."""
        self._opening: dict[str, tuple[int, int]] = {}
        """Words seen so far that let rules through the gate or meet needs, with those rules and needs."""
        self._seen: set[str] = set()
        """Every word seen so far."""

    def _openings(self, words: set[str]) -> dict[str, tuple[int, int]]:
        """What each of ``words`` opens: the rules it lets through the gate and the needs it meets (when any)."""
        opening = {}
        for word in words:
            gate, met = self._word_bits.get(word, (0, 0))
            if self._any_piece.search(word):
                for piece, (piece_gate, piece_met) in self._piece_bits.items():
                    if piece in word:
                        gate |= piece_gate
                        met |= piece_met
            if gate or met:
                opening[word] = (gate, met)
        return opening

    def candidates(self, text: str) -> list[int]:
        """The indexes, in order, of the rules worth trying on ``text``.

        Safe when threads share the prefilter (the window's checks and an export's QA report can run at once): a
        word counts as seen only once what it opens is known, and starting again replaces the tables rather than
        emptying the ones another thread may be reading.
        """
        _, words, sure = text_words(text)
        seen, opening = self._seen, self._opening
        if len(seen) >= CACHE_LIMIT:  # start again, with this text's words
            seen, opening = self._seen, self._opening = set(), {}
        new = words - seen
        if new:
            opening.update(self._openings(new))
            seen |= new
        gate, met = self._always, 0
        for word in opening.keys() & words:
            word_gate, word_met = opening[word]
            gate |= word_gate
            met |= word_met
        if not gate:
            return []
        found = []
        while gate:
            lowest = gate & -gate
            gate ^= lowest
            index = lowest.bit_length() - 1
            if not sure or any(needs & met == needs for needs in self._needs[index]):
                found.append(index)
        return found
