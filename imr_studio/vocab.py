"""Pick-lists and the characteristics grid, read from data files in ``resources/``.

A force can change the wording or add entries (event types, strategy strands,
characteristics) by editing ``vocabularies.json`` and ``characteristics.json``
without touching code.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from . import paths


@dataclass(frozen=True)
class Choice:
    """One entry of a pick-list: the key stored in the file and the label shown."""

    key: str
    label: str


@dataclass(frozen=True)
class CharacteristicSpec:
    """One row of the standard characteristics grid."""

    key: str
    label: str
    group: str
    hint: str
    terms: tuple[str, ...] = ()
    """Phrases (the rule packs' pattern language) that show a text discusses it."""
    notable: bool = False
    """When recorded with a value, it usually shapes how a person reaches services, so the analysis should say how."""


@functools.lru_cache(maxsize=1)
def _vocabularies() -> dict[str, tuple[Choice, ...]]:
    raw = json.loads(paths.resource("vocabularies.json").read_text(encoding="utf-8"))
    return {
        name: tuple(Choice(entry["key"], entry["label"]) if isinstance(entry, dict) else Choice(entry, entry) for entry in entries)
        for name, entries in raw.items()
    }


def choices(name: str) -> tuple[Choice, ...]:
    """The pick-list ``name`` (for example ``"event_types"``) in display order."""
    return _vocabularies()[name]


def label_for(name: str, key: str) -> str:
    """The label of ``key`` in pick-list ``name``; the key itself when unknown."""
    for choice in choices(name):
        if choice.key == key:
            return choice.label
    return key


@functools.lru_cache(maxsize=1)
def characteristics() -> tuple[CharacteristicSpec, ...]:
    """The standard characteristics, in the order the grid shows them."""
    raw = json.loads(paths.resource("characteristics.json").read_text(encoding="utf-8"))
    return tuple(CharacteristicSpec(e["key"], e["label"], e.get("group", ""), e.get("hint", ""),
                                    tuple(e.get("terms", ())), bool(e.get("notable", False))) for e in raw)
