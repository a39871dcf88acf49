"""When something goes wrong inside IMR Studio: log it, offer to save a copy of the work, and carry on.

:class:`UnexpectedErrors` takes Python's hook for errors nobody caught. The
error goes to the log (:mod:`imr_studio.errorlog`); the user is told in
plain words, offered **Save a copy…** (the work as it is, to a file of
their choosing, so nothing is lost whatever happens next) and **Carry on**.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...errorlog import record_error
from ...model import Document
from ...storage import ProjectFileError, save_project


class UnexpectedErrors:
    """Python's excepthook for the window: log, tell, offer a copy, carry on."""

    def __init__(self, parent: QWidget, document: Callable[[], Document | None]) -> None:
        self._parent = parent
        self._document = document
        self._handling = False
        self._previous = sys.excepthook

    def install(self) -> None:
        """Take over Python's hook for uncaught errors."""
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give the hook back."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        """Log ``error``, tell the user, and offer to save a copy of the work."""
        log = record_error(kind, error, trace)
        if self._handling or issubclass(kind, KeyboardInterrupt):
            return  # an error while telling about an error: the log has it
        self._handling = True
        try:
            where = f"The details are in {log} for force IT." if log else "The details could not be written to the log."
            box = QMessageBox(QMessageBox.Icon.Warning, "Something went wrong",
                              "Something went wrong inside IMR Studio. Your work is still open, and you can carry "
                              f"on. To be safe, save a copy of it now. {where}", parent=self._parent)
            save = box.addButton("&Save a copy…", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("&Carry on", QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(save)
            box.exec()
            if box.clickedButton() is save:
                self.save_copy()
            box.deleteLater()
        finally:
            self._handling = False

    def save_copy(self) -> Path | None:
        """Ask where, and save the work as it is now there; the path, or None."""
        document = self._document()
        if document is None:
            return None
        chosen, _ = QFileDialog.getSaveFileName(self._parent, "Save a copy of your work",
                                                str(Path.home() / "IMR (copy).imr"), "IMR Studio projects (*.imr)")
        if not chosen:
            return None
        target = Path(chosen) if chosen.lower().endswith(".imr") else Path(chosen + ".imr")
        try:
            save_project(document, target)
        except ProjectFileError as exc:
            QMessageBox.warning(self._parent, "Copy not saved", str(exc))
            return None
        return target
