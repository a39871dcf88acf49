"""The main window's helping commands: Find and replace, the guides, About, and walking the open findings.

:class:`Assistance` is mixed into the main window; it uses the window's
document bridge, pages and status bar, and owns the dialogs it opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ... import __version__
from ...about import about_text, build
from ..dialogs.find_replace import FindReplaceDialog
from ..dialogs.help import HelpDialog


class Assistance:
    """Edit › Find and replace, Cut/Copy/Paste, Help › the guides and About, F4 and Shift+F4."""

    find_dialog: FindReplaceDialog | None = None
    """Edit › Find and replace, made the first time it is asked for."""
    help_dialog: HelpDialog | None = None
    """Help › the guides, made the first time they are asked for."""
    about_box: QMessageBox | None = None
    """Help › About, while it is open."""
    _finding_number = -1
    """Which open finding F4 last went to (-1 for none yet)."""
    print_dialog: QDialog | None = None
    """File › Print or Print preview, while it is open."""

    def edit_focused(self, operation: str) -> None:
        """Edit › Cut, Copy, Paste or Select all (``operation``) in the field that has the keyboard."""
        method = getattr(QApplication.focusWidget(), operation, None)
        if callable(method):
            method()

    def find_and_replace(self, replacing: bool) -> None:
        """Edit › Find (Ctrl+F) or Find and replace (Ctrl+H), starting from the words selected in the field, if any."""
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self, lambda: self.bridge.editor, self.reveal)
        focused = QApplication.focusWidget()
        selected = ""
        if hasattr(focused, "selectedText"):
            selected = focused.selectedText()
        elif hasattr(focused, "textCursor"):
            selected = focused.textCursor().selectedText()
        self.find_dialog.open_for(" ".join(selected.split()), replacing=replacing)

    def _refresh_found(self, *_: object) -> None:
        """Keep the places Find lists true to the document while it is open (spans move as text changes)."""
        if self.find_dialog is not None and self.find_dialog.isVisible():
            self.find_dialog.search()

    def show_guide(self, guide: str, at_current_section: bool) -> None:
        """Help › a guide; the author's guide opens at the section on show (F1)."""
        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.open_at(guide, self.current_page().section if at_current_section and self.pages else "")

    def about(self) -> None:
        """Help › About: the version and build, with the folders in use and the licences under Show details."""
        box = QMessageBox(QMessageBox.Icon.Information, "About IMR Studio",
                          f"IMR Studio {__version__}\n\nHelps police authors write Individual Management Reviews for "
                          "domestic homicide reviews, section by section, and helps review leads quality-assure them. "
                          f"Works entirely offline.\n\n{build()}", parent=self)
        box.setDetailedText(about_text())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.about_box = box

    def step_finding(self, step: int) -> None:
        """F4 / Shift+F4: go to the next (or previous) open finding, in the order the checklist lists them."""
        report = self.bridge.report if self.bridge is not None else None
        findings = report.findings() if report is not None else []
        if not findings:
            self.statusBar().showMessage("There are no open findings to go to.", 5000)
            return
        if self._finding_number < 0:  # the first time: the first finding, or the last going back
            self._finding_number = 0 if step > 0 else len(findings) - 1
        else:
            self._finding_number = (self._finding_number + step) % len(findings)
        finding = findings[self._finding_number]
        self.reveal(finding.location.path, finding.location.span)
        self.statusBar().showMessage(f"Finding {self._finding_number + 1} of {len(findings)} ({finding.item_id}): {finding.message}", 15000)

    def print_copy(self, preview: bool) -> None:
        """File › Print preview or Print: a reading copy of the IMR as it stands (see :mod:`imr_studio.export.printable`)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if preview:
            dialog = QPrintPreviewDialog(printer, self)
            dialog.setWindowTitle("Print preview: reading copy")
            dialog.paintRequested.connect(self.render_printable)
        else:
            dialog = QPrintDialog(printer, self)
            dialog.accepted.connect(lambda: self.render_printable(printer))
        self.print_dialog = dialog
        dialog.open()

    def render_printable(self, printer: QPrinter) -> None:
        """Lay the reading copy out on ``printer``'s pages."""
        from ...export.printable import printable_html

        page = QTextDocument()
        page.setHtml(printable_html(self.bridge.document))
        page.print_(printer)
