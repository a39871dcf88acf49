"""The chronology editor: filters, the table of events, and the form for the selected event.

Keyboard: Insert adds an event, Delete removes it (saying first what links
to it), Alt+Up/Down move it, Enter goes to its form, Ctrl+V in the table (or
Ctrl+Shift+V anywhere on the page) pastes rows copied from Excel or a Word
table. Every change is one undoable step; an import is one step however many
rows it adds.
"""

from __future__ import annotations

from pathlib import Path as FilePath

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import vocab
from ...model import Path
from ...model.chronology import date_order, event_date_label, is_in_order
from ...model.chronology_import import ChronologyImportError, SourceRow, parse_pasted, read_csv_file
from ...model.document import Event
from ...model.ids import all_ids, new_id
from ...model.links import item_label
from ..bridge import DocumentBridge
from ..dialogs.chronology_import import ChronologyImportDialog
from .chronology_model import COLUMNS, EVENTS, FILTERS, SUMMARY_WIDTH, ChronologyFilter, ChronologyModel
from .event_form import build_event_form, narrow
from .list_editor import _ItemTable, confirm_removal
from .master_detail import swap_detail
from .reveal import Span, reveal, tag

CSV_FILTER = "CSV files (*.csv *.txt);;All files (*)"
SPLITTER_HEIGHT = 600
"""The chronology's table and form together fill about one screen, the divider between them movable."""


