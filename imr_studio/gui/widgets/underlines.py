"""Wavy underlines under the words a finding is about, with the message on hover and quick fixes on right-click.

Works for narrative editors (a finding's path ends with the paragraph number)
and plain multi-line fields (the span counts in the whole value). The spans
come from the latest checks report; while the author types they may lag a
moment behind, until the checks run again.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from ...checks import Finding
from ...model import Path
from ..bridge import DocumentBridge
from .fix_menu import ask_to_dismiss, fix_actions
from .reveal import utf16_length

_COLOURS = {"error": "#b00020", "warning": "#c77700", "advice": "#1f5fa8"}
Locate = Callable[[QTextDocument, Finding], tuple[int, int] | None]
"""Where a finding's words are in the editor's document, as Qt positions, or None when not in it."""


def in_narrative(path: Path) -> Locate:
    """Locate findings in the narrative at ``path`` (one block per paragraph)."""

    def locate(document: QTextDocument, finding: Finding) -> tuple[int, int] | None:
        where, span = finding.location.path, finding.location.span
        if span is None or len(where) != len(path) + 1 or where[:-1] != path or not isinstance(where[-1], int):
            return None
        block = document.findBlockByNumber(where[-1])
        if not block.isValid():
            return None
        text = block.text()
        return block.position() + utf16_length(text[: span[0]]), block.position() + utf16_length(text[: span[1]])

    return locate


def in_plain_field(path: Path) -> Locate:
    """Locate findings in the plain multi-line field at ``path``."""

    def locate(document: QTextDocument, finding: Finding) -> tuple[int, int] | None:
        span = finding.location.span
        if span is None or finding.location.path != path:
            return None
        text = document.toPlainText()
        return utf16_length(text[: span[0]]), utf16_length(text[: span[1]])

    return locate


class Underlines(QObject):
    """Keeps an editor's underlines in step with the findings about its text."""

    def __init__(self, bridge: DocumentBridge, editor: QTextEdit | QPlainTextEdit, locate: Locate) -> None:
        super().__init__(editor)
        self._bridge = bridge
        self._editor = editor
        self._locate = locate
        self.marked: list[tuple[int, int, Finding]] = []
        editor.viewport().installEventFilter(self)
        bridge.findings_changed.connect(self.show)
        if bridge.report is not None:
            self.show(bridge.report)

    def show(self, report) -> None:
        """Underline the findings of ``report`` that are in this editor."""
        document = self._editor.document()
        self.marked = []
        selections = []
        for finding in report.findings():
            place = self._locate(document, finding)
            if place is None or place[0] >= place[1]:
                continue
            self.marked.append((place[0], place[1], finding))
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(min(place[0], document.characterCount() - 1))
            cursor.setPosition(min(place[1], document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            style = QTextCharFormat()
            style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            style.setUnderlineColor(QColor(_COLOURS.get(finding.severity, _COLOURS["warning"])))
            selection.format = style
            selections.append(selection)
        self._editor.setExtraSelections(selections)

    def finding_at(self, position: int) -> Finding | None:
        """The finding whose words include the Qt text position ``position``."""
        for start, end, finding in self.marked:
            if start <= position < end:
                return finding
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Show the message on hover; add the quick fixes to the right-click menu."""
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            finding = self.finding_at(self._editor.cursorForPosition(event.pos()).position())
            if finding is None:
                QToolTip.hideText()
                return False
            tip = finding.message + (f"\n{finding.suggestion}" if finding.suggestion else "")
            QToolTip.showText(event.globalPos(), tip, self._editor)
            return True
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            finding = self.finding_at(self._editor.cursorForPosition(event.pos()).position())
            if finding is None:
                return False
            menu = self._editor.createStandardContextMenu(event.pos())
            first = menu.actions()[0] if menu.actions() else None
            heading = menu.insertSection(first, textwrap.shorten(finding.message, 80, placeholder=" …")) if first is not None else None
            anchor = first if first is not None else heading
            for action in fix_actions(self._bridge, finding, menu):
                menu.insertAction(anchor, action)
            dismiss = menu.addAction("Dismiss this finding with a reason…")
            dismiss.triggered.connect(lambda: ask_to_dismiss(self._bridge, finding, self._editor))
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(event.globalPos())
            return True
        return False
