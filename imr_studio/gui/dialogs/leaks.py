"""The publication version stopped: every place something real was left, with Go to and "Not a name…".

Each place is in the author's own text, named as the checklist names places.
**Go to** opens it in its page. **Not a name…** asks why the words are not a
name ("a rose bush") and records that, with the words around them, in the
project, so the next export keeps them there (and only there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...checks.findings import PlaceNamer
from ...model import Document, Path

Place = tuple[Path, str, str]
"""Where (a path in the project), the words, and the words around them."""


class LeakDialog(QDialog):
    """The places a publication version still held something real; nothing was saved."""

    def __init__(self, parent: QWidget, document: Document, places: list[Place], go_to: Callable[[Path], object],
                 keep: Callable[[Place, str], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publication version stopped")
        self._places = places
        self._go_to = go_to
        self._keep = keep
        intro = QLabel(f"Nothing was saved: {len(places)} place{'s' if len(places) != 1 else ''} in the IMR would still "
                       "show a real name, a date of birth or an identifier. Rewrite each one, or, where the words are "
                       "not a name, say why so that they can stay. Then export again.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Places to rewrite")
        self.list.setWordWrap(True)
        where = PlaceNamer(document)
        for number, (path, words, around) in enumerate(places):
            item = QListWidgetItem(f"{where(path)}: “{words}”\n{around}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.go_button = QPushButton("&Go to")
        self.keep_button = QPushButton("&Not a name…")
        self.keep_button.setToolTip("Say why these words are not a name; they are then kept in this place")
        close = QPushButton("Close")
        buttons = QHBoxLayout()
        for button in (self.go_button, self.keep_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.go_button.clicked.connect(self.go_to_current)
        self.list.itemActivated.connect(lambda _item: self.go_to_current())
        self.keep_button.clicked.connect(self.keep_current)
        close.clicked.connect(self.close)
        self.resize(600, 420)

    def _current(self) -> Place | None:
        item = self.list.currentItem()
        return self._places[item.data(Qt.ItemDataRole.UserRole)] if item is not None else None

    def go_to_current(self) -> None:
        """Open the selected place in its page."""
        place = self._current()
        if place is not None:
            self._go_to(place[0])

    def keep_current(self) -> None:
        """Ask why the selected words are not a name; record it and take the place off the list."""
        place = self._current()
        if place is None:
            return
        reason, accepted = QInputDialog.getMultiLineText(
            self, "Not a name", f"Why is “{place[1]}” here not a name? The review lead will read your reason.")
        if accepted and reason.strip():
            self._keep(place, reason.strip())
            self.list.takeItem(self.list.currentRow())
