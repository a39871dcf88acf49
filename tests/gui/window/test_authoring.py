"""Driving the review from the window, as an author would: typing and undo, dates, saving and reopening, the unsaved-changes prompt, tab order and reveal."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from imr_studio.gui.window.file_commands import FILE_FILTER
from imr_studio.gui.window.main_window import MainWindow
from imr_studio.gui.widgets.narrative_edit import NarrativeTextEdit
from imr_studio.storage import load_project
from tests.gui.gui_driving import field as _field
from tests.gui.gui_driving import go_to as _go_to


def test_typing_edits_the_document_and_undo_restores_the_field(qtbot, window):
    name = _field(window, "reviewName")
    qtbot.keyClicks(name, "DHR Example")
    assert window.bridge.document.review.review_name == "DHR Example"
    assert window.isWindowModified()
    assert "review name" in window.commands.undo.text().lower()

    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.document.review.review_name == ""
    assert name.text() == ""
    assert not window.isWindowModified()

    qtbot.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "DHR Example"


def test_dates_are_typed_the_british_way_and_bad_dates_are_refused(qtbot, window):
    start = _field(window, "periodStart")
    qtbot.keyClicks(start, "05/03/2019")
    qtbot.keyClick(start, Qt.Key.Key_Return)
    assert window.bridge.document.review.period_start == datetime.date(2019, 3, 5)

    end = _field(window, "periodEnd")
    qtbot.keyClicks(end, "31/02/2024")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert window.bridge.document.review.period_end is None
    assert "not a date" in end.toolTip()
    assert "not a date" in window.statusBar().currentMessage()


def test_save_reopen_and_values_are_there(qtbot, window, tmp_path, monkeypatch):
    qtbot.keyClicks(_field(window, "reference"), "NS-DHR-01")
    target = tmp_path / "review"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), FILE_FILTER))
    assert window.save()
    saved = tmp_path / "review.imr"
    assert load_project(saved).review.reference == "NS-DHR-01"
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("review.imr")
    assert str(saved.resolve()) == window.settings.recent_files[0]

    window.new_document()
    assert window.bridge.document.review.reference == ""
    assert window.open_path(saved)
    assert _field(window, "reference").text() == "NS-DHR-01"


def test_unsaved_changes_prompt_can_cancel_or_discard(qtbot, window, monkeypatch):
    qtbot.keyClicks(_field(window, "agency"), "Northshire Police")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def fake_question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    assert window.bridge.document.review.agency == "Northshire Police"
    window.commands.new.trigger()
    assert window.bridge.document.review.agency == "Northshire Police"
    window.commands.new.trigger()
    assert window.bridge.document.review.agency == ""
    assert len(asked) == 2 and "not saved" in asked[0]


def test_no_prompt_when_nothing_changed(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked without unsaved changes"))
    window.commands.new.trigger()


def test_a_damaged_file_is_explained_and_not_touched(qtbot, window, tmp_path, monkeypatch):
    damaged = tmp_path / "damaged.imr"
    damaged.write_bytes(b'{"format_version": 1, "review": ')
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not window.open_path(damaged)
    assert len(shown) == 1 and "JSON" in shown[0]
    assert damaged.read_bytes() == b'{"format_version": 1, "review": '


def test_sample_opens_as_an_unsaved_copy(qtbot, window):
    assert window.open_sample(ask=False)
    assert window.path is None
    assert "Sample" in window.windowTitle()
    assert _field(window, "reference").text() == window.bridge.document.review.reference != ""


def test_every_designer_form_loads(qtbot):
    from imr_studio import paths
    from imr_studio.gui.widgets.forms import load_form

    forms = sorted(Path(paths.bundled("ui")).glob("*.ui"))
    assert forms
    for form in forms:
        widget = load_form(form.stem)
        qtbot.addWidget(widget)
        assert widget.objectName()


def test_tab_moves_through_each_page_in_reading_order(qtbot, window):
    window.open_sample(ask=False)

    def tab_sequence(count: int) -> list[str]:
        names = []
        for _ in range(count):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            widget = QApplication.focusWidget()
            names.append(widget.objectName() or widget.accessibleName())
        return names

    window.navigator.setFocus()
    review = tab_sequence(16)
    assert review[review.index("authorRole") + 1] == "Statement of independence"
    assert review.index("reviewName") < review.index("periodStart")

    _go_to(window, "Characteristics")
    window.navigator.setFocus()
    characteristics = tab_sequence(3)
    assert characteristics[0] == "qt_tabwidget_tabbar"  # the subject tabs come first
    assert characteristics[1].startswith("Characteristics of ")
    assert characteristics[2] == "Influence on professional decision making"

    _go_to(window, "Methodology")
    window.navigator.setFocus()
    methodology = tab_sequence(12)
    assert methodology.index("Steps taken") < methodology.index("System list") < methodology.index("noInterviewsReason")


def test_starting_with_a_missing_file_explains_and_opens_an_empty_review(qtbot, monkeypatch, tmp_path):
    from imr_studio.gui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    windows = []

    def fake_exec(*_args):
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app.run(tmp_path / "missing.imr") == 0
    assert len(shown) == 1 and "no such file" in shown[0]
    assert windows and windows[-1].bridge.document.review.review_name == ""
    assert windows[-1].path is None
    for window in windows:
        window.close()
        window.deleteLater()


def test_reveal_opens_the_page_and_selects_the_item(window) -> None:
    window.open_sample(ask=False)
    subject = window.bridge.document.review.subjects[1]
    assert window.reveal(("review", "subjects", subject.id, "pseudonym"))
    page = window.current_page()
    assert page.section == "review"
    table = page.subjects.view
    assert table.hasFocus()
    assert table.currentIndex().row() == 1
    assert table.model().columns[table.currentIndex().column()].field == "pseudonym"


def test_reveal_selects_a_span_in_a_narrative(window) -> None:
    window.open_sample(ask=False)
    paragraph = window.bridge.document.methodology.narrative[0].text
    word = paragraph.split()[2]
    start = paragraph.index(word)
    assert window.reveal(("methodology", "narrative", 0), (start, start + len(word)))
    editor = window.current_page().findChild(NarrativeTextEdit)
    assert editor.hasFocus()
    assert editor.textCursor().selectedText() == word
