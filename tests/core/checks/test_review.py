"""The review lead's verdicts: fingerprints, staleness of one item only, sign-off and return."""

from __future__ import annotations

import datetime

import pytest

from imr_studio.checks.checklist import checklist
from imr_studio.checks.review import (
    decision_is_stale,
    item_reviews,
    record_decision,
    record_verdict,
    set_comment,
    sign_off_blockers,
)
from imr_studio.model import DocumentEditor
from imr_studio.model.access import edit_policy
from imr_studio.model.narrative import Paragraph
from imr_studio.storage import dumps, loads

REVIEWER = "Owen Pryde, Detective Chief Inspector"
AT = "2024-12-06T10:30:00+00:00"


@pytest.fixture
def editor(sample) -> DocumentEditor:
    return DocumentEditor(sample)


def _by_id(editor: DocumentEditor) -> dict:
    return {r.item.id: r for r in item_reviews(editor.document)}


def _review_everything(editor: DocumentEditor, verdict: str = "content") -> None:
    for item in checklist():
        record_verdict(editor, item.id, verdict, REVIEWER, at=AT)


def test_every_item_starts_not_reviewed(editor):
    reviews = item_reviews(editor.document)
    assert [r.item.id for r in reviews] == [i.id for i in checklist()]
    assert {r.verdict for r in reviews} == {"not_reviewed"}
    assert not any(r.stale for r in reviews)


def test_a_verdict_is_recorded_with_who_when_and_an_audit_line_in_one_undo_step(editor):
    set_comment(editor, "MET-1", "Systems list is thorough.")
    record_verdict(editor, "MET-1", "content", REVIEWER, at=AT)
    review = _by_id(editor)["MET-1"]
    assert (review.verdict, review.reviewer, review.at, review.comment) == ("content", REVIEWER, AT,
                                                                             "Systems list is thorough.")
    assert editor.document.quality.audit_log[-1].detail == "MET-1: Content"
    editor.undo()
    assert _by_id(editor)["MET-1"].verdict == "not_reviewed"
    assert editor.document.quality.audit_log == []


def test_changing_what_an_item_rests_on_makes_only_that_verdict_stale(editor):
    _review_everything(editor)
    editor.set(("methodology", "narrative"), [Paragraph(text="A new account of the steps taken.")])
    stale = {i for i, r in _by_id(editor).items() if r.stale}
    # Methodology items, and the language items that rest on all the author's text.
    assert stale == {"MET-1", "MET-2", "LAN-1", "LAN-2", "LAN-3"}
    assert _by_id(editor)["MET-1"].describe == "Content (changed since)"
    editor.undo()
    assert not any(r.stale for r in item_reviews(editor.document))


def test_giving_the_verdict_again_brings_it_up_to_date(editor):
    record_verdict(editor, "SYS-3", "not_content", REVIEWER, at=AT)
    editor.set(("dissemination", "plan", editor.document.dissemination.plan[0].id, "method"), "Briefing")
    assert _by_id(editor)["SYS-3"].stale
    record_verdict(editor, "SYS-3", "content", REVIEWER, at=AT)
    assert not _by_id(editor)["SYS-3"].stale


def test_verdicts_and_sign_off_do_not_make_each_other_stale(editor):
    _review_everything(editor)
    record_decision(editor, "signed_off", REVIEWER, "", at=AT)
    assert not any(r.stale for r in item_reviews(editor.document))
    assert not decision_is_stale(editor.document)


def test_sign_off_needs_every_item_reviewed_current_and_content(editor):
    assert sign_off_blockers(editor.document) == [f"24 questions without a verdict yet: {', '.join(i.id for i in checklist())}"]
    _review_everything(editor)
    record_verdict(editor, "REC-2", "not_content", REVIEWER, at=AT)
    editor.set(("review", "key_dates", "imr_completed"), datetime.date(2024, 11, 23))
    assert sign_off_blockers(editor.document) == [
        "1 question changed since the verdict was given: SYS-4",
        "1 question marked not content: REC-2",
    ]
    with pytest.raises(ValueError, match="cannot be signed off yet"):
        record_decision(editor, "signed_off", REVIEWER, "", at=AT)
    assert editor.document.quality.decision.outcome == ""


def test_signing_off_records_the_decision_and_the_key_dates(editor):
    editor.set(("review", "key_dates", "quality_assured"), None)
    editor.set(("review", "key_dates", "quality_assured_by"), "")
    _review_everything(editor)
    record_decision(editor, "signed_off", REVIEWER, "Ready for the panel.", at=AT)
    dates = editor.document.review.key_dates
    assert (dates.signed_off, dates.signed_off_by) == (datetime.date(2024, 12, 6), REVIEWER)
    assert (dates.quality_assured, dates.quality_assured_by) == (datetime.date(2024, 12, 6), REVIEWER)
    decision = editor.document.quality.decision
    assert (decision.outcome, decision.by, decision.at) == ("signed_off", REVIEWER, AT)
    assert editor.document.quality.audit_log[-1].detail == "Signed off: Ready for the panel."
    editor.undo()
    assert editor.document.quality.decision.outcome == ""
    assert editor.document.review.key_dates.signed_off == datetime.date(2024, 12, 20)  # the sample's own


