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
