"""Pasting into a narrative from Word, a browser or plain text keeps the words and the formatting subset only."""

from __future__ import annotations

from tests.gui.gui_driving import go_to
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from imr_studio.gui.widgets.narrative_edit import NarrativeTextEdit
from imr_studio.model.narrative import Mark, Paragraph

_WORD_BULLET = (
    "<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
    "<span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>"
    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>{}<o:p></o:p></p>"
)
WORD_CLIPBOARD = (
    "<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><style><!-- p.MsoNormal {font-family:Calibri} -->"
    "</style></head><body lang=EN-GB><!--StartFragment-->"
    "<p class=MsoNormal><b><span style='font-size:14.0pt;color:red'>Officers attended</span></b>"
    "<span style='font-family:Arial;background:yellow'> at 21:40 and spoke to <i>Natalie</i> alone.<o:p></o:p></span></p>"
    + _WORD_BULLET.format("No risk assessment was completed.")
    + _WORD_BULLET.format("The PNC was checked. \U0001f6a8")
    + "<p><img src='file:///C:/Users/x/image001.png' width=40 height=40>After the picture.</p>"
    "<table border=1><tr><td>Cell one</td><td>Cell two</td></tr></table><!--EndFragment--></body></html>"
)


def _paste(qtbot, editor: NarrativeTextEdit, mime: QMimeData) -> None:
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns the data from here on
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    clipboard.clear()  # and lets it go before the test ends


def test_pasting_from_word_keeps_words_bold_italic_and_bullets_only(qtbot, window) -> None:
    editor = go_to(window, "Methodology").findChild(NarrativeTextEdit)
    mime = QMimeData()
    mime.setHtml(WORD_CLIPBOARD)
    mime.setText("fallback text that must not be used")
    _paste(qtbot, editor, mime)

    narrative = [p for p in window.bridge.document.methodology.narrative if p.text]
    assert narrative == [
        Paragraph(
            text="Officers attended at 21:40 and spoke to Natalie alone.",
            marks=(Mark(start=0, end=17, style="bold"), Mark(start=40, end=47, style="italic")),
        ),
        Paragraph(text="No risk assessment was completed.", style="bullet"),
        Paragraph(text="The PNC was checked. \U0001f6a8", style="bullet"),
        Paragraph(text="After the picture."),
        Paragraph(text="Cell one"),
        Paragraph(text="Cell two"),
    ]
    html = editor.document().toHtml()
    assert "img" not in html and "color:#ff0000" not in html and "14pt" not in html


def test_pasting_plain_text_with_control_characters_and_windows_line_ends(qtbot, window) -> None:
    editor = go_to(window, "Methodology").findChild(NarrativeTextEdit)
    mime = QMimeData()
    mime.setText("First line\x07 from the force system\r\n\u2022 a listed point\r\n\r\nLast\u2028line")
    _paste(qtbot, editor, mime)
    texts = [(p.text, p.style) for p in window.bridge.document.methodology.narrative]
    assert ("a listed point", "bullet") in texts
    assert all("\x07" not in text and "\r" not in text for text, _ in texts)
    assert any(text.startswith("First line") and "from the force system" in text for text, _ in texts)
    assert "Last" in " ".join(text for text, _ in texts)


def test_a_few_pasted_words_join_the_paragraph_being_written(qtbot, window) -> None:
    editor = go_to(window, "Methodology").findChild(NarrativeTextEdit)
    editor.setFocus()
    qtbot.keyClicks(editor, "Records were ")
    mime = QMimeData()
    mime.setText("searched on 3 March")
    _paste(qtbot, editor, mime)
    assert window.bridge.document.methodology.narrative == [Paragraph(text="Records were searched on 3 March")]
