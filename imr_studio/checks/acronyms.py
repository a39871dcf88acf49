"""Acronyms: each one defined at or before its first use, or in the glossary (LAN-2).

Reading order is the order of the Word report (:mod:`imr_studio.checks.texts`).
An acronym counts as defined where the text gives it in brackets after its
expansion, "Police National Computer (PNC)", or gives the expansion in
brackets after it, "PNC (Police National Computer)"; or anywhere, when the
glossary has an entry for it.

A word counts as an acronym when it has at least two capital letters, at
least half its letters are capitals and it has no digits ("MARAC", "ToR",
"ViSOR", plural "MARACs"). Left alone: words listed under ``not_acronyms``
in the rule packs (protective markings such as OFFICIAL, police ranks before
a collar number such as "PC 1234"), Roman numerals, and runs of three or more
capitalised words (text written in capitals for emphasis).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..model.document import Document
from .findings import Finding, Location
from .memo import TextMemo
from .rules import Acronym, Rules
from .texts import TextSpot, iter_texts

_TOKEN = re.compile(r"[A-Z](?<![\w'’\-].)[A-Za-z]*[A-Z][A-Za-z]*(?![\w'’])")
"""A word of ASCII letters that starts with a capital and has another. Starting with the capital (the word's
start is checked after it) lets the search skip straight from one capital to the next."""
_ROMAN = re.compile(r"M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_SHOUTING_RUN = 3
_QUOTES_AND_PUNCTUATION = ".,;:()\"“”'’"


@dataclass(frozen=True)
class Use:
    """One use of an acronym: where, and whether it is defined right there."""

    term: str
    spot: TextSpot
    start: int
    end: int
    defines: bool


@functools.lru_cache(maxsize=65536)
def _base(word: str) -> str | None:
    """The acronym ``word`` stands for (plural "s" removed), or None if it is not one (remembered: a report uses
    the same few hundred again and again)."""
    if word.endswith("s") and word[:-1].isupper():
        word = word[:-1]
    capitals = sum(1 for c in word if c.isupper())
    if capitals < 2 or capitals * 2 < len(word) or not word[0].isupper():
        return None
    if _ROMAN.fullmatch(word):
        return None
    return word


_INTRODUCED = re.compile(r"\((?:the\s+)?['‘“\"]?$")
"""Before an acronym introduced after its name: "(", "(the ", "('", "(the “"."""
_INTRODUCED_END = re.compile(r"['’”\"]?(?:\s+\d{4})?\)")
"""After it: ")", "')", " 2004)" (an Act and its year)."""
_CODE = re.compile(r"[-/]\d")
"""A letter-prefixed reference number goes on with a dash or slash and digits: "CAD-2211-0394", "RMS/22/0394"."""
_CODE_BEFORE = re.compile(r"\d[-/]$")
"""Or the letters follow digits and a dash or slash: "2211-CAD". Searched only in the three characters before the
word, which hold any match (``$`` also matches before a final line break)."""


def _defines(text: str, start: int, end: int) -> bool:
    """Whether the acronym at ``text[start:end]`` is expanded right there (or introduced after its full name)."""
    opening = _INTRODUCED.search(text, max(0, start - 8), start)
    if opening and _INTRODUCED_END.match(text, end) and text[: opening.start()].strip():
        return True
    match = re.match(r"\s*\(([^()]+)\)", text[end:])
    return bool(match and len(match.group(1).split()) >= 2)


_STRIP = operator.methodcaller("strip", _QUOTES_AND_PUNCTUATION)


def _words_in_capitals(text: str) -> set[int]:
    """Start offsets of tokens that belong to a run of words written wholly in capitals."""
    if _SHOUTING_RUN * b"\1" not in bytes(map(str.isupper, map(_STRIP, text.split()))):
        return set()  # not even that many words in a row in capitals, whatever their length
    starts: set[int] = set()
    run: list[int] = []
    for match in re.finditer(r"\S+", text):
        word = _STRIP(match.group())
        if len(word) > 1 and word.isupper():
            run.append(match.start() + match.group().find(word[:1]))
            continue
        if len(run) >= _SHOUTING_RUN:
            starts.update(run)
        run = []
    if len(run) >= _SHOUTING_RUN:
        starts.update(run)
    return starts


def _candidates(text: str) -> tuple[tuple[str, str, int, int, bool], ...]:
    """``(acronym, word as written, start, end, defined here)`` for each acronym-like word of ``text``."""
    found = []
    shouting: set[int] | None = None
    for match in _TOKEN.finditer(text):
        term = _base(match.group())
        if term is None:
            continue
        if shouting is None:
            shouting = _words_in_capitals(text)
        if _CODE.match(text, match.end()) or _CODE_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            continue  # a reference number, not an acronym
        if match.start() not in shouting:
            found.append((term, match.group(), match.start(), match.end(), _defines(text, *match.span())))
    return tuple(found)


acronym_candidates = TextMemo(_candidates)


def iter_uses(spots: Sequence[TextSpot], rules: Rules) -> Iterator[Use]:
    """Every acronym use in ``spots``, in order."""
    for spot in spots:
        for term, written, start, end, defines in acronym_candidates(spot.text):
            if term not in rules.not_acronyms and written not in rules.not_acronyms:
                yield Use(term, spot, start, end, defines)


def glossary_terms(document: Document) -> set[str]:
    """Acronyms and terms the glossary defines."""
    terms: set[str] = set()
    for entry in document.dissemination.glossary:
        term = entry.term.strip()
        if term and entry.definition.strip():
            terms.add(term)
            terms.update(t for t in (_base(m.group()) for m in _TOKEN.finditer(term)) if t)
    return terms


def expansion_for(term: str, rules: Rules) -> Acronym | None:
    """The built-in (or force) expansion of ``term``, if the rule packs know it."""
    return rules.acronyms.get(term) or rules.acronyms.get(term.upper())


def acronym_findings(spots: Sequence[TextSpot], rules: Rules, defined: set[str]) -> Iterator[Finding]:
    """One finding per acronym used before it is defined (``defined`` holds the glossary's terms)."""
    first_use: dict[str, Use] = {}
    defined_at: set[str] = set(defined)
    late: dict[str, Use] = {}
    for use in iter_uses(spots, rules):
        if use.defines:
            defined_at.add(use.term)
        if use.term not in first_use:
            first_use[use.term] = use
            if use.term not in defined_at:
                late[use.term] = use
    for term, use in late.items():
        yield _finding(use, rules, defined_later=term in defined_at)


def _finding(use: Use, rules: Rules, defined_later: bool) -> Finding:
    known = expansion_for(use.term, rules)
    if defined_later:
        message = f"{use.term} is used here before the place where it is spelt out."
    else:
        message = f"{use.term} is not spelt out anywhere and is not in the glossary."
    if known:
        suggestion = (f"{use.term} stands for {known.expansion}: write that in full here, "
                      f"followed by ({use.term}), or add {use.term} to the glossary.")
        replacements: tuple[str, ...] = (f"{known.expansion} ({use.term})",)
    else:
        suggestion = f"Write out what {use.term} stands for at its first use, or add it to the glossary."
        replacements = ()
    return Finding(
        rule_id="acronym.defined-before-use",
        category="acronym",
        item_id="LAN-2",
        severity="warning",
        location=Location(use.spot.section, use.spot.path, (use.start, use.end)),
        message=message,
        suggestion=suggestion,
        replacements=replacements,
        text=use.term,
        anchor=use.term,
    )


def terms_used(document: Document, rules: Rules) -> list[tuple[str, str]]:
    """``(acronym, expansion)`` for every acronym the report uses, in reading order of first use.

    The expansion comes from the rule packs, or else from the document's own
    glossary; it is ``""`` when neither knows the acronym.
    """
    glossary = {entry.term.strip(): entry.definition.strip() for entry in document.dissemination.glossary}
    seen: dict[str, str] = {}
    for use in iter_uses(list(iter_texts(document)), rules):
        if use.term not in seen:
            known = expansion_for(use.term, rules)
            seen[use.term] = known.expansion if known else glossary.get(use.term, "")
    return list(seen.items())


def terms_in(texts: Iterable[str], rules: Rules) -> list[tuple[str, str]]:
    """``(acronym, expansion)`` for each acronym in ``texts`` whose expansion the rule packs know, in order of first use."""
    seen: dict[str, str] = {}
    spots = [TextSpot("text", ("text", number), text) for number, text in enumerate(texts)]
    for use in iter_uses(spots, rules):
        known = expansion_for(use.term, rules)
        if known and use.term not in seen:
            seen[use.term] = known.expansion
    return list(seen.items())
