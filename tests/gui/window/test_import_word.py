"""File › Import Word IMR, driven through the window: the summary, the text not yet placed, a bad file, and a window
that keeps drawing itself while a large file is read."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from imr_studio import importer
from imr_studio.export import export_report
from imr_studio.gui.dialogs.imported_text import ImportedTextDialog, ImportSummaryDialog
from imr_studio.paths import sample_project
from imr_studio.storage import load_project
from tests.core.importer.word_layouts import LAYOUTS


def _file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions()]


def _import(qtbot, window, path) -> bool:
    """Import ``path`` into the window and wait until it is done; True when the window shows the imported project."""
    with qtbot.waitSignal(window.word_importer.finished, timeout=30000) as ended:
        assert window.import_word(path)
    return ended.args[0]


def test_a_word_report_becomes_an_unsaved_project_with_a_summary(window, qtbot, tmp_path, monkeypatch):
    report = export_report(load_project(sample_project()), tmp_path / "colleague.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(report), ""))
    shown = []

    def summary_seen(dialog):
        table = dialog.table
        shown.append(([table.item(row, 0).text() for row in range(table.rowCount())], dialog.show_unplaced.isVisible()))
        return ImportSummaryDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportSummaryDialog, "exec", summary_seen)
    assert "&Import Word IMR…" in _file_menu_texts(window)
    with qtbot.waitSignal(window.word_importer.finished, timeout=30000) as ended:
        window.commands.import_word.trigger()
    assert ended.args == [True] and window.word_importer.progress is None
    assert len(window.bridge.document.contact.events) == 16
    assert window.isWindowModified() and "colleague (imported, unsaved)" in window.windowTitle()
    [(parts, unplaced_shown)] = shown
    assert "Chronology" in parts and not unplaced_shown
    assert not window.commands.imported_text.isEnabled()


def test_text_not_yet_placed_is_moved_with_the_keyboard_and_undo_takes_it_back(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "numbered.docx"
    LAYOUTS["numbered headings"](path)
    monkeypatch.setattr(ImportSummaryDialog, "exec", lambda dialog: ImportSummaryDialog.DialogCode.Rejected)
    assert _import(qtbot, window, path)
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


def test_a_file_that_is_not_an_imr_is_explained_in_one_line_and_the_open_project_is_kept(window, qtbot, tmp_path,
                                                                                         monkeypatch):
    bad = tmp_path / "letter.docx"
    bad.write_bytes(b"not a word file")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    before = window.bridge.document
    assert not _import(qtbot, window, bad)
    assert said == [("Cannot import this file", "Letter.docx is not a Word document (.docx).")]
    assert window.bridge.document is before and window.word_importer.progress is None


def test_the_window_keeps_drawing_itself_and_shows_progress_while_a_large_file_is_read(window, qtbot, tmp_path,
                                                                                       monkeypatch):
    report = export_report(load_project(sample_project()), tmp_path / "large.docx")
    reading, release = threading.Event(), threading.Event()
    real_import = importer.import_word
    readers = []

    def slow_import(path, progress=None):
        readers.append(threading.current_thread())
        progress(0, 3, "Reading the Word file")
        reading.set()
        assert release.wait(30)  # held here, on the worker thread, until the test has watched the window
        return real_import(path, progress)

    monkeypatch.setattr(importer, "import_word", slow_import)
    monkeypatch.setattr(ImportSummaryDialog, "exec", lambda dialog: ImportSummaryDialog.DialogCode.Rejected)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(window.word_importer.busy))
    timer.start(10)
    assert window.import_word(report)
    qtbot.waitUntil(reading.is_set, timeout=10000)
    qtbot.waitUntil(lambda: ticks.count(True) >= 5)  # the GUI thread keeps handling its events meanwhile
    progress = window.word_importer.progress
    qtbot.waitUntil(lambda: "Reading the Word file" in progress.labelText())
    assert progress.isVisible() and progress.isModal() and "Importing large.docx…" in progress.labelText()
    assert readers[0] is not threading.main_thread()
    assert not window.open_sample(ask=False) and not window.import_word(report)  # one thing at a time
    assert "being imported" in window.statusBar().currentMessage()
    qtbot.keyClick(progress, Qt.Key.Key_Escape)  # nothing to cancel: the dialog stays, and so does the window
    assert progress.isVisible()
    assert not window.close() and window.isVisible()
    assert "under way" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.word_importer.finished, timeout=30000) as ended:
        release.set()
    timer.stop()
    assert ended.args == [True] and "large (imported, unsaved)" in window.windowTitle()
