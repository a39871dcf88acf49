"""Organisational context and conclusions: analysis that blames the organisation is explained, every question concluded."""

from __future__ import annotations

import pytest

from imr_studio.checks import run_checks
from imr_studio.model.document import AnalysisEntry, Conclusion, ContextEntry, Document, ReviewDetails, TermOfReference
from imr_studio.model.narrative import from_plain_text

BLAMING = [
    "No unit attended until the next evening because of high demand across the district.",
    "The referral was not made due to the workload in the team at the time.",
    "The response team was short-staffed that weekend.",
    "Staffing levels meant the case was not reallocated.",
    "A lack of supervisors on nights meant nobody reviewed the grading.",
    "No officers were available to attend for nine hours.",
    "The records system did not show the earlier report.",
    "Two vacancies in the unit left the case with nobody to follow it up.",
    "The team was under-resourced and the enquiry was closed.",
    "Given the pressures on the control room, the call was downgraded.",
    "Operational pressures meant the enquiry waited a week.",
]
NOT_BLAMING = [
    "Daniel demanded that Natalie hand over her phone.",
    "The officer met the demands of the policy by completing the assessment.",
    "Officers attended within the time the grading required.",
    "The supervisor reviewed the risk assessment the same day.",
    "The system of referrals worked as intended.",
    "Staff at the school raised the concern with the safeguarding lead.",
    "The IT manager gave evidence about the records she had searched.",
    "She was coping with pressure from Daniel to drop the complaint.",
    "Given the pressure Daniel put on her, she withdrew her statement.",
    "With demands for money growing, she moved out.",
]


def _document(text: str, *, context: list[ContextEntry] | None = None) -> Document:
    return Document(analysis=[AnalysisEntry(id="an-1", title="A contact", analysis=from_plain_text(text))], context=context or [])


def _rules(document: Document) -> list[str]:
    return [f.rule_id for f in run_checks(document).findings() if f.rule_id.startswith(("context.", "conclusions."))]


@pytest.mark.parametrize("text", BLAMING)
def test_analysis_that_puts_events_down_to_the_organisation_asks_for_context(text) -> None:
    [finding] = [f for f in run_checks(_document(text)).findings() if f.rule_id == "context.cause-unexplained"]
    start, end = finding.location.span
    assert text[start:end] == finding.text and finding.item_id == "ANA-1"


@pytest.mark.parametrize("text", NOT_BLAMING)
def test_analysis_that_blames_nothing_in_the_organisation_raises_nothing(text) -> None:
    assert _rules(_document(text)) == []


def test_a_linked_context_entry_answers_the_finding_and_an_unlinked_one_is_flagged() -> None:
    linked = ContextEntry(id="ctx-1", title="Night cover", description=from_plain_text("One supervisor covered nights."),
                          analysis_ids=["an-1"])
    assert _rules(_document(BLAMING[4], context=[linked])) == []
    unlinked = ContextEntry(id="ctx-2", title="A restructure")
    assert _rules(_document(BLAMING[4], context=[unlinked])) == ["context.explains-nothing", "context.cause-unexplained"]


def test_every_term_of_reference_needs_a_conclusion() -> None:
    review = ReviewDetails(terms_of_reference=[TermOfReference(id="tor-1", text="One"), TermOfReference(id="tor-2", text="Two")])
    document = Document(review=review, conclusions=[Conclusion(id="con-1", tor_ids=["tor-1"], text=from_plain_text("Yes."))])
    findings = [f for f in run_checks(document).findings() if f.rule_id == "conclusions.term-unanswered"]
    assert [(f.item_id, f.message) for f in findings] == [("ANA-4", "Term of reference 2 has no conclusion.")]


def test_the_sample_explains_its_context_and_concludes_every_term(sample) -> None:
    assert [f.rule_id for f in run_checks(sample).findings() if f.rule_id.startswith(("context.", "conclusions."))] == []
