"""The first, plainer implementations of some checks, kept as oracles: the faster ones must agree with them.

Each is copied from the version before the checks were made faster; the
property tests feed both arbitrary text and compare every result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from imr_studio.checks import equality
from imr_studio.checks.patterns import (
    CASE_UNSURE,
    PatternError,
    needed_words,
    trigger_words,
)

# --- patterns: one bounded expression per pattern, joined by "|" -----------------------------------------------

_LETTERS = r"[^\W\d_]"
_WORD = r"[\w'’]+"
_GAP = r"[\s\-–‐]+"
_START = r"(?<![\w'’\-])"
_END = r"(?![\w'’\-])"
_NAME = r"(?-i:(?!(?:The|This|That|These|Those|A|An|It|Its|There|Then|When|After|Before|On|In|At|By)\b)[A-Z][\w'’]*)"


def _literal(word: str) -> str:
    if word.endswith("*"):
        return _literal(word[:-1]) + rf"{_LETTERS}*"
    return re.sub(r"\\-|['’]", lambda m: r"[\s\-–‐]?" if m.group() == r"\-" else "['’]", re.escape(word))


class _Compiler:
    def __init__(self, slots: Mapping[str, list[str]]) -> None:
        self._slots = slots

    def phrase(self, pattern: str) -> str:
        parts: list[str] = []
        for token in pattern.split():
            if token.startswith("!"):
                parts.append(f"(?!{_GAP}(?:{self._choice(token[1:])}){_END})")
                continue
            optional = token.startswith("[") and token.endswith("]")
            core = self._choice(token[1:-1] if optional else token)
            parts.append(f"(?:{_GAP}(?:{core}))?" if optional else f"{_GAP}(?:{core})")
        return "".join(parts)[len(_GAP):]

    def _choice(self, token: str) -> str:
        return "|".join(self._single(alternative) for alternative in token.split("|"))

    def _single(self, token: str) -> str:
        if token == "_":
            return _WORD
        if token == "{Name}":
            return _NAME
        if token.startswith("{"):
            return "|".join(f"(?:{self.phrase(p)})" for p in self._slots[token[1:-1]])
        return _literal(token)


def flat_source(patterns: list[str], slots: Mapping[str, list[str]]) -> str:
    """The expression for ``patterns`` as first written: each pattern bounded on its own."""
    if not patterns:
        raise PatternError("no patterns given")
    return "|".join(f"{_START}(?:{_Compiler(slots).phrase(p)}){_END}" for p in patterns)


# --- the rule gate: the trigger word of some pattern in the text --------------------------------------------------

def gated(patterns: list[list[str]], text: str) -> list[int]:
    """The rules whose trigger words are in ``text`` (the whole test before needed words were added)."""
    lower = text.lower()
    words = set(re.findall(r"\w+", lower))
    found = set()
    for index, rule_patterns in enumerate(patterns):
        for pattern in rule_patterns:
            trigger = trigger_words(pattern)
            if trigger is None or trigger[0] & words or any(stem in lower for stem in trigger[1]):
                found.add(index)
    return sorted(found)



def candidates(patterns: list[list[str]], text: str) -> list[int]:
    """The gated rules with a pattern whose every needed word is in ``text`` (all gated rules for a text with a
    character of :data:`CASE_UNSURE`), as the prefilter chose them before it kept what each word opens."""
    lower = text.lower()
    words = set(re.findall(r"\w+", lower))
    if any(c in CASE_UNSURE for c in text):
        return gated(patterns, text)
    return [index for index in gated(patterns, text) if any(
        all(whole & words or any(piece in lower for piece in pieces) for whole, pieces in needed_words(pattern))
        for pattern in patterns[index])]


# --- readability ----------------------------------------------------------------------------------------------------

_WORDS = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _syllables(word: str) -> int:
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def text_stats(text: str) -> tuple[int, int, int, tuple[tuple[int, int, int], ...]]:
    """Words, sentences, syllables and ``(start, end, words)`` of each sentence."""
    found = _WORDS.findall(text)
    sentences = []
    for match in _SENTENCE.finditer(text):
        count = len(_WORDS.findall(match.group()))
        if count:
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            sentences.append((start, match.end(), count))
    return len(found), len(sentences), sum(_syllables(w) for w in found), tuple(sentences)


# --- acronyms -------------------------------------------------------------------------------------------------------

TOKEN = re.compile(r"(?<![\w'’\-])[A-Za-z][A-Za-z]*[A-Z][A-Za-z]*(?![\w'’])")


def words_in_capitals(text: str) -> set[int]:
    """Start offsets of tokens in a run of three or more words written wholly in capitals."""
    starts: set[int] = set()
    run: list[int] = []
    for match in re.finditer(r"\S+", text):
        word = match.group().strip(".,;:()\"“”'’")
        if len(word) > 1 and word.isupper():
            run.append(match.start() + match.group().find(word[:1]))
            continue
        if len(run) >= 3:
            starts.update(run)
        run = []
    if len(run) >= 3:
        starts.update(run)
    return starts


# --- characteristics discussed: every paragraph's words read, whether needed or not -------------------------------

def discusses(key: str, value: str, text: str) -> bool:
    """Whether ``text`` names characteristic ``key`` by its terms, or uses a word of its short ``value``."""
    keys, matcher = equality._terms()
    named = {keys[index] for index, _, _ in matcher.matches(text)}
    words = {word.casefold() for word in re.findall(r"[^\W\d_]{5,}", text)}
    return key in named or bool(equality._value_words(value) & words)

