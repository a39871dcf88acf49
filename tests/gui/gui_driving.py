"""Helpers the GUI tests share to drive the window as an author would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from imr_studio.gui.widgets.forms import child
from imr_studio.gui.window.main_window import MainWindow


def field(win: MainWindow, name: str) -> QLineEdit:
    """The named single-line field of the page on show."""
    return child(win.current_page().body, QLineEdit, name)


def go_to(win: MainWindow, title: str):
    """Open the page called ``title`` with the navigator; return the page."""
    titles = [page.title for page in win.pages]
    win.navigator.setCurrentRow(titles.index(title))
    return win.current_page()


def type_in_cell(qtbot, view: QTableView, row: int, column: int, text: str) -> None:
    """Start editing a table cell with F2, replace its text and press Return."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit), f"expected a text editor in the cell, got {editor!r}"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view hands the value over on the next turn of the event loop
