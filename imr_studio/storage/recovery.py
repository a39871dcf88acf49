"""Autosaved drafts, so that unsaved work survives a crash.

Each open project has one *slot*: a recovery file in
``paths.state_dir() / "recovery"`` named ``KEY.TOKEN.imr-recovery``, where
KEY comes from the project's absolute path ("untitled" for a project never
saved) and TOKEN is new for every slot, so that two sessions never share one.
A recovery file is one line of JSON saying whose work it is
(:class:`RecoveryHeader`: the project's name and file, when it was written,
the user, computer and process, the version of IMR Studio), then the document
exactly as a ``.imr`` file holds it (the bytes of :func:`~.codec.dumps`). It
is written atomically and removed once the work is saved or discarded.

:func:`find_recoveries` lists what earlier sessions left behind: slots whose
writer has ended (a crash, a power cut). Slots of a session that may still be
running -- another copy of IMR Studio, or one on another computer -- are left
alone. A damaged recovery file is listed as damaged, never deleted unasked.
See ``docs/FILE_FORMAT.md``.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import msgspec

from .. import __version__, paths
from ..model.document import Document
from .atomic import write_atomic
from .codec import dumps, loads
from .errors import ProjectFileError
from .fingerprint import fingerprint
from .session import Session, now

RECOVERY_FORMAT = 1
"""The version of the recovery file's first line."""
SUFFIX = ".imr-recovery"
UNTITLED_KEY = "untitled"


def recovery_folder() -> Path:
    """The folder of recovery files (in the user's state folder)."""
    return paths.state_dir() / "recovery"


class RecoveryHeader(Session, frozen=True, kw_only=True):
    """The first line of a recovery file: whose work it is, and when it was written."""

    recovery_format: int
    """:data:`RECOVERY_FORMAT` when written."""
    name: str
    """The project's name as the window showed it."""
    original: str | None
    """The project file the work belongs to; None when it was never saved."""
    original_fingerprint: str | None
    """The original file's :func:`~.fingerprint.fingerprint` when it was opened or last saved."""
    written: datetime.datetime
    """When this recovery file was written."""
    app_version: str
    """The version of IMR Studio that wrote it."""


