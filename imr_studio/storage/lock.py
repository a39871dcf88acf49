"""A lock file beside a project while someone edits it, so that two people never edit one file.

The lock of ``NAME.imr`` is the file ``.~lock.NAME.imr#`` in the same folder
(the convention LibreOffice uses). It is created in one step that fails if it
already exists (``O_CREAT | O_EXCL``), and holds JSON saying who holds it:
user, computer, process and since when. See ``docs/FILE_FORMAT.md``.

:func:`acquire_lock` returns a :class:`ProjectLock`, or raises
:class:`LockHeld` (someone else is editing the file: who, where, since when)
or :class:`CannotLock` (no lock can be written there, e.g. a read-only share).
A lock left behind by a process of this computer that has ended is stale and
is taken over; a lock from another computer cannot be checked, so it counts
as held.
"""

from __future__ import annotations

import datetime
import os
import secrets
import sys
import time
from pathlib import Path

import msgspec

from .session import Session, describe_time, now, user_name

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
_UNREADABLE_GRACE_SECONDS = 10
"""How long a lock file that cannot be read may be one still being written, rather than one left half-written."""


class LockInfo(Session, frozen=True, kw_only=True):
    """What a lock file holds: the session editing the project, and since when."""

    since: datetime.datetime
    token: str = ""
    """Different for every lock taken, so that a window can tell its own lock from one taken over from it."""

    def describe(self) -> str:
        """Who holds the lock, in words: "Jane Smith on PC-0142, since 14:05 today"."""
        if self.is_this_process():
            who = "you, in another window of IMR Studio"
        elif self.on_this_computer() and self.user == user_name():
            who = "you, in another copy of IMR Studio on this computer"
        elif self.on_this_computer():
            who = f"{self.user} on this computer"
        else:
            who = f"{self.user} on the computer {self.host}"
        return f"{who}, since {describe_time(self.since)}"


class LockHeld(Exception):
    """Someone else is editing the project: ``holder`` says who (None when the lock cannot be read)."""

    def __init__(self, project: Path, holder: LockInfo | None) -> None:
        self.project = project
        self.holder = holder
        who = holder.describe() if holder is not None else "someone whose lock file cannot be read"
        super().__init__(f"“{project.name}” is open for editing by {who}.")


class CannotLock(Exception):
    """No lock can be written beside the project; ``reason`` says why in plain English."""

    def __init__(self, project: Path, reason: str) -> None:
        self.project = project
        self.reason = reason
        super().__init__(
            f"IMR Studio cannot put a lock file beside “{project.name}” ({reason}), so it cannot stop "
            "someone else editing the file at the same time."
        )


def lock_path(project: str | os.PathLike[str]) -> Path:
    """The lock file of ``project``: ``.~lock.NAME#`` in the same folder."""
    project = Path(project)
    return project.with_name(f"{LOCK_PREFIX}{project.name}{LOCK_SUFFIX}")


class ProjectLock:
    """The lock this process holds on one project, until :meth:`release`."""

    def __init__(self, project: Path, info: LockInfo, content: bytes) -> None:
        self.project = project
        """The locked project file."""
        self.file = lock_path(project)
        """The lock file."""
        self.info = info
        """What the lock file says."""
        self._content = content

    def still_held(self) -> bool | None:
        """True while the lock file is still this lock's; False once someone took it over or removed it; None when
        its folder cannot be read just now (a network drive not answering: nothing can be said)."""
        try:
            return self.file.read_bytes() == self._content
        except FileNotFoundError:
            return False
        except OSError:
            return None

    def release(self) -> None:
        """Remove the lock file, if it is still this lock's (never one someone else took over)."""
        try:
            if self.file.read_bytes() == self._content:
                self.file.unlink()
        except OSError:
            pass  # already gone, or the folder went away: nothing is left to release


def read_lock(project: str | os.PathLike[str]) -> LockInfo | None:
    """Who holds the lock on ``project``, or None when there is no readable lock."""
    try:
        return msgspec.json.decode(lock_path(project).read_bytes(), type=LockInfo)
    except (OSError, msgspec.DecodeError):
        return None


def _hide(file: Path) -> None:
    """Give ``file`` the hidden attribute on Windows (a leading dot hides it elsewhere)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(file), 0x2)  # FILE_ATTRIBUTE_HIDDEN; best effort


def _create(file: Path, content: bytes) -> bool:
    """Create ``file`` with ``content`` in one step; False when it already exists.

    Binary mode, so that Windows writes the bytes as they are (a text-mode
    write would turn "\n" into "\r\n", and :meth:`ProjectLock.release` would
    no longer recognise its own lock).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(file, flags, 0o644)
    except FileExistsError:
        return False
    try:
        os.write(descriptor, content)
        os.fsync(descriptor)
    except OSError:
        os.close(descriptor)
        file.unlink(missing_ok=True)
        raise
    os.close(descriptor)
    _hide(file)
    return True


def _is_stale(file: Path, content: bytes) -> tuple[bool, LockInfo | None]:
    """Whether the existing lock ``content`` was left behind, and who it names (None if unreadable)."""
    try:
        holder = msgspec.json.decode(content, type=LockInfo)
    except msgspec.DecodeError:
        # Half written: either its writer is writing it right now, or it stopped for good.
        try:
            age = time.time() - file.stat().st_mtime
        except OSError:
            age = 0.0
        return age > _UNREADABLE_GRACE_SECONDS, None
    return not holder.may_be_running(), holder


def _problem(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "the folder does not allow it"
    if isinstance(exc, FileNotFoundError):
        return "the folder is not there"
    return (exc.strerror or str(exc)).lower()


def _remove_if_unchanged(file: Path, existing: bytes) -> None:
    """Remove the lock ``file`` if it still holds ``existing``; never one written in the meantime.

    The lock is first renamed to a name of this process's own, in one step,
    so two processes taking over the same stale lock cannot both succeed. If
    what was moved turns out to be a fresh lock, it is put back.
    """
    aside = file.with_name(f"{file.name}.{secrets.token_hex(4)}.old")
    try:
        os.rename(file, aside)
    except FileNotFoundError:
        return  # someone else removed it first
    moved = aside.read_bytes()
    if moved != existing:
        _create(file, moved)  # someone's new lock: put it back (unless yet another one is there already)
    aside.unlink(missing_ok=True)


def acquire_lock(project: str | os.PathLike[str], *, take_over: bool = False) -> ProjectLock:
    """Lock ``project`` for editing by this process.

    Raises :class:`LockHeld` when another session holds the lock (one on
    another computer always counts), and :class:`CannotLock` when no lock
    file can be written beside the project. With ``take_over`` the lock is
    taken even from a session that may still be running: only when the user
    knows it is not (its computer was switched off, say).
    """
    project = Path(project).absolute()
    file = lock_path(project)
    info = LockInfo.current(since=now(), token=secrets.token_hex(8))
    content = msgspec.json.encode(info) + b"\n"
    for _attempt in range(3):
        try:
            if _create(file, content):
                return ProjectLock(project, info, content)
            existing = file.read_bytes()
        except FileNotFoundError:
            if not file.parent.is_dir():
                raise CannotLock(project, "the folder is not there") from None
            continue  # the lock went away between two steps: try again
        except OSError as exc:
            raise CannotLock(project, _problem(exc)) from exc
        stale, holder = _is_stale(file, existing)
        if not stale and not take_over:
            raise LockHeld(project, holder)
        try:
            _remove_if_unchanged(file, existing)
        except OSError as exc:
            raise CannotLock(project, _problem(exc)) from exc
    raise LockHeld(project, read_lock(project))
