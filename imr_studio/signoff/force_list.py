"""The force's list of its review leads' public keys: ``reviewers.json`` in the force's settings folder.

Force IT keeps the list, like an allowed-signers file: one entry per review
lead, with name, role and public key (``imr-studio key`` prints a person's
entry). IMR Studio only reads it. A decision signed by a listed key is shown
with the list's name and role; one signed by any other key says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..paths import force_dir

LIST_FILE = "reviewers.json"


class ForceListError(Exception):
    """The force's list exists but cannot be read; the message says why."""


@dataclass(frozen=True)
class ListedReviewer:
    """One review lead on the force's list."""

    name: str
    role: str
    public_key: str


@dataclass(frozen=True)
class ForceList:
    """The force's review leads, by public key; ``exists`` is False when the force keeps no list."""

    reviewers: dict[str, ListedReviewer]
    exists: bool = True
    problem: str = ""
    """Why the list could not be read ("" when it could): then nobody counts as listed."""

    def lookup(self, public_key: str) -> ListedReviewer | None:
        """The listed review lead with ``public_key``, or None."""
        return self.reviewers.get(public_key)


NO_LIST = ForceList({}, exists=False)
"""What a force that keeps no list has."""


def list_path() -> Path:
    """Where the force's list is looked for."""
    return force_dir() / LIST_FILE


def load_force_list(path: Path | None = None) -> ForceList:
    """The force's list (:data:`NO_LIST` when there is none).

    Raises :class:`ForceListError` when the file is there but damaged, so
    that a broken list is never taken for an empty one.
    """
    path = path or list_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return NO_LIST
    except (OSError, ValueError) as exc:
        raise ForceListError(f"The force's list of review leads ({path}) cannot be read: {exc}.") from exc
    entries = data.get("reviewers") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ForceListError(f"The force's list of review leads ({path}) has no “reviewers” list.")
    reviewers = {}
    for number, entry in enumerate(entries, 1):
        try:
            listed = ListedReviewer(str(entry["name"]), str(entry["role"]), str(entry["public_key"]))
        except (KeyError, TypeError) as exc:
            raise ForceListError(
                f"Entry {number} of the force's list of review leads ({path}) needs a name, a role and a public key."
            ) from exc
        reviewers[listed.public_key] = listed
    return ForceList(reviewers)


def current_force_list() -> ForceList:
    """The force's list as it is now; a damaged list lists nobody and says why in ``problem``."""
    try:
        return load_force_list()
    except ForceListError as exc:
        return ForceList({}, exists=True, problem=str(exc))
