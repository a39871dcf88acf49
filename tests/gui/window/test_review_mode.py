"""Review mode driven as a review lead would: verdicts, comments, staleness, return and sign-off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.gui.gui_driving import go_to
from imr_studio.checks.checklist import checklist
from imr_studio.gui.window.file_commands import FILE_FILTER
from imr_studio.gui.widgets.narrative_edit import NarrativeEdit
from imr_studio.gui.pages.quality import QualityPage
from imr_studio.gui.widgets.verdicts_model import VerdictsModel
from imr_studio.settings import Settings
from imr_studio.storage import load_project

REVIEWER = "Owen Pryde, Detective Chief Inspector"
QA = "Quality assurance and sign-off"


def _start_reviewing(qtbot, window, monkeypatch, name: str = REVIEWER) -> QualityPage:
    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: asked.append(args[4]) or (name, True))
    window.review_mode.action.trigger()
    page = window.current_page()
    assert isinstance(page, QualityPage) and page.reviewer == name
    assert window.review_mode.label.isVisible()
    return page


def _give(qtbot, page: QualityPage, item_id: str, verdict: str) -> None:
    page.select_item(item_id)
    qtbot.mouseClick(page.radios[verdict], Qt.MouseButton.LeftButton)


def _verdict_cell(page: QualityPage, item_id: str) -> str:
    return page.model.index(page.model.row_of(item_id), 3).data()


def test_review_mode_is_needed_to_give_verdicts(qtbot, window) -> None:
    page = go_to(window, QA)
    assert not page.radios["content"].isEnabled()
    assert page.comment.isReadOnly()
    assert not page.sign_off_button.isEnabled()
    assert "Review mode is off" in page.reviewer_label.text()


def test_verdicts_and_comments_are_recorded_with_the_reviewers_name(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    _give(qtbot, page, "LAN-1", "not_content")
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Paragraph 5.3 is judgemental.")
    verdict = next(v for v in window.bridge.document.quality.verdicts if v.item_id == "LAN-1")
    assert (verdict.verdict, verdict.reviewer, verdict.comment) == ("not_content", REVIEWER, "Paragraph 5.3 is judgemental.")
    assert _verdict_cell(page, "LAN-1") == "Not content"
    assert "1 of 24 questions have a verdict" in page.summary.text()
    assert REVIEWER in page.history.item(0).text() and "LAN-1: Not content" in page.history.item(0).text()
    # One undo takes the comment back, the next the verdict.
    window.undo()
    window.undo()
    assert _verdict_cell(page, "LAN-1") == "Not reviewed"


def test_the_name_is_remembered_for_next_time(qtbot, window, monkeypatch) -> None:
    _start_reviewing(qtbot, window, monkeypatch)
    assert Settings.load().reviewer == REVIEWER
    window.review_mode.action.trigger()  # off
    offered = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: offered.append(args[4]) or ("", False))
    window.review_mode.action.trigger()
    assert offered == [REVIEWER]
    assert not window.review_mode.action.isChecked()  # cancelled: still not reviewing


def test_an_edit_by_the_author_marks_only_the_affected_verdicts_changed(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    for item_id in ("MET-1", "SYS-3", "LAN-1"):
        _give(qtbot, page, item_id, "content")
    window.review_mode.action.trigger()  # the author's turn
    go_to(window, "Methodology")
    narrative = window.current_page().findChildren(NarrativeEdit)[0]
    narrative.editor.moveCursor(narrative.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(narrative.editor, " The custody records were also read.")
    go_to(window, QA)
    assert _verdict_cell(page, "MET-1") == "Content (changed since)"
    assert _verdict_cell(page, "LAN-1") == "Content (changed since)"
    assert _verdict_cell(page, "SYS-3") == "Content"
    assert "2 of them changed since" in page.summary.text()


def test_sign_off_waits_for_every_verdict_then_records_the_date(qtbot, window, monkeypatch, tmp_path) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    assert "24 questions without a verdict yet" in told[0]
    for item in checklist():
        _give(qtbot, page, item.id, "content")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    assert REVIEWER in asked[0]
    assert "Signed off" in page.decision.text() and REVIEWER in page.decision.text()
    assert window.bridge.document.review.key_dates.signed_off_by == REVIEWER

    target = tmp_path / "reviewed.imr"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), FILE_FILTER))
    assert window.save()
    reopened = load_project(target)
    assert reopened.quality.decision.outcome == "signed_off"
    assert len([v for v in reopened.quality.verdicts if v.verdict == "content"]) == 24


def test_returning_asks_what_needs_amending(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Define IDVA at first use.", True))
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    decision = window.bridge.document.quality.decision
    assert (decision.outcome, decision.by, decision.comment) == ("returned", REVIEWER, "Define IDVA at first use.")
    assert "Returned for amendment" in page.decision.text()


def test_show_findings_opens_the_checklist_at_the_question(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    page.select_item("REC-2")
    qtbot.mouseClick(page.findings_button, Qt.MouseButton.LeftButton)
    current = window.checks_panel.tree.currentItem()
    assert current.text(0).startswith("REC-2") and current.isExpanded()


def test_verdicts_model_passes_the_model_tester(qtbot, qtmodeltester, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    _give(qtbot, page, "CHR-1", "not_applicable")
    model = VerdictsModel()
    model.refresh(window.bridge.document, window.bridge.report)
    qtmodeltester.check(model)
    assert model.rowCount() == 24


def test_in_review_mode_the_authors_text_cannot_be_changed(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    _give(qtbot, page, "MET-1", "content")
    methodology = go_to(window, "Methodology")
    narrative = methodology.findChildren(NarrativeEdit)[0]
    before = window.bridge.document.methodology.narrative
    narrative.editor.setFocus()
    qtbot.keyClicks(narrative.editor, "X")
    assert window.bridge.document.methodology.narrative == before
    assert "Review mode is on" in window.statusBar().currentMessage()
    assert window.banner.isVisible() and "Review mode is on" in window.banner.text()
    assert "X" not in narrative.editor.toPlainText()[:1]
    # The review lead's own records can still be undone.
    window.undo()
    go_to(window, QA)
    assert _verdict_cell(page, "MET-1") == "Not reviewed"
    # Out of review mode the author writes again.
    window.review_mode.action.trigger()
    assert not window.banner.isVisible()
    qtbot.keyClicks(narrative.editor, "Y")
    assert window.bridge.document.methodology.narrative != before


def test_the_checklist_shows_the_review_leads_verdict_and_goes_to_it(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    _give(qtbot, page, "REC-2", "not_content")
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Recommendation 3 has no measure.")
    window.check_runner.run_now()
    window.review_mode.action.trigger()  # the author reads it
    go_to(window, "Learning")
    window.show_checklist_item("REC-2")
    item = window.checks_panel.tree.currentItem()
    rows = [item.child(n) for n in range(item.childCount())]
    verdict = rows[0]  # before the automatic findings
    assert verdict.text(0) == "Review lead: Not content. Recommendation 3 has no measure."
    window.checks_panel.tree.setCurrentItem(verdict)
    qtbot.mouseClick(window.checks_panel.go_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is page and page.current_item_id() == "REC-2"


def test_an_imr_returned_for_amendment_tells_the_author_when_opened(qtbot, window, monkeypatch, tmp_path) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Define IDVA at first use.", True))
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "returned.imr"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), FILE_FILTER))
    assert window.save()
    window.review_mode.action.trigger()  # the review lead is done
    assert window.open_path(target)
    assert "returned this IMR for amendment: “Define IDVA at first use.”" in window.statusBar().currentMessage()
    go_to(window, QA)
    assert "Define IDVA at first use." in window.completeness.text()


def test_outside_review_mode_the_verdicts_cannot_be_undone(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    _give(qtbot, page, "ANA-1", "not_content")
    assert window.commands.undo.isEnabled()
    window.review_mode.action.trigger()  # the author's turn
    assert not window.commands.undo.isEnabled()
    window.undo()
    assert _verdict_cell(page, "ANA-1") == "Not content"
    assert "Only a review lead in review mode" in window.statusBar().currentMessage()


def test_verdicts_can_be_given_from_the_keyboard(qtbot, window, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window, monkeypatch)
    page.select_item("MET-2")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _verdict_cell(page, "MET-2") == "Content")  # a mnemonic clicks after a moment
    qtbot.keyClick(page.radios["content"], Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert page.comment.hasFocus()


def test_the_automatic_check_column_follows_the_checks(qtbot, window) -> None:
    from imr_studio.model.narrative import Paragraph

    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    page = go_to(window, QA)
    page.select_item("LAN-1")
    before = page.model.index(page.model.row_of("LAN-1"), 2).data()
    window.bridge.set(("methodology", "narrative"), [Paragraph(text="She refused to engage with the officers.")])
    window.check_runner.run_now()
    after = page.model.index(page.model.row_of("LAN-1"), 2).data()
    assert before != after and after.startswith("Partly met")
    assert page.evidence.text() == after
