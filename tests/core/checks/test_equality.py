"""Characteristics in the analysis: each relevant one discussed, and the well-written IMR meets every automatic item."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imr_studio.checks import run_checks
from imr_studio.checks.equality import discusses, equality_findings
from imr_studio.model.document import (
    AnalysisEntry,
    CharacteristicEntry,
    CharacteristicProfile,
    Characteristics,
    Document,
    ReviewDetails,
    Subject,
)
from imr_studio.model.narrative import from_plain_text
from imr_studio.storage import load_project

WELL_WRITTEN = Path(__file__).with_name("corpus") / "well_written.imr"


def _doc(entries: dict[str, str], analysis: str, tags: tuple[str, ...] = (), influence: str = "") -> Document:
    return Document(
        review=ReviewDetails(subjects=[Subject(id="sub-1", role="victim", real_name="Ayesha Khan")]),
        characteristics=Characteristics(
            profiles=[CharacteristicProfile(subject_id="sub-1", entries=[
                CharacteristicEntry(key=key, value=value, status="recorded") for key, value in entries.items()])],
            influence_on_decisions=from_plain_text(influence)),
        analysis=[AnalysisEntry(id="an-1", analysis=from_plain_text(analysis), characteristics=list(tags))],
    )


def _found(doc: Document) -> list[tuple[str, str]]:
    return [(f.rule_id, f.text) for f in equality_findings(doc)]


def test_each_relevant_characteristic_must_be_discussed_one_mention_of_one_is_not_enough() -> None:
    doc = _doc({"mental_health": "Depression, treated by her GP", "first_language": "Urdu; needed an interpreter",
                "disability_physical": "Uses a wheelchair"},
               "Officers spoke to her through an interpreter, which met the policy.")
    assert _found(doc) == [("equality.not-discussed", "mental_health"), ("equality.not-discussed", "disability_physical")]
    fuller = _doc({"mental_health": "Depression, treated by her GP", "disability_physical": "Uses a wheelchair"},
                  "Her depression was noted but not considered in the risk assessment. The flat's steps meant she "
                  "could not leave quickly in her wheelchair, which the safety plan ignored.")
    assert _found(fuller) == []


@pytest.mark.parametrize("value", ["No physical disability", "None disclosed", "Not applicable", "n/a", "Nil known"])
def test_a_value_that_records_nothing_to_discuss_asks_for_nothing(value: str) -> None:
    assert _found(_doc({"disability_physical": value}, "Officers attended.")) == []


def test_a_characteristic_that_is_not_notable_is_asked_about_only_when_an_entry_is_marked_with_it() -> None:
    assert _found(_doc({"religion_belief": "Sikh"}, "Officers attended.")) == []
    marked = _doc({"religion_belief": "Sikh"}, "Officers attended.", tags=("religion_belief",))
    assert _found(marked) == [("equality.not-discussed", "religion_belief"), ("equality.tag-not-discussed", "Religion or belief")]
    discussed = _doc({"religion_belief": "Sikh"}, "Her faith community was where she sought help first; police "
                     "never asked about it.", tags=("religion_belief",))
    assert _found(discussed) == []


def test_the_narrative_on_how_characteristics_influenced_decisions_counts_as_discussion() -> None:
    doc = _doc({"armed_forces": "Served in the army 2001 to 2008"}, "Officers attended.",
               influence="His military service was not known to officers and shaped no decision.")
    assert _found(doc) == []


@pytest.mark.parametrize("key, value, text, expected", [
    ("religion_belief", "Sikh", "She attended the gurdwara weekly.", True),
    ("nationality", "Polish", "As a Polish national she could not get benefits.", True),
    ("mental_health", "Long history of anxiety and panic attacks, described by her sister", "Officers attended.", False),
    ("mental_health", "Long history of anxiety", "Her anxiety was known to the officer.", True),
    ("age", "72", "Her age and frailty were not considered.", True),
])
def test_what_counts_as_discussing_a_characteristic(key: str, value: str, text: str, expected: bool) -> None:
    assert discusses(key, value, text) is expected


def test_the_well_written_imr_meets_every_automatic_item_with_nothing_to_fix() -> None:
    report = run_checks(load_project(WELL_WRITTEN))
    assert {item.id: item.status for item in report.items if item.status not in ("met", "judgement")} == {}
    assert [f.message for f in report.findings()] == []


def test_taking_the_sentences_on_two_characteristics_out_of_the_sample_brings_back_exactly_those_two() -> None:
    from imr_studio.paths import sample_project

    sample = load_project(sample_project())
    influence = sample.characteristics.influence_on_decisions
    assert run_checks(sample).item("CHR-2").findings == []
    sample.characteristics.influence_on_decisions = [p for p in influence if "ADHD" not in p.text]
    findings = run_checks(sample).item("CHR-2").findings
    assert {(f.rule_id, f.location.path[2], f.text) for f in findings} == {
        ("equality.not-discussed", "sub-2", "neurodivergence"), ("equality.not-discussed", "sub-2", "drug_use")}


_NAMES = st.text(alphabet=st.characters(categories=("Lu", "Ll", "Lo", "Mn")), min_size=2, max_size=12).filter(
    lambda name: name[:1].isalpha() and name.isprintable() and not name.isupper())  # all capitals reads as an acronym


@settings(max_examples=25, deadline=None)
@given(child=_NAMES, victim=_NAMES)
def test_the_well_written_imr_stays_clean_whatever_the_peoples_names_are(child: str, victim: str) -> None:
    """Names in any alphabet, with accents written as combining marks: renamed everywhere, the IMR still meets every item."""
    from imr_studio.model import DocumentEditor
    from imr_studio.model.search import find, replace

    document = load_project(WELL_WRITTEN)
    editor = DocumentEditor(document)
    for old, new in (("Oliver", child), ("Natalie", victim)):
        replace(editor, find(document, old, match_case=True, whole_words=True), new)
    report = run_checks(document)
    assert {item.id: item.status for item in report.items if item.status not in ("met", "judgement")} == {}
