"""A small pattern language for phrase rules, compiled to regular expressions.

Rule packs describe phrases in words, not regular expressions, so that a force
can write its own. A pattern is a sequence of tokens separated by spaces; the
words of a text may be separated by spaces or hyphens ("hard to reach" also
finds "hard-to-reach"). Matching ignores case.

``word``
    That word. An apostrophe matches a straight or curly one.
``stem*``
    Any word starting with ``stem``: ``refus*`` finds "refuse", "refused",
    "refusing", "refusal".
``a|b|c``
    Any one of the alternatives (each may be a stem): ``chose|chosen|choosing``.
``[token]``
    The token is optional: ``at [serious] risk``.
``{slot}``
    Any phrase listed under that name in a pack's ``slots`` (for example
    ``{self}``: herself, himself, themselves ...). ``{Name}`` is built in: one
    word written with a capital letter.
``_``
    Any one word.
``!a|b``
    The next word is not one of these (nothing is consumed):
    ``{pronoun} was hit !by`` finds "she was hit" but not "she was hit by".

A match never starts or ends inside a word, so ``lifestyle*`` does not fire
in "unlifestyle" and ``compliant`` does not fire in "non-compliant".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_LETTERS = r"[^\W\d_]"
_WORD = r"[\w'’]+"
_GAP = r"[\s\-–‐]+"
_START = r"(?<![\w'’\-])"
_END = r"(?![\w'’\-])"
# A capitalised word that is not a common sentence opener ("The", "It" ...).
_NAME = r"(?-i:(?!(?:The|This|That|These|Those|A|An|It|Its|There|Then|When|After|Before|On|In|At|By)\b)[A-Z][\w'’]*)"


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message says why in plain English."""


def _literal(word: str) -> str:
    if word.endswith("*"):
        stem = word[:-1]
        if not stem:
            raise PatternError("a '*' must follow the start of a word")
        return _literal(stem) + rf"{_LETTERS}*"
    if not re.fullmatch(r"[\w'’\-.,:;&/()]+", word):
        raise PatternError(f"“{word}” is not a word (letters, digits, apostrophes, hyphens and simple punctuation only)")
    return re.sub(r"\\-|['’]", _literal_piece, re.escape(word))


def _literal_piece(match: re.Match[str]) -> str:
    return r"[\s\-–‐]?" if match.group() == r"\-" else "['’]"


class _Compiler:
    def __init__(self, slots: Mapping[str, list[str]]) -> None:
        self._slots = slots
        self._expanding: list[str] = []

    def phrase(self, pattern: str) -> str:
        tokens = pattern.split()
        if not tokens:
            raise PatternError("the pattern is empty")
        parts: list[str] = []
        for token in tokens:
            if token.startswith("!"):
                parts.append(f"(?!{_GAP}(?:{self._choice(token[1:])}){_END})")
                continue
            optional = token.startswith("[") and token.endswith("]")
            core = self._choice(token[1:-1] if optional else token)
            parts.append(f"(?:{_GAP}(?:{core}))?" if optional else f"{_GAP}(?:{core})")
        body = "".join(parts)
        if tokens[0].startswith(("[", "!")):
            raise PatternError("a pattern must start with a word that is always there")
        return body[len(_GAP) :]

    def _choice(self, token: str) -> str:
        if not token or "" in token.split("|"):
            raise PatternError("an empty choice: check the brackets and '|' signs")
        return "|".join(self._single(alternative) for alternative in token.split("|"))

    def _single(self, token: str) -> str:
        if token == "_":
            return _WORD
        if token.startswith("{") and token.endswith("}"):
            return self._slot(token[1:-1])
        if any(c in token for c in "[]{}!"):
            raise PatternError(f"“{token}” mixes brackets or '!' into a word")
        return _literal(token)

    def _slot(self, name: str) -> str:
        if name == "Name":
            return _NAME
        if name not in self._slots:
            raise PatternError(f"unknown slot {{{name}}}: define it under \"slots\"")
        if name in self._expanding:
            raise PatternError(f"slot {{{name}}} refers to itself")
        self._expanding.append(name)
        try:
            return "|".join(f"(?:{self.phrase(p)})" for p in self._slots[name])
        finally:
            self._expanding.pop()


def to_regex(pattern: str, slots: Mapping[str, list[str]] | None = None) -> str:
    """The regular expression (source text) for one pattern, bounded at whole words."""
    return f"{_START}(?:{_Compiler(slots or {}).phrase(pattern)}){_END}"


def pattern_source(patterns: list[str], slots: Mapping[str, list[str]] | None = None) -> str:
    """The source of one expression that finds any of ``patterns`` (compile it with :data:`FLAGS`)."""
    if not patterns:
        raise PatternError("no patterns given")
    return "|".join(to_regex(p, slots) for p in patterns)


FLAGS = re.IGNORECASE
"""How every pattern's expression is compiled."""


def compile_patterns(patterns: list[str], slots: Mapping[str, list[str]] | None = None) -> re.Pattern[str]:
    """One compiled expression that finds any of ``patterns``."""
    source = pattern_source(patterns, slots)
    try:
        return re.compile(source, FLAGS)
    except re.error as exc:  # pragma: no cover - the compiler only emits valid expressions
        raise PatternError(f"cannot be compiled: {exc}") from exc


_POOR_TRIGGERS = frozenset({"the", "a", "an", "and", "was", "were", "she", "he", "they", "her", "his", "their", "between",
                            "domestic", "abuse", "police", "officer", "officers", "victim", "not", "had", "with"})
"""Words in nearly every paragraph of an IMR: a rule triggered by one would be tried on almost every text."""


def trigger_words(pattern: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """Words one of which any match of ``pattern`` must contain: ``(whole words, word stems)``, lower case.

    Used to skip a rule quickly on text that cannot match it. Of the required
    tokens made only of words and stems, one without a word found in nearly
    every IMR paragraph is preferred, then the one whose shortest word is
    longest, then the one with fewer alternatives; None when every
    required token is a slot or ``_``, so the rule must always be tried.
    Hyphenated words count by their first part, as the text is split into
    words at hyphens and apostrophes too.
    """
    best: tuple[tuple[bool, int, int], set[str], set[str]] | None = None
    for token in pattern.split():
        alternatives = token.split("|")
        if token.startswith(("[", "!")) or any(a == "_" or a.startswith("{") for a in alternatives):
            continue
        words: set[str] = set()
        stems: set[str] = set()
        for alternative in alternatives:
            parts = re.findall(r"\w+", alternative.rstrip("*").lower())
            if alternative.endswith("*") and len(parts) == 1:
                stems.add(parts[0])
            elif parts:
                words.add(parts[0])
        if len(words) + len(stems) < len(alternatives):
            continue
        # rarer words first, then longer words, then fewer of them
        score = (not (words & _POOR_TRIGGERS), min(len(w) for w in words | stems), -len(alternatives))
        if best is None or score > best[0]:
            best = (score, words, stems)
    return (frozenset(best[1]), frozenset(best[2])) if best else None
