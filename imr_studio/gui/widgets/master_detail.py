"""A list of items above, the selected item's full form below.

Analysis entries, learning points and recommendations have too much in them
for a table row: the table lists them (add, remove, reorder) and a form built
for the selected item edits the rest. The form is built afresh whenever the
selection moves to another item, bound to that item's path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...model import Path
from ...model.addressing import key_of
from ..bridge import DocumentBridge
from .list_editor import Column, ListEditor
from .tab_order import reorder_tabs_around
from .reveal import Span, reveal, tag, untag

DetailBuilder = Callable[[Path], QWidget]
"""Builds the form that edits the item at the given path."""


def swap_detail(holder: QVBoxLayout, old: QWidget | None, new: QWidget) -> None:
    """Replace the form ``old`` in ``holder`` with ``new``, and put the page's tab order right again.

    The old form is untagged at once: until Qt deletes it, a jump to one of
    its fields must not land on it.
    """
    if old is not None:
        holder.removeWidget(old)
        old.hide()
        for widget in (old, *old.findChildren(QWidget)):
            untag(widget)
        old.deleteLater()
    holder.addWidget(new)
    reorder_tabs_around(new)


class MasterDetail(QWidget):
    """A :class:`ListEditor` of the items at ``list_path`` and a form for the selected one."""

    def __init__(
        self,
        bridge: DocumentBridge,
        list_path: Path,
        columns: list[Column],
        noun: str,
        build_detail: DetailBuilder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.list_path = list_path
        self.noun = noun
        self._build_detail = build_detail
        self.items = ListEditor(bridge, list_path, columns, noun, self, edit_new=self._edit_in_form)
        self._first_field = columns[0].field
        untag(self.items)  # this widget answers for the list and its items
        self.items.view.setMinimumHeight(150)
        self.detail: QWidget | None = None
        self.detail_key: Any = None
        self._holder = QVBoxLayout()
        self._holder.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)
        layout.addLayout(self._holder)
        tag(self, list_path)
        self.items.view.selectionModel().currentChanged.connect(self._follow_selection)
        self.items.model.modelReset.connect(self._after_reset)
        self._show(None)
        if self.items.model.rowCount():
            self.items.select(key_of(self.items.model.items()[0]))

    def _follow_selection(self, *_: object) -> None:
        key = self.items.current_key()
        if key != self.detail_key:
            self._show(key)

    def _after_reset(self) -> None:
        """After add, remove, move or undo: keep showing the same item if it is still there."""
        if self.detail_key is not None and self.items.model.row_of(self.detail_key) >= 0:
            self.items.select(self.detail_key)
        else:
            self._follow_selection()

    def _show(self, key: Any) -> None:
        old = self.detail
        self.detail_key = key
        if key is None:
            count = self.items.model.rowCount()
            self.detail = QLabel(
                f"Select a {self.noun} above to edit it." if count else f"No {self.noun} yet: use “Add {self.noun}” to start one.",
                self,
            )
            self.detail.setWordWrap(True)
        else:
            self.detail = self._build_detail(self.list_path + (key,))
            self.detail.setParent(self)
        swap_detail(self._holder, old, self.detail)

    def _edit_in_form(self, key: Any) -> None:
        """A new item is written in its form, where the whole text has room, not in a one-line cell."""
        if self.detail is None or not reveal(self.detail, self.list_path + (key, self._first_field)):
            self.items.view.edit(self.items.view.currentIndex())

    def reveal_rest(self, rest: Path, span: Span = None) -> None:
        """Select the item ``rest[0]``; with more of a path, focus that field of its form."""
        if not rest:
            self.items.view.setFocus()
            return
        self.items.select(rest[0])
        if len(rest) == 1 or self.detail is None or not reveal(self.detail, self.list_path + rest, span):
            self.items.view.setFocus()
