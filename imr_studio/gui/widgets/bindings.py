"""Binding ordinary input widgets to fields of the document.

A binding shows the field's value in its widget, writes the user's edits back
through the :class:`DocumentBridge` (validated and undoable) and refreshes the
widget when the field changes for any other reason (undo, another page).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...examples import example_for
from ...model import Path
from ...model.dates import format_date, parse_date
from ...model.text import clean_line, clean_multiline
from ...vocab import Choice
from ..bridge import DocumentBridge
from .reveal import tag
from .underlines import Underlines, in_plain_field


class Binding(QObject):
    """Keeps one widget and one document field in step."""

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QWidget) -> None:
        super().__init__(widget)
        self.bridge = bridge
        self.path = path
        self.widget = widget
        tag(widget, path)
        if isinstance(widget, (QLineEdit, QPlainTextEdit)) and not widget.placeholderText():
            example = example_for(path)
            if example:  # what a good answer looks like, from the fictional sample
                widget.setPlaceholderText(f"For example: {example}")
        bridge.changed.connect(self._on_changes)
        self.show_value(bridge.get(path))

    def _on_changes(self, changes: list) -> None:
        if any(change.touches(self.path) for change in changes):
            try:
                value = self.bridge.get(self.path)
            except LookupError:
                return
            self.show_value(value)

    def show_value(self, value: Any) -> None:
        """Put ``value`` into the widget (without triggering an edit)."""
        raise NotImplementedError

    def commit(self, value: Any, *, merge: bool = False) -> bool:
        """Write ``value`` to the document."""
        return self.bridge.set(self.path, value, merge=merge)


class LineEditBinding(Binding):
    """A single-line text field."""

    widget: QLineEdit

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QLineEdit) -> None:
        super().__init__(bridge, path, widget)
        widget.textEdited.connect(lambda text: self.commit(clean_line(text), merge=True))

    def show_value(self, value: Any) -> None:
        if self.widget.text() != value:
            position = self.widget.cursorPosition()
            self.widget.setText(value)
            self.widget.setCursorPosition(min(position, len(value)))


class DateBinding(Binding):
    """A date typed as day/month/year; committed when the field is left."""

    widget: QLineEdit

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QLineEdit) -> None:
        widget.setPlaceholderText("dd/mm/yyyy")
        super().__init__(bridge, path, widget)
        widget.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        try:
            value = parse_date(self.widget.text())
        except ValueError as exc:
            self._mark_invalid(str(exc))
            return
        self._mark_invalid("")
        self.commit(value)
        self.widget.setText(format_date(value))

    def _mark_invalid(self, message: str) -> None:
        self.widget.setProperty("invalid", bool(message))
        self.widget.setToolTip(message)
        self.widget.setStyleSheet("QLineEdit { border: 2px solid #b00020; }" if message else "")
        if message:
            self.bridge.edit_refused.emit(message)

    def show_value(self, value: Any) -> None:
        self._mark_invalid("")
        self.widget.setText(format_date(value))


class EditableComboBinding(Binding):
    """A pick-list that also accepts typed text (for example a protective marking)."""

    widget: QComboBox

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QComboBox, entries: tuple[Choice, ...]) -> None:
        widget.setEditable(True)
        widget.clear()
        widget.addItems([entry.label for entry in entries])
        super().__init__(bridge, path, widget)
        widget.currentTextChanged.connect(lambda text: self.commit(clean_line(text), merge=True))

    def show_value(self, value: Any) -> None:
        if self.widget.currentText() != value:
            self.widget.blockSignals(True)
            self.widget.setEditText(value)
            self.widget.blockSignals(False)


class ChoiceBinding(Binding):
    """A fixed pick-list storing the chosen entry's key.

    A pick-list without an entry for "not chosen yet" (an empty key) gets one
    first, labelled ``blank``.
    """

    widget: QComboBox

    def __init__(
        self, bridge: DocumentBridge, path: Path, widget: QComboBox, entries: tuple[Choice, ...], blank: str = "(not chosen)"
    ) -> None:
        widget.setEditable(False)
        widget.clear()
        if all(entry.key for entry in entries):
            widget.addItem(blank, "")
        for entry in entries:
            widget.addItem(entry.label, entry.key)
        super().__init__(bridge, path, widget)
        widget.currentIndexChanged.connect(lambda row: self.commit(widget.itemData(row)))

    def show_value(self, value: Any) -> None:
        row = self.widget.findData(value)
        self.widget.blockSignals(True)
        if row < 0:  # a key the pick-list no longer offers: keep it, and show it as it is
            self.widget.addItem(f"{value} (no longer in the list)", value)
            row = self.widget.count() - 1
        self.widget.setCurrentIndex(row)
        self.widget.blockSignals(False)


class PlainTextBinding(Binding):
    """A multi-line plain text field (a summary, a recommendation): no formatting, line breaks kept."""

    widget: QPlainTextEdit

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QPlainTextEdit) -> None:
        widget.setTabChangesFocus(True)
        super().__init__(bridge, path, widget)
        widget.textChanged.connect(self._typed)
        self.underlines = Underlines(bridge, widget, in_plain_field(path))

    def _typed(self) -> None:
        if not self.widget.signalsBlocked():
            self.commit(clean_multiline(self.widget.toPlainText()), merge=True)

    def show_value(self, value: Any) -> None:
        if self.widget.toPlainText() != value:
            cursor = self.widget.textCursor()
            position = cursor.position()
            self.widget.blockSignals(True)
            self.widget.setPlainText(value)
            self.widget.blockSignals(False)
            cursor = self.widget.textCursor()
            cursor.setPosition(min(position, len(self.widget.toPlainText())))
            self.widget.setTextCursor(cursor)


class CheckBinding(Binding):
    """A yes/no field."""

    widget: QCheckBox

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QCheckBox) -> None:
        super().__init__(bridge, path, widget)
        widget.toggled.connect(self.commit)

    def show_value(self, value: Any) -> None:
        if self.widget.isChecked() != bool(value):
            self.widget.blockSignals(True)
            self.widget.setChecked(bool(value))
            self.widget.blockSignals(False)
