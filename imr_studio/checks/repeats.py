"""Recommendations that repeat: two in this IMR that say much the same, or one close to a recommendation the
force made in an earlier review (checklist item REC-2).

A panel asks what will be different this time when a recommendation repeats
an earlier one. The force keeps its earlier recommendations in
``earlier_recommendations.json`` in its settings folder
(:func:`imr_studio.paths.force_dir`)::

    {"recommendations": [{"review": "DHR 2021/03 (Ashdown)", "text": "Northshire Police will ..."}]}

Two recommendations count as alike when the share of their words they have
in common (leaving out the rule packs' ``common_words``, and comparing word
stems) reaches the packs' ``repeats.similarity``. Findings are advice: a
prompt to look, which never changes an item's status, since only a person
can say whether the new recommendation adds something.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..model.document import Document
from ..model.links import item_label
from ..paths import force_dir
from .findings import Finding, finding_at
from .rules import RepeatSettings

EARLIER_FILE = "earlier_recommendations.json"
_WORD = re.compile(r"[a-z][a-z'-]+")
_ENDINGS = ("ations", "ation", "ings", "ing", "ments", "ment", "ies", "es", "ed", "s")


@dataclass(frozen=True)
class EarlierRecommendation:
    """A recommendation from one of the force's earlier reviews."""

    review: str
    text: str


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def content_words(text: str, common: frozenset[str]) -> frozenset[str]:
    """The stems of ``text``'s words of three letters or more, leaving out ``common`` words."""
    return frozenset(_stem(word) for word in _WORD.findall(text.casefold()) if len(word) >= 3 and word not in common)


def likeness(first: frozenset[str], second: frozenset[str]) -> float:
    """The share of their words two recommendations have in common (0 to 1)."""
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def earlier_path() -> Path:
    """Where the force keeps its earlier reviews' recommendations."""
    return force_dir() / EARLIER_FILE


@functools.lru_cache(maxsize=4)
def _read_earlier(path: str, stamp: float) -> tuple[tuple[EarlierRecommendation, ...], str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = data["recommendations"]
        return tuple(EarlierRecommendation(str(e.get("review", "")), str(e["text"])) for e in entries), ""
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return (), f"{path}: the force's earlier recommendations cannot be read ({type(exc).__name__}: {exc})"


def earlier_recommendations() -> tuple[tuple[EarlierRecommendation, ...], str]:
    """The force's earlier recommendations, and a problem reading them ("" when none); none when there is no file."""
    path = earlier_path()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return (), ""
    return _read_earlier(str(path), stamp)


def repeat_findings(
    doc: Document, settings: RepeatSettings, earlier: tuple[EarlierRecommendation, ...] = ()
) -> Iterator[Finding]:
    """Advice on recommendations alike each other, or alike one the force made before."""
    words = [(rec, content_words(rec.text, settings.common_words)) for rec in doc.recommendations if rec.text.strip()]
    for index, (rec, mine) in enumerate(words):
        for other, theirs in words[index + 1:]:
            if likeness(mine, theirs) >= settings.similarity:
                yield finding_at(("recommendations", other.id, "text"), "repeats.within", "repeats", "REC-2", "advice",
                                 f"Recommendation “{item_label(other)}” says much the same as “{item_label(rec)}”.",
                                 "Merge them, or say in each what the other does not cover.", rec.id)
        for before in earlier:
            if likeness(mine, content_words(before.text, settings.common_words)) >= settings.similarity:
                where = f" in {before.review}" if before.review else " in an earlier review"
                yield finding_at(("recommendations", rec.id, "text"), "repeats.earlier", "repeats", "REC-2", "advice",
                                 f"Recommendation “{item_label(rec)}” is close to one the force made{where}: "
                                 f"“{before.text}”",
                                 "Say what will be different this time, and why the earlier one did not bring the "
                                 "change about.", before.review or before.text[:40])
