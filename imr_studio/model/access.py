"""Who may change what in an open IMR: the edit policy, with a named reason for every refusal.

Two things restrict edits. A project open read-only (someone else holds its
lock) refuses every edit. While a review lead reviews, the author's text is
read-only and only the review lead's own records stay writable; the rest of
the time those records (the signed review history) are the one
thing the author cannot change, undo included. :func:`edit_policy` says which
applies; the :class:`~imr_studio.model.DocumentEditor` enforces it and names
the :class:`Restriction` behind each refusal, and the window words it.

Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .addressing import Path


class Restriction(Enum):
    """Why an edit is refused."""

    OPEN_READ_ONLY = "open_read_only"
    """The project is open read-only (someone else is editing it): nothing can be changed."""
    REVIEW_MODE = "review_mode"
    """A review lead is reviewing: the author's text cannot be changed."""
    REVIEWERS_RECORDS = "reviewers_records"
    """Only a review lead in review mode can change the verdicts, the decision and the review history."""


REVIEWERS_RECORDS: tuple[Path, ...] = (("quality", "history"), ("quality", "decided_texts"))
"""What a review lead may change in review mode (their signed history, and the texts a decision keeps)."""

PROTECTED: tuple[Path, ...] = REVIEWERS_RECORDS
"""What only a review lead in review mode may change."""


def _under(path: Path, prefixes: tuple[Path, ...]) -> bool:
    """True when ``path`` is one of ``prefixes`` or lies under one."""
    return any(path[: len(prefix)] == prefix for prefix in prefixes)


@dataclass(frozen=True)
class EditPolicy:
    """What an editor refuses, and why.

    ``restriction`` applies to the whole document except ``still_writable``;
    ``protected`` paths are refused as :attr:`Restriction.REVIEWERS_RECORDS`
    even when nothing else is.
    """

    restriction: Restriction | None = None
    still_writable: tuple[Path, ...] = ()
    protected: tuple[Path, ...] = ()

    def refusal(self, path: Path) -> Restriction | None:
        """Why an edit of ``path`` is refused; None when it is allowed."""
        if self.restriction is not None and not _under(path, self.still_writable):
            return self.restriction
        if _under(path, self.protected):
            return Restriction.REVIEWERS_RECORDS
        return None


EDITABLE = EditPolicy()
"""Everything may be changed (a document no window guards, such as one the command line edits)."""


def edit_policy(*, open_read_only: bool, reviewing: bool) -> EditPolicy:
    """The policy for a project that is (or is not) open read-only, with a review lead reviewing (or not)."""
    if open_read_only:
        return EditPolicy(Restriction.OPEN_READ_ONLY)
    if reviewing:
        return EditPolicy(Restriction.REVIEW_MODE, still_writable=REVIEWERS_RECORDS)
    return EditPolicy(protected=PROTECTED)
