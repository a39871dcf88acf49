"""The column-mapping and preview step of pasting or importing a chronology.

The author says what each column holds (guessed from the header row, or
from the values), sees every row as it will be imported with its problems
listed beside it, and unticks any row they do not want. Nothing is left out
without the author seeing it: a row whose date cannot be read is imported
without a date, its original text kept in the summary, unless it is unticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...model.chronology import event_date_label, event_type_label
from ...model.chronology_import import ImportRow, Mapping, SourceRow, build_rows, column_count, guess_mapping, import_fields, looks_like_header
from ...model.document import Event, Subject

Index = QModelIndex | QPersistentModelIndex
_PROBLEM = QColor("#fff3cd")
_NO_DATE = QColor("#f8d7da")
_PREVIEW = ("Import", "Row", "Date", "Time", "Type", "Summary", "Problems")


def _sample(rows: Sequence[SourceRow], column: int, skip_first: bool) -> str:
    for row in rows[1:] if skip_first else rows:
        if column < len(row.cells) and row.cells[column].strip():
            text = " ".join(row.cells[column].split())
            return text if len(text) <= 30 else text[:29] + "…"
    return "empty"


class _PreviewModel(QAbstractTableModel):
    """The rows as they will be imported: a tick box, the row number, the main fields and the problems."""

    ticks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ImportRow] = []
        self._events: list[Event] = []
        self.skipped: set[int] = set()
        """Source row numbers the author has unticked."""

    def show_rows(self, rows: list[ImportRow]) -> None:
        """Show ``rows`` instead (unticked rows stay unticked)."""
        self.beginResetModel()
        self.rows = rows
        self._events = [Event(id="preview", **row.values) for row in rows]
        self.endResetModel()

    def skip(self, numbers) -> None:
        """Untick the rows with these source numbers."""
        self.skipped.update(numbers)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(_PREVIEW)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(_PREVIEW):
            return _PREVIEW[section]
        return None

    def _text(self, row: int, column: int) -> str:
        source, event = self.rows[row], self._events[row]
        if column == 1:
            return str(source.number)
        if column == 2:
            return event_date_label(event) or ("(unreadable)" if source.date_unread else "")
        texts = {3: event.time, 4: event_type_label(event), 5: event.summary, 6: "\n".join(source.problems)}
        return texts.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        source = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.column():
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Unchecked if source.number in self.skipped else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if index.column() == 0:
                return f"Import row {source.number}"
            return f"{_PREVIEW[index.column()]}: {self._text(index.row(), index.column()) or 'empty'}"
        if role == Qt.ItemDataRole.BackgroundRole and source.problems:
            return QBrush(_NO_DATE if source.date_unread else _PROBLEM)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return shown | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else shown

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt name)
        """Tick or untick a row."""
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        number = self.rows[index.row()].number
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.skipped.discard(number)
        else:
            self.skipped.add(number)
        self.dataChanged.emit(index, index)
        self.ticks_changed.emit()
        return True


class ChronologyImportDialog(QDialog):
    """Map the source columns to event fields, check each row, then import the ticked rows."""

    def __init__(self, rows: list[SourceRow], subjects: Sequence[Subject], source: str, parent: QWidget | None = None) -> None:
        """``source`` names where the rows come from ("the clipboard", a file name)."""
        super().__init__(parent)
        self.setWindowTitle(f"Import chronology rows from {source}")
        self.setAccessibleName(self.windowTitle())
        self._rows = rows
        self._subjects = subjects

        self.header_box = QCheckBox("The &first row holds column names, not an event", self)
        self.header_box.setChecked(bool(rows) and looks_like_header(rows[0]))
        self.header_box.toggled.connect(self._header_toggled)

        self.column_boxes: list[QComboBox] = []
        mapping_form = QFormLayout()
        self._column_labels: list[QLabel] = []
        for column in range(column_count(rows)):
            box = QComboBox(self)
            box.addItem("Ignore this column", None)
            for spec in import_fields():
                box.addItem(spec.label, spec.field)
            box.currentIndexChanged.connect(self.refresh)
            label = QLabel(self)
            label.setBuddy(box)
            mapping_form.addRow(label, box)
            self.column_boxes.append(box)
            self._column_labels.append(label)
        mapping_holder = QWidget(self)
        mapping_holder.setLayout(mapping_form)
        mapping_scroll = QScrollArea(self)
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(mapping_holder)
        mapping_scroll.setMaximumHeight(190)
        mapping_group = QGroupBox("What each column holds", self)
        mapping_layout = QVBoxLayout(mapping_group)
        mapping_layout.addWidget(self.header_box)
        mapping_layout.addWidget(mapping_scroll)

        self.preview_model = _PreviewModel(self)
        self.preview_model.ticks_changed.connect(self._summarise)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName("Rows to import")
        self.preview.setToolTip("Space ticks or clears the selected row")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setTabKeyNavigation(False)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        for column, width in enumerate((60, 45, 95, 50, 130, 0, 0)):
            if width:
                self.preview.setColumnWidth(column, width)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button: QPushButton = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.skip_button = self.buttons.addButton("&Skip rows with unreadable dates", QDialogButtonBox.ButtonRole.ActionRole)
        self.skip_button.clicked.connect(self.skip_unreadable_dates)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(mapping_group)
        layout.addWidget(QLabel("Rows as they will be imported (untick a row to leave it out):", self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        self._guess()

    # --- mapping -------------------------------------------------------------

    def mapping(self) -> Mapping:
        """The field each column is mapped to (None: ignored)."""
        return [box.currentData() for box in self.column_boxes]

    def set_mapping(self, mapping: Mapping) -> None:
        """Map the columns (as the author would by choosing in each pick-list)."""
        for box, name in zip(self.column_boxes, mapping):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(name))
            box.blockSignals(False)
        self.refresh()

    def _guess(self) -> None:
        has_header = self.header_box.isChecked()
        for column, label in enumerate(self._column_labels):
            name = self._rows[0].cells[column] if has_header and column < len(self._rows[0].cells) else ""
            shown = f"“{' '.join(name.split())}”" if name.strip() else f"e.g. “{_sample(self._rows, column, has_header)}”"
            label.setText(f"Column &{column + 1} {shown}" if column < 9 else f"Column {column + 1} {shown}")
            self.column_boxes[column].setAccessibleName(f"Column {column + 1} holds")
        self.set_mapping(guess_mapping(self._rows, has_header))

    def _header_toggled(self) -> None:
        self.preview_model.skipped.clear()
        self._guess()

    # --- preview -------------------------------------------------------------

    def refresh(self) -> None:
        """Turn the rows into events again with the current mapping, and show them."""
        self.preview_model.show_rows(build_rows(self._rows, self.mapping(), self._subjects, self.header_box.isChecked()))
        self.preview.resizeRowsToContents()
        self._summarise()

    @property
    def preview_rows(self) -> list[ImportRow]:
        """Every data row as it would be imported."""
        return self.preview_model.rows

    def skip_unreadable_dates(self) -> None:
        """Untick every row whose date could not be read."""
        self.preview_model.skip(row.number for row in self.preview_rows if row.date_unread)

    def rows_to_import(self) -> list[ImportRow]:
        """The ticked rows, in source order."""
        return [row for row in self.preview_rows if row.number not in self.preview_model.skipped]

    def _summarise(self) -> None:
        chosen = self.rows_to_import()
        with_problems = sum(1 for row in chosen if row.problems)
        no_date = sum(1 for row in chosen if row.date_unread)
        left_out = len(self.preview_rows) - len(chosen)
        parts = [f"{len(chosen)} of {len(self.preview_rows)} rows will be imported as events."]
        if with_problems:
            parts.append(f"{with_problems} of them have values that did not fit; those values are kept in the event’s summary.")
        if no_date:
            parts.append(f"{no_date} will have no date, because their date could not be read.")
        if left_out:
            parts.append(f"{left_out} unticked row{'s' if left_out != 1 else ''} will be left out.")
        self.summary.setText(" ".join(parts))
        self.import_button.setText(f"&Import {len(chosen)} event{'s' if len(chosen) != 1 else ''}")
        self.import_button.setEnabled(bool(chosen))
        self.skip_button.setEnabled(any(row.date_unread and row.number not in self.preview_model.skipped for row in self.preview_rows))
