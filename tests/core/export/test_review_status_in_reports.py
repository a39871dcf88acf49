"""The Word report and the QA report tell the one review status, in every state, and nothing else."""

from __future__ import annotations

import docx
import pytest

from imr_studio.checks.checklist import checklist
from imr_studio.checks.review import record_decision, record_response, record_verdict
from imr_studio.checks.review_status import Stage, review_status
from imr_studio.export import export_qa_report, export_report
from imr_studio.model import DocumentEditor
from imr_studio.model.content import note_writer

AT = "2024-12-06T10:30:00+00:00"
DRAFT_MARK = "Draft — not signed off"


def _headers(path) -> list[str]:
    return [p.text for s in docx.Document(str(path)).sections for p in s.header.paragraphs]


def _all_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _move_to(stage: Stage, sample, signers) -> None:
    note_writer(sample, "sauthor", AT)
    editor = DocumentEditor(sample)
    lead = signers("Owen Pryde", "Detective Chief Inspector", "opryde")
    if stage is Stage.DRAFT:
        return
    record_verdict(editor, lead, "MET-1", "not_content", "Name the systems searched.", at=AT)
    if stage is Stage.WITH_LEAD:
        return
    record_decision(editor, lead, "returned", "Please name the systems searched.", at=AT)
    if stage is Stage.RETURNED:
        return
    author = signers("Sam Okafor", "Detective Sergeant", "sauthor")
    record_response(editor, author, "reply", "MET-1", "Addressed: the systems are named in paragraph 2.", at=AT)
    for item in checklist():
        record_verdict(editor, lead, item.id, "content", "Checked.", at=AT)
    record_decision(editor, lead, "signed_off", "Ready for the panel.", at=AT)
    if stage is Stage.NO_LONGER_STANDS:
        editor.set(("review", "review_name"), sample.review.review_name + " (amended)")


EXPECTED = {
    Stage.DRAFT: "Draft",
    Stage.WITH_LEAD: "With the review lead",
    Stage.RETURNED: "Returned for amendment by Owen Pryde, 6 December 2024",
    Stage.SIGNED_OFF: "Signed off by Owen Pryde, 6 December 2024",
    Stage.NO_LONGER_STANDS: "Sign-off no longer stands (signed off by Owen Pryde, 6 December 2024)",
}


@pytest.mark.parametrize("stage", list(Stage), ids=[s.name.lower() for s in Stage])
def test_the_report_shows_the_status_on_its_cover_and_qa_section_and_marks_every_page_until_signed_off(
        stage, sample, signers, tmp_path):
    _move_to(stage, sample, signers)
    assert review_status(sample).stage is stage
    out = export_report(sample, tmp_path / "report.docx")
    headers, text = _headers(out), _all_text(out)
    if stage is Stage.SIGNED_OFF:
        assert not any("Draft" in header for header in headers)
        assert "6 December 2024 (Owen Pryde, Detective Chief Inspector)" in text
    else:
        assert all(DRAFT_MARK in header for header in headers if header.strip().startswith(("NOT FOR", "PUBLICATION")))
        assert any(DRAFT_MARK in header for header in headers)
        assert "Not signed off" in text
    assert text.count(EXPECTED[stage]) >= 2  # the cover's status row and the quality assurance section
    if stage is Stage.NO_LONGER_STANDS:
        assert "the text changed in Review details › Review name" in text


def test_the_qa_report_has_every_question_its_evidence_replies_history_and_signatures(sample, signers, tmp_path):
    _move_to(Stage.SIGNED_OFF, sample, signers)
    out = export_qa_report(sample, tmp_path / "qa.docx")
    text = _all_text(out)
    assert all(item.id in text for item in checklist())
    assert "Addressed: the systems are named in paragraph 2." in text
    assert "Signed off by Owen Pryde, 6 December 2024." in text
    assert "signed by Owen Pryde, Detective Chief Inspector" in text
    assert "Returned for amendment: Please name the systems searched." in text
    assert any(word in text for word in ("Met", "Partly met", "Not met"))  # the automatic evidence
    assert not any("Draft" in header for header in _headers(out))


def test_the_qa_report_command_refuses_a_publication_version(sample, tmp_path, capsys):
    from imr_studio.cli import main
    from imr_studio.storage import save_project

    save_project(sample, tmp_path / "s.imr")
    assert main(["export", str(tmp_path / "s.imr"), "--qa-report", "--publication", "-o", str(tmp_path / "q.docx")]) == 2
    assert "no publication version" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "s.imr"), "--qa-report", "-o", str(tmp_path / "q.docx")]) == 0
    assert (tmp_path / "q.docx").stat().st_size > 0


def test_a_signed_off_report_with_parts_not_yet_written_is_still_marked_a_draft(sample, signers, tmp_path):
    sample.methodology.documents_reviewed = []  # a gap: the report says "[Not yet written]" there
    _move_to(Stage.SIGNED_OFF, sample, signers)
    assert review_status(sample).signed_off
    out = export_report(sample, tmp_path / "gaps.docx")
    assert any("Draft — parts not yet written" in header for header in _headers(out))
    assert "[Not yet written]" in _all_text(out)
