"""The ``.imr`` project file: reading, writing and summarising it.

``load_project`` / ``save_project`` work on files, ``loads`` / ``dumps`` on
bytes. Every problem with a file is a :class:`ProjectFileError` carrying a
plain-English message. See ``docs/FILE_FORMAT.md`` for the format itself.

While a project is open, :func:`acquire_lock` keeps others from editing it
(:mod:`.lock`) and a :class:`RecoverySlot` keeps autosaved work that
:func:`find_recoveries` offers back after a crash (:mod:`.recovery`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names
from .fingerprint import fingerprint  # light, and named as its module: the function must be what the name gives

if TYPE_CHECKING:
    from .codec import copy_of, dumps, loads
    from .errors import ProjectFileError
    from .lock import CannotLock, LockHeld, ProjectLock, acquire_lock
    from .project import load_project, save_project
    from .recovery import Recovery, RecoverySlot, find_recoveries

_HOMES = {
    "copy_of": "codec", "dumps": "codec", "loads": "codec", "ProjectFileError": "errors",
    "CannotLock": "lock", "LockHeld": "lock", "ProjectLock": "lock", "acquire_lock": "lock",
    "load_project": "project", "save_project": "project",
    "Recovery": "recovery", "RecoverySlot": "recovery", "find_recoveries": "recovery",
}
"""Where each name of the package lives, imported on first use (:mod:`imr_studio.lazy`): the error type alone
does not load the whole file format."""

__all__ = sorted([*_HOMES, "fingerprint"])
__getattr__ = lazy_names(__name__, _HOMES)
