"""The return loop, tried by two people with two profiles: the lead returns, the author replies and fixes,
the lead sees exactly that and signs off, then a hand edit undoes the sign-off in every view."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.gui.gui_driving import go_to
from imr_studio.checks.checklist import checklist
from imr_studio.gui.pages.quality import QualityPage
from imr_studio.gui.widgets.narrative_edit import NarrativeEdit
from imr_studio.gui.window.file_commands import FILE_FILTER

QA = "Quality assurance and sign-off"


def _save_to(window, monkeypatch, target) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), FILE_FILTER))
    assert window.save()


def _review(qtbot, window) -> QualityPage:
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    window.review_mode.action.trigger()
    return window.current_page()


def _give(qtbot, page, item_id, verdict, comment) -> None:
    page.select_item(item_id)
    page.comment.setPlainText(comment)
    qtbot.mouseClick(page.radios[verdict], Qt.MouseButton.LeftButton)


def _navigator_text(window) -> str:
    return next(window.navigator.item(row).text() for row, page in enumerate(window.pages)
                if isinstance(page, QualityPage))


def test_the_whole_return_loop_with_two_profiles(qtbot, window, as_account, monkeypatch, tmp_path) -> None:
    target = tmp_path / "imr.imr"
    # The author writes and saves.
    as_account("sokafor", "Sam Okafor", "Detective Sergeant")
    window.open_sample(ask=False)
    _save_to(window, monkeypatch, target)
    assert "Draft" in window.windowTitle() and "Draft" in _navigator_text(window)

    # The review lead returns it with comments on two questions.
    as_account("opryde")
    assert window.open_path(target, ask=False)
    page = _review(qtbot, window)
    _give(qtbot, page, "MET-1", "not_content", "Name every system searched.")
    _give(qtbot, page, "REC-2", "not_content", "Recommendation 2 needs a measure.")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Two points, below.", True))
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    window.review_mode.action.trigger()
    assert window.save()

    # The author opens it: a banner on every page, F9 goes to each comment's field, a reply per item.
    as_account("sokafor", "Sam Okafor", "Detective Sergeant")
    assert window.open_path(target, ask=False)
    qtbot.waitUntil(lambda: window.review_loop.banner.isVisible())
    banner = window.review_loop.text.text()
    assert "Returned for amendment by Owen Pryde" in banner and "Two points, below." in banner
    assert "Name every system searched." in banner and "Recommendation 2 needs a measure." in banner
    assert "Returned for amendment" in window.windowTitle() and "Returned for amendment" in _navigator_text(window)
    go_to(window, "Analysis of police practice")
    assert window.review_loop.banner.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.review_loop.current == "MET-1" and window.current_page().section == "methodology"
    narrative = window.current_page().findChildren(NarrativeEdit)[0]
    narrative.editor.moveCursor(narrative.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(narrative.editor, " Niche, PND and the force's case system were searched.")
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args: ("Addressed: the systems are named in the methodology.", True))
    qtbot.mouseClick(window.review_loop.reply_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert window.review_loop.current == "REC-2"
    rec = window.bridge.document.recommendations[1]
    window.bridge.set(("recommendations", rec.id, "measure"), "Audit of 50 cases at six months.")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Addressed: a measure is added.", True))
    qtbot.mouseClick(window.review_loop.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2 answered" in window.review_loop.text.text())
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Both done.", True))
    window.review_loop.send_action.trigger()
    qtbot.waitUntil(lambda: not window.review_loop.banner.isVisible())
    assert "With the review lead" in window.windowTitle()
    assert window.save()

    # The lead sees the replies and exactly what changed, then signs off.
    as_account("opryde")
    assert window.open_path(target, ask=False)
    page = _review(qtbot, window)
    page.select_item("MET-1")
    shown = page.replies.text()
    assert "Addressed: the systems are named in the methodology." in shown
    assert "Changed: <b>Methodology" in shown and "Niche, PND" in shown
    page.select_item("REC-2")
    assert "Addressed: a measure is added." in page.replies.text() and "Measure" in page.replies.text()
    page.select_item("CHR-1")
    assert "No change to the text this question rests on" in page.replies.text()
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    for item in checklist():
        _give(qtbot, page, item.id, "content", "Checked.")
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Ready for the panel.", True))
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed off by Owen Pryde" in window.windowTitle())
    assert "Signed off" in _navigator_text(window)
    window.review_mode.action.trigger()
    assert window.save()

    # Someone edits the file by hand: every view says the sign-off no longer stands.
    raw = json.loads(target.read_text(encoding="utf-8"))
    raw["quality"]["history"][-1]["text"] = "Signed off without reservation."
    target.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    window.bridge.editor.mark_saved()
    assert window.open_path(target, ask=False)
    qtbot.waitUntil(lambda: "Sign-off no longer stands" in window.windowTitle())
    assert "Sign-off no longer stands" in _navigator_text(window)
    page = go_to(window, QA)
    assert "Sign-off no longer stands" in page.decision.text()
    assert "changed outside IMR Studio" in page.decision.text()
