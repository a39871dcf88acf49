"""The column-mapping and preview step of pasting or importing a chronology.

The author says what each column holds (guessed from the header row, or
from the values), sees every row as it will be imported with its problems
listed beside it, and unticks any row they do not want. Nothing is left out
without the author seeing it: a row whose date cannot be read is imported
without a date, its original text kept in the summary, unless it is unticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model.chronology import event_date_label
from ..model.chronology_import import ImportRow, Mapping, SourceRow, build_rows, column_count, guess_mapping, import_fields, looks_like_header
from ..model.document import Event, Subject
from .chronology_model import event_type_label

_PROBLEM = QColor("#fff3cd")
_NO_DATE = QColor("#f8d7da")
_PREVIEW = ("Import", "Row", "Date", "Time", "Type", "Summary", "Problems")


def _sample(rows: Sequence[SourceRow], column: int, skip_first: bool) -> str:
    for row in rows[1:] if skip_first else rows:
        if column < len(row.cells) and row.cells[column].strip():
            text = " ".join(row.cells[column].split())
            return text if len(text) <= 30 else text[:29] + "…"
    return "empty"


class ChronologyImportDialog(QDialog):
    """Map the source columns to event fields, check each row, then import the ticked rows."""

    def __init__(self, rows: list[SourceRow], subjects: Sequence[Subject], source: str, parent: QWidget | None = None) -> None:
        """``source`` names where the rows come from ("the clipboard", a file name)."""
        super().__init__(parent)
        self.setWindowTitle(f"Import chronology rows from {source}")
        self.setAccessibleName(self.windowTitle())
        self._rows = rows
        self._subjects = subjects
        self._skipped: set[int] = set()
        self.preview_rows: list[ImportRow] = []

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

        self.preview = QTableWidget(0, len(_PREVIEW), self)
        self.preview.setHorizontalHeaderLabels(list(_PREVIEW))
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
        self.preview.itemChanged.connect(self._ticked)
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
        self._skipped.clear()
        self._guess()

    # --- preview -------------------------------------------------------------

    def refresh(self) -> None:
        """Turn the rows into events again with the current mapping, and show them."""
        self.preview_rows = build_rows(self._rows, self.mapping(), self._subjects, self.header_box.isChecked())
        self.preview.blockSignals(True)
        self.preview.setRowCount(len(self.preview_rows))
        for number, row in enumerate(self.preview_rows):
            event = Event(id="preview", **row.values)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked if row.number in self._skipped else Qt.CheckState.Checked)
            tick.setData(Qt.ItemDataRole.AccessibleTextRole, f"Import row {row.number}")
            cells = [tick] + [
                QTableWidgetItem(text)
                for text in (
                    str(row.number),
                    event_date_label(event) or ("(unreadable)" if row.date_unread else ""),
                    event.time,
                    event_type_label(event),
                    event.summary,
                    "\n".join(row.problems),
                )
            ]
            for column, cell in enumerate(cells):
                if column:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    cell.setToolTip(cell.text())
                if row.problems:
                    cell.setBackground(QBrush(_NO_DATE if row.date_unread else _PROBLEM))
                self.preview.setItem(number, column, cell)
        self.preview.blockSignals(False)
        self.preview.resizeRowsToContents()
        self._summarise()

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        number = self.preview_rows[item.row()].number
        if item.checkState() == Qt.CheckState.Checked:
            self._skipped.discard(number)
        else:
            self._skipped.add(number)
        self._summarise()

    def skip_unreadable_dates(self) -> None:
        """Untick every row whose date could not be read."""
        self._skipped |= {row.number for row in self.preview_rows if row.date_unread}
        self.refresh()

    def rows_to_import(self) -> list[ImportRow]:
        """The ticked rows, in source order."""
        return [row for row in self.preview_rows if row.number not in self._skipped]

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
        self.skip_button.setEnabled(any(row.date_unread and row.number not in self._skipped for row in self.preview_rows))
