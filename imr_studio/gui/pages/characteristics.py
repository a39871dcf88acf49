"""Page 2, Characteristics: the grid for each victim and suspect, and three narratives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import vocab
from ...model.document import CharacteristicEntry, CharacteristicProfile
from ...model.links import profile_for
from ...model.new_items import FIRST_ROLES, SUBJECTS
from ...model.text import clean_line
from ..bridge import DocumentBridge
from ..widgets.forms import place
from ..widgets.narrative_edit import NarrativeEdit
from ..widgets.tab_order import order_tab_focus
from .base import Page

Index = QModelIndex | QPersistentModelIndex
_PROFILES = ("characteristics", "profiles")
_COLUMNS = (("label", "Characteristic"), ("value", "Value"), ("status", "Status"), ("source", "Source"))
_BLANK = QColor("#fde8e8")


class CharacteristicsModel(QAbstractTableModel):
    """The standard characteristics of one subject: value, status and source per row.

    A subject's profile and entries are created on the first edit, so an
    untouched grid leaves the document unchanged.
    """

    def __init__(self, bridge: DocumentBridge, subject_id: str, parent=None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.subject_id = subject_id
        self.specs = vocab.characteristics()
        self.statuses = vocab.choices("characteristic_statuses")
        bridge.changed.connect(self._on_changes)

    def entry(self, key: str) -> CharacteristicEntry | None:
        """The subject's recorded entry for ``key``, if any."""
        profile = profile_for(self.bridge.document, self.subject_id)
        if profile is None:
            return None
        return next((e for e in profile.entries if e.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.specs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(_COLUMNS):
            return _COLUMNS[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.specs[index.row()]
        field = _COLUMNS[index.column()][0]
        entry = self.entry(spec.key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_BLANK) if entry is None or entry.status is None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.hint
        if field == "label":
            return spec.label if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) else None
        value = getattr(entry, field) if entry is not None else ("" if field != "status" else None)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if field == "status":
                shown = vocab.label_for("characteristic_statuses", value) if value else "— not set —"
            else:
                shown = value
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{spec.label}, {_COLUMNS[index.column()][1]}: {shown or 'empty'}"
            return shown
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if index.column() == 0 else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() == 0 or role != Qt.ItemDataRole.EditRole:
            return False
        field = _COLUMNS[index.column()][0]
        if field != "status":
            value = clean_line(value)
        key = self.specs[index.row()].key
        current = self.entry(key)
        if current is not None and getattr(current, field) == value:
            return False
        editor = self.bridge.editor
        label = self.specs[index.row()].label
        with editor.group(f"Edit {label.lower()}"):
            if profile_for(editor.document, self.subject_id) is None:
                editor.insert(_PROFILES, CharacteristicProfile(subject_id=self.subject_id))
            entries_path = _PROFILES + (self.subject_id, "entries")
            if current is None:
                editor.insert(entries_path, CharacteristicEntry(key=key), self._position_for(key))
            return self.bridge.set(entries_path + (key, field), value)

    def _position_for(self, key: str) -> int:
        """Where a new entry goes so that entries stay in the grid's order."""
        order = {spec.key: number for number, spec in enumerate(self.specs)}
        profile = profile_for(self.bridge.document, self.subject_id)
        entries = profile.entries if profile else []
        return sum(1 for e in entries if order.get(e.key, len(order)) < order[key])

    def _on_changes(self, changes: list) -> None:
        if any(change.touches(_PROFILES) for change in changes):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


class _StatusDelegate(QStyledItemDelegate):
    """A pick-list editor for the status column."""

    def __init__(self, model: CharacteristicsModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent, option, index: Index):  # noqa: N802 (Qt name)
        if _COLUMNS[index.column()][0] != "status":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("— not set —", None)
        for choice in self._model.statuses:
            combo.addItem(choice.label, choice.key)
        return combo

    def setEditorData(self, editor, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


def characteristics_table(bridge: DocumentBridge, subject_id: str, name: str) -> QTableView:
    """A keyboard-operable grid of one subject's characteristics."""
    view = QTableView()
    model = CharacteristicsModel(bridge, subject_id, view)
    view.setModel(model)
    view.setItemDelegate(_StatusDelegate(model, view))
    view.setAccessibleName(f"Characteristics of {name}")
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setVisible(False)
    return view


class CharacteristicsPage(Page):
    """A grid per victim and suspect, then how the characteristics mattered."""

    section = "characteristics"
    form = "characteristics"

    def bind(self) -> None:
        grid = QWidget()
        self.add_buttons = {
            role: QPushButton(f"Add the {role}…") for role in FIRST_ROLES
        }
        """Add the victim or the suspect here, by name, while the review has none."""
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for role, button in self.add_buttons.items():
            button.setToolTip(f"Add the {role} to the people in this review (Review details › Subjects) and record their characteristics here")
            button.clicked.connect(lambda _=False, role=role: self.add_subject(role))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Subjects whose characteristics are recorded")
        column = QVBoxLayout(grid)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.tabs)
        place(self.body, "gridHost", grid)
        for field, label, host in (
            ("influence_on_decisions", "Influence on professional decision making", "influenceHost"),
            ("intersectionality", "How the characteristics intersect", "intersectionalityHost"),
            ("relevance", "Relevance to contact with services and to the incident", "relevanceHost"),
        ):
            place(self.body, host, NarrativeEdit(self.bridge, self.path(field), label))
        self.bridge.changed.connect(self._on_changes)
        self._subjects_shown: list[tuple[str, str, str]] | None = None  # nothing shown yet
        self.rebuild_tabs()

    def _subjects(self) -> list[tuple[str, str, str]]:
        return [
            (s.id, s.real_name or "(no name yet)", vocab.label_for("subject_roles", s.role))
            for s in self.bridge.document.review.subjects
            if s.role in FIRST_ROLES
        ]

    def rebuild_tabs(self) -> None:
        """One tab per victim and suspect among the subjects."""
        subjects = self._subjects()
        if subjects == self._subjects_shown:
            return
        current = self.tabs.currentIndex()
        self._subjects_shown = subjects
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        for subject_id, name, role in subjects:
            self.tabs.addTab(characteristics_table(self.bridge, subject_id, name), f"{role}: {name}")
        roles = {subject.role for subject in self.bridge.document.review.subjects}
        for role, button in self.add_buttons.items():
            button.setVisible(role not in roles)
        if not subjects:
            message = QLabel("Add the victim and the suspect with the buttons above (or under Review details › Subjects) "
                             "to record their characteristics.")
            message.setWordWrap(True)
            self.tabs.addTab(message, "No victim or suspect yet")
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        order_tab_focus(self.body)

    def add_subject(self, role: str) -> None:
        """Ask for the victim's or the suspect's name and add them to the review, then show their grid."""
        name, ok = QInputDialog.getText(self, f"Add the {role}", f"The {role}'s full name, as police records give it:")
        name = " ".join(name.split())
        if not ok or not name:
            return
        self.bridge.editor.new_item(SUBJECTS, role=role, real_name=name)
        labels = [self.tabs.tabText(number) for number in range(self.tabs.count())]
        wanted = f"{vocab.label_for('subject_roles', role)}: {name}"
        if wanted in labels:
            self.tabs.setCurrentIndex(labels.index(wanted))

    def _on_changes(self, changes: list) -> None:
        if any(change.touches(("review", "subjects")) for change in changes):
            self.rebuild_tabs()
