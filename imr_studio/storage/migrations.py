"""Reading project files written in older versions of the file format.

:data:`MIGRATIONS` maps a format version ``N`` to a function that upgrades
the raw JSON object of a version-``N`` file to version ``N + 1``. On load, a
file of an older version passes through each step in order, then is checked
against the current model.

* 1 → 2: new parts with empty defaults (organisational context, conclusions,
  and the other fields this version adds), so nothing in the object changes:
  an older file opens with them empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.document import FORMAT_VERSION
from .errors import ProjectFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]

def _only_new_parts(raw: dict[str, Any]) -> dict[str, Any]:
    """An upgrade that only adds parts with empty defaults: the object stays as it is."""
    return raw


MIGRATIONS: dict[int, Migration] = {1: _only_new_parts}
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
