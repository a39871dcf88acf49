"""A rich-text editor for narrative fields, bound to a path in the document."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCursor, QTextDocument, QTextDocumentFragment, QTextListFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTextEdit, QToolButton, QVBoxLayout, QWidget

from ...model import Path
from ...model.narrative import lists_from_typed_markers, word_count
from ...model.text import clean_multiline
from ..bridge import DocumentBridge
from .narrative_convert import fill_document, to_narrative
from .reveal import Span, tag, utf16_length
from .spelling import SpellingHighlighter
from .underlines import Underlines, in_narrative


_SHORTEST, _TALLEST = 90, 320
"""The height range of a narrative editor, in pixels; it grows with its text and then scrolls."""


class NarrativeTextEdit(QTextEdit):
    """A text edit that keeps only the narrative formatting subset on paste.

    Its own undo stack is off: Edit › Undo undoes narrative edits through the
    document editor, like every other edit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Tall enough for the text written so far, within limits: short texts take little room."""
        text_height = int(self.document().size().height()) + 2 * self.frameWidth() + 6
        return QSize(super().sizeHint().width(), max(_SHORTEST, min(text_height, _TALLEST)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Never squeezed below that height: the page scrolls instead."""
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt name)
        """Paste words with bold, italic and lists only; never images or hidden styles."""
        scratch = QTextDocument()
        if source.hasHtml():
            scratch.setHtml(source.html())
        elif source.hasText():
            scratch.setPlainText(clean_multiline(source.text()))
        else:
            return
        narrative = lists_from_typed_markers(to_narrative(scratch))
        if len(narrative) == 1 and narrative[0].style == "body" and not narrative[0].marks:
            self.textCursor().insertText(narrative[0].text)  # a few words: they take the formatting around them
            return
        pasted = QTextDocument()
        fill_document(pasted, narrative)
        self.textCursor().insertFragment(QTextDocumentFragment(pasted))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt name)
        """Accept text and rich text, nothing else."""
        return source.hasText() or source.hasHtml()


class NarrativeEdit(QWidget):
    """A narrative field: formatting buttons, the text, and a word count."""

    def __init__(self, bridge: DocumentBridge, path: Path, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._path = path
        self._updating = False
        self._committing = False
        self.editor = NarrativeTextEdit(self)
        self.editor.setAccessibleName(label)
        self._words = QLabel(self)
        self._words.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for text, tip, shortcut, handler in (
            ("B", "Bold", QKeySequence.StandardKey.Bold, self.toggle_bold),
            ("I", "Italic", QKeySequence.StandardKey.Italic, self.toggle_italic),
            ("• List", "Bulleted list (Ctrl+Shift+8)", QKeySequence("Ctrl+Shift+8"), self.toggle_bullets),
            ("1. List", "Numbered list (Ctrl+Shift+7)", QKeySequence("Ctrl+Shift+7"), self.toggle_numbers),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{tip} in {label}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(handler)
            tools.addWidget(button)
            QShortcut(QKeySequence(shortcut), self.editor, handler, context=Qt.ShortcutContext.WidgetShortcut)
        tools.addStretch(1)
        tools.addWidget(self._words)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(tools)
        layout.addWidget(self.editor, 1)  # any room to spare goes to the text, never between it and its tools

        self.editor.textChanged.connect(self._commit)
        bridge.changed.connect(self._on_changes)
        tag(self, path)
        self.underlines = Underlines(bridge, self.editor, in_narrative(path))
        self.spelling = SpellingHighlighter(bridge, self.editor)
        """Misspelt words underlined; suggestions on right-click (before the findings' menu)."""
        self.refresh()

    def reveal_rest(self, rest: Path, span: Span = None) -> None:
        """Focus the text; with a paragraph number in ``rest`` and a ``span``, select those characters."""
        self.editor.setFocus()
        if not rest or not isinstance(rest[0], int):
            return
        block = self.editor.document().findBlockByNumber(rest[0])
        if not block.isValid():
            return
        text = block.text()
        start, end = span if span is not None else (0, 0)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + utf16_length(text[:start]))
        cursor.setPosition(block.position() + utf16_length(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def refresh(self) -> None:
        """Show the model's value, keeping the cursor where it was when possible."""
        try:
            narrative = self._bridge.get(self._path)
        except LookupError:  # the item this narrative belongs to has just been removed
            return
        if not self._committing and to_narrative(self.editor.document()) != narrative:
            position = self.editor.textCursor().position()
            self._updating = True
            try:
                fill_document(self.editor.document(), narrative)
            finally:
                self._updating = False
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, self.editor.document().characterCount() - 1))
            self.editor.setTextCursor(cursor)
        self._words.setText(f"{word_count(narrative)} words")

    def _on_changes(self, changes: list) -> None:
        if any(change.touches(self._path) for change in changes):
            self.refresh()

    def _commit(self) -> None:
        if self._updating:
            return
        self._committing = True  # the editor already shows what is being written
        try:
            accepted = self._bridge.set(self._path, to_narrative(self.editor.document()), merge=True)
        finally:
            self._committing = False
        if not accepted:  # refused (read-only): show the text as the document has it
            self.refresh()

    def toggle_bold(self) -> None:
        """Make the selection bold, or plain if it is bold already."""
        bold = self.editor.fontWeight() < QFont.Weight.DemiBold
        self.editor.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        """Make the selection italic, or upright if it is italic already."""
        self.editor.setFontItalic(not self.editor.fontItalic())

    def _toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor: QTextCursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block_format = cursor.blockFormat()
            for index in range(current.count() - 1, -1, -1):
                block = current.item(index)
                if cursor.selectionStart() <= block.position() + block.length() and block.position() <= max(
                    cursor.selectionEnd(), cursor.position()
                ):
                    current.remove(block)
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        self._commit()

    def toggle_bullets(self) -> None:
        """Turn the current paragraphs into a bulleted list, or back into text."""
        self._toggle_list(QTextListFormat.Style.ListDisc)

    def toggle_numbers(self) -> None:
        """Turn the current paragraphs into a numbered list, or back into text."""
        self._toggle_list(QTextListFormat.Style.ListDecimal)
