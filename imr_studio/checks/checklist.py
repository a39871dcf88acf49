"""The 24 checklist items a review lead works through, read from ``resources/checklist.json``."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Literal

from .. import paths
from ..model.sections import prose_sections


@dataclass(frozen=True)
class ChecklistItem:
    """One checklist question: its id, its group and whether it is a matter of judgement.

    ``depends_on`` names the parts of the project a review lead's verdict on
    the item rests on (dotted field paths, ``"prose"`` for every piece of
    prose in the report); when they change, the verdict is out of date.
    """

    id: str
    group: str
    question: str
    kind: Literal["automatic", "judgement"]
    depends_on: tuple[str, ...] = ("prose",)


@functools.lru_cache(maxsize=1)
def checklist() -> tuple[ChecklistItem, ...]:
    """The checklist items in order."""
    raw = json.loads(paths.resource("checklist.json").read_text(encoding="utf-8"))
    return tuple(
        ChecklistItem(e["id"], e["group"], e["question"], e.get("kind", "automatic"), tuple(e.get("depends_on", ["prose"])))
        for e in raw
    )


def questions_about(section_id: str) -> tuple[ChecklistItem, ...]:
    """The checklist questions whose verdict rests on section ``section_id`` (every prose question, for a prose section)."""
    prose = section_id in prose_sections()
    return tuple(
        item for item in checklist()
        if any(part.split(".")[0] == section_id or (part == "prose" and prose) for part in item.depends_on)
    )
