"""Edit › Find and replace, driven as an author would: find across the IMR, go to a place, replace, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from imr_studio.model.search import find


def _open_find(qtbot, window):
    window.open_sample(ask=False)
    window.commands.replace.trigger()
    dialog = window.find_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_ctrl_h_finds_every_place_and_replace_all_is_one_undo_step(qtbot, window) -> None:
    dialog = _open_find(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.phrase)  # nothing to find yet: Find first
    qtbot.keyClicks(dialog.phrase, "Northshire Police")
    expected = find(window.bridge.document, "Northshire Police")
    assert len(expected) >= 2 and dialog.results.count() == len(expected)
    assert dialog.summary.text() == f"Found in {len(expected)} places."
    assert "›" in dialog.results.item(0).text()  # named as an author knows the place
    dialog.replacement.setText("Northshire Constabulary")
    qtbot.mouseClick(dialog.replace_all, Qt.MouseButton.LeftButton)
    assert find(window.bridge.document, "Northshire Police") == []
    assert dialog.results.count() == 0 and "Replaced" in dialog.summary.text()
    assert "replace" in window.commands.undo.text().lower()
    window.commands.undo.trigger()
    assert len(find(window.bridge.document, "Northshire Police")) == len(expected)


def test_a_place_in_the_list_opens_its_page_with_the_words_selected(qtbot, window) -> None:
    dialog = _open_find(qtbot, window)
    dialog.phrase.setText("disclosure scheme")
    matches = find(window.bridge.document, "disclosure scheme")
    number = next(n for n, m in enumerate(matches) if isinstance(m.path[-1], int))  # one in a narrative
    chosen = dialog.results.item(number)
    dialog.results.setCurrentItem(chosen)
    dialog.results.itemActivated.emit(chosen)
    assert window.current_page().section == matches[number].path[0]
    focused = QApplication.focusWidget()
    selected = focused.textCursor().selectedText() if hasattr(focused, "textCursor") else focused.selectedText()
    assert selected.lower() == "disclosure scheme"


def test_replacing_only_the_chosen_place_leaves_the_rest(qtbot, window) -> None:
    dialog = _open_find(qtbot, window)
    dialog.phrase.setText("Natalie")
    total = dialog.results.count()
    dialog.results.item(0).setSelected(True)
    dialog.replacement.setText("Natalie Hart")
    qtbot.mouseClick(dialog.replace_chosen, Qt.MouseButton.LeftButton)
    assert len(find(window.bridge.document, "Natalie Hart")) >= 1
    assert dialog.results.count() == total  # "Natalie Hart" still contains the words found


def test_edit_menu_copy_and_paste_act_on_the_field_with_the_keyboard(qtbot, window) -> None:
    from tests.gui.gui_driving import field

    name = field(window, "reviewName")
    name.setFocus()
    qtbot.keyClicks(name, "DHR Copy")
    window.commands.select_all.trigger()
    window.commands.copy.trigger()
    assert QApplication.clipboard().text() == "DHR Copy"
    reference = field(window, "reference")
    reference.setFocus()
    window.commands.paste.trigger()
    assert window.bridge.document.review.reference == "DHR Copy" or reference.text() == "DHR Copy"
