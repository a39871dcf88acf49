"""Edit › Find and replace: a phrase found across the whole IMR, each place listed and a click away.

The search and the replacing are the core's (:mod:`imr_studio.model.search`);
this window lists the places by the names an author knows, goes to one on
Enter or a double click, and replaces the chosen places, or all of them, as
one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...checks.findings import PlaceNamer
from ...model import DocumentEditor, Path
from ...model.search import Match, find, replace

GoTo = Callable[[Path, tuple[int, int]], object]
"""Shows the editor of a path with a span of its text selected."""


class FindReplaceDialog(QDialog):
    """Find a phrase everywhere in the IMR, go to each place, replace some or all."""

    def __init__(self, parent: QWidget, editor: Callable[[], DocumentEditor], go_to: GoTo) -> None:
        super().__init__(parent)
        self._editor = editor
        self._go_to = go_to
        self._matches: list[Match] = []
        self.setWindowTitle("Find and replace")
        self.phrase = QLineEdit()
        self.phrase.setPlaceholderText("Words to find")
        self.replacement = QLineEdit()
        self.replacement.setPlaceholderText("Replace them with (may be empty)")
        self.match_case = QCheckBox("Match &case")
        self.whole_words = QCheckBox("&Whole words only")
        form = QFormLayout()
        find_label = QLabel("F&ind:")
        find_label.setBuddy(self.phrase)
        replace_label = QLabel("Re&place with:")
        replace_label.setBuddy(self.replacement)
        form.addRow(find_label, self.phrase)
        form.addRow(replace_label, self.replacement)
        options = QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_words)
        options.addStretch(1)
        self.summary = QLabel("Type the words to find.")
        self.results = QListWidget()
        self.results.setAccessibleName("Places found")
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.results.setWordWrap(True)
        self.replace_chosen = QPushButton("Replace c&hosen")
        self.replace_chosen.setToolTip("Replace the places selected in the list")
        self.replace_all = QPushButton("Replace &all")
        close = QPushButton("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.replace_chosen)
        buttons.addWidget(self.replace_all)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.resize(560, 480)

        self.phrase.textChanged.connect(self.search)
        self.match_case.toggled.connect(self.search)
        self.whole_words.toggled.connect(self.search)
        self.results.itemActivated.connect(self._show_place)
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.replace_chosen.clicked.connect(lambda: self._replace(self._chosen()))
        self.replace_all.clicked.connect(lambda: self._replace(list(self._matches)))
        close.clicked.connect(self.close)
        self._update_buttons()

    def open_for(self, phrase: str, *, replacing: bool) -> None:
        """Show the dialog with ``phrase`` (the selected words, say), the keyboard in Replace when ``replacing``
        and there is something to find, else in Find."""
        if phrase:
            self.phrase.setText(phrase)
        self.search()
        self.show()
        self.raise_()
        self.activateWindow()
        field = self.replacement if replacing and self.phrase.text() else self.phrase
        field.setFocus()
        field.selectAll()

    def search(self) -> None:
        """List every place the phrase occurs, as the IMR is now."""
        document = self._editor().document
        self._matches = find(document, self.phrase.text(), match_case=self.match_case.isChecked(),
                             whole_words=self.whole_words.isChecked())
        where = PlaceNamer(document)
        self.results.clear()
        for number, match in enumerate(self._matches):
            item = QListWidgetItem(f"{where(match.path)}\n{match.context}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.results.addItem(item)
        if not self.phrase.text():
            self.summary.setText("Type the words to find.")
        else:
            count = len(self._matches)
            self.summary.setText(f"Found in {count} place{'s' if count != 1 else ''}." if count else "Not found.")
        self._update_buttons()

    def _chosen(self) -> list[Match]:
        return [self._matches[item.data(Qt.ItemDataRole.UserRole)] for item in self.results.selectedItems()]

    def _update_buttons(self) -> None:
        self.replace_chosen.setEnabled(bool(self.results.selectedItems()))
        self.replace_all.setEnabled(bool(self._matches))

    def _show_place(self, item: QListWidgetItem) -> None:
        match = self._matches[item.data(Qt.ItemDataRole.UserRole)]
        self._go_to(match.path, match.span)

    def _replace(self, matches: list[Match]) -> None:
        if not matches:
            return
        done = replace(self._editor(), matches, self.replacement.text())
        self.search()
        not_done = len(matches) - done
        self.summary.setText(
            f"Replaced {done} of {len(matches)}" + (f"; {not_done} could not be changed." if not_done else ".")
            + " Edit › Undo takes it back in one step."
        )
