"""A checklist item's automatic status, and a group's."""

from __future__ import annotations

from typing import Literal

Status = Literal["met", "partly", "not_met", "judgement", "not_started"]
"""``not_started``: nothing has been written yet that the item could be met by (not the same as met)."""
_SATISFACTION = {"met": 0, "not_started": 1, "judgement": 2, "partly": 3, "not_met": 4}


def least_satisfied(statuses: list[Status]) -> Status:
    """The least satisfied of some checklist items' statuses (a group's status in the checklist); "met" for none."""
    return max(statuses, key=_SATISFACTION.__getitem__, default="met")
