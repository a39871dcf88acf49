"""The ``.imr`` project file: reading, writing and summarising it.

``load_project`` / ``save_project`` work on files, ``loads`` / ``dumps`` on
bytes. Every problem with a file is a :class:`ProjectFileError` carrying a
plain-English message. See ``docs/FILE_FORMAT.md`` for the format itself.

While a project is open, :func:`acquire_lock` keeps others from editing it
(:mod:`.lock`) and a :class:`RecoverySlot` keeps autosaved work that
:func:`find_recoveries` offers back after a crash (:mod:`.recovery`).
"""

from .codec import copy_of, dumps, loads
from .errors import ProjectFileError
from .fingerprint import fingerprint
from .lock import CannotLock, LockHeld, ProjectLock, acquire_lock
from .project import load_project, save_project
from .recovery import Recovery, RecoverySlot, find_recoveries

__all__ = [
    "CannotLock",
    "LockHeld",
    "ProjectFileError",
    "ProjectLock",
    "Recovery",
    "RecoverySlot",
    "acquire_lock",
    "copy_of",
    "dumps",
    "find_recoveries",
    "fingerprint",
    "load_project",
    "loads",
    "save_project",
]
