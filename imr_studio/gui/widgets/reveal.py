"""Finding the widget that edits a document path, so a link or a finding can jump to it.

Every editor tags its widget with the document path it edits (:func:`tag`).
:func:`reveal` finds the tagged widget whose path is the longest prefix of the
wanted one, makes it visible (switching tabs and scrolling as needed), focuses
it and, when the widget can go further (select an item in a table, a span in
a text), hands it the rest of the path through a ``reveal_rest(rest, span)``
method.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QStackedWidget, QTabWidget, QTextEdit, QWidget

from ...model import Path

_PROPERTY = "imrPath"
_SEPARATOR = "\x1f"
Span = tuple[int, int] | None


def _encode(path: Path) -> str:
    return _SEPARATOR.join(f"{type(step).__name__[0]}{step}" for step in path)


def _decode(text: str) -> Path:
    return tuple(int(step[1:]) if step[0] == "i" else step[1:] for step in text.split(_SEPARATOR)) if text else ()


def tag(widget: QWidget, path: Path) -> None:
    """Record that ``widget`` edits the document at ``path``."""
    widget.setProperty(_PROPERTY, _encode(path))


def untag(widget: QWidget) -> None:
    """Forget ``widget``'s path: a widget around it answers for that path instead."""
    widget.setProperty(_PROPERTY, None)


def tagged_path(widget: QWidget) -> Path | None:
    """The path ``widget`` was tagged with, or None."""
    value = widget.property(_PROPERTY)
    return _decode(value) if isinstance(value, str) else None


def find_editor(root: QWidget, path: Path) -> tuple[QWidget, Path] | None:
    """The tagged widget under ``root`` editing the longest prefix of ``path``, and the rest of the path."""
    best: tuple[QWidget, Path] | None = None
    for widget in root.findChildren(QWidget):
        tagged = tagged_path(widget)
        if tagged is None or tagged != path[: len(tagged)]:
            continue
        if best is None or len(tagged) > len(path) - len(best[1]):
            best = (widget, path[len(tagged) :])
    return best


def _make_visible(widget: QWidget) -> None:
    """Switch every tab and stack above ``widget`` to the page that holds it."""
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
            parent.setCurrentWidget(child)
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
        child = parent
        parent = parent.parentWidget()


def _scroll_to_focus(turns: int = 6) -> None:
    """Scroll every scroll area around the focused widget so that its text cursor (or the widget) shows.

    A form built a moment ago settles to its real size over the next few turns
    of the event loop, so this scrolls again on each of them.
    """
    focused = QApplication.focusWidget()
    if focused is None:
        return
    parent = focused.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(focused):
            body = parent.widget()
            if isinstance(focused, (QTextEdit, QPlainTextEdit)):
                target = focused.viewport().mapTo(body, focused.cursorRect().center())
            else:
                target = focused.mapTo(body, focused.rect().center())
            parent.ensureVisible(target.x(), target.y(), 40, 80)
        parent = parent.parentWidget()
    if turns:
        QTimer.singleShot(0, lambda: _scroll_to_focus(turns - 1))


def reveal(root: QWidget, path: Path, span: Span = None) -> bool:
    """Show, focus and (where it can) select what ``path`` names under ``root``; False if nothing edits it."""
    found = find_editor(root, path)
    if found is None:
        return False
    widget, rest = found
    _make_visible(widget)
    going_further = getattr(widget, "reveal_rest", None)
    if going_further is not None:
        going_further(rest, span)
    else:
        widget.setFocus()
        if span is not None:
            select_span(widget, span)
    QTimer.singleShot(0, _scroll_to_focus)
    return True


def utf16_length(text: str) -> int:
    """Length of ``text`` in the UTF-16 units Qt counts positions in."""
    return len(text.encode("utf-16-le")) // 2


def select_span(widget: QWidget, span: tuple[int, int]) -> None:
    """Select code points ``span`` of a line or plain-text field's text."""
    start, end = span
    if isinstance(widget, QLineEdit):
        text = widget.text()
        widget.setSelection(utf16_length(text[:start]), utf16_length(text[start:end]))
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        cursor = widget.textCursor()
        cursor.setPosition(utf16_length(text[:start]))
        cursor.setPosition(utf16_length(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
