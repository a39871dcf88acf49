"""Review mode: the review lead says who they are, then gives verdicts and decides on the IMR.

One checkable action (View › Review mode) that the quality page's own button
also works. Turning it on asks for the review lead's name and role once
(remembered in the settings), and opens the quality assurance page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow

from ..settings import Settings
from .pages.quality import QualityPage


class ReviewMode(QObject):
    """Whether the person at the keyboard is reviewing, and as whom."""

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

    def attach(self, page: QualityPage) -> None:
        """Work with ``page`` (the quality page of a newly opened document), keeping the mode as it was."""
        self.page = page
        page.review_requested.connect(self.action.setChecked)
        page.set_reviewer(self.reviewer)

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
        if self.page is not None:
            self.page.set_reviewer(self.reviewer)
            if on:
                self.window.show_page(self.page)
        self.window.statusBar().showMessage(
            f"Review mode: reviewing as {self.reviewer}." if on else "Review mode is off.", 5000
        )
