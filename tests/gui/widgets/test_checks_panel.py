"""The checklist sidebar and the underlines, driven as an author would with the sample's weaknesses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit, QTreeWidgetItem

from imr_studio import paths
from imr_studio.gui.widgets.fix_menu import fix_actions
from imr_studio.gui.widgets.underlines import Underlines

_ROLE = Qt.ItemDataRole.UserRole


def _findings_in_tree(window) -> dict[str, list[QTreeWidgetItem]]:
    tree = window.checks_panel.tree
    found: dict[str, list[QTreeWidgetItem]] = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i)
            for f in range(item.childCount()):
                kind, value = item.child(f).data(0, _ROLE)
                if kind == "verdict":
                    continue
                finding = value if kind == "finding" else value[0]
                found.setdefault(f"{kind}:{finding.rule_id}", []).append(item.child(f))
    return found


def _open_sample(qtbot, window) -> None:
    """Open the sample and wait for the first check, which runs once the window has drawn itself."""
    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)


def _rerun(window) -> None:
    window.check_runner.run_now()


def test_the_sample_shows_its_deliberate_weaknesses(qtbot, window) -> None:
    _open_sample(qtbot, window)
    found = _findings_in_tree(window)
    for rule in (
        "finding:lang.refused-to-engage",
        "finding:acronym.defined-before-use",
        "finding:smart.vague-verb",
        "finding:completeness.characteristic-status",
        "finding:links.significant-not-analysed",
    ):
        assert rule in found, rule
    tree = window.checks_panel.tree
    assert tree.topLevelItemCount() == 8
    assert sum(tree.topLevelItem(g).childCount() for g in range(8)) == 24
    assert "24 checklist items" in window.checks_panel.summary.text()
    contact = next(item for item in map(window.navigator.item, range(window.navigator.count())) if "contact" in item.text())
    assert "finding" in contact.toolTip()


def test_enter_on_a_finding_opens_the_page_and_selects_the_words(qtbot, window) -> None:
    _open_sample(qtbot, window)
    [item] = _findings_in_tree(window)["finding:acronym.defined-before-use"]
    tree = window.checks_panel.tree
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_page().title == "Analysis of police practice"
    focused = QApplication.focusWidget()
    assert focused.textCursor().selectedText() == "THRIVE"


def test_the_go_to_button_reaches_a_plain_text_field_of_an_event(qtbot, window) -> None:
    _open_sample(qtbot, window)
    [item] = _findings_in_tree(window)["finding:lang.refused-to-engage"]
    window.checks_panel.tree.setCurrentItem(item)
    qtbot.mouseClick(window.checks_panel.go_button, Qt.MouseButton.LeftButton)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPlainTextEdit)
    assert focused.textCursor().selectedText() == "refused to engage"


def test_the_underline_marks_the_words_and_explains_them(qtbot, window) -> None:
    _open_sample(qtbot, window)
    window.reveal(("contact", "events", "ev-09", "summary"))
    summary = QApplication.focusWidget()
    underlines = summary.findChild(Underlines)
    [(start, end, finding)] = underlines.marked
    assert summary.toPlainText()[start:end] == "refused to engage"
    assert [selection.cursor.selectedText() for selection in summary.extraSelections()] == ["refused to engage"]
    assert underlines.finding_at(start + 3) is finding and underlines.finding_at(end) is None


def test_the_quick_fix_replaces_the_words_and_the_finding_clears_live(qtbot, window) -> None:
    window.new_document(ask=False)
    rec = window.bridge.editor.new_item(("recommendations",), None, text="Northshire Police will check that every PPN is sent.")
    window.reveal(("recommendations", rec.id, "text"))
    text = QApplication.focusWidget()
    qtbot.waitUntil(lambda: "finding:acronym.defined-before-use" in _findings_in_tree(window), timeout=3000)
    [(_, _, finding)] = [mark for mark in text.findChild(Underlines).marked if mark[2].category == "acronym"]
    [replace] = [action for action in fix_actions(window.bridge, finding, text) if action.text().startswith("Replace")]
    replace.trigger()
    assert text.toPlainText() == "Northshire Police will check that every Public Protection Notice (PPN) is sent."
    qtbot.waitUntil(lambda: "finding:acronym.defined-before-use" not in _findings_in_tree(window), timeout=3000)
    assert all(mark[2].category != "acronym" for mark in text.findChild(Underlines).marked)
    window.undo()
    assert "every PPN is sent" in window.bridge.document.recommendations[0].text


def test_typing_a_fix_clears_the_finding_live(qtbot, window) -> None:
    _open_sample(qtbot, window)
    assert "finding:smart.vague-verb" in _findings_in_tree(window)
    window.reveal(("recommendations", "rec-3", "text"))
    text = QApplication.focusWidget()
    text.selectAll()
    qtbot.keyClicks(text, "Northshire Police will train all response officers in stalking risk by March 2026.")
    qtbot.waitUntil(lambda: "finding:smart.vague-verb" not in _findings_in_tree(window), timeout=3000)


def test_adding_an_acronym_to_the_glossary_from_the_menu(qtbot, window) -> None:
    _open_sample(qtbot, window)
    [item] = _findings_in_tree(window)["finding:acronym.defined-before-use"]
    finding = item.data(0, _ROLE)[1]
    [glossary] = [a for a in fix_actions(window.bridge, finding, window) if "glossary" in a.text()]
    glossary.trigger()
    assert window.bridge.document.dissemination.glossary[-1].term == "THRIVE"
    _rerun(window)
    assert "finding:acronym.defined-before-use" not in _findings_in_tree(window)


def test_a_dismissed_finding_is_kept_with_its_reason_and_comes_back_when_the_text_changes(qtbot, window, monkeypatch) -> None:
    _open_sample(qtbot, window)
    [item] = _findings_in_tree(window)["finding:lang.refused-to-engage"]
    window.checks_panel.tree.setCurrentItem(item)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("These are the words the caller used, quoted.", True)
    )
    qtbot.mouseClick(window.checks_panel.dismiss_button, Qt.MouseButton.LeftButton)
    [dismissal] = window.bridge.document.quality.dismissals
    assert dismissal.reason == "These are the words the caller used, quoted." and dismissal.rule_id == "lang.refused-to-engage"
    _rerun(window)
    found = _findings_in_tree(window)
    assert "finding:lang.refused-to-engage" not in found
    [dismissed] = found["dismissed:lang.refused-to-engage"]
    assert "quoted" in dismissed.toolTip(0)

    summary = ("contact", "events", "ev-09", "summary")
    window.bridge.set(summary, window.bridge.get(summary).replace("refused to engage", "refused to engage at all"))
    _rerun(window)
    assert "finding:lang.refused-to-engage" in _findings_in_tree(window)


def test_a_broken_force_rule_file_is_reported_and_the_built_in_rules_still_work(qtbot, window) -> None:
    folder = paths.config_dir() / "rules"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "northshire.json").write_text('{"language": [\n  {"id": "x", }\n]}', encoding="utf-8")
    _open_sample(qtbot, window)
    summary = window.checks_panel.summary.text()
    assert "northshire.json" in summary and "line 2" in summary
    assert "finding:lang.refused-to-engage" in _findings_in_tree(window)


def test_an_edit_during_the_first_check_is_in_the_report_that_arrives(qtbot, window, monkeypatch) -> None:
    import threading
    import time

    from imr_studio import checks
    from imr_studio.model.narrative import Paragraph

    real = checks.run_checks

    def slow_on_the_worker(document, rules):
        if threading.current_thread() is not threading.main_thread():
            time.sleep(0.5)
        return real(document, rules)

    monkeypatch.setattr(checks, "run_checks", slow_on_the_worker)
    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.check_runner.busy)  # started a moment after the window is drawn
    assert window.bridge.report is None
    window.bridge.set(("methodology", "narrative"), [Paragraph(text="The ZQXV log was searched.")])
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    messages = [f.message for f in window.bridge.report.findings()]
    assert any("ZQXV" in m for m in messages)


def test_a_first_check_that_fails_is_run_again_where_the_error_shows(qtbot, window, monkeypatch) -> None:
    import threading

    from imr_studio import checks

    real = checks.run_checks

    def fails_on_the_worker(document, rules):
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("a rule broke")
        return real(document, rules)

    monkeypatch.setattr(checks, "run_checks", fails_on_the_worker)
    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    assert len(window.bridge.report.items) == 24 and window.checks_panel.tree.topLevelItemCount() == 8


def test_the_navigator_says_which_checklist_questions_a_sections_findings_answer_to(qtbot, window) -> None:
    _open_sample(qtbot, window)
    titles = [page.title for page in window.pages]
    tip = window.navigator.item(titles.index("Overview of police contact")).toolTip()
    assert "(checklist ANA-1, LAN-1)" in tip
    assert tip.endswith("Checklist questions on this section: CHR-4, LAN-1, LAN-2, LAN-3, OVR-1, ANA-1")


def test_f4_walks_the_open_findings_and_shows_each_one(qtbot, window) -> None:
    _open_sample(qtbot, window)
    findings = window.bridge.report.findings()
    window.commands.next_finding.trigger()
    assert window.current_page().section == findings[0].location.section
    assert f"Finding 1 of {len(findings)}" in window.statusBar().currentMessage()
    window.commands.next_finding.trigger()
    assert f"Finding 2 of {len(findings)}" in window.statusBar().currentMessage()
    window.commands.previous_finding.trigger()
    window.commands.previous_finding.trigger()
    assert f"Finding {len(findings)} of {len(findings)}" in window.statusBar().currentMessage()  # round to the last
