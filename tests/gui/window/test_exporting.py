"""File › Export from the window: the report, the publication version and the action plan."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from imr_studio.model.document import Subject
from imr_studio.model.narrative import Paragraph


def _save_to(monkeypatch, target: Path, offered: list) -> None:
    """Save the export to ``target``, going ahead although the checklist has open findings."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    def ask(parent, caption, suggested, filters):
        offered.append(suggested)
        return str(target), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)


def _finish(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: not window.exporter.busy and window.exporter.message is not None, timeout=30000)
    return window.exporter.message


def test_exporting_the_report_says_where_and_opens_the_folder(qtbot, window, monkeypatch, tmp_path) -> None:
    window.open_sample(ask=False)
    offered: list[str] = []
    _save_to(monkeypatch, tmp_path / "report.docx", offered)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.commands.export["restricted"].trigger()
    assert not window.commands.export["publication"].isEnabled()  # one export at a time
    box = _finish(qtbot, window)
    assert str(tmp_path / "report.docx") in box.text()
    assert offered[0].endswith("not for publication.docx")
    assert any("Natalie" in p.text for p in docx.Document(tmp_path / "report.docx").paragraphs)
    [open_folder] = [b for b in box.buttons() if b.text() == "Open folder"]
    open_folder.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert window.commands.export["publication"].isEnabled()


def test_a_name_left_in_the_publication_version_stops_the_export_and_lists_where(qtbot, window, monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QInputDialog

    window.open_sample(ask=False)
    window.bridge.set(("contact", "narrative"), window.bridge.document.contact.narrative + [
        Paragraph(text="The Halloway family spoke to officers.")])  # a surname two subjects share: never replaced
    target = tmp_path / "publication.docx"
    _save_to(monkeypatch, target, [])
    window.commands.export["publication"].trigger()
    dialog = _finish(qtbot, window)
    assert dialog.windowTitle() == "Publication version stopped" and not target.exists()
    texts = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert texts and "Overview of police contact" in texts[0] and "Halloway family spoke" in texts[0]
    dialog.go_button.click()
    assert window.current_page().section == "contact"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args, **kwargs: ("A street, not the family.", True))
    dialog.keep_current()
    [kept] = window.bridge.document.review.publication_exceptions
    assert (kept.words, kept.reason) == ("Halloway", "A street, not the family.") and dialog.list.count() == len(texts) - 1
    dialog.close()


def test_a_person_without_a_pseudonym_stops_the_publication_version_and_leads_to_the_field(qtbot, window, monkeypatch, tmp_path) -> None:
    window.open_sample(ask=False)
    window.bridge.editor.insert(("review", "subjects"), Subject(id="sub-x", role="other", real_name="Plantedname Example"))
    target = tmp_path / "publication.docx"
    _save_to(monkeypatch, target, [])
    window.commands.export["publication"].trigger()
    box = _finish(qtbot, window)
    assert box.windowTitle() == "Publication version not made"
    assert "Plantedname Example has no pseudonym" in box.informativeText()
    [go] = [b for b in box.buttons() if b.text() == "Go to the first"]
    go.click()
    assert window.current_page().section == "review"
    assert not target.exists()


def test_the_action_plan_exports_as_csv(qtbot, window, monkeypatch, tmp_path) -> None:
    window.open_sample(ask=False)
    offered: list[str] = []
    _save_to(monkeypatch, tmp_path / "plan.csv", offered)
    window.commands.export["action_plan"].trigger()
    _finish(qtbot, window)
    rows = list(csv.reader((tmp_path / "plan.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Recommendation number", "Recommendation", "Action"]
    actions = sum(len(r.actions) for r in window.bridge.document.recommendations)
    assert len(rows) == 1 + actions
    assert "action plan" in offered[0]


def test_a_broken_template_is_refused_when_chosen(window, monkeypatch, tmp_path) -> None:
    broken = tmp_path / "broken.docx"
    docx.Document().save(broken)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(broken), ""))
    window.exporter.choose_template()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.windowTitle() == "This template cannot be used"
    assert box.detailedText()
    assert window.settings.report_template == ""
    box.close()


def test_an_export_that_ends_while_its_progress_is_drawn_reports_normally(qtbot, window, monkeypatch, tmp_path) -> None:
    """A modal progress dialog handles pending events while it updates; the export's end may be one of them."""
    from PySide6.QtWidgets import QProgressDialog

    window.open_sample(ask=False)
    _save_to(monkeypatch, tmp_path / "report.docx", [])
    real_set_value = QProgressDialog.setValue
    ended_meanwhile: list[bool] = []

    def set_value_and_let_the_end_in(dialog, value):
        real_set_value(dialog, value)
        if ended_meanwhile:  # a later progress signal handled while waiting below: let it pass
            return
        ended_meanwhile.append(False)
        qtbot.waitUntil(lambda: not window.exporter.busy, timeout=30000)  # the end arrives right here
        ended_meanwhile[0] = window.exporter.progress is None

    monkeypatch.setattr(QProgressDialog, "setValue", set_value_and_let_the_end_in)
    window.commands.export["restricted"].trigger()
    box = _finish(qtbot, window)
    assert ended_meanwhile and ended_meanwhile[0]
    assert str(tmp_path / "report.docx") in box.text()


def test_open_findings_are_counted_before_an_export_and_the_checklist_is_a_click_away(qtbot, window, monkeypatch, tmp_path) -> None:
    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=10000)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (_ for _ in ()).throw(AssertionError("not asked")))
    window.commands.export["restricted"].trigger()
    total = len(window.bridge.report.findings())
    assert asked and f"still has {total} findings" in asked[0] and "• Language:" in asked[0]
    assert window.checks_dock.isVisible() and window.commands.export["restricted"].isEnabled()
    assert not list(tmp_path.iterdir())
