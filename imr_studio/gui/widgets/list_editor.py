"""Editable tables for the document's lists (terms of reference, subjects, systems ...).

:class:`ItemTableModel` is a Qt table model over one list in the document,
one row per item and one column per field; :class:`ListEditor` puts it in a
table with Add, Remove, Move up and Move down, all keyboard operable.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model import Path
from ...model.addressing import key_of
from ...model.links import item_label, unlinks_for_removal
from ...model.narrative import plain_text
from ...model.text import clean_line
from ...vocab import Choice
from ..dialogs import questions
from ...model.dates import format_date, parse_date
from ..bridge import DocumentBridge
from ..dialogs.questions import Buttons
from .reveal import Span, tag

_READABLE_WIDTH = 220
"""The narrowest a column of free text may become, in pixels."""

ColumnKind = Literal["text", "date", "choice", "list", "narrative"]
"""How a column shows and edits its field; ``narrative`` columns are shown, and edited in a form elsewhere."""
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of an item table: the item field it shows and how to edit it."""

    field: str
    title: str
    kind: ColumnKind = "text"
    choices: tuple[Choice, ...] = ()
    width: int = 0


class ItemTableModel(QAbstractTableModel):
    """The items of one document list as table rows."""

    def __init__(self, bridge: DocumentBridge, list_path: Path, columns: list[Column], parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.list_path = list_path
        self.columns = columns
        bridge.changed.connect(self._on_changes)

    def items(self) -> list:
        """The items, in document order (none once the list's owner has been removed)."""
        try:
            return self.bridge.get(self.list_path)
        except LookupError:
            return []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def _display(self, column: Column, value: Any) -> str:
        if column.kind == "date":
            return format_date(value)
        if column.kind == "choice":
            return next((c.label for c in column.choices if c.key == value), value or "")
        if column.kind == "list":
            return "; ".join(value)
        if column.kind == "narrative":
            return plain_text(value)
        return value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items()):
            return None
        column = self.columns[index.column()]
        value = getattr(self.items()[index.row()], column.field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._display(column, value) if column.kind == "narrative" else value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.title}: {self._display(column, value) or 'empty'}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return shown if self.columns[index.column()].kind == "narrative" else shown | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.kind == "list":
            value = [part.strip() for part in clean_line(value).split(";") if part.strip()]
        elif column.kind == "text":
            value = clean_line(value)
        key = key_of(self.items()[index.row()])
        return self.bridge.set(self.list_path + (key, column.field), value)

    def row_of(self, key: Any) -> int:
        """The row of the item ``key`` (-1 when absent)."""
        return next((row for row, item in enumerate(self.items()) if key_of(item) == key), -1)

    def _on_changes(self, changes: list) -> None:
        depth = len(self.list_path)
        structural = False
        for change in changes:
            if not change.touches(self.list_path):
                continue
            if change.kind == "set" and len(change.path) > depth + 1:
                row = self.row_of(change.path[depth])
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                    continue
            structural = True
        if structural:
            self.beginResetModel()
            self.endResetModel()


