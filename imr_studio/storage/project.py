"""Opening and saving ``.imr`` project files."""

from __future__ import annotations

import os
from pathlib import Path

from ..model.content import note_writer
from ..model.document import Document
from .atomic import remove_leftovers, write_atomic
from .codec import dumps, loads
from .errors import ProjectFileError
from .session import now, user_name


def _reading_problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "there is no such file."
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a project file."
    if isinstance(exc, PermissionError):
        return "IMR Studio is not allowed to read it."
    return f"it cannot be read ({exc.strerror or exc})."


def load_project(path: str | os.PathLike[str]) -> Document:
    """Open the project file at ``path``. Never writes to it (only clears away what killed saves left beside it).

    Raises :class:`ProjectFileError` with a plain-English message when the
    file is missing, unreadable, damaged, or not a project this version of
    IMR Studio can read.
    """
    path = Path(path)
    remove_leftovers(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProjectFileError(_reading_problem(exc), path=path) from exc
    try:
        return loads(data)
    except ProjectFileError as exc:
        raise ProjectFileError(exc.problem, path=path) from None


def save_project(document: Document, path: str | os.PathLike[str]) -> None:
    """Save ``document`` to ``path`` atomically, keeping the previous file as ``NAME.imr.bak``.

    When the content changed since the last save, the computer account saving
    is recorded as one of the IMR's writers (who cannot sign it off).

    Raises :class:`ProjectFileError` when the file cannot be written; the
    file on disk is then exactly as it was.
    """
    path = Path(path)
    note_writer(document, user_name(), now().isoformat())
    data = dumps(document)
    try:
        write_atomic(path, data, keep_backup=True)
    except OSError as exc:
        raise ProjectFileError(
            f"{exc.strerror or exc}. The file on disk has not been changed.", action="save", path=path
        ) from exc
