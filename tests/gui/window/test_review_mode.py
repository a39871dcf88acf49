"""Review mode driven as a review lead would: signed verdicts, comments, staleness, return and sign-off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from tests.gui.gui_driving import go_to
from imr_studio.checks.checklist import checklist
from imr_studio.checks.review import item_reviews
from imr_studio.checks.review_status import Stage, review_status
from imr_studio.gui.dialogs.signing import IdentityDialog
from imr_studio.gui.window.file_commands import FILE_FILTER
from imr_studio.gui.widgets.narrative_edit import NarrativeEdit
from imr_studio.gui.pages.quality import QualityPage
from imr_studio.gui.widgets.verdicts_model import VerdictsModel
from imr_studio.storage import load_project

NAME, ROLE = "Owen Pryde", "Detective Chief Inspector"
QA = "Quality assurance and sign-off"


def _start_reviewing(qtbot, window) -> QualityPage:
    if window.bridge.document.review.review_name == "":
        window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    window.review_mode.action.trigger()
    page = window.current_page()
    assert isinstance(page, QualityPage) and page.reviewer is not None and page.reviewer.name == NAME
    assert window.review_mode.label.isVisible()
    return page


def _give(qtbot, page: QualityPage, item_id: str, verdict: str, comment: str = "") -> None:
    page.select_item(item_id)
    if comment:
        page.comment.setPlainText(comment)
    qtbot.mouseClick(page.radios[verdict], Qt.MouseButton.LeftButton)


def _verdict_cell(page: QualityPage, item_id: str) -> str:
    return page.model.index(page.model.row_of(item_id), 3).data()


def test_review_mode_is_needed_to_give_verdicts(qtbot, window) -> None:
    page = go_to(window, QA)
    assert not page.radios["content"].isEnabled()
    assert page.comment.isReadOnly()
    assert not page.sign_off_button.isEnabled()
    assert "Review mode is off" in page.reviewer_label.text()


def test_verdicts_and_comments_are_signed_with_the_reviewers_key(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    assert lead == [""]  # asked once for a name and role, to make the key
    _give(qtbot, page, "LAN-1", "not_content")
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Paragraph 5.3 is judgemental.")
    page.table.setFocus()  # leaving the comment box signs the comment
    review = next(r for r in item_reviews(window.bridge.document) if r.item.id == "LAN-1")
    assert (review.verdict, review.reviewer, review.comment) == ("not_content", NAME, "Paragraph 5.3 is judgemental.")
    assert review.trust is not None and review.trust.signed
    assert _verdict_cell(page, "LAN-1") == "Not content"
    assert "1 of 24 questions have a verdict" in page.summary.text()
    assert NAME in page.history.item(0).text() and "comment on LAN-1" in page.history.item(0).text()
    assert "signed by Owen Pryde" in page.given.text()
    # One undo takes the comment back, the next the verdict.
    window.undo()
    window.undo()
    assert _verdict_cell(page, "LAN-1") == "Not reviewed"


def test_the_key_is_made_once_and_used_again(qtbot, window, lead) -> None:
    _start_reviewing(qtbot, window)
    window.review_mode.action.trigger()  # off
    window.review_mode.action.trigger()  # on again: the key is there, nothing is asked
    assert lead == [""]
    assert window.review_mode.reviewer.name == NAME


def test_cancelling_the_identity_question_leaves_review_mode_off(qtbot, window, as_account, monkeypatch) -> None:
    as_account("opryde")
    monkeypatch.setattr(IdentityDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.review_mode.action.trigger()
    assert not window.review_mode.action.isChecked() and window.review_mode.reviewer is None


def test_an_edit_by_the_author_marks_only_the_affected_verdicts_changed(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    for item_id in ("MET-1", "SYS-3", "LAN-1"):
        _give(qtbot, page, item_id, "content", "Checked.")
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


def test_content_against_the_automatic_check_asks_for_a_reason(qtbot, window, lead, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window)
    window.check_runner.run_now()
    unmet = next(i.id for i in window.bridge.report.items if i.status in ("not_met", "partly"))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    _give(qtbot, page, unmet, "content")
    assert "Say in the comment why you are content" in told[0]
    assert _verdict_cell(page, unmet) == "Not reviewed" and page.comment.hasFocus()
    _give(qtbot, page, unmet, "content", "The chair has agreed the gap is explained elsewhere.")
    assert _verdict_cell(page, unmet) == "Content"


def _sign_everything(qtbot, page) -> None:
    for item in checklist():
        _give(qtbot, page, item.id, "content", "Checked.")


def test_sign_off_waits_for_every_verdict_then_records_a_signed_decision(qtbot, window, lead, monkeypatch, tmp_path):
    window.open_sample(ask=False)
    target = tmp_path / "reviewed.imr"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), FILE_FILTER))
    page = _start_reviewing(qtbot, window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    assert "24 questions without a verdict yet" in told[0]
    _sign_everything(qtbot, page)
    asked = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: asked.append(args[2]) or ("Ready.", True))
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    assert f"as {NAME}, {ROLE}" in asked[0]
    assert "Signed off by Owen Pryde" in page.decision.text()
    qtbot.waitUntil(lambda: "Signed off by Owen Pryde" in window.windowTitle())
    assert window.save()
    reopened = load_project(target)
    assert review_status(reopened).signed_off
    assert review_status(reopened).decision.text == "Ready."


def test_the_author_cannot_sign_off_and_is_told_why(qtbot, window, as_account, monkeypatch, tmp_path) -> None:
    as_account("sokafor", "Sam Okafor", "Detective Sergeant")
    window.open_sample(ask=False)
    target = tmp_path / "mine.imr"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), FILE_FILTER))
    assert window.save()  # the author saves: a writer
    page = _start_reviewing_as(qtbot, window, "Sam Okafor")
    _sign_everything(qtbot, page)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    qtbot.mouseClick(page.sign_off_button, Qt.MouseButton.LeftButton)
    assert "“sokafor” saved changes to this IMR's content" in told[0]
    assert "cannot also sign it off" in page.decision.text()


def _start_reviewing_as(qtbot, window, name: str) -> QualityPage:
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    window.review_mode.action.trigger()
    page = window.current_page()
    assert page.reviewer.name == name
    return page


def test_returning_asks_what_needs_amending(qtbot, window, lead, monkeypatch) -> None:
    page = _start_reviewing(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: ("Define IDVA at first use.", True))
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    status = review_status(window.bridge.document)
    assert status.stage is Stage.RETURNED and status.decision.text == "Define IDVA at first use."
    assert "Returned for amendment by Owen Pryde" in page.decision.text()


def test_show_findings_opens_the_checklist_at_the_question(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    page.select_item("REC-2")
    qtbot.mouseClick(page.findings_button, Qt.MouseButton.LeftButton)
    current = window.checks_panel.tree.currentItem()
    assert current.text(0).startswith("REC-2") and current.isExpanded()


def test_verdicts_model_passes_the_model_tester(qtbot, qtmodeltester, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    _give(qtbot, page, "CHR-1", "not_applicable")
    model = VerdictsModel()
    model.refresh(window.bridge.document, window.bridge.report)
    qtmodeltester.check(model)
    assert model.rowCount() == 24


def test_in_review_mode_the_authors_text_cannot_be_changed(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    _give(qtbot, page, "MET-1", "content", "Checked.")
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


def test_the_checklist_shows_the_review_leads_verdict_and_goes_to_it(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    _give(qtbot, page, "REC-2", "not_content", "Recommendation 3 has no measure.")
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


def test_outside_review_mode_the_verdicts_cannot_be_undone(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    _give(qtbot, page, "ANA-1", "not_content")
    assert window.commands.undo.isEnabled()
    window.review_mode.action.trigger()  # the author's turn
    assert not window.commands.undo.isEnabled()
    window.undo()
    assert _verdict_cell(page, "ANA-1") == "Not content"
    assert "Only a review lead in review mode" in window.statusBar().currentMessage()


def test_verdicts_can_be_given_from_the_keyboard(qtbot, window, lead) -> None:
    page = _start_reviewing(qtbot, window)
    page.select_item("MET-2")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _verdict_cell(page, "MET-2") == "Not content")  # a mnemonic clicks after a moment
    qtbot.keyClick(page.radios["not_content"], Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
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
