"""The chronology as a Qt table, and the filters above it.

:class:`ChronologyModel` shows one event per row, with the date as the author
reads it, the type's label, the subjects' names and a tick box for
*significant* (the one cell edited in place; everything else is edited in the
form below the table). :class:`ChronologyFilter` shows all events, the
significant ones, the significant ones no analysis entry covers yet, or the
events of one type.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ... import vocab
from ...model.chronology import analysed_event_ids, event_date_label, event_type_label
from ...model.document import Event
from ...model.links import short_subject_names, subject_name
from ..bridge import DocumentBridge
from .list_editor import Column, ItemTableModel

Index = QModelIndex | QPersistentModelIndex
EVENTS = ("contact", "events")

COLUMNS = [
    Column("date", "Date", width=92),
    Column("time", "Time", width=48),
    Column("significant", "Significant", width=80),
    Column("event_type", "Type", width=125),
    Column("subject_ids", "Subjects", width=100),
    Column("summary", "Summary"),
    Column("action_taken", "Action taken", width=160),
    Column("risk_grading", "Risk", width=64),
    Column("source_ref", "Source", width=120),
]
SUMMARY_WIDTH = 220
"""The narrowest the summary column may become: on a narrow window the table scrolls sideways instead."""
SIGNIFICANT_COLUMN = next(number for number, column in enumerate(COLUMNS) if column.field == "significant")


class ChronologyModel(ItemTableModel):
    """The events of the chronology, one per row, in document order."""

    def __init__(self, bridge: DocumentBridge, parent=None) -> None:
        super().__init__(bridge, EVENTS, COLUMNS, parent)

    def event_at(self, row: int) -> Event:
        """The event shown in ``row``."""
        return self.items()[row]

    def _subject_names(self, event: Event, *, full: bool = False) -> str:
        subjects = self.bridge.document.review.subjects
        names = {s.id: subject_name(s) for s in subjects} if full else short_subject_names(subjects)
        return ", ".join(names.get(subject_id, subject_id) for subject_id in event.subject_ids)

    def _text(self, event: Event, field: str) -> str:
        if field == "date":
            return event_date_label(event)
        if field == "event_type":
            return event_type_label(event)
        if field == "subject_ids":
            return self._subject_names(event)
        if field == "risk_grading":
            return vocab.label_for("risk_gradings", event.risk_grading) if event.risk_grading else ""
        if field == "significant":
            return ""
        return " ".join(getattr(event, field).split())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        event = self.event_at(index.row())
        field = self.columns[index.column()].field
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            if field == "subject_ids":
                return self._subject_names(event, full=True) or None
            return getattr(event, field) if field in ("summary", "action_taken") else self._text(event, field) or None
        if role == Qt.ItemDataRole.CheckStateRole and field == "significant":
            return Qt.CheckState.Checked if event.significant else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = ("yes" if event.significant else "no") if field == "significant" else self._text(event, field)
            return f"{self.columns[index.column()].title}: {shown or 'empty'}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells are edited in the event's form; only *significant* is ticked in place."""
        shown = super().flags(index) & ~Qt.ItemFlag.ItemIsEditable
        return shown | Qt.ItemFlag.ItemIsUserCheckable if index.column() == SIGNIFICANT_COLUMN else shown

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 (Qt name)
        """Tick or untick *significant*; other cells are edited in the form."""
        if not index.isValid() or index.column() != SIGNIFICANT_COLUMN or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) else value == Qt.CheckState.Checked
        return self.bridge.set(EVENTS + (self.event_at(index.row()).id, "significant"), checked)

    def _on_changes(self, changes: list) -> None:
        super()._on_changes(changes)
        if self.rowCount() and any(change.touches(("review", "subjects")) for change in changes):
            column = next(n for n, c in enumerate(self.columns) if c.field == "subject_ids")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))


FILTERS = (
    ("all", "All events"),
    ("significant", "Significant only"),
    ("unanalysed", "Significant, not yet analysed"),
)
"""The filter modes offered above the table (then one per event type, as ``type:KEY``)."""


class ChronologyFilter(QSortFilterProxyModel):
    """Shows the events that pass the chosen filter, in document order."""

    def __init__(self, model: ChronologyModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self._mode = "all"
        self._analysed: set[str] = set()
        model.bridge.changed.connect(self._on_changes)

    @property
    def mode(self) -> str:
        """The filter in use: ``all``, ``significant``, ``unanalysed`` or ``type:KEY``."""
        return self._mode

    def set_mode(self, mode: str) -> None:
        """Use another filter."""
        self.beginFilterChange()
        self._mode = mode
        self._analysed = analysed_event_ids(self.sourceModel().bridge.document)
        self.endFilterChange()

    def accepts(self, event: Event) -> bool:
        """True when ``event`` passes the filter in use."""
        if self._mode == "significant":
            return event.significant
        if self._mode == "unanalysed":
            return event.significant and event.id not in self._analysed
        if self._mode.startswith("type:"):
            return event.event_type == self._mode.removeprefix("type:")
        return True

    def new_event_values(self) -> dict[str, Any]:
        """Values that make a new event visible under the filter in use."""
        if self._mode in ("significant", "unanalysed"):
            return {"significant": True}
        if self._mode.startswith("type:"):
            return {"event_type": self._mode.removeprefix("type:")}
        return {}

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt name)
        model: ChronologyModel = self.sourceModel()
        return source_row < model.rowCount() and self.accepts(model.event_at(source_row))

    def _on_changes(self, changes: list) -> None:
        """An analysis entry's links or an event's flag or type decide what passes: filter again."""
        if self._mode != "all" and any(c.touches(EVENTS) or c.touches(("analysis",)) for c in changes):
            self.set_mode(self._mode)

    def row_of(self, event_id: str) -> int:
        """The row that shows ``event_id`` (-1 when it is filtered out or absent)."""
        source_row = self.sourceModel().row_of(event_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()

    def event_id_at(self, row: int) -> str:
        """The id of the event shown in ``row``."""
        return self.sourceModel().event_at(self.mapToSource(self.index(row, 0)).row()).id
