"""A new user writes a short but complete IMR through the widgets alone, saves it, and reopens it."""

from __future__ import annotations

from pathlib import Path

from tests.gui.gui_driving import go_to, type_in_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QPlainTextEdit

from imr_studio.gui.widgets.forms import child
from imr_studio.gui.widgets.narrative_edit import NarrativeTextEdit
from imr_studio.gui.widgets.pick_list import PickList
from imr_studio.storage import dumps, load_project
from imr_studio.storage.session import user_name


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _leave(qtbot, widget) -> None:
    """Tab out of a field, as an author moves on (dates are read when the field is left)."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _tick(qtbot, picker: PickList, label_start: str) -> None:
    for row in range(picker.list.count()):
        if picker.list.item(row).text().startswith(label_start):
            picker.list.setFocus()
            picker.list.setCurrentRow(row)
            qtbot.keyClick(picker.list, Qt.Key.Key_Space)
            return
    raise AssertionError(f"nothing starting {label_start!r} to tick")


def _pickers(form) -> dict[str, PickList]:
    return {picker.list.accessibleName(): picker for picker in form.findChildren(PickList)}


def _add_row(qtbot, editor) -> None:
    """Press the Add button and leave the cell editor it opens."""
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget()
    if isinstance(focused, QLineEdit) and focused.parent() is not None and focused.parent().parent() is editor.view:
        qtbot.keyClick(focused, Qt.Key.Key_Escape)


def test_a_complete_imr_written_through_the_widgets_survives_save_and_reopen(qtbot, window, monkeypatch, tmp_path) -> None:
    window.commands.new.trigger()

    review = go_to(window, "Review details")
    for name, text in (("reviewName", "DHR Test"), ("reference", "TST-01"), ("agency", "Testshire Police"), ("authorName", "A. Author")):
        _type(qtbot, child(review.body, QLineEdit, name), text)
    start = child(review.body, QLineEdit, "periodStart")
    _type(qtbot, start, "01/01/2023")
    _leave(qtbot, start)
    end = child(review.body, QLineEdit, "periodEnd")
    _type(qtbot, end, "31/12/2023")
    _leave(qtbot, end)
    _type(qtbot, review.findChild(NarrativeTextEdit), "I had no contact with the people in this review.")
    _add_row(qtbot, review.terms)
    type_in_cell(qtbot, review.terms.view, 0, 0, "Describe the police contact with the victim.")
    _add_row(qtbot, review.subjects)
    type_in_cell(qtbot, review.subjects.view, 0, 1, "Jane Test")
    type_in_cell(qtbot, review.subjects.view, 0, 3, "Ash")

    contact = go_to(window, "Overview of police contact")
    chronology = contact.chronology
    for date, summary in (("03/03/2023", "A neighbour reported shouting."), ("05/04/2023", "Jane reported threats by text.")):
        qtbot.mouseClick(chronology.add_button, Qt.MouseButton.LeftButton)
        form = chronology.detail
        date_field = child(form, QLineEdit, "eventDate")
        assert date_field.hasFocus(), "a new event starts at its date"
        qtbot.keyClicks(date_field, date)
        _leave(qtbot, date_field)
        _type(qtbot, child(form, QPlainTextEdit, "summary"), summary)
        _type(qtbot, child(form, QLineEdit, "sourceRef"), "STORM 123")
        significant = child(form, QCheckBox, "significant")
        significant.setFocus()
        qtbot.keyClick(significant, Qt.Key.Key_Space)
    _type(qtbot, contact.findChild(NarrativeTextEdit), "Two contacts in 2023.")

    analysis = go_to(window, "Analysis of police practice")
    qtbot.mouseClick(analysis.entries.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    form = analysis.entries.detail
    _type(qtbot, child(form, QLineEdit, "title"), "Response to the reports")
    pickers = _pickers(form)
    _tick(qtbot, pickers["Events covered"], "03/03/2023")
    _tick(qtbot, pickers["Events covered"], "05/04/2023")
    _tick(qtbot, pickers["Terms of reference addressed"], "1.")
    _type(qtbot, child(form, QLineEdit, "policy"), "Domestic Abuse Policy")
    verdict = child(form, QComboBox, "verdict")
    verdict.setFocus()
    qtbot.keyClick(verdict, Qt.Key.Key_Down)
    _type(qtbot, form.findChildren(NarrativeTextEdit)[0], "The reports were linked late.")

    learning = go_to(window, "Learning")
    qtbot.mouseClick(learning.points.items.add_button, Qt.MouseButton.LeftButton)
    form = learning.points.detail
    _type(qtbot, form.findChildren(NarrativeTextEdit)[0], "Reports from neighbours need linking to the victim's record.")
    _tick(qtbot, _pickers(form)["Analysis it comes from"], "1.")

    recommendations = go_to(window, "Recommendations")
    qtbot.mouseClick(recommendations.recommendations.items.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    form = recommendations.recommendations.detail
    _type(qtbot, child(form, QPlainTextEdit, "text"), "Testshire Police will link third-party reports within 24 hours.")
    _tick(qtbot, _pickers(form)["Learning points answered"], "1.")
    _type(qtbot, child(form, QLineEdit, "ownerRole"), "Superintendent")
    _add_row(qtbot, recommendations.actions)
    type_in_cell(qtbot, recommendations.actions.view, 0, 0, "Change the linking procedure")
    type_in_cell(qtbot, recommendations.actions.view, 0, 1, "Head of Public Protection")

    dissemination = go_to(window, "Dissemination and glossary")
    _add_row(qtbot, dissemination.plan)
    type_in_cell(qtbot, dissemination.plan.view, 0, 0, "Call handlers")
    type_in_cell(qtbot, dissemination.plan.view, 0, 1, "Briefing")

    document = window.bridge.document
    events = document.contact.events
    assert [(str(e.date), e.summary, e.significant) for e in events] == [
        ("2023-03-03", "A neighbour reported shouting.", True),
        ("2023-04-05", "Jane reported threats by text.", True),
    ]
    [entry] = document.analysis
    assert entry.event_ids == [e.id for e in events] and entry.tor_ids == [document.review.terms_of_reference[0].id]
    assert document.learning[0].analysis_ids == [entry.id]
    assert document.recommendations[0].learning_ids == [document.learning[0].id]
    assert document.recommendations[0].actions[0].owner == "Head of Public Protection"
    assert document.dissemination.plan[0].method == "Briefing"

    target = tmp_path / "test.imr"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window.commands.save_as.trigger()
    assert not window.isWindowModified()
    assert [w.account for w in window.bridge.document.quality.writers] == [user_name()]  # saving records who wrote it
    assert window.bridge.document.review == load_project(target).review  # what was typed, as typed
    written = dumps(window.bridge.document)
    assert dumps(load_project(target)) == written
    assert window.open_path(Path(target), ask=True)
    assert dumps(window.bridge.document) == written
