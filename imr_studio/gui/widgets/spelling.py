"""Spelling as the author types: misspelt words underlined, suggestions and "add to my dictionary" on right-click.

The checking is the core's (:mod:`imr_studio.checks.spelling`). The
dictionary loads once, on a worker thread, a moment after an editor is first
drawn (:mod:`.after_paint`); until then nothing is underlined. Every editor
then underlines its words, knowing the IMR's own names (subjects, agency, glossary terms) as words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit

from ...checks.spelling import NAME_SOURCES, Speller, document_words
from .after_paint import soon_after_paint
from ..bridge import DocumentBridge
from .reveal import utf16_length


class _Load(QRunnable):
    def __init__(self, done: Signal) -> None:
        super().__init__()
        self._done = done

    def run(self) -> None:
        self._done.emit(Speller.load())


class SpellingService(QObject):
    """The one speller of the application, loaded in the background; ``changed`` when it is ready or learns a word."""

    changed = Signal()
    _loaded = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speller: Speller | None = None
        """None until the dictionary has loaded."""
        self._loaded.connect(self._ready)
        self._asked = False

    def load_soon(self) -> None:
        """Load the dictionary on a worker thread a moment from now (called as an editor is drawn); once only."""
        if not self._asked:
            self._asked = True
            soon_after_paint(self, lambda: QThreadPool.globalInstance().start(_Load(self._loaded)))

    def _ready(self, speller: Speller) -> None:
        self.speller = speller
        self.changed.emit()

    def add_word(self, word: str) -> None:
        """Accept ``word`` everywhere from now on, in this session and later ones."""
        if self.speller is not None:
            self.speller.add_personal(word)
            self.changed.emit()


def service() -> SpellingService:
    """The application's spelling service, started the first time it is asked for."""
    app = QApplication.instance()
    found = app.findChild(SpellingService)
    return found if found is not None else SpellingService(app)


class SpellingHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one text editor and offers corrections on right-click."""

    def __init__(self, bridge: DocumentBridge, editor: QTextEdit) -> None:
        super().__init__(editor.document())
        self._bridge = bridge
        self._editor = editor
        self._service = service()
        self._names = frozenset(document_words(bridge.document))
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(QColor("#d00000"))
        self._service.changed.connect(self.rehighlight)
        bridge.changed.connect(self._on_changes)
        editor.viewport().installEventFilter(self)

    def _on_changes(self, changes: list) -> None:
        if any(change.touches(source) for change in changes for source in NAME_SOURCES):
            names = frozenset(document_words(self._bridge.document))
            if names != self._names:
                self._names = names
                self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        """Underline the misspelt words of one paragraph."""
        speller = self._service.speller
        if speller is None:
            return
        for start, end, _word in speller.misspellings(text, self._names):
            position = utf16_length(text[:start])
            self.setFormat(position, utf16_length(text[start:end]), self._format)

    def misspelt_at(self, cursor: QTextCursor) -> QTextCursor | None:
        """The misspelt word under ``cursor``, selected; None when the word there is spelt right."""
        speller = self._service.speller
        if speller is None:
            return None
        block = cursor.block()
        text = block.text()
        offset = cursor.positionInBlock()
        for start, end, _word in speller.misspellings(text, self._names):
            first, last = utf16_length(text[:start]), utf16_length(text[:end])
            if first <= offset <= last:
                word = QTextCursor(block)
                word.setPosition(block.position() + first)
                word.setPosition(block.position() + last, QTextCursor.MoveMode.KeepAnchor)
                return word
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Drawn: ask for the dictionary. On right-click over a misspelt word: its suggestions and "Add to my
        dictionary" above the usual menu."""
        if event.type() == QEvent.Type.Paint:
            self._service.load_soon()
            return False
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        word = self.misspelt_at(self._editor.cursorForPosition(event.pos()))
        if word is None:
            return False
        text = word.selectedText()
        menu = self._editor.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self._service.speller.suggestions(text)
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(lambda _=False, s=suggestion: self.replace(word, s))
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction("No suggestions")
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(f"Add “{text}” to my dictionary")
        add.triggered.connect(lambda: self._service.add_word(text))
        menu.insertAction(first, add)
        if first is not None:
            menu.insertSeparator(first)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        return True

    def replace(self, word: QTextCursor, replacement: str) -> None:
        """Put ``replacement`` where the misspelt ``word`` is (an ordinary edit, undone like typing)."""
        if not self._editor.isReadOnly():
            word.insertText(replacement)
