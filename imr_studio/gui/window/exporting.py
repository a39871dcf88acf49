"""File › Export: the Word report (restricted or publication version) and the action plan.

The export runs on a worker thread from a snapshot of the document, so the
window stays responsive and later edits cannot change a report half-way;
a progress dialog says which section is being written. When it is done a
message gives the saved path and offers to open its folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ...model import Document
from ...settings import Settings
from ... import export as word_export  # light: python-docx loads when an export starts
from ...export.kinds import ExportKind
from ...storage import copy_of
from ...checks.review import now_stamp
from ..dialogs.leaks import LeakDialog
from ..dialogs.template_choice import BUILT_IN_TEMPLATE, ask_for_template
from .background import BackgroundWork, WorksInBackground, report_unexpected

if TYPE_CHECKING:
    from ...export import ExportError


class Exporter(QObject, WorksInBackground):
    """Asks where to save, runs the export with progress, and reports how it went."""

    finished = Signal(bool)
    """Emitted when an export ends: True when a file was written."""

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._work = BackgroundWork(window)
        self.message: QDialog | None = None

    def ask_and_export(self, document: Document, project: Path | None, kind: ExportKind) -> None:
        """Ask for the file name, then export ``kind`` ."""
        if kind is ExportKind.ACTION_PLAN:
            suggested = word_export.suggested_action_plan_name(document)
            filters = "Word document (*.docx);;CSV for Excel (*.csv)"
        elif kind is ExportKind.QA_REPORT:
            suggested = word_export.suggested_qa_report_name(document)
            filters = "Word document (*.docx)"
        else:
            suggested = word_export.suggested_file_name(document, publication=kind.publication)
            filters = "Word document (*.docx)"
        folder = project.parent if project is not None else Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self._window, f"Export {kind.label.lower()}", str(folder / suggested), filters)
        if chosen:
            self.export(document, Path(chosen), kind)

    def export(self, document: Document, target: Path, kind: ExportKind) -> None:
        """Export ``kind`` to ``target`` in the background."""
        if self.busy:
            return
        snapshot = copy_of(document)  # the export sees the document as it is now
        template = self._settings.report_template or None
        if kind is ExportKind.ACTION_PLAN:
            fmt = "csv" if target.suffix.lower() == ".csv" else "docx"
            target = target if target.suffix.lower() in (".csv", ".docx") else target.with_suffix(".docx")

            def write(progress):
                return word_export.export_action_plan(snapshot, target, fmt=fmt, template=template, progress=progress)
        elif kind is ExportKind.QA_REPORT:
            target = target if target.suffix.lower() == ".docx" else target.with_suffix(".docx")

            def write(progress):
                return word_export.export_qa_report(snapshot, target, template=template, progress=progress)
        else:
            target = target if target.suffix.lower() == ".docx" else target.with_suffix(".docx")

            def write(progress):
                return word_export.export_report(snapshot, target, publication=kind.publication, template=template, progress=progress)

        self._work.start(write, "Export", f"Exporting the {kind.label.lower()}…",
                         lambda written: self._on_done(Path(written), kind), self._on_failed)

    def _on_done(self, path: Path, kind: ExportKind) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "Export finished", f"The {kind.label.lower()} was saved as:\n{path}", parent=self._window)
        open_folder = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        self._show(box)
        self.finished.emit(True)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, OSError):
            error = word_export.ExportError(f"The file could not be written: {error.strerror or error}.")
        if not isinstance(error, word_export.ExportError):
            report_unexpected(error)
            self.finished.emit(False)
            return
        if isinstance(error, word_export.PublicationRefused):
            self._show_refusal(error)
            return
        if isinstance(error, word_export.LeakError) and error.places:
            self._show_places(error.places)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Export stopped", str(error), parent=self._window)
        if isinstance(error, word_export.LeakError):
            box.setInformativeText(
                "Nothing was saved. Replace these names with the agreed pseudonyms (or rewrite the sentences), then export again."
            )
            box.setDetailedText("\n".join(f"{where}: {text}" for where, text in error.leaks))
        self._show(box)
        self.finished.emit(False)

    def _show_places(self, places: list) -> None:
        """The places the publication version would still leak, each with Go to and Not a name…."""
        window = self._window
        dialog = LeakDialog(window, window.bridge.document, places, window.reveal, self._keep_words)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = dialog
        dialog.open()
        self.finished.emit(False)

    def _keep_words(self, place: tuple, reason: str) -> None:
        """Record that the words at ``place`` are not a name, with the author's reason (one undoable edit)."""
        bridge = self._window.bridge
        _path, words, around = place
        author = bridge.document.review.author_name.strip() or "the author"
        bridge.editor.new_item(("review", "publication_exceptions"), None, words=words, context=around, reason=reason,
                               by=author, at=now_stamp())

    def _show_refusal(self, refused: ExportError) -> None:
        """Say what stops the publication version, one line each, and offer to go to the first field to fix."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Publication version not made",
                          "The publication version cannot be made yet. Nothing was saved.", parent=self._window)
        box.setInformativeText("\n".join(f"• {problem}" for _path, problem in refused.problems))
        go = box.addButton("Go to the first", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        first_path = refused.problems[0][0]
        go.clicked.connect(lambda: self._window.reveal(first_path))
        self._show(box)
        self.finished.emit(False)

    def _show(self, box: QMessageBox) -> None:
        self.message = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def choose_template(self) -> None:
        """Let a force pick its own Word template; refuse one that would not work, saying why."""
        if self._template_locked():
            return
        chosen = ask_for_template(self._window, self._settings.report_template)
        if chosen is not None:
            self._settings.set_own("report_template", str(chosen))
            self._settings.save()

    def use_built_in_template(self) -> None:
        """Go back to the template IMR Studio ships."""
        if self._template_locked():
            return
        self._settings.set_own("report_template", "")
        self._settings.save()

    def _template_locked(self) -> bool:
        """True, after saying so, when the force has fixed the report template for everyone."""
        if not self._settings.locked("report_template"):
            return False
        QMessageBox.information(self._window, "Report template", "Your force has set the report template for everyone, "
                                f"so it cannot be changed here. It is:\n{self._settings.report_template or BUILT_IN_TEMPLATE}")
        return True
