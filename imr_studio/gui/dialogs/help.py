"""Help › the guides for authors and review leads: offline, searchable, opened at the part that is wanted."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from ...guide import GUIDES, guide_html


class HelpDialog(QDialog):
    """Both guides in tabs, with a search box; stays open beside the window while the author works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("IMR Studio guide")
        self.tabs = QTabWidget()
        self.browsers: dict[str, QTextBrowser] = {}
        for name, title in GUIDES.items():
            browser = QTextBrowser()
            browser.setOpenLinks(False)
            browser.setHtml(guide_html(name))
            browser.setAccessibleName(title)
            self.browsers[name] = browser
            self.tabs.addTab(browser, title)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Words to find in the guide")
        self.search.returnPressed.connect(self.find_next)
        label = QLabel("&Find:")
        label.setBuddy(self.search)
        next_button = QPushButton("Find &next")
        next_button.clicked.connect(self.find_next)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(label)
        bar.addWidget(self.search, 1)
        bar.addWidget(next_button)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.resize(640, 620)

    def open_at(self, guide: str, anchor: str = "") -> None:
        """Show guide ``guide`` scrolled to ``anchor`` (a section's id, say), or at its start."""
        browser = self.browsers[guide]
        self.tabs.setCurrentWidget(browser)
        if anchor:
            browser.scrollToAnchor(anchor)
        else:
            browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def find_next(self) -> bool:
        """Select the next place the search words occur in the guide on show, starting again at the top."""
        browser: QTextBrowser = self.tabs.currentWidget()
        words = self.search.text().strip()
        if not words:
            return False
        found = browser.find(words)
        if not found:  # past the last one: start again at the top
            browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = browser.find(words)
        self.status.setText("" if found else "Not found")
        return found
