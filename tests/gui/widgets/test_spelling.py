"""Spelling as the author types: the misspelt word underlined, corrected from the right-click menu, or learnt."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from imr_studio.gui.pages.methodology import MethodologyPage
from imr_studio.gui.widgets.narrative_edit import NarrativeEdit
from imr_studio.gui.widgets.spelling import service


@pytest.fixture(autouse=True)
def own_profile(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profile"))


def _underlined(narrative: NarrativeEdit) -> list[str]:
    block = narrative.editor.document().firstBlock()
    return [block.text()[r.start:r.start + r.length] for r in block.layout().formats()]


def _menu_for(qtbot, narrative: NarrativeEdit, word: str) -> QMenu:
    cursor = narrative.editor.document().find(word)
    rect = narrative.editor.cursorRect(cursor)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), narrative.editor.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(narrative.editor.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def test_a_misspelt_word_is_underlined_and_corrected_from_the_menu(qtbot, page_alone) -> None:
    qtbot.waitUntil(lambda: service().speller is not None, timeout=20000)
    page = page_alone(MethodologyPage)
    narrative = page.findChildren(NarrativeEdit)[0]
    narrative.editor.setFocus()
    qtbot.keyClicks(narrative.editor, "Records were recieved from the neighbour's force")
    assert _underlined(narrative) == ["recieved"]
    menu = _menu_for(qtbot, narrative, "recieved")
    [received] = [a for a in menu.actions() if a.text() == "received"]
    received.trigger()
    menu.close()
    assert page.bridge.document.methodology.narrative[0].text == "Records were received from the neighbour's force"
    assert _underlined(narrative) == []


def test_a_word_added_to_my_dictionary_is_never_underlined_again(qtbot, page_alone) -> None:
    qtbot.waitUntil(lambda: service().speller is not None, timeout=20000)
    page = page_alone(MethodologyPage)
    narrative = page.findChildren(NarrativeEdit)[0]
    narrative.editor.setFocus()
    qtbot.keyClicks(narrative.editor, "Officers from Brackenfold attended")
    assert _underlined(narrative) == ["Brackenfold"]
    menu = _menu_for(qtbot, narrative, "Brackenfold")
    [add] = [a for a in menu.actions() if a.text() == "Add “Brackenfold” to my dictionary"]
    add.trigger()
    menu.close()
    assert _underlined(narrative) == []


def test_the_reviews_own_names_are_never_underlined(qtbot, window) -> None:
    qtbot.waitUntil(lambda: service().speller is not None, timeout=20000)
    window.open_sample(ask=False)
    from tests.gui.gui_driving import go_to

    page = go_to(window, "Overview of police contact")
    narrative = page.findChildren(NarrativeEdit)[0]
    flagged: set[str] = set()
    doc = narrative.editor.document()
    block = doc.firstBlock()
    while block.isValid():
        flagged |= {block.text()[r.start:r.start + r.length] for r in block.layout().formats()
                    if r.format.underlineStyle() == r.format.UnderlineStyle.SpellCheckUnderline}
        block = block.next()
    assert "Natalie" not in flagged and "Northshire" not in flagged
