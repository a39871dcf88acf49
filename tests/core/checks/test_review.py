"""The review lead's signed verdicts: fingerprints, staleness of one item only, sign-off and return, who may sign."""

from __future__ import annotations

import datetime

import pytest

from imr_studio.checks.checklist import checklist
from imr_studio.checks.review import (
    changes_since_decision,
    item_reviews,
    record_comment,
    record_decision,
    record_response,
    record_verdict,
    review_history,
    sign_off_blockers,
)
from imr_studio.checks.review_status import Stage, quality_assurance, review_status
from imr_studio.model import DocumentEditor
from imr_studio.model.access import edit_policy
from imr_studio.model.content import note_writer
from imr_studio.model.narrative import Paragraph
from imr_studio.signoff.chain import Trust
from imr_studio.signoff.force_list import NO_LIST, ForceList, ListedReviewer
from imr_studio.storage import dumps, loads

AT = "2024-12-06T10:30:00+00:00"


@pytest.fixture
def editor(sample) -> DocumentEditor:
    note_writer(sample, "sauthor", AT)  # the author saved it
    return DocumentEditor(sample)


@pytest.fixture
def lead(signers):
    return signers("Owen Pryde", "Detective Chief Inspector", "opryde")


def _by_id(editor: DocumentEditor) -> dict:
    return {r.item.id: r for r in item_reviews(editor.document, NO_LIST)}


def _review_everything(editor: DocumentEditor, lead, verdict: str = "content") -> None:
    for item in checklist():
        record_verdict(editor, lead, item.id, verdict, "Checked.", at=AT)


def test_every_item_starts_not_reviewed_and_the_imr_is_a_draft(editor):
    reviews = item_reviews(editor.document, NO_LIST)
    assert [r.item.id for r in reviews] == [i.id for i in checklist()]
    assert {r.verdict for r in reviews} == {"not_reviewed"}
    assert review_status(editor.document, NO_LIST).stage is Stage.DRAFT
    assert quality_assurance(editor.document, NO_LIST) is None


def test_a_verdict_is_signed_with_who_when_and_its_comment_in_one_undo_step(editor, lead):
    record_verdict(editor, lead, "MET-1", "content", "Systems list is thorough.", at=AT)
    review = _by_id(editor)["MET-1"]
    assert (review.verdict, review.reviewer, review.at, review.comment) == ("content", "Owen Pryde", AT,
                                                                             "Systems list is thorough.")
    assert review.trust is Trust.NO_LIST and "Owen Pryde, Detective Chief Inspector" in review.signed_by
    assert review_status(editor.document, NO_LIST).stage is Stage.WITH_LEAD
    editor.undo()
    assert _by_id(editor)["MET-1"].verdict == "not_reviewed"
    assert editor.document.quality.history == []


def test_a_comment_alone_keeps_the_verdict_and_what_it_rests_on(editor, lead):
    record_verdict(editor, lead, "SYS-3", "content", at=AT)
    editor.set(("dissemination", "plan", editor.document.dissemination.plan[0].id, "method"), "Briefing")
    assert record_comment(editor, lead, "SYS-3", "Say who briefs whom.") is True
    review = _by_id(editor)["SYS-3"]
    assert (review.verdict, review.comment, review.stale) == ("content", "Say who briefs whom.", True)
    assert record_comment(editor, lead, "SYS-3", "Say who briefs whom.") is False  # unchanged: nothing recorded


def test_changing_what_an_item_rests_on_makes_only_that_verdict_stale(editor, lead):
    _review_everything(editor, lead)
    editor.set(("methodology", "narrative"), [Paragraph(text="A new account of the steps taken.")])
    stale = {i for i, r in _by_id(editor).items() if r.stale}
    assert stale == {"MET-1", "MET-2", "LAN-1", "LAN-2", "LAN-3"}
    assert _by_id(editor)["MET-1"].describe == "Content (changed since)"
    editor.undo()
    assert not any(r.stale for r in item_reviews(editor.document, NO_LIST))


def test_content_while_the_automatic_check_says_not_met_needs_a_reason(editor, lead):
    with pytest.raises(ValueError, match="Say in the comment why"):
        record_verdict(editor, lead, "ANA-1", "content", "", automatic="not_met", at=AT)
    record_verdict(editor, lead, "ANA-1", "content", "The gaps are explained in the chair's letter.",
                   automatic="not_met", at=AT)
    record_verdict(editor, lead, "ANA-2", "not_content", "", automatic="not_met", at=AT)  # no reason needed
    assert _by_id(editor)["ANA-1"].verdict == "content"