def _key(original: Path | None) -> str:
    if original is None:
        return UNTITLED_KEY
    absolute = os.path.normcase(os.path.abspath(original))
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class RecoverySlot:
    """Where the autosaves of one open project go.

    Nothing is written, and no folder made, until :meth:`write`;
    :meth:`discard` removes what was written.
    """

    def __init__(
        self,
        original: Path | None,
        name: str,
        original_fingerprint: str | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        self._folder = folder
        self._token = secrets.token_hex(4)
        self._file_name = f"{_key(original)}.{self._token}{SUFFIX}"
        self.original = original
        self.name = name
        self.original_fingerprint = original_fingerprint

    def follow(self, original: Path | None, name: str, original_fingerprint: str | None) -> None:
        """Say which project file the work now belongs to (after Save as); the slot moves with it.

        What was written for the old file is removed: write again to keep it.
        """
        self.original, self.name, self.original_fingerprint = original, name, original_fingerprint
        file_name = f"{_key(original)}.{self._token}{SUFFIX}"
        if file_name != self._file_name:
            self.discard()
            self._file_name = file_name

    @property
    def folder(self) -> Path:
        """The folder of the recovery file. Raises ``OSError`` when the user's state folder cannot be made."""
        return self._folder if self._folder is not None else recovery_folder()

    @property
    def file(self) -> Path:
        """The recovery file (it exists only between a write and a discard)."""
        return self.folder / self._file_name

    def write(self, document: Document) -> None:
        """Write ``document`` and who/what/when to the recovery file, atomically.

        Raises ``OSError`` when it cannot be written (the previous one, if
        any, is then unchanged).
        """
        header = RecoveryHeader.current(
            recovery_format=RECOVERY_FORMAT,
            name=self.name,
            original=str(self.original) if self.original is not None else None,
            original_fingerprint=self.original_fingerprint,
            written=now(),
            app_version=__version__,
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self.file, msgspec.json.encode(header) + b"\n" + dumps(document))

    def discard(self) -> None:
        """Remove the recovery file (there is nothing left to recover). Raises ``OSError`` if it stays."""
        self.file.unlink(missing_ok=True)


OriginalState = Literal["never saved", "unchanged", "changed", "missing", "not answering"]


@dataclass(frozen=True)
class Recovery:
    """Work an earlier session left behind, as :func:`find_recoveries` found it."""

    file: Path
    """The recovery file."""
    header: RecoveryHeader | None
    """What its first line says; None when that is damaged."""
    document: Document | None
    """The recovered document; None when the file is damaged."""
    problem: str = ""
    """Why the work cannot be restored, in plain English; "" when it can."""

    @property
    def name(self) -> str:
        """The project's name (the recovery file's own name when that is unknown)."""
        return self.header.name if self.header is not None else self.file.name

    @property
    def original(self) -> Path | None:
        """The project file the work belongs to; None when it was never saved (or is unknown)."""
        return Path(self.header.original) if self.header is not None and self.header.original else None

    @property
    def written(self) -> datetime.datetime | None:
        """When the work was last autosaved (None when unknown)."""
        return self.header.written if self.header is not None else None

    def original_state(self, timeout: float | None = None) -> OriginalState:
        """Whether the original file is as it was when the recovered work was based on it.

        Reading the original can hang on a network share that does not
        answer; with ``timeout`` (seconds) the answer is then "not answering"
        instead of a wait (the read goes on in the background and is dropped).
        """
        if self.original is None:
            return "never saved"
        found: list[str | None] = []
        reader = threading.Thread(target=lambda: found.append(fingerprint(self.original)), daemon=True)
        reader.start()
        reader.join(timeout)
        if not found:
            return "not answering"
        if found[0] is None:
            return "missing"
        return "unchanged" if found[0] == self.header.original_fingerprint else "changed"

    def load(self) -> Document:
        """The recovered document; raises :class:`ProjectFileError` when the file is damaged."""
        if self.document is None:
            raise ProjectFileError(self.problem)
        return self.document

    def discard(self) -> None:
        """Delete the recovery file for good. Raises ``OSError`` when it cannot be deleted."""
        self.file.unlink(missing_ok=True)


def _read(file: Path) -> Recovery | None:
    """The recovery in ``file``; None when its session may still be running."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        return Recovery(file, None, None, f"the recovery file cannot be read ({exc.strerror or exc}).")
    first_line, _, body = data.partition(b"\n")
    try:
        header = msgspec.json.decode(first_line, type=RecoveryHeader)
    except msgspec.DecodeError:
        return Recovery(
            file, None, None,
            "the recovery file is damaged: its first line, which says whose work it is, cannot be read.",
        )
    if header.may_be_running():
        return None
    try:
        document = loads(body)
    except ProjectFileError as exc:
        return Recovery(file, header, None, f"the work in the recovery file cannot be opened: {exc.problem}")
    return Recovery(file, header, document)


def find_recoveries(folder: Path | None = None) -> list[Recovery]:
    """The work earlier sessions left unsaved: restorable ones newest first, then damaged ones.

    Leaves out the slots of sessions that may still be running (this one,
    another copy of IMR Studio, a session on another computer).
    """
    try:
        folder = folder if folder is not None else recovery_folder()
        files = sorted(folder.glob(f"*{SUFFIX}"))
    except OSError:
        return []
    found = [recovery for file in files if (recovery := _read(file)) is not None]
    epoch = datetime.datetime.min.replace(tzinfo=datetime.timezone.utc)
    return sorted(found, key=lambda r: (r.document is not None, r.written or epoch), reverse=True)
