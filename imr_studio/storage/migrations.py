"""Reading project files written in older versions of the file format.

:data:`MIGRATIONS` maps a format version ``N`` to a function that upgrades
the raw JSON object of a version-``N`` file to version ``N + 1``. On load, a
file of an older version passes through each step in order, then is checked
against the current model.

* 1 → 2: new parts with empty defaults (organisational context, conclusions,
  and the other fields this version adds), so nothing in the object changes:
  an older file opens with them empty.
* 2 → 3: the review history becomes a chain of signed entries. The old
  verdicts, decision and audit log, and the quality-assurance and sign-off
  dates and names typed in the key dates, become unsigned entries of the
  chain (kept and shown, never counted as signed), so nothing is lost and
  nothing old passes for a signed decision.
* 3 → 4: the review type and the kind of death in the review details, empty
  until the author chooses them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from ..model.document import FORMAT_VERSION, ReviewRecord
from ..signoff.links import tip
from .errors import ProjectFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]

def _only_new_parts(raw: dict[str, Any]) -> dict[str, Any]:
    """An upgrade that only adds parts with empty defaults: the object stays as it is."""
    return raw


def _unsigned_history(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 → 3: typed sign-off dates, verdicts, decision and audit log become unsigned history entries."""
    quality = raw.get("quality") or {}
    dates = (raw.get("review") or {}).get("key_dates") or {}
    entries: list[dict[str, Any]] = []
    typed = []
    for what, day, person in (("quality assured", "quality_assured", "quality_assured_by"),
                              ("signed off", "signed_off", "signed_off_by")):
        when, who = dates.pop(day, None), dates.pop(person, "")
        if when or who:
            typed.append(f"{what} {when or 'no date'} by {who or 'nobody named'}")
    if typed:
        entries.append({"kind": "earlier", "text": "Key dates typed in the file: " + "; ".join(typed) + "."})
    for event in quality.pop("audit_log", None) or []:
        entries.append({"kind": "earlier", "name": event.get("who", ""), "at": event.get("at", ""),
                        "text": f"{event.get('action', '')}: {event.get('detail', '')}"})
    for verdict in quality.pop("verdicts", None) or []:
        entries.append({"kind": "verdict", "item_id": verdict.get("item_id", ""),
                        "verdict": verdict.get("verdict", "not_reviewed"), "text": verdict.get("comment", ""),
                        "content_hash": verdict.get("content_hash", ""), "name": verdict.get("reviewer", ""),
                        "at": verdict.get("at", "")})
    decision = quality.pop("decision", None) or {}
    if decision.get("outcome"):
        entries.append({"kind": decision["outcome"], "text": decision.get("comment", ""),
                        "name": decision.get("by", ""), "at": decision.get("at", "")})
    history = []
    for entry in entries:
        record = msgspec.convert(entry, ReviewRecord)
        record = msgspec.structs.replace(record, previous=tip(history))
        history.append(record)
    quality["history"] = msgspec.to_builtins(history)
    raw["quality"] = quality
    return raw


MIGRATIONS: dict[int, Migration] = {1: _only_new_parts, 2: _unsigned_history, 3: _only_new_parts}
"""Format version ``N`` → function turning a version-``N`` object into version ``N + 1``."""


def needs_upgrade(version: int) -> bool:
    """True when a file of ``version`` must be upgraded; False when it is current.

    Raises :class:`ProjectFileError` when this version of IMR Studio cannot
    read ``version``: a newer format, or an older one with no upgrade path.
    """
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            f"it was created by a newer version of IMR Studio (file format {version}; "
            f"this version reads up to {FORMAT_VERSION}). The file has not been changed."
        )
    if any(step not in MIGRATIONS for step in range(version, FORMAT_VERSION)):
        raise ProjectFileError(
            f"it uses file format {version}, which this version of IMR Studio cannot read. "
            "The file has not been changed."
        )
    return version < FORMAT_VERSION


def upgrade(raw: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring the raw object of a version-``version`` file up to the current format."""
    for step in range(version, FORMAT_VERSION):
        raw = MIGRATIONS[step](raw)
        raw["format_version"] = step + 1
    return raw
