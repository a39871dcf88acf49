"""Undo and Redo keys reach the whole document's history, even while a text field has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class HistoryKeys(QObject):
    """Sends Undo and Redo keys to the Edit menu even when a text field has focus.

    Text fields have their own small undo history; IMR Studio keeps one history
    for the whole document, so these keys must reach the application's actions.
    It watches only the widget that has the keyboard focus (watching the whole
    application would see every event of every widget, and slow everything).
    """

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Move the watch from the widget that lost the focus to the one that has it."""
        if old is not None:
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or pressed == QKeySequence("Ctrl+Y"):
                return True
        return False
