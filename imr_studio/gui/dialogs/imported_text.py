"""After File › Import Word IMR: what went where, and the text that could not be placed, to move where it belongs.

:class:`ImportSummaryDialog` lists each part of the project, what it got from
the Word file and how sure the import was. :class:`ImportedTextDialog` lists
the pieces in "Imported, not yet placed": the author or the review lead picks
one, picks where it belongs and moves it (one undo step each), or removes a
piece whose words are already elsewhere. The moving is the core's
(:mod:`imr_studio.model.imported`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...importer import ImportResult
from ...model.imported import DESTINATIONS, place_imported
from ..bridge import DocumentBridge


class ImportSummaryDialog(QDialog):
    """What the import put where, and how sure it was, with a way to the text not yet placed."""

    def __init__(self, result: ImportResult, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Imported “{name}”")
        layout = QVBoxLayout(self)
        unplaced = len(result.document.imported)
        intro = QLabel(f"The Word IMR is now an unsaved project. Check each part before saving it."
                       + (f" {unplaced} piece{'s' if unplaced != 1 else ''} of text could not be placed: move each "
                          "to where it belongs." if unplaced else " Every piece of text found a place."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(result.summary), 3)
        self.table.setObjectName("importSummary")
        self.table.setHorizontalHeaderLabels(["Part of the IMR", "What it got", "How sure"])
        for row, line in enumerate(result.summary):
            for column, text in enumerate((line.part, line.what, line.sure)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_unplaced = buttons.addButton("Show the text not yet placed…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_unplaced.setVisible(bool(unplaced))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(720, 480)


class ImportedTextDialog(QDialog):
    """The pieces of an imported Word IMR not yet placed: pick one and where it belongs, then move or remove it."""

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle("Imported text not yet placed")
        layout = QVBoxLayout(self)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.pieces = QListWidget()
        self.pieces.setObjectName("importedPieces")
        self.pieces.setWordWrap(True)
        self.pieces.setAccessibleName("Imported text not yet placed")
        layout.addWidget(self.pieces, 1)
        row = QHBoxLayout()
        where = QLabel("Move &to:")
        self.destination = QComboBox()
        self.destination.setObjectName("destination")
        for destination in DESTINATIONS:
            self.destination.addItem(destination.label, destination)
        where.setBuddy(self.destination)
        self.move_button = QPushButton("&Move")
        self.move_button.setDefault(True)
        self.move_button.clicked.connect(self.move_current)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setToolTip("Take the piece out of this list: only when its words are already in the IMR")
        self.remove_button.clicked.connect(self.remove_current)
        row.addWidget(where)
        row.addWidget(self.destination, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        self.resize(760, 520)

    def refresh(self) -> None:
        """Show the pieces as the project holds them now."""
        pieces = self.bridge.document.imported
        self.pieces.clear()
        for piece in pieces:
            item = QListWidgetItem(f"{piece.text}\n    ({piece.came_from})")
            item.setData(Qt.ItemDataRole.UserRole, piece.id)
            self.pieces.addItem(item)
        self.count.setText(f"{len(pieces)} piece{'s' if len(pieces) != 1 else ''} of the Word IMR could not be placed. "
                           "Each move is one step Edit › Undo takes back." if pieces else
                           "Every piece of the imported IMR has been placed.")
        if pieces:
            self.pieces.setCurrentRow(0)
        for widget in (self.move_button, self.remove_button, self.destination):
            widget.setEnabled(bool(pieces))

    def _current_id(self) -> str | None:
        item = self.pieces.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def move_current(self) -> None:
        """Move the chosen piece to the chosen place."""
        piece_id = self._current_id()
        if piece_id is not None:
            row = self.pieces.currentRow()
            place_imported(self.bridge.editor, piece_id, self.destination.currentData())
            self.refresh()
            self.pieces.setCurrentRow(min(row, self.pieces.count() - 1))

    def remove_current(self) -> None:
        """Take the chosen piece out of the list (Edit › Undo brings it back)."""
        piece_id = self._current_id()
        if piece_id is not None:
            self.bridge.editor.remove(("imported",), piece_id)
            self.refresh()
