"""The Overview of police contact page: the chronology table, its filters, paste and CSV import, links and reveal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit

from imr_studio.gui.widgets.chronology_editor import ChronologyEditor
from imr_studio.gui.widgets.chronology_model import COLUMNS
from imr_studio.gui.window.main_window import MainWindow
from imr_studio.settings import Settings

EVENTS = ("contact", "events")


@pytest.fixture
def window(qtbot):
    win = MainWindow(Settings())
    win.open_sample(ask=False)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.navigator.setCurrentRow([page.title for page in win.pages].index("Overview of police contact"))
    yield win
    win.setFocus()
    win.bridge.editor.mark_saved()
    win.close()
    win.deleteLater()


@pytest.fixture
def chronology(window) -> ChronologyEditor:
    return window.current_page().chronology


def _ids(window) -> list[str]:
    return [event.id for event in window.bridge.document.contact.events]


def _shown_ids(chronology: ChronologyEditor) -> list[str]:
    return [chronology.proxy.event_id_at(row) for row in range(chronology.proxy.rowCount())]


def _event(window, event_id: str):
    return next(event for event in window.bridge.document.contact.events if event.id == event_id)


def _field(chronology: ChronologyEditor, cls, name: str):
    return chronology.detail.findChild(cls, name)


def test_the_table_model_and_the_filter_pass_the_model_tester(qtmodeltester, chronology):
    assert chronology.model.rowCount() == 16
    qtmodeltester.check(chronology.model)
    for mode in ("all", "significant", "unanalysed", "type:crime_report"):
        chronology.set_filter(mode)
        qtmodeltester.check(chronology.proxy)


def test_cells_show_dates_types_and_subjects_as_authors_read_them(chronology):
    model = chronology.model
    column = {c.field: n for n, c in enumerate(COLUMNS)}
    assert model.index(0, column["date"]).data() == "May 2019"
    assert model.index(7, column["date"]).data() == "c. 09/10/2022"
    assert model.index(1, column["date"]).data() == "13/02/2021"
    assert model.index(2, column["event_type"]).data() == "Call for service"
    assert model.index(2, column["subject_ids"]).data() == "Natalie, Daniel, Oliver"
    tip = model.index(2, column["subject_ids"]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Natalie Jane Halloway, Daniel Lee Fenner, Oliver James Halloway"
    assert model.index(1, column["significant"]).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_ticking_significant_in_the_table_edits_the_event(qtbot, window, chronology):
    column = next(n for n, c in enumerate(COLUMNS) if c.field == "significant")
    index = chronology.proxy.index(1, column)
    assert chronology.proxy.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert _event(window, "ev-02").significant
    window.undo()
    assert not _event(window, "ev-02").significant


def test_filters_show_significant_unanalysed_and_one_type(chronology):
    chronology.set_filter("significant")
    assert "ev-02" not in _shown_ids(chronology) and len(_shown_ids(chronology)) == 14
    chronology.set_filter("unanalysed")
    assert _shown_ids(chronology) == ["ev-13"]
    chronology.set_filter("type:crime_report")
    assert _shown_ids(chronology) == ["ev-10", "ev-12"]
    assert chronology.shown.text() == "16 events, 2 shown"
    chronology.set_filter("all")
    assert len(_shown_ids(chronology)) == 16


def test_analysing_an_event_takes_it_off_the_unanalysed_filter(window, chronology):
    chronology.set_filter("unanalysed")
    window.bridge.set(("analysis", "an-5", "event_ids"), ["ev-12", "ev-13"])
    assert _shown_ids(chronology) == []
    window.undo()
    assert _shown_ids(chronology) == ["ev-13"]


def test_adding_under_a_filter_makes_an_event_the_filter_shows(qtbot, window, chronology):
    chronology.set_filter("type:crime_report")
    chronology.view.setFocus()
    chronology.select("ev-10")
    qtbot.keyClick(chronology.view, Qt.Key.Key_Insert)
    new_id = _ids(window)[_ids(window).index("ev-10") + 1]
    assert _event(window, new_id).event_type == "crime_report"
    assert _shown_ids(chronology) == ["ev-10", new_id, "ev-12"]
    assert chronology.current_id() == new_id
    assert QApplication.focusWidget() is _field(chronology, QLineEdit, "eventDate")


def test_moving_under_a_filter_passes_the_next_shown_event(qtbot, window, chronology):
    chronology.set_filter("type:crime_report")
    chronology.view.setFocus()
    chronology.select("ev-10")
    qtbot.keyClick(chronology.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _shown_ids(chronology) == ["ev-12", "ev-10"]
    assert _ids(window).index("ev-10") == _ids(window).index("ev-12") + 1
    assert chronology.current_id() == "ev-10"
    qtbot.keyClick(chronology.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _shown_ids(chronology) == ["ev-10", "ev-12"]


def test_sort_by_date_is_one_undoable_step(qtbot, window, chronology):
    original = _ids(window)
    assert not chronology.sort_button.isEnabled()  # the sample is in date order
    chronology.view.setFocus()
    chronology.select("ev-16")
    for _ in range(3):
        qtbot.keyClick(chronology.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    chronology.select("ev-01")
    qtbot.keyClick(chronology.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = _ids(window)
    assert moved != original and chronology.sort_button.isEnabled()
    qtbot.mouseClick(chronology.sort_button, Qt.MouseButton.LeftButton)
    assert _ids(window) == original
    assert chronology.current_id() == "ev-01"
    window.undo()
    assert _ids(window) == moved


def test_removing_a_linked_event_says_what_is_unlinked_and_undo_restores_the_links(qtbot, window, chronology, monkeypatch):
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    chronology.view.setFocus()
    chronology.select("ev-03")
    qtbot.keyClick(chronology.view, Qt.Key.Key_Delete)
    (text,) = asked
    assert "25/06/2022" in text
    assert "analysis entry “The neighbour's call of 25 June 2022" in text
    assert "learning point" in text and "Edit › Undo" in text
    assert "ev-03" not in _ids(window)
    assert window.bridge.document.analysis[1].event_ids == ["ev-04"]
    assert chronology.current_id() == "ev-04"

    window.undo()
    assert _ids(window)[2] == "ev-03"
    assert window.bridge.document.analysis[1].event_ids == ["ev-03", "ev-04"]
    assert window.bridge.document.learning[1].event_ids == ["ev-03", "ev-04"]


def test_declining_the_removal_keeps_the_event(qtbot, window, chronology, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    chronology.select("ev-03")
    qtbot.mouseClick(chronology.remove_button, Qt.MouseButton.LeftButton)
    assert "ev-03" in _ids(window)


def test_an_unlinked_event_is_removed_without_asking(qtbot, window, chronology):
    chronology.view.setFocus()
    chronology.select("ev-16")
    qtbot.keyClick(chronology.view, Qt.Key.Key_Delete)  # a dialog would fail the test
    assert "ev-16" not in _ids(window)


def test_the_form_edits_the_selected_event(qtbot, window, chronology):
    chronology.view.setFocus()
    chronology.select("ev-16")
    qtbot.keyClick(chronology.view, Qt.Key.Key_Return)
    date = _field(chronology, QLineEdit, "eventDate")
    assert QApplication.focusWidget() is date
    date.selectAll()
    qtbot.keyClicks(date, "c. 03/2024")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    event = _event(window, "ev-16")
    assert (event.date, event.date_precision) == ("2024-03", "month")
    assert date.text() == "Mar 2024"

    date.selectAll()
    qtbot.keyClicks(date, "approx 14/03/2024 2105")
    qtbot.keyClick(date, Qt.Key.Key_Return)
    event = _event(window, "ev-16")
    assert (event.date, event.date_precision, event.time) == ("2024-03-14", "approximate", "21:05")
    assert date.text() == "c. 14/03/2024"

    time = _field(chronology, QLineEdit, "eventTime")
    time.selectAll()
    qtbot.keyClicks(time, "25:00")
    qtbot.keyClick(time, Qt.Key.Key_Return)
    assert _event(window, "ev-16").time == "21:05" and "not a real time" in time.toolTip()

    summary = _field(chronology, QPlainTextEdit, "summary")
    summary.setFocus()
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, " Added.")
    assert _event(window, "ev-16").summary.endswith(" Added.")
    significant = _field(chronology, QCheckBox, "significant")
    significant.setFocus()
    qtbot.keyClick(significant, Qt.Key.Key_Space)
    assert _event(window, "ev-16").significant


def test_cited_by_lists_the_analysis_and_learning_that_link_to_the_event(qtbot, window, chronology):
    chronology.select("ev-12")
    from imr_studio.gui.widgets.cited_by import CitedBy

    cited = chronology.detail.findChild(CitedBy)
    texts = [button.text() for button in cited.buttons]
    assert texts[0].startswith("Analysis entry: What the police knew")
    assert texts[1].startswith("Analysis entry: Harassment after")
    assert [t.split(":")[0] for t in texts[2:]] == ["Learning point", "Learning point"]
    if any(page.section == "analysis" for page in window.pages):
        qtbot.mouseClick(cited.buttons[1], Qt.MouseButton.LeftButton)
        assert window.current_page().section == "analysis"
    chronology.select("ev-13")
    cited = chronology.detail.findChild(CitedBy)
    assert cited.buttons == []


def test_reveal_selects_the_event_clears_a_hiding_filter_and_selects_the_span(window, chronology):
    window.navigator.setCurrentRow(0)
    chronology.set_filter("type:arrest")
    summary_text = _event(window, "ev-13").summary
    assert window.reveal(EVENTS + ("ev-13", "summary"), (4, 12))
    assert window.current_page().section == "contact"
    assert chronology.filter.currentData() == "all"
    assert chronology.current_id() == "ev-13"
    focused = QApplication.focusWidget()
    assert focused is _field(chronology, QPlainTextEdit, "summary")
    assert focused.textCursor().selectedText() == summary_text[4:12]
    assert window.reveal(EVENTS + ("ev-05", "source_ref"))
    assert QApplication.focusWidget() is _field(chronology, QLineEdit, "sourceRef")


PASTED = (
    "Date\tTime\tType\tWho\tWhat happened\tAction\tSource\tSignificant\r\n"
    "01/04/2024\t0930\tWelfare check\tWren\tOfficers visited the address.\tAdvice given.\tCAD 1\tyes\r\n"
    '31/04/2024\t\tArrest\tTravis\t"Travis was arrested.\nHe was interviewed."\tCharged.\tCustody 9\tno\r\n'
    "c. 05/2024\t\tIntelligence\tNobody Known\tA report was received.\t\tIntel 3\tn\r\n"
)


def _cell(dialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.preview_model.index(row, column).data(role)


def _paste(qtbot, chronology, text: str):
    QApplication.clipboard().setText(text)
    chronology.view.setFocus()
    qtbot.keyClick(chronology.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    dialog = chronology.import_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_pasted_rows_are_previewed_with_their_problems_and_imported_as_one_step(qtbot, qtmodeltester, window, chronology):
    dialog = _paste(qtbot, chronology, PASTED)
    qtmodeltester.check(dialog.preview_model)
    assert dialog.header_box.isChecked()
    assert dialog.mapping() == ["date", "time", "event_type", "subjects", "summary", "action_taken", "source_ref", "significant"]
    assert dialog.preview_model.rowCount() == 3
    problems = [_cell(dialog, row, 6) for row in range(3)]
    assert problems[0] == ""
    assert "not a real date" in problems[1]
    assert "Nobody Known" in problems[2] and "approximate month" in problems[2]
    assert _cell(dialog, 1, 2) == "(unreadable)"
    assert "3 of 3 rows will be imported" in dialog.summary.text()
    assert "1 will have no date" in dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    events = window.bridge.document.contact.events[16:]
    assert len(events) == 3
    welfare, arrest, intel = events
    assert (welfare.date, welfare.time, welfare.event_type, welfare.event_type_other) == ("2024-04-01", "09:30", "other", "Welfare check")
    assert welfare.subject_ids == ["sub-1"] and welfare.significant
    assert arrest.date == "" and "31/04/2024" in arrest.summary
    assert arrest.summary.startswith("Travis was arrested.\nHe was interviewed.")
    assert (intel.date, intel.date_precision) == ("2024-05", "month") and "Nobody Known" in intel.summary
    assert chronology.current_id() == welfare.id
    assert "import 3 chronology rows" in window.commands.undo.text().lower()
    window.undo()
    assert len(window.bridge.document.contact.events) == 16


def test_rows_with_unreadable_dates_can_be_skipped(qtbot, window, chronology):
    dialog = _paste(qtbot, chronology, PASTED)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, 1, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "1 unticked row will be left out" in dialog.summary.text()
    dialog.preview.setFocus()
    dialog.preview.setCurrentIndex(dialog.preview_model.index(2, 0))
    qtbot.keyClick(dialog.preview, Qt.Key.Key_Space)
    assert _cell(dialog, 2, 0, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.import_button.text() == "&Import 1 event"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [e.summary for e in window.bridge.document.contact.events[16:]] == ["Officers visited the address."]


def test_cancelling_the_paste_changes_nothing(qtbot, window, chronology):
    dialog = _paste(qtbot, chronology, "01/04/2024\tA visit\n")
    assert not dialog.header_box.isChecked()
    assert dialog.mapping() == ["date", "summary"]
    dialog.reject()
    assert len(window.bridge.document.contact.events) == 16
    assert not window.bridge.editor.is_modified


def test_the_column_mapping_can_be_changed_by_the_author(qtbot, window, chronology):
    dialog = _paste(qtbot, chronology, "Ref\tDate\tNotes\nCAD 7\t02/04/2024\tA visit\n")
    box = dialog.column_boxes[2]
    box.setFocus()
    box.setCurrentIndex(box.findData("action_taken"))
    assert dialog.mapping() == ["source_ref", "date", "action_taken"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    event = window.bridge.document.contact.events[-1]
    assert (event.source_ref, event.date, event.action_taken, event.summary) == ("CAD 7", "2024-04-02", "A visit", "")


def test_an_empty_clipboard_says_so(qtbot, window, chronology):
    messages = []
    window.bridge.edit_refused.connect(messages.append)
    QApplication.clipboard().setText("\n\n")
    qtbot.mouseClick(chronology.paste_button, Qt.MouseButton.LeftButton)
    assert chronology.import_dialog is None and "no rows" in messages[0]


def test_a_csv_file_from_excel_on_windows_is_imported_as_one_step(qtbot, window, chronology, tmp_path, monkeypatch):
    path = tmp_path / "chronology.csv"
    path.write_bytes(
        "Date;Type;Summary;Risk\r\n"
        "02/04/2024;Domestic abuse incident;Zoë’s neighbour called – officers attended;High\r\n"
        "not known;Call for service;\"A call; then a visit\";medium\r\n".encode("cp1252")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), CSV_FILTER_ANY))
    qtbot.mouseClick(chronology.import_button, Qt.MouseButton.LeftButton)
    dialog = chronology.import_dialog
    assert dialog.windowTitle().endswith("chronology.csv")
    assert dialog.mapping() == ["date", "event_type", "summary", "risk_grading"]
    assert "not a date" in _cell(dialog, 1, 6)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    first, second = window.bridge.document.contact.events[16:]
    assert (first.summary, first.risk_grading, first.event_type) == ("Zoë’s neighbour called – officers attended", "high", "domestic_abuse_incident")
    assert second.date == "" and second.summary == "A call; then a visit\nDate in the imported chronology: not known"
    window.undo()
    assert len(window.bridge.document.contact.events) == 16


CSV_FILTER_ANY = "CSV files (*.csv *.txt)"


def test_a_file_that_cannot_be_imported_is_explained(qtbot, window, chronology, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "gone.csv"), CSV_FILTER_ANY))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    qtbot.mouseClick(chronology.import_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in warnings[0]
    assert chronology.import_dialog is None


def test_tab_reaches_every_control_of_the_chronology(qtbot, window, chronology):
    chronology.filter.setFocus()
    seen = set()
    for _ in range(60):
        widget = QApplication.focusWidget()
        seen.add(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for name in ("eventDate", "datePrecision", "eventTime", "eventType", "riskGrading", "sourceRef", "significant", "summary", "actionTaken"):
        assert chronology.detail.findChild(object, name) in seen, name
    for widget in (chronology.view, chronology.add_button, chronology.remove_button, chronology.paste_button, chronology.import_button):
        assert widget in seen
    for widget in seen:
        if widget is not None and chronology.isAncestorOf(widget):
            assert widget.accessibleName() or isinstance(widget, QCheckBox) and widget.text(), widget
