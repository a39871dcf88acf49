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