def test_sign_off_needs_every_item_reviewed_current_and_content(editor, lead):
    assert sign_off_blockers(editor.document, lead, NO_LIST) == [
        f"24 questions without a verdict yet: {', '.join(i.id for i in checklist())}"]
    _review_everything(editor, lead)
    record_verdict(editor, lead, "REC-2", "not_content", "Owner missing.", at=AT)
    editor.set(("review", "key_dates", "imr_completed"), datetime.date(2024, 11, 23))
    assert sign_off_blockers(editor.document, lead, NO_LIST) == [
        "1 question changed since the verdict was given: SYS-4",
        "1 question marked not content: REC-2",
    ]
    with pytest.raises(ValueError, match="cannot be signed off"):
        record_decision(editor, lead, "signed_off", at=AT)
    assert review_status(editor.document, NO_LIST).stage is Stage.WITH_LEAD


def test_the_author_cannot_sign_off_and_another_account_can(editor, lead, signers):
    _review_everything(editor, lead)
    author = signers("Sam Okafor", "Detective Sergeant", "SAuthor")  # Windows accounts ignore case
    blockers = sign_off_blockers(editor.document, author, NO_LIST)
    assert len(blockers) == 1 and "“SAuthor” saved changes to this IMR's content" in blockers[0]
    with pytest.raises(ValueError, match="cannot also sign it off"):
        record_decision(editor, author, "signed_off", at=AT)
    record_decision(editor, lead, "signed_off", "Ready for the panel.", at=AT)
    status = review_status(editor.document, NO_LIST)
    assert status.stage is Stage.SIGNED_OFF and status.signed_off
    assert status.short == "Signed off by Owen Pryde, 6 December 2024"


def test_a_force_list_names_listed_keys_and_refuses_a_sign_off_by_an_unlisted_one(editor, lead, signers):
    stranger = signers("Someone Else", "Inspector", "selse")
    listed = ForceList({lead.public_key: ListedReviewer("Owen Pryde", "DCI, Public Protection", lead.public_key)})
    record_verdict(editor, lead, "MET-1", "content", at=AT)
    record_verdict(editor, stranger, "MET-2", "content", at=AT)
    reviews = {r.item.id: r for r in item_reviews(editor.document, listed)}
    assert reviews["MET-1"].trust is Trust.LISTED
    assert reviews["MET-1"].signed_by == "signed by Owen Pryde, DCI, Public Protection (on the force's list)"
    assert reviews["MET-2"].trust is Trust.UNLISTED
    assert reviews["MET-2"].signed_by.startswith("signed by a key the force does not list")
    _review_everything(editor, stranger)
    assert any("not on the force's list" in b for b in sign_off_blockers(editor.document, stranger, listed))
    assert sign_off_blockers(editor.document, lead, listed) == []


def test_quality_assurance_and_sign_off_are_separate_records_made_by_the_decisions(editor, lead):
    typed = editor.document.review.key_dates
    assert not hasattr(typed, "signed_off") and not hasattr(typed, "quality_assured")
    for item in checklist():
        record_verdict(editor, lead, item.id, "content", "Checked.", at="2024-12-05T09:00:00+00:00")
    assert quality_assurance(editor.document, NO_LIST).at == "2024-12-05T09:00:00+00:00"
    record_decision(editor, lead, "signed_off", at=AT)
    assert review_status(editor.document, NO_LIST).decision.at == AT
    assert quality_assurance(editor.document, NO_LIST).by == "Owen Pryde"


def test_re_confirming_a_verdict_after_sign_off_does_not_restore_it(editor, lead):
    _review_everything(editor, lead)
    record_decision(editor, lead, "signed_off", at=AT)
    record_verdict(editor, lead, "REC-2", "content", "Checked.", at=AT)  # the same verdict, given again
    status = review_status(editor.document, NO_LIST)
    assert status.stage is Stage.NO_LONGER_STANDS
    assert "verdict on REC-2 recorded by Owen Pryde after the sign-off" in status.sentence
    assert sign_off_blockers(editor.document, lead, NO_LIST) == []  # a new sign-off may be given
    record_decision(editor, lead, "signed_off", "Signed again.", at=AT)
    assert review_status(editor.document, NO_LIST).stage is Stage.SIGNED_OFF


def test_an_edit_after_sign_off_names_what_changed(editor, lead):
    _review_everything(editor, lead)
    record_decision(editor, lead, "signed_off", at=AT)
    editor.set(("recommendations", editor.document.recommendations[0].id, "text"), "Northshire Police will act.")
    status = review_status(editor.document, NO_LIST)
    assert status.stage is Stage.NO_LONGER_STANDS
    assert "the text changed in Recommendations › Recommendation" in status.sentence
    editor.undo()
    assert review_status(editor.document, NO_LIST).stage is Stage.SIGNED_OFF