class _ChronologyView(_ItemTable):
    """The events table: the list keys, plus Ctrl+V to paste rows and Enter to edit the event."""

    def __init__(self, owner: ChronologyEditor) -> None:
        super().__init__(owner)
        self._editor = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        """Paste rows with Ctrl+V; go to the event's form with Enter; the list keys as in every table."""
        if event.matches(QKeySequence.StandardKey.Paste):  # where no Edit › Paste takes the key first
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._editor.edit_current()
            return
        super().keyPressEvent(event)

    def paste(self) -> None:
        """Edit › Paste (Ctrl+V) in the table: the rows on the clipboard become events, after a preview."""
        self._editor.paste_rows()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Share the new width out between the columns again."""
        super().resizeEvent(event)
        self._editor.fit_summary_column()


class ChronologyEditor(QWidget):
    """Everything about the events of the chronology, tagged with their document path."""

    noun = "event"

    def __init__(self, bridge: DocumentBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = ChronologyModel(bridge, self)
        self.proxy = ChronologyFilter(self.model, self)
        self.detail: QWidget | None = None
        self.detail_id: str | None = None
        self.import_dialog: ChronologyImportDialog | None = None
        tag(self, EVENTS)

        self.filter = QComboBox(self)
        for mode, label in FILTERS:
            self.filter.addItem(label, mode)
        for choice in vocab.choices("event_types"):
            self.filter.addItem(f"Type: {choice.label}", f"type:{choice.key}")
        narrow(self.filter, 24)
        self.filter.setAccessibleName("Show events")
        self.filter.setToolTip("Which events the table shows")
        self.filter.currentIndexChanged.connect(lambda _row: self.set_filter(self.filter.currentData()))
        filter_label = QLabel("&Show", self)
        filter_label.setBuddy(self.filter)
        self.shown = QLabel(self)

        self.view = _ChronologyView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setAccessibleName("Chronology of events")
        self.view.setToolTip("Insert adds, Delete removes, Alt+Up/Down moves, Enter edits the event, Ctrl+V pastes rows")
        self.view.setMinimumHeight(230)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(40)
        for number, column in enumerate(COLUMNS):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(number, column.width or SUMMARY_WIDTH)

        self.add_button = self._button("&Add event", "Add an event after the selected one", "Insert", self.add_item)
        self.remove_button = self._button("&Remove", "Remove the selected event", "Delete", self.remove_current)
        self.up_button = self._button("Move &up", "Move the selected event up", "Alt+Up", lambda: self.move_current(-1))
        self.down_button = self._button("Move do&wn", "Move the selected event down", "Alt+Down", lambda: self.move_current(+1))
        self.sort_button = self._button("Sort by &date", "Put the events in date order (undated ones last)", None, self.sort_by_date)
        self.paste_button = self._button("&Paste rows", "Paste rows copied from Excel or a Word table", "Ctrl+Shift+V", self.paste_rows)
        self.import_button = self._button("Import &CSV…", "Import a chronology saved as a CSV file", None, self.import_csv)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.paste_rows, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.filter)
        bar.addWidget(self.shown, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.sort_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.import_button)
        self.detail_group = QGroupBox("Selected event", self)
        self._holder = QVBoxLayout(self.detail_group)
        table = QWidget(self)
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(bar)
        table_layout.addWidget(self.view)
        table_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        """The table above, the selected event's form below; the window remembers where the author puts the divider."""
        self.splitter.setObjectName("chronologySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(table)
        self.splitter.addWidget(self.detail_group)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setMinimumHeight(SPLITTER_HEIGHT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.view.selectionModel().currentChanged.connect(self._follow_selection)
        self.proxy.modelReset.connect(self._after_reset)
        self.proxy.layoutChanged.connect(self._after_reset)
        self.proxy.rowsRemoved.connect(self._after_reset)
        self.proxy.rowsInserted.connect(self._update_controls)
        self.model.dataChanged.connect(lambda *_: self.detail_id is not None and self._title_detail())  # a new date
        self._show(None)
        if self.proxy.rowCount():
            self.select(self.proxy.event_id_at(0))
        self._update_controls()

    def fit_summary_column(self) -> None:
        """The summary column takes the width the others leave, but never less than a readable width."""
        summary = next(number for number, column in enumerate(COLUMNS) if not column.width)
        room = self.view.viewport().width() - sum(column.width for column in COLUMNS)
        self.view.setColumnWidth(summary, max(room, SUMMARY_WIDTH))

    def _button(self, text: str, tip: str, key: str | None, handler) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(f"{tip} ({key})" if key else tip)
        button.clicked.connect(handler)
        return button

    # --- selection and the form ------------------------------------------------

    def current_id(self) -> str | None:
        """The id of the selected event, or None."""
        index = self.view.currentIndex()
        return self.proxy.event_id_at(index.row()) if index.isValid() else None

    def select(self, event_id: str, column: int = 0) -> bool:
        """Select the event ``event_id`` if the filter shows it; False if it does not."""
        row = self.proxy.row_of(event_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.proxy.index(row, column))
        self.view.scrollTo(self.view.currentIndex())
        return True

    def _follow_selection(self, *_: object) -> None:
        event_id = self.current_id()
        if event_id != self.detail_id:
            self._show(event_id)
        self._update_controls()

    def _after_reset(self, *_: object) -> None:
        """After add, remove, move, undo or a new filter: keep showing the same event if it is still shown."""
        if self.detail_id is None or not self.select(self.detail_id):
            if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            self._follow_selection()
        self._update_controls()

    def _show(self, event_id: str | None) -> None:
        old = self.detail
        self.detail_id = event_id
        if event_id is None:
            message = "Select an event above to edit it." if self.model.rowCount() else "No event yet: use “Add event”, paste rows or import a CSV file."
            self.detail = QLabel(message, self.detail_group)
            self.detail.setWordWrap(True)
            self.detail_group.setTitle("Selected event")
        else:
            self.detail = build_event_form(self.bridge, EVENTS + (event_id,))
            self.detail.setParent(self.detail_group)
            self._title_detail()
        swap_detail(self._holder, old, self.detail)

    def _title_detail(self) -> None:
        row = self.model.row_of(self.detail_id)
        if row >= 0:
            event = self.model.event_at(row)
            self.detail_group.setTitle(f"Event {row + 1}: {event_date_label(event) or 'no date yet'}")

    def _update_controls(self, *_: object) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < shown - 1)
        self.sort_button.setEnabled(not is_in_order(self.model.items()))
        self.shown.setText(f"{total} event{'s' if total != 1 else ''}" + (f", {shown} shown" if shown != total else ""))
        if self.detail_id is not None:
            self._title_detail()

    def edit_current(self) -> None:
        """Move the focus from the table to the selected event's form."""
        if self.detail_id is not None:
            reveal(self.detail, EVENTS + (self.detail_id, "date"))

    def set_filter(self, mode: str) -> None:
        """Show all events, the significant ones, the significant ones not analysed, or one type (``type:KEY``)."""
        row = self.filter.findData(mode)
        if self.filter.currentIndex() != row:
            self.filter.setCurrentIndex(row)  # comes back here through the signal
            return
        self.proxy.set_mode(mode)
        self._after_reset()

    def reveal_rest(self, rest: Path, span: Span = None) -> None:
        """Select the event ``rest[0]`` (showing all events if the filter hides it) and focus field ``rest[1]``."""
        if not rest:
            self.view.setFocus()
            return
        if not self.select(rest[0]):
            self.set_filter("all")
            self.select(rest[0])
        if len(rest) == 1 or self.detail is None or not reveal(self.detail, EVENTS + rest, span):
            self.view.setFocus()

    # --- editing the list ----------------------------------------------------------

    def add_item(self) -> None:
        """Add an event after the selected one (one the filter shows) and go to its date."""
        current = self.current_id()
        position = self.model.row_of(current) + 1 if current is not None else None
        event = self.bridge.editor.new_item(EVENTS, position, **self.proxy.new_event_values())
        self.select(event.id)
        self.edit_current()

    def remove_current(self) -> None:
        """Remove the selected event, saying first which analysis and learning will no longer link to it."""
        event_id = self.current_id()
        if event_id is None:
            return
        row = self.view.currentIndex().row()
        event = self.model.event_at(self.model.row_of(event_id))
        when = event_date_label(event) or "undated"
        if not confirm_removal(self, self.bridge, "event", event, f"({when}) “{item_label(event)}”"):
            return
        self.bridge.editor.remove(EVENTS, event_id)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        self.view.setFocus()

    def move_current(self, step: int) -> None:
        """Move the selected event past its neighbour in the table (-1 up, +1 down)."""
        event_id = self.current_id()
        index = self.view.currentIndex()
        target = index.row() + step if index.isValid() else -1
        if event_id is None or not 0 <= target < self.proxy.rowCount():
            return
        self.bridge.editor.move(EVENTS, event_id, self.model.row_of(self.proxy.event_id_at(target)))
        self.select(event_id, index.column())

    def sort_by_date(self) -> None:
        """Put the events in date order as one undoable step (events on the same date keep their order)."""
        if is_in_order(self.model.items()):
            return
        self.bridge.editor.reorder(EVENTS, date_order(self.model.items()), "Sort chronology by date")
        if self.detail_id is not None:
            self.select(self.detail_id)

    # --- paste and import -------------------------------------------------------------

    def paste_rows(self) -> None:
        """Open the import step with the rows on the clipboard (copied from Excel or a Word table)."""
        rows = parse_pasted(QApplication.clipboard().text())
        if not rows:
            self.bridge.edit_refused.emit("The clipboard holds no rows to paste: copy the rows in Excel or Word first.")
            return
        self._open_import(rows, "the clipboard")

    def import_csv(self) -> None:
        """Ask for a CSV file and open the import step with its rows."""
        name, _ = QFileDialog.getOpenFileName(self, "Import a chronology", str(FilePath.home()), CSV_FILTER)
        if not name:
            return
        try:
            rows = read_csv_file(FilePath(name))
        except ChronologyImportError as exc:
            QMessageBox.warning(self, "Cannot import this file", str(exc))
            return
        self._open_import(rows, FilePath(name).name)

    def _open_import(self, rows: list[SourceRow], source: str) -> None:
        self.import_dialog = ChronologyImportDialog(rows, self.bridge.document.review.subjects, source, self)
        self.import_dialog.accepted.connect(self._import_chosen)
        self.import_dialog.finished.connect(self.import_dialog.deleteLater)
        self.import_dialog.open()

    def _import_chosen(self) -> None:
        chosen = self.import_dialog.rows_to_import() if self.import_dialog is not None else []
        self.import_dialog = None
        if not chosen:
            return
        taken = all_ids(self.bridge.document)
        added = [Event(id=new_id(Event, taken), **row.values) for row in chosen]
        # one edit of the whole list: one undo step, and fast for a chronology of a thousand rows
        self.bridge.editor.set(EVENTS, [*self.model.items(), *added], label=f"Import {len(added)} chronology rows")
        self.set_filter("all")
        self.select(added[0].id)
        QTimer.singleShot(0, self.view.setFocus)
