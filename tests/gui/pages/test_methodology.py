"""The Methodology page alone: its narrative takes typing and bold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from imr_studio.gui.pages.methodology import MethodologyPage
from imr_studio.gui.widgets.narrative_edit import NarrativeEdit


def test_narrative_typing_and_bold(qtbot, page_alone):
    page = page_alone(MethodologyPage)
    text = page.findChild(QLineEdit, "noInterviewsReason")
    assert text is not None
    narrative = page.findChildren(NarrativeEdit)[0]
    qtbot.keyClicks(narrative.editor, "Records were searched")
    narrative.editor.selectAll()
    qtbot.keyClick(narrative.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    paragraphs = page.bridge.document.methodology.narrative
    assert paragraphs[0].text == "Records were searched"
    assert [(m.start, m.end, m.style) for m in paragraphs[0].marks] == [(0, 21, "bold")]
    assert "3 words" in narrative._words.text()