class _CellDelegate(QStyledItemDelegate):
    """Editors for the column kinds: a pick-list, a date field, or plain text."""

    def __init__(self, model: ItemTableModel, bridge: DocumentBridge, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._bridge = bridge

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        column = self._model.columns[index.column()]
        if column.kind == "choice":
            combo = QComboBox(parent)
            for choice in column.choices:
                combo.addItem(choice.label, choice.key)
            return combo
        editor = QLineEdit(parent)
        if column.kind == "date":
            editor.setPlaceholderText("dd/mm/yyyy")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        column = self._model.columns[index.column()]
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif column.kind == "date":
            editor.setText(format_date(value))
        elif column.kind == "list":
            editor.setText("; ".join(value))
        else:
            editor.setText(value)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        column = self._model.columns[index.column()]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif column.kind == "date":
            try:
                model.setData(index, parse_date(editor.text()))
            except ValueError as exc:
                self._bridge.edit_refused.emit(str(exc))
        else:
            model.setData(index, editor.text())


class _ItemTable(QTableView):
    """A table view with keys to add (Insert), remove (Delete) and move (Alt+Up/Down) rows."""

    def __init__(self, owner: ListEditor) -> None:
        super().__init__(owner)
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Handle the list keys when no cell is being edited; anything else as usual."""
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Insert and not event.modifiers():
                self._owner.add_item()
                return
            if event.matches(QKeySequence.StandardKey.Delete):
                self._owner.remove_current()
                return
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._owner.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
                return
        super().keyPressEvent(event)


def confirm_removal(parent: QWidget, bridge: DocumentBridge, noun: str, item: Any, what: str = "") -> bool:
    """Ask before removing ``item`` when other items link to it, saying what will be unlinked; True to go ahead.

    ``what`` describes the item (its label by default).
    """
    unlinks = unlinks_for_removal(bridge.document, item)
    if not unlinks:
        return True
    details = "\n".join(f"• {u.description}" for u in unlinks)
    answer = questions.ask(
        parent,
        f"Remove {noun}",
        f"Remove the {noun} {what or '“' + item_label(item) + '”'}?\n\n{details}\n\nEdit › Undo brings it back, with its links.",
        Buttons.Yes | Buttons.Cancel,
        Buttons.Cancel,
        {Buttons.Yes: "Remove"},
    )
    return answer == Buttons.Yes


class ListEditor(QWidget):
    """A table of one document list with Add, Remove, Move up and Move down."""

    def __init__(
        self,
        bridge: DocumentBridge,
        list_path: Path,
        columns: list[Column],
        noun: str,
        parent: QWidget | None = None,
        edit_new: Callable[[Any], object] | None = None,
    ) -> None:
        """``edit_new``, when given, takes the keyboard to a new item (by its key) instead of its first cell."""
        super().__init__(parent)
        self.bridge = bridge
        self.noun = noun
        self._edit_new = edit_new
        self.model = ItemTableModel(bridge, list_path, columns, self)
        tag(self, list_path)
        self.view = _ItemTable(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_CellDelegate(self.model, bridge, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(noun.capitalize() + " list")
        header = self.view.horizontalHeader()
        for number, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(number, column.width)
        self._fixed_width = sum(column.width for column in columns)
        self._stretching = [number for number, column in enumerate(columns) if not column.width]
        self._fit_columns()
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.view.resizeRowsToContents)
        header.sectionResized.connect(self._fit_rows.start)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.rowsInserted):
            signal.connect(self._fit_rows.start)

        # No Alt-key letters: a page has several of these lists, and the table's own keys do the same.
        self.add_button = self._button(f"Add {noun}", "Add", self.add_item, "Insert")
        self.remove_button = self._button("Remove", "Remove", self.remove_current, "Delete")
        self.up_button = self._button("Move up", "Move up", lambda: self.move_current(-1), "Alt+Up")
        self.down_button = self._button("Move down", "Move down", lambda: self.move_current(+1), "Alt+Down")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Share the new width out again."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Text columns share the width left by the fixed ones, but never shrink below a readable
        width: on a narrow window the table scrolls sideways instead."""
        if not self._stretching:
            return
        header = self.view.horizontalHeader()
        room = self.view.viewport().width() - self._fixed_width
        squeezed = room < _READABLE_WIDTH * len(self._stretching)
        mode = QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch
        for number in self._stretching:
            if header.sectionResizeMode(number) != mode:
                header.setSectionResizeMode(number, mode)
            if squeezed and self.view.columnWidth(number) < _READABLE_WIDTH:
                self.view.setColumnWidth(number, _READABLE_WIDTH)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Fit the rows to their text once the table has its real width."""
        super().showEvent(event)
        self._fit_rows.start()

    def _button(self, text: str, verb: str, handler, key: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(f"{verb} {self.noun}")
        button.setToolTip(f"{verb} {self.noun} (in the table: {key})")
        button.clicked.connect(handler)
        return button

    def _update_buttons(self, *_: Any) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def current_key(self) -> Any:
        """Key of the selected item, or None."""
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.items()):
            return None
        return key_of(self.model.items()[index.row()])

    def select(self, key: Any, column: int = 0) -> None:
        """Select the item ``key`` and give the table focus."""
        row = self.model.row_of(key)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def reveal_rest(self, rest: Path, span: Span = None) -> None:
        """Select the item ``rest[0]`` (and the column of field ``rest[1]``, if shown) and focus the table."""
        self.view.setFocus()
        if not rest:
            return
        fields = [column.field for column in self.model.columns]
        column = fields.index(rest[1]) if len(rest) > 1 and rest[1] in fields else 0
        self.select(rest[0], column)
        self.view.scrollTo(self.view.currentIndex())

    def add_item(self) -> None:
        """Add an empty item after the selected one and start editing it (its first cell, unless told otherwise)."""
        current = self.view.currentIndex()
        position = current.row() + 1 if current.isValid() else None
        item = self.bridge.editor.new_item(self.model.list_path, position)
        self.view.setFocus()
        self.select(key_of(item))
        if self._edit_new is not None:
            self._edit_new(key_of(item))
        else:
            self.view.edit(self.view.currentIndex())

    def remove_current(self) -> None:
        """Remove the selected item, saying first what else it would unlink."""
        key = self.current_key()
        if key is None:
            return
        row = self.model.row_of(key)
        if not confirm_removal(self, self.bridge, self.noun, self.model.items()[row]):
            return
        self.bridge.editor.remove(self.model.list_path, key)
        remaining = self.model.rowCount()
        if remaining:
            self.view.setCurrentIndex(self.model.index(min(row, remaining - 1), 0))

    def move_current(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1), keeping it selected."""
        key = self.current_key()
        if key is None:
            return
        column = self.view.currentIndex().column()
        self.bridge.editor.move(self.model.list_path, key, self.model.row_of(key) + step)
        self.select(key, column)
