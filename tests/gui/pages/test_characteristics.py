"""The Characteristics page alone: a grid per subject, value and status per characteristic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from imr_studio.gui.pages.characteristics import CharacteristicsPage
from imr_studio.model.document import Document, ReviewDetails, Subject
from tests.gui.gui_driving import type_in_cell as _type_in_cell


def test_characteristics_grid_records_value_and_status(qtbot, page_alone):
    victim = Subject(id="sub-1", role="victim", real_name="Test Person")
    page = page_alone(CharacteristicsPage, Document(review=ReviewDetails(subjects=[victim])))
    assert page.tabs.count() == 1 and "Test Person" in page.tabs.tabText(0)
    view = page.tabs.widget(0)
    _type_in_cell(qtbot, view, 0, 1, "34")
    view.setCurrentIndex(view.model().index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.focusWidget()
    combo.setCurrentIndex(combo.findData("recorded"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    profile = page.bridge.document.characteristics.profiles[0]
    assert profile.subject_id == victim.id
    first_key = view.model().specs[0].key
    assert [(e.key, e.value, e.status) for e in profile.entries] == [(first_key, "34", "recorded")]
    page.bridge.undo()
    assert page.bridge.document.characteristics.profiles[0].entries[0].status is None


def test_the_victim_and_the_suspect_can_be_added_here_by_name(qtbot, page_alone, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = page_alone(CharacteristicsPage)
    assert page.tabs.tabText(0) == "No victim or suspect yet"
    assert all(button.isVisible() for button in page.add_buttons.values())
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  Test   Person ", True))
    page.add_buttons["victim"].click()
    [victim] = page.bridge.document.review.subjects
    assert (victim.role, victim.real_name) == ("victim", "Test Person")
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Victim: Test Person"
    assert not page.add_buttons["victim"].isVisible() and page.add_buttons["suspect"].isVisible()
    page.bridge.undo()
    assert page.bridge.document.review.subjects == [] and page.add_buttons["victim"].isVisible()
