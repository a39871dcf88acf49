"""A checkable list that edits a list of ids or keys: the events an analysis covers, its tags ...

Links are picked from what exists, never typed, so they cannot name something
that is not there. A filter box narrows long lists (a chronology can have
hundreds of events); Space ticks the current row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...model import Document, Path
from ..bridge import DocumentBridge
from .tab_order import page_area_of
from .reveal import Span, tag

Candidates = Callable[[Document], Sequence[tuple[str, str]]]
"""Given the document, the ``(id or key, label)`` pairs that can be picked, in order."""


_MOST_ROWS_SHOWN = 8


class PickList(QWidget):
    """Tick the items that the list at ``path`` should hold."""

    def __init__(
        self,
        bridge: DocumentBridge,
        path: Path,
        candidates: Candidates,
        label: str,
        sources: Sequence[Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``sources`` are the document paths whose changes alter the candidates."""
        super().__init__(parent)
        self._bridge = bridge
        self._path = path
        self._candidates = candidates
        self._sources = tuple(sources)
        self._filling = False
        self._stale = False
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Type to filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(f"Filter {label.lower()}")
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(label)
        self.list.setToolTip(f"{label}: Space ticks or clears the selected row")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._commit)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        tag(self, path)
        bridge.changed.connect(self._on_changes)
        self.refresh()

    def picked(self) -> list[str]:
        """The ids or keys currently ticked, in candidate order."""
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_picked(self, key: str, picked: bool) -> None:
        """Tick or clear the row of ``key`` (as the user would)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
                return
        raise LookupError(f"{key!r} cannot be picked here")

    def refresh(self) -> None:
        """Rebuild the rows from the document, keeping the current row."""
        try:
            chosen = set(self._bridge.get(self._path))
        except LookupError:  # the item being edited has just been removed
            return
        self._stale = False
        current = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if self.list.currentItem() else None
        candidates = self._candidates(self._bridge.document)
        self._filling = True
        try:
            self.list.clear()
            for key, label in candidates:
                item = QListWidgetItem(label, self.list)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
                if key == current:
                    self.list.setCurrentItem(item)
        finally:
            self._filling = False
        known = {key for key, _ in candidates}
        missing = len(chosen - known)
        ticked = len(chosen & known)
        text = f"{ticked} of {len(candidates)} ticked"
        if missing:
            text += f"; {missing} linked item{'s' if missing != 1 else ''} no longer exist{'s' if missing == 1 else ''}"
        self.summary.setText(text if candidates else "Nothing to pick yet.")
        self._fit_height(len(candidates))
        self._apply_filter(self.filter.text())

    def _fit_height(self, rows: int) -> None:
        """Tall enough for up to eight rows, so short lists take little room and long ones scroll."""
        row_height = self.list.sizeHintForRow(0) if rows else self.list.fontMetrics().height()
        shown = min(max(rows, 2), _MOST_ROWS_SHOWN)
        self.list.setFixedHeight(shown * row_height + 2 * self.list.frameWidth() + 4)

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = item.text().casefold()
            item.setHidden(not all(word in label for word in words))

    def _on_changes(self, changes: list) -> None:
        if any(change.touches(path) for change in changes for path in (self._path, *self._sources)):
            if not self._on_hidden_page():
                self.refresh()
            else:  # typing on another page: catch up when this list is shown again
                self._stale = True

    def _on_hidden_page(self) -> bool:
        """True while the page holding this list is not the one on show."""
        page = page_area_of(self)
        return page is not None and page.isHidden()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Catch up with edits made while another page was on show."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _commit(self, _item: QListWidgetItem) -> None:
        if self._filling:
            return
        try:
            current = self._bridge.get(self._path)
        except LookupError:
            return
        picked = self.picked()
        known = {self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())}
        # links to items that have gone are kept until the author removes them elsewhere
        kept = [key for key in current if key not in known]
        self._bridge.set(self._path, picked + kept)

    def reveal_rest(self, rest: Path, span: Span = None) -> None:
        """Focus the list (and the row of ``rest[0]``, if it names one)."""
        self.list.setFocus()
        if rest:
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == rest[0]:
                    self.list.setCurrentRow(row)
