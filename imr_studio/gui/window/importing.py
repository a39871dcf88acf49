"""File › Import Word IMR: reading a Word IMR on a worker thread, then showing it with a summary of what went where.

The reading (:mod:`imr_studio.importer`) runs on a pool thread behind a
progress dialog that names each step, so the window keeps drawing itself
however large the file. A file that cannot be imported is explained in one
line and the open project is kept.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from .background import BackgroundWork, Progress, WorksInBackground, report_unexpected

Command = TypeVar("Command", bound=Callable[..., object])


class WordImporter(QObject, WorksInBackground):
    """Reads a Word IMR with progress, then shows it in the window as an unsaved project with its summary."""

    finished = Signal(bool)
    """Emitted when an import ends: True when the window shows the imported project."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._work = BackgroundWork(window)

    def start(self, path: Path) -> None:
        """Start importing the Word IMR at ``path`` (only while not :attr:`busy`); :attr:`finished` says how it went."""
        heading = f"Importing {path.name}…"

        def read(progress: Progress):
            from ...importer import import_word  # python-docx loads here, off the GUI thread

            return import_word(path, lambda done, total, what: progress(done, total, f"{heading}\n{what}…"))

        self._work.start(read, "Import Word IMR", heading, lambda result: self._on_done(result, path), self._on_failed,
                         show_after=0)

    def _on_done(self, result, path: Path) -> None:
        from ..dialogs.imported_text import ImportSummaryDialog

        window = self._window
        window.show_document(result.document, None, f"{path.stem} (imported, unsaved)")
        window.bridge.mark_unsaved()
        summary = ImportSummaryDialog(result, path.name, window)
        if summary.exec() == ImportSummaryDialog.DialogCode.Accepted:
            window.show_imported_text()
        summary.deleteLater()
        self.finished.emit(True)

    def _on_failed(self, error: Exception) -> None:
        from ...importer import WordImportError

        if isinstance(error, WordImportError):
            QMessageBox.warning(self._window, "Cannot import this file", str(error)[:1].upper() + str(error)[1:] + ".")
        else:
            report_unexpected(error)
        self.finished.emit(False)


def not_while_importing(command: Command) -> Command:
    """Make a window's file command do nothing, returning False, while a Word IMR is being imported into it."""

    @functools.wraps(command)
    def guarded(window, *args, **kwargs):
        if window.word_importer.busy:
            window.statusBar().showMessage("A Word IMR is being imported. Try again when it has opened.", 8000)
            return False
        return command(window, *args, **kwargs)

    return guarded  # type: ignore[return-value]
