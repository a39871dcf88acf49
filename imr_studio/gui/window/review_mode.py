"""Review mode: the review lead says who they are, then gives verdicts and decides on the IMR.

One checkable action (View › Review mode) that the quality page's own button
also works. Turning it on asks for the review lead's name and role once
(remembered in the settings), and opens the quality assurance page. While
it is on, the author's text cannot be changed: only the review lead's own
records (verdicts, comments, the decision and the sign-off dates) can. A
project open read-only because someone else is editing it stays wholly
read-only, verdicts included.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMainWindow

from ...settings import Settings
from ...model.access import Restriction
from ..pages.quality import QualityPage

MESSAGES = {
    Restriction.REVIEW_MODE: "Review mode is on, so the author's text cannot be changed. View › Review mode turns it off.",
    Restriction.REVIEWERS_RECORDS: "Only a review lead in review mode can change the verdicts and the decision (View › Review mode).",
}
"""What the window says for the refusals review mode brings (see :mod:`imr_studio.model.access`)."""


class ReviewMode(QObject):
    """Whether the person at the keyboard is reviewing, and as whom."""

    changed = Signal()
    """Emitted when reviewing starts or stops: what may be edited has changed."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.reviewer = ""
        self.page: QualityPage | None = None
        self.action = QAction("&Review mode", window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.setStatusTip("Give verdicts on the checklist questions and return or sign off the IMR")
        self.action.toggled.connect(self._toggled)
        self.label = QLabel("Review mode")
        """Shown in the status bar while reviewing; its tooltip says as whom."""
        self.label.setStyleSheet("font-weight: bold")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

    def attach(self, page: QualityPage) -> None:
        """Work with ``page`` (the quality page of a newly opened document), keeping the mode as it was."""
        self.page = page
        page.review_requested.connect(self.action.setChecked)
        page.set_reviewer(self.reviewer)
        decision = page.bridge.document.quality.decision
        if decision.outcome == "returned" and not self.reviewer:
            note = f": “{decision.comment}”" if decision.comment else ""
            self.window.statusBar().showMessage(
                f"{decision.by} returned this IMR for amendment{note}. The page Quality assurance and sign-off "
                "has the review lead's comments.", 20000
            )

    def _toggled(self, on: bool) -> None:
        if on and not self.reviewer:
            name, ok = QInputDialog.getText(
                self.window,
                "Review mode",
                "Your name and role, as they will appear on your verdicts and decision:",
                QLineEdit.EchoMode.Normal,
                self.settings.reviewer,
            )
            name = " ".join(name.split())
            if not ok or not name:
                self.action.setChecked(False)
                return
            self.reviewer = name
            self.settings.reviewer = name
            try:
                self.settings.save()
            except OSError as exc:
                self.window.statusBar().showMessage(f"Your name could not be remembered for next time: {exc}", 8000)
        elif not on:
            self.reviewer = ""
        self.label.setVisible(bool(self.reviewer))
        self.label.setToolTip(f"Reviewing as {self.reviewer}; the author's text cannot be changed" if self.reviewer else "")
        if self.page is not None:
            self.page.set_reviewer(self.reviewer)
        self.changed.emit()
        if self.page is not None and on:
            self.window.show_page(self.page)
        self.window.statusBar().showMessage(
            f"Review mode: reviewing as {self.reviewer}." if on else "Review mode is off.", 5000
        )
