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

import functools
import re
from collections.abc import Mapping

_LETTERS = r"[^\W\d_]"
_WORD = r"[\w'’]+"
# No character set below mixes more than two runs of characters with one above U+00FF: Python compiles
# such a set into a large table, slowly, and the patterns hold hundreds of them. ``(?:[\s\-‐]|–{1})``
# is exactly the set ``[\s\-–‐]`` (the ``{1}`` stops Python merging the two back into one set), and two
# lookarounds in a row exclude exactly the union of theirs.
_GAP_CHAR = r"(?:[\s\-‐]|–{1})"
_GAP = _GAP_CHAR + "+"
_START = r"(?<![\w'\-])(?<!’)"
_END = r"(?![\w'\-])(?!’)"
# A capitalised word that is not a common sentence opener ("The", "It" ...).
_NAME = r"(?-i:(?!(?:The|This|That|These|Those|A|An|It|Its|There|Then|When|After|Before|On|In|At|By)\b)[A-Z][\w'’]*)"


_VALID_WORD = re.compile(r"[\w'’\-.,:;&/()]+")
_SPECIAL_PIECE = re.compile(r"\\-|['’]")


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message says why in plain English."""


@functools.lru_cache(maxsize=4096)
def _literal(word: str) -> str:
    """The expression for one word or stem (remembered: the packs use the same words again and again)."""
    if word.endswith("*"):
        stem = word[:-1]
        if not stem:
            raise PatternError("a '*' must follow the start of a word")
        return _literal(stem) + rf"{_LETTERS}*"
    if not _VALID_WORD.fullmatch(word):
        raise PatternError(f"“{word}” is not a word (letters, digits, apostrophes, hyphens and simple punctuation only)")
    return _SPECIAL_PIECE.sub(_literal_piece, re.escape(word))


def _literal_piece(match: re.Match[str]) -> str:
    return _GAP_CHAR + "?" if match.group() == r"\-" else "['’]"


def _grouped(alternatives: list[str]) -> str:
    """Alternatives as one unit that other parts can follow, in brackets only where there is a choice."""
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


class _Compiler:
    """Turns patterns into expressions; each method gives the alternatives it stands for."""

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
                parts.append(f"(?!{_GAP}{_grouped(self._choice(token[1:]))}{_END})")
                continue
            optional = token.startswith("[") and token.endswith("]")
            core = _grouped(self._choice(token[1:-1] if optional else token))
            parts.append(f"(?:{_GAP}{core})?" if optional else f"{_GAP}{core}")
        body = "".join(parts)
        if tokens[0].startswith(("[", "!")):
            raise PatternError("a pattern must start with a word that is always there")
        return body[len(_GAP) :]

    def _choice(self, token: str) -> list[str]:
        if not token or "" in token.split("|"):
            raise PatternError("an empty choice: check the brackets and '|' signs")
        return [option for alternative in token.split("|") for option in self._single(alternative)]

    def _single(self, token: str) -> list[str]:
        if token == "_":
            return [_WORD]
        if token.startswith("{") and token.endswith("}"):
            return self._slot(token[1:-1])
        if any(c in token for c in "[]{}!"):
            raise PatternError(f"“{token}” mixes brackets or '!' into a word")
        return [_literal(token)]

    def _slot(self, name: str) -> list[str]:
        if name == "Name":
            return [_NAME]
        if name not in self._slots:
            raise PatternError(f"unknown slot {{{name}}}: define it under \"slots\"")
        if name in self._expanding:
            raise PatternError(f"slot {{{name}}} refers to itself")
        self._expanding.append(name)
        try:
            return [self.phrase(p) for p in self._slots[name]]
        finally:
            self._expanding.pop()


def to_regex(pattern: str, slots: Mapping[str, list[str]] | None = None) -> str:
    """The regular expression (source text) for one pattern, bounded at whole words."""
    return pattern_source([pattern], slots)


def pattern_source(patterns: list[str], slots: Mapping[str, list[str]] | None = None) -> str:
    """The source of one expression that finds any of ``patterns`` (compile it with :data:`FLAGS`).

    The word bounds are written once around the alternatives rather than
    around each one: a backtracking matcher tries ``B(?:x|y)E`` exactly as it
    tries ``BxE|ByE``, so the matches are the same, but the bounds are tested
    once at each position instead of once per pattern, and compiled once.
    """
    if not patterns:
        raise PatternError("no patterns given")
    compiler = _Compiler(slots or {})
    return f"{_START}(?:{'|'.join(compiler.phrase(p) for p in patterns)}){_END}"


FLAGS = re.IGNORECASE
"""How every pattern's expression is compiled."""


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
    for alternatives in _word_tokens(pattern):
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
        score = _rarity(words, stems, len(alternatives))
        if best is None or score > best[0]:
            best = (score, words, stems)
    return (frozenset(best[1]), frozenset(best[2])) if best else None


def _rarity(words: set[str] | frozenset[str], pieces: set[str] | frozenset[str], alternatives: int) -> tuple:
    """How rarely a token turns up in an IMR, as a key to sort by: rarer words first, then longer words, then
    fewer of them."""
    return not (words & _POOR_TRIGGERS), min(len(w) for w in words | pieces), -alternatives


def _word_tokens(pattern: str) -> list[list[str]]:
    """The alternatives of each token of ``pattern`` that every match contains and that is made only of words
    and stems (no slot, no ``_``)."""
    tokens = []
    for token in pattern.split():
        alternatives = token.split("|")
        if not token.startswith(("[", "!")) and not any(a == "_" or a.startswith("{") for a in alternatives):
            tokens.append(alternatives)
    return tokens


CASE_UNSURE = frozenset("\u0130\u0131\u017f\u212a")
"""The characters other than ASCII that a case-blind expression matches to an ASCII letter (İ ı ſ and the Kelvin
sign); :func:`needed_words` cannot vouch for a text that holds one."""
_FIRST_PART = re.compile(r"\W*(\w+)(.?)")


def needed_words(pattern: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """For each token of ``pattern`` that every match contains and that can be told from words: the
    ``(whole words, pieces)`` one of which any text with a match holds, in lower case.

    A word is the first run of letters and digits of an alternative; it is a
    whole word of the text (as split by ``\\w+``) unless the pattern lets
    letters follow it (a stem ``refus*``, or a hyphen that may be left out:
    ``non-compliant`` also finds "noncompliant"), in which case it is only a
    piece of the text. Tokens with an alternative that does not start with an
    ASCII word are left out. Unlike :func:`trigger_words` this never rules out
    a text that has a match, provided the text has none of :data:`CASE_UNSURE`
    and is compared in lower case. The rarest token comes first.
    """
    needs = []
    for alternatives in _word_tokens(pattern):
        words: set[str] = set()
        pieces: set[str] = set()
        for alternative in alternatives:
            first = _FIRST_PART.match(alternative.lower())
            if first is None or not first.group(1).isascii():
                break
            (pieces if first.group(2) in ("-", "*") else words).add(first.group(1))
        else:
            needs.append((frozenset(words), frozenset(pieces)))
    return tuple(sorted(needs, key=lambda need: _rarity(*need, len(need[0]) + len(need[1])), reverse=True))