def test_a_signed_off_imr_edited_afterwards_shows_as_changed(editor):
    _review_everything(editor)
    record_decision(editor, "signed_off", REVIEWER, "", at=AT)
    editor.set(("recommendations", editor.document.recommendations[0].id, "text"), "Northshire Police will act.")
    assert decision_is_stale(editor.document)


def test_returning_needs_a_comment(editor):
    with pytest.raises(ValueError, match="Say what needs amending"):
        record_decision(editor, "returned", REVIEWER, "  ", at=AT)
    record_decision(editor, "returned", REVIEWER, "Please define IDVA at first use.", at=AT)
    assert editor.document.quality.decision.outcome == "returned"
    assert editor.document.review.key_dates.signed_off == datetime.date(2024, 12, 20)


def test_verdicts_survive_saving_and_stay_current(editor):
    _review_everything(editor)
    set_comment(editor, "LAN-3", "Read with the family liaison officer in mind. 🙂")
    reopened = loads(dumps(editor.document))
    assert all(r.reviewed and not r.stale for r in item_reviews(reopened))
    assert {r.item.id: r.comment for r in item_reviews(reopened)}["LAN-3"].endswith("🙂")


def test_review_command_reports_verdicts_and_exits_0_only_when_signed_off(editor, tmp_path, capsys):
    import json

    from imr_studio.cli import main
    from imr_studio.storage import save_project

    path = tmp_path / "reviewed.imr"
    save_project(editor.document, path)
    assert main(["review", str(path)]) == 1
    assert "No decision yet." in capsys.readouterr().out

    _review_everything(editor)
    set_comment(editor, "LAN-3", "Fit for the family to read.")
    record_decision(editor, "signed_off", REVIEWER, "", at=AT)
    save_project(editor.document, path)
    assert main(["review", str(path)]) == 0
    text = capsys.readouterr().out
    assert "LAN-3  Content" in text and "Fit for the family to read." in text
    assert f"Signed off by {REVIEWER}, 6 December 2024 at 10:30." in text

    editor.set(("recommendations", editor.document.recommendations[0].id, "owner_name"), "A new owner")
    save_project(editor.document, path)
    assert main(["review", "--format", "json", str(path)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["decision"]["changed_since"] is True
    changed = {i["id"] for i in report["items"] if i["changed_since"]}
    assert changed == {"LAN-1", "LAN-2", "LAN-3", "REC-1", "REC-2", "REC-3", "SYS-1", "SYS-2", "SYS-5"}


def test_a_read_only_editor_can_leave_the_review_leads_records_writable(editor):
    editor.set(("methodology", "narrative"), [Paragraph(text="The author's last edit.")])
    editor.policy = edit_policy(open_read_only=False, reviewing=True)
    refused = []
    editor.subscribe_refusals(lambda reason, path: refused.append(path))
    _review_everything(editor)
    record_decision(editor, "signed_off", REVIEWER, "", at=AT)
    assert editor.document.quality.decision.outcome == "signed_off"
    assert editor.set(("review", "agency"), "Another force") is False
    editor.undo()  # the sign-off: allowed
    assert editor.document.quality.decision.outcome == ""
    for _ in checklist():
        editor.undo()
    assert all(not r.reviewed for r in item_reviews(editor.document))
    editor.undo()  # the author's edit: refused
    assert editor.document.methodology.narrative[0].text == "The author's last edit."
    assert refused == [("review", "agency"), ("methodology", "narrative")]


def test_a_not_content_verdict_after_sign_off_undoes_the_sign_off(editor):
    _review_everything(editor)
    record_decision(editor, "signed_off", REVIEWER, "", at=AT)
    record_verdict(editor, "REC-2", "not_content", REVIEWER, at=AT)
    assert decision_is_stale(editor.document)


def test_findings_say_where_they_are_in_words_a_reader_knows(sample):
    from imr_studio.checks.findings import place_label

    event = sample.contact.events[8]
    assert place_label(sample, ("contact", "events", event.id, "summary")) == (
        "Overview of police contact › Chronology › Event 9 (Nov 2022) › Summary")
    rec = sample.recommendations[2]
    assert place_label(sample, ("recommendations", rec.id, "text")) == "Recommendations › Recommendation 3 › Recommendation"
    profile = sample.characteristics.profiles[1]
    assert place_label(sample, ("characteristics", "profiles", profile.subject_id, "entries", "care_experience")) == (
        "Characteristics › Profiles › Daniel Lee Fenner › Characteristics › Care experience")
    assert place_label(sample, ("analysis", "an-2", "analysis", 0)).endswith("Analysis entry 2 › Critical analysis › paragraph 1")


def test_the_review_history_shows_the_authors_publication_exceptions_with_the_review_leads_records(editor):
    from imr_studio.checks.review import review_history
    from imr_studio.model.document import PublicationException

    record_decision(editor, "returned", REVIEWER, "Please look at the analysis again.", at="2026-12-01T09:00:00")
    editor.document.review.publication_exceptions.append(PublicationException(
        id="pex-1", words="Rose", context="a Rose bush", reason="The plant, not the person.", by="DS Example",
        at="2026-12-02T10:00:00"))
    history = review_history(editor.document)
    assert history[0] == ("2026-12-02T10:00:00", "DS Example", "kept “Rose” in the publication version: The plant, not the person.")
    assert history[-1][1] == REVIEWER
