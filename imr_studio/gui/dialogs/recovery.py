"""At start-up: offer back the work an earlier session left unsaved (a crash, a power cut).

:func:`offer_recoveries` lists what :func:`~imr_studio.storage.find_recoveries`
found in a :class:`RecoveryDialog`: for each, the project's name, its file and
when it was last autosaved. **Restore** opens the work in the window as
unsaved changes, **Save as a file** writes it to a project file of its own
(so that every piece of work in the list can be rescued in one sitting),
**Discard** deletes it after asking, **Later** keeps it for the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...storage import ProjectFileError, Recovery, find_recoveries, save_project
from ...storage.session import describe_time

Restore = Callable[[Recovery], bool]
"""Opens a piece of recovered work in a window; False when that did not happen (the user cancelled, say)."""

_ORIGINAL_NOTES = {
    "changed": "The file has been changed since this work was based on it; saving will ask before replacing it.",
    "missing": "The file is no longer there; saving will write it again.",
    "not answering": "Its folder is not answering just now (a network drive?); saving will check the file first.",
}
ORIGINAL_CHECK_SECONDS = 3
"""How long the list waits for each original file to be read before saying its folder is not answering."""


def describe(recovery: Recovery) -> str:
    """What the list says about ``recovery``: name, file, when autosaved, and anything to beware of."""
    if recovery.document is None:
        return f"{recovery.name}\nThis work cannot be restored, because {recovery.problem}\nRecovery file: {recovery.file}"
    original = recovery.original
    review = recovery.document.review
    about = " · ".join(part for part in (review.review_name.strip(), review.reference.strip()) if part)
    lines = [
        f"{recovery.name} ({about})" if about else recovery.name,
        f"File: {original}" if original is not None else "Never saved to a file",
        f"Last autosaved at {describe_time(recovery.written)}",
    ]
    note = _ORIGINAL_NOTES.get(recovery.original_state(timeout=ORIGINAL_CHECK_SECONDS))
    if note:
        lines.append(note)
    return "\n".join(lines)


class RecoveryDialog(QDialog):
    """The list of unsaved work found at start-up, with Restore, Discard and Later."""

    def __init__(self, parent: QWidget, recoveries: list[Recovery], restore: Restore) -> None:
        super().__init__(parent)
        self._restore = restore
        self.setWindowTitle("Recover unsaved work")
        self.intro = QLabel(
            "IMR Studio closed before this work was saved. Restore it to carry on where you left off."
            if len(recoveries) == 1
            else "IMR Studio closed before this work was saved. Restore one to carry on with it, and save the "
            "others as files of their own; anything left stays here and is offered again next time."
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Unsaved work")
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        for recovery in recoveries:
            item = QListWidgetItem(describe(recovery))
            item.setData(Qt.ItemDataRole.UserRole, recovery)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = self.buttons.addButton("&Save as a file…", QDialogButtonBox.ButtonRole.ActionRole)
        self.discard_button = self.buttons.addButton("&Discard…", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self.buttons.addButton("&Later", QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore)
        self.save_button.clicked.connect(self.save_as_file)
        self.discard_button.clicked.connect(self.discard)
        self.later_button.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(self._follow_selection)
        self.list.itemActivated.connect(lambda _item: self.restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(620, 360)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def current(self) -> Recovery | None:
        """The recovery selected in the list."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _follow_selection(self) -> None:
        recovery = self.current()
        self.restore_button.setEnabled(recovery is not None and recovery.document is not None)
        self.save_button.setEnabled(recovery is not None and recovery.document is not None)
        self.discard_button.setEnabled(recovery is not None)

    def restore(self) -> None:
        """Open the selected work in the window, as unsaved changes."""
        recovery = self.current()
        if recovery is not None and recovery.document is not None and self._restore(recovery):
            self.accept()

    def save_as_file(self) -> None:
        """Write the selected work to a project file the user chooses; then it is safe, and leaves the list."""
        recovery = self.current()
        if recovery is None or recovery.document is None:
            return
        original = recovery.original
        suggested = (original.with_name(f"{original.stem} (recovered){original.suffix}") if original is not None
                     else Path.home() / f"{recovery.name} (recovered).imr")
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the recovered work as", str(suggested),
                                                "IMR Studio project (*.imr)")
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".imr") else Path(chosen + ".imr")
        try:
            save_project(recovery.document, target)
        except ProjectFileError as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        try:
            recovery.discard()
        except OSError:
            pass  # the work is safe in its file; the recovery file is offered again, harmlessly
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()

    def discard(self) -> None:
        """Delete the selected work for good, after asking."""
        recovery = self.current()
        if recovery is None:
            return
        answer = QMessageBox.question(
            self,
            "Discard unsaved work",
            f"Discard the unsaved work on “{recovery.name}” for good? It cannot be recovered afterwards.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            recovery.discard()
        except OSError as exc:
            QMessageBox.warning(self, "Not discarded", f"The recovery file could not be deleted ({exc.strerror or exc}).")
            return
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()


def offer_recoveries(window: QMainWindow, restore: Restore, *, say_when_none: bool = False) -> bool:
    """If earlier sessions left unsaved work, list it and let the user restore, discard or keep it; True if there was any.

    With ``say_when_none`` (File › Recover unsaved work), say so when there is nothing to recover.
    """
    recoveries = find_recoveries()
    if recoveries:
        dialog = RecoveryDialog(window, recoveries, restore)
        dialog.exec()
        dialog.deleteLater()
        return True
    if say_when_none:
        window.statusBar().showMessage("There is no unsaved work from an earlier session to recover.", 8000)
    return False
