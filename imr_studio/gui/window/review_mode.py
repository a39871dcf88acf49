"""Review mode: the review lead says who they are, then gives verdicts and decides on the IMR.

One checkable action (View › Review mode) that the quality page's own button
also works. Turning it on finds the review lead's signing key (asking for
their name and role to make one on first use) and opens the quality
assurance page. While it is on, the author's text cannot be changed: only
the review lead's own signed records (verdicts, comments, decisions) can. A
project open read-only because someone else is editing it stays wholly
read-only, verdicts included.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from ...model.access import Restriction
from ...settings import Settings
from ...signoff.keys import Signer
from ..dialogs.signing import signer_or_ask
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
        self.reviewer: Signer | None = None
        """Who is reviewing, with their signing key; None while review mode is off."""
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

    def _toggled(self, on: bool) -> None:
        if on and self.reviewer is None:
            signer = signer_or_ask(self.window, "You are about to review this IMR as its review lead.")
            if signer is None:
                self.action.setChecked(False)
                return
            self.reviewer = signer
        elif not on:
            self.reviewer = None
        who = f"{self.reviewer.name}, {self.reviewer.role}" if self.reviewer else ""
        self.label.setVisible(self.reviewer is not None)
        self.label.setToolTip(f"Reviewing as {who}; the author's text cannot be changed" if who else "")
        if self.page is not None:
            self.page.set_reviewer(self.reviewer)
        self.changed.emit()
        if self.page is not None and on:
            self.window.show_page(self.page)
        self.window.statusBar().showMessage(f"Review mode: reviewing as {who}." if on else "Review mode is off.", 5000)
