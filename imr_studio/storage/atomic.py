"""Replacing a file so that it is never left half written.

The new content goes to a temporary file in the same folder, is flushed to
the disk, and then takes the old file's place in one step (``os.replace``).
Project files first keep their old content as ``NAME.bak`` the same way. If
anything fails, the temporary files are removed and the old file is untouched.

A process killed in the middle of a save cannot remove its temporary file.
Each one's name says which process on which computer wrote it
(``.NAME.PID-HOST-TOKEN.tmp``), so that the next save or open of the file
removes those whose process has ended (:func:`remove_leftovers`); one from
another computer goes only when it is a day old.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import socket
import time
from pathlib import Path

from .session import process_running

_LEFTOVER = re.compile(r"\.(?:(?P<pid>\d+)-(?P<host>[0-9a-f]{6})-)?[0-9a-f]{8}\.tmp$")
_STALE_SECONDS = 24 * 60 * 60
"""How old another computer's temporary file must be before it counts as left behind."""


def _host_tag() -> str:
    """A short tag for this computer, for temporary files' names."""
    return hashlib.sha256((socket.gethostname() or "").casefold().encode("utf-8")).hexdigest()[:6]


def remove_leftovers(path: Path) -> int:
    """Remove the temporary files that killed saves of ``path`` (or of its backup) left beside it; how many.

    Only IMR Studio's own, named for this file: those of a process on this
    computer that is no longer running, and any a day old. Files that cannot
    be removed are left (they do no harm).
    """
    path = Path(path)
    removed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        for owner in (path.name, backup_path(path).name):
            prefix = f".{owner}"
            if not entry.name.startswith(prefix) or not entry.is_file(follow_symlinks=False):
                continue
            match = _LEFTOVER.fullmatch(entry.name[len(prefix):])
            if match is None:
                continue
            try:
                ours = match["host"] == _host_tag() and not process_running(int(match["pid"]))
                if ours or time.time() - entry.stat().st_mtime > _STALE_SECONDS:
                    os.unlink(entry.path)
                    removed += 1
            except (OSError, TypeError, ValueError):
                pass
            break
    return removed


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.imr.bak`` beside it."""
    return path.with_name(path.name + ".bak")


def _write_temporary(beside: Path, data: bytes, mode: int | None = None) -> Path:
    """Write ``data`` to a new hidden file next to ``beside``, on disk when this returns.

    The file gets ``mode`` from the moment it exists when that is given (a
    private key); otherwise ``beside``'s permissions when it exists (the usual
    ones when not), so that replacing a file keeps who may read it.
    """
    temporary = beside.with_name(f".{beside.name}.{os.getpid()}-{_host_tag()}-{secrets.token_hex(4)}.tmp")

    def create(name: str, flags: int) -> int:
        return os.open(name, flags, 0o666 if mode is None else mode)

    try:
        with open(temporary, "xb", opener=create) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is None and beside.exists():
            shutil.copymode(beside, temporary)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable, where the system allows it (not on Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network shares) cannot sync a folder; the rename still happened
    finally:
        os.close(descriptor)


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = False, mode: int | None = None) -> None:
    """Make ``data`` the content of ``path`` in one step, never leaving it half written.

    ``mode`` sets the file's permissions (0o600: only its owner may read it). With ``keep_backup``, the previous content (if any) is first kept as
    :func:`backup_path`, itself replaced atomically. Raises ``OSError`` when
    the write cannot be done; ``path`` is then unchanged.
    """
    path = Path(path)
    remove_leftovers(path)
    temporary = _write_temporary(path, data, mode)
    try:
        if keep_backup and path.exists():
            _replace(_write_temporary(path, path.read_bytes()), backup_path(path))
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _replace(temporary, path)
    _sync_folder(path.parent)