def test_the_return_loop_reply_submit_and_what_changed(editor, lead, signers):
    author = signers("Sam Okafor", "Detective Sergeant", "sauthor")
    _review_everything(editor, lead)
    record_verdict(editor, lead, "MET-1", "not_content", "Name the systems searched.", at=AT)
    with pytest.raises(ValueError, match="Say what needs amending"):
        record_decision(editor, lead, "returned", "  ", at=AT)
    record_decision(editor, lead, "returned", "Two points to address.", at=AT)
    status = review_status(editor.document, NO_LIST)
    assert status.stage is Stage.RETURNED and status.short == "Returned for amendment by Owen Pryde, 6 December 2024"
    editor.set(("methodology", "narrative"), [Paragraph(text="Niche, PND and the force's case system were searched.")])
    record_response(editor, author, "reply", "MET-1", "Addressed: the systems are now named.")
    assert [r.text for r in _by_id(editor)["MET-1"].replies] == ["Addressed: the systems are now named."]
    assert [c.place for c in changes_since_decision(editor.document, ("methodology",))][0].startswith("Methodology")
    record_response(editor, author, "submitted")
    assert review_status(editor.document, NO_LIST).stage is Stage.WITH_LEAD
    with pytest.raises(ValueError, match="Write the reply first"):
        record_response(editor, author, "reply", "MET-1", " ")


def test_verdicts_survive_saving_and_stay_current(editor, lead):
    _review_everything(editor, lead)
    record_comment(editor, lead, "LAN-3", "Read with the family liaison officer in mind. 🙂")
    reopened = loads(dumps(editor.document))
    assert all(r.reviewed and not r.stale and r.trust is Trust.NO_LIST for r in item_reviews(reopened, NO_LIST))
    assert {r.item.id: r.comment for r in item_reviews(reopened, NO_LIST)}["LAN-3"].endswith("🙂")


def test_review_mode_leaves_only_the_review_leads_records_writable(editor, lead):
    editor.set(("methodology", "narrative"), [Paragraph(text="The author's last edit.")])
    editor.policy = edit_policy(open_read_only=False, reviewing=True)
    refused = []
    editor.subscribe_refusals(lambda reason, path: refused.append(path))
    _review_everything(editor, lead)
    record_decision(editor, lead, "signed_off", at=AT)
    assert review_status(editor.document, NO_LIST).signed_off
    assert editor.set(("review", "agency"), "Another force") is False
    editor.undo()  # the sign-off: allowed
    assert review_status(editor.document, NO_LIST).stage is Stage.WITH_LEAD
    for _ in checklist():
        editor.undo()
    assert all(not r.reviewed for r in item_reviews(editor.document, NO_LIST))
    editor.undo()  # the author's edit: refused
    assert editor.document.methodology.narrative[0].text == "The author's last edit."
    assert refused == [("review", "agency"), ("methodology", "narrative")]


def test_the_author_cannot_change_the_review_history(editor, lead):
    record_verdict(editor, lead, "MET-1", "content", at=AT)
    editor.policy = edit_policy(open_read_only=False, reviewing=False)
    assert editor.set(("quality", "history"), []) is False
    assert len(editor.document.quality.history) == 1


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


def test_the_review_history_shows_signatures_and_the_authors_publication_exceptions(editor, lead):
    from imr_studio.model.document import PublicationException

    record_decision(editor, lead, "returned", "Please look at the analysis again.", at="2026-12-01T09:00:00")
    editor.document.review.publication_exceptions.append(PublicationException(
        id="pex-1", words="Rose", context="a Rose bush", reason="The plant, not the person.", by="DS Example",
        at="2026-12-02T10:00:00"))
    history = review_history(editor.document, NO_LIST)
    assert history[0] == ("2026-12-02T10:00:00", "DS Example", "kept “Rose” in the publication version: The plant, not the person.")
    assert history[-1][1] == "Owen Pryde"
    assert "Returned for amendment: Please look at the analysis again. (signed by Owen Pryde" in history[-1][2]


def test_a_change_is_shown_as_the_changed_words_with_a_little_context():
    from imr_studio.checks.review import TextChange

    before = "The officers searched Niche and the force's case system on the day of the report."
    after = "The officers searched Niche, PND and the force's case system on the day of the report."
    old, new = TextChange("Methodology", before, after).excerpt(context=2)
    assert (old, new) == ("…officers searched Niche and the…", "…officers searched Niche, PND and the…")
    assert TextChange("x", "", "New text.").excerpt() == ("", "New text.")
    assert TextChange("x", "Same.", "Same.").excerpt() == ("Same.", "Same.")
