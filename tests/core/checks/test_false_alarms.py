"""Good professional writing raises nothing: reference numbers, acronyms introduced the ways reports introduce
them, and words reported as someone else's."""

from __future__ import annotations

import pytest

from imr_studio.checks import load_rules
from imr_studio.checks.acronyms import acronym_findings
from imr_studio.checks.language import language_findings
from imr_studio.checks.texts import plain_document


@pytest.fixture(scope="module")
def rules():
    return load_rules()


CLEAN = [
    "The log CAD-2211-0394 was read with crime record RMS/22/0394 and reference NP22/118.",
    "The review reference is DHR-2024-07 and the referral number is 2024/118-IOPC.",
    "The Domestic Violence, Crime and Victims Act 2004 (DVCA 2004) requires the review.",
    "Section 9 of the Act (the 'DVCA') sets the duty; agencies must take part.",
    "The Multi-Agency Risk Assessment Conference (the “MARAC”) met in February.",
    "He told officers it was just a row and that she had provoked him.",
    "Her mother said the relationship was volatile from the start.",
    "The relationship had always been toxic, his friend said.",
    "According to the neighbour, the couple had a row about money every night.",
]
STILL_FLAGGED = [
    ("The officers recorded that she had refused to engage with them.", "lang.refused-to-engage"),
    ("The relationship was volatile, and he snapped when she told him she was leaving.", "lang.lost-control"),
    ("It was a domestic dispute about money.", "lang.dispute-or-argument"),
    ("The SIO spoke to the family.", "acronym"),
]


@pytest.mark.parametrize("sentence", CLEAN)
def test_good_writing_raises_nothing(rules, sentence: str) -> None:
    spots = plain_document(sentence)
    found = [*language_findings(spots, rules), *acronym_findings(spots, rules, set())]
    assert [f.text or f.rule_id for f in found] == []


@pytest.mark.parametrize(("sentence", "rule"), STILL_FLAGGED)
def test_the_authors_own_wording_and_a_records_words_are_still_flagged(rules, sentence: str, rule: str) -> None:
    spots = plain_document(sentence)
    found = [*language_findings(spots, rules), *acronym_findings(spots, rules, set())]
    assert any(f.rule_id.startswith(rule) for f in found), [f.rule_id for f in found]


def test_evidence_is_expected_only_once_an_action_is_done_or_due() -> None:
    import datetime

    from imr_studio.checks.completeness import recommendations
    from imr_studio.model.document import ActionRow, Document, KeyDates, Recommendation, ReviewDetails

    def gaps(action: ActionRow) -> list[str]:
        doc = Document(review=ReviewDetails(key_dates=KeyDates(imr_completed=datetime.date(2024, 11, 22))),
                       recommendations=[Recommendation(id="rec-1", text="x", actions=[action])])
        return [f.text for f in recommendations(doc) if f.rule_id == "completeness.action-row"]

    full = dict(id="act-1", action="Amend the procedure", owner="DI", milestone="Published", status="in_progress")
    assert gaps(ActionRow(**full, target_date=datetime.date(2025, 3, 31))) == []  # not due yet: no evidence expected
    assert gaps(ActionRow(**full, target_date=datetime.date(2024, 9, 30))) == ["evidence"]  # due before completion
    done = {**full, "status": "complete"}
    assert gaps(ActionRow(**done, target_date=datetime.date(2025, 3, 31), completion_date=datetime.date(2024, 10, 1))) \
        == ["evidence"]


def test_a_recommendation_written_as_an_instruction_with_its_owner_says_who_will_do_what(rules) -> None:
    from imr_studio.checks.smart import smart_findings
    from imr_studio.model.document import Document, Recommendation

    def opening(text: str, owner: str) -> list[str]:
        doc = Document(recommendations=[Recommendation(id="rec-1", text=text, owner_name=owner)])
        return [f.rule_id for f in smart_findings(doc, rules) if f.rule_id == "smart.opening-action"]

    instruction = "Amend the safeguarding team procedure so that no case closes after one call."
    assert opening(instruction, "Jonathan Reeve") == []
    assert opening(instruction, "") == ["smart.opening-action"]  # nobody named: who is not said
    assert opening("A review of training for call handlers.", "Jonathan Reeve") == ["smart.opening-action"]
