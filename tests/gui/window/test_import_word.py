"""File › Import Word IMR, driven through the window: the summary, the text not yet placed, and a bad file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from imr_studio.export import export_report
from imr_studio.gui.dialogs.imported_text import ImportedTextDialog, ImportSummaryDialog
from imr_studio.paths import sample_project
from imr_studio.storage import load_project
from tests.core.importer.word_layouts import LAYOUTS


def _file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions()]


def test_a_word_report_becomes_an_unsaved_project_with_a_summary(window, tmp_path, monkeypatch):
    report = export_report(load_project(sample_project()), tmp_path / "colleague.docx")
    shown = []
    monkeypatch.setattr(ImportSummaryDialog, "exec", lambda dialog: shown.append(dialog) or ImportSummaryDialog.DialogCode.Rejected)
    assert "&Import Word IMR…" in _file_menu_texts(window)
    assert window.import_word(report)
    assert len(window.bridge.document.contact.events) == 16
    assert window.isWindowModified() and "colleague (imported, unsaved)" in window.windowTitle()
    table = shown[0].table
    parts = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Chronology" in parts and not shown[0].show_unplaced.isVisible()
    assert not window.commands.imported_text.isEnabled()


def test_text_not_yet_placed_is_moved_with_the_keyboard_and_undo_takes_it_back(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "numbered.docx"
    LAYOUTS["numbered headings"](path)
    monkeypatch.setattr(ImportSummaryDialog, "exec", lambda dialog: ImportSummaryDialog.DialogCode.Rejected)
    assert window.import_word(path)
    assert window.commands.imported_text.isEnabled()
    document = window.bridge.document
    words = document.imported[0].text
    dialog = ImportedTextDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.pieces.count() == 1 and words in dialog.pieces.item(0).text()
    dialog.destination.setFocus()
    for _ in range(dialog.destination.findText("Methodology › Steps taken")):
        qtbot.keyClick(dialog.destination, Qt.Key.Key_Down)
    assert dialog.destination.currentText() == "Methodology › Steps taken"
    dialog.pieces.setFocus()
    qtbot.keyClick(dialog.pieces, Qt.Key.Key_Return)  # Move is the default button
    assert document.imported == [] and document.methodology.narrative[-1].text == words
    assert "Every piece" in dialog.count.text() and not dialog.move_button.isEnabled()
    window.undo()
    assert [p.text for p in document.imported] == [words] and document.methodology.narrative[-1].text != words


def test_a_file_that_is_not_an_imr_is_explained_and_the_open_project_is_kept(window, tmp_path, monkeypatch):
    bad = tmp_path / "letter.docx"
    bad.write_bytes(b"not a word file")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    before = window.bridge.document
    assert not window.import_word(bad)
    assert said == [("Cannot import this file", "Letter.docx is not a Word document (.docx).")]
    assert window.bridge.document is before
