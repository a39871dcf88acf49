"""Checks that follow the kind of review: suicide risk and coercive control, coercive control explained, children."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imr_studio.checks import load_rules, run_checks
from imr_studio.checks.rules import load_rules as load_rules_from
from imr_studio.checks.themes import SUICIDE_PROMPTS, suggested_terms, theme_findings
from imr_studio.checks.texts import iter_texts
from imr_studio.model.document import AnalysisEntry, Document, Event, ReviewDetails, Subject, TermOfReference
from imr_studio.model.narrative import from_plain_text


def _doc(*, death: str = "homicide", terms: tuple[str, ...] = (), analysis: tuple[str, ...] = (), events: tuple[str, ...] = (),
         subjects: tuple[Subject, ...] = (), review_type: str = "dardr") -> Document:
    return Document(
        review=ReviewDetails(review_type=review_type, death_type=death,
                             terms_of_reference=[TermOfReference(id=f"tor-{i}", text=t) for i, t in enumerate(terms, 1)],
                             subjects=list(subjects)),
        analysis=[AnalysisEntry(id=f"an-{i}", title=f"Entry {i}", analysis=from_plain_text(t))
                  for i, t in enumerate(analysis, 1)],
        contact=msgspec.structs.replace(Document().contact, events=[
            Event(id=f"ev-{i}", summary=t) for i, t in enumerate(events, 1)]),
    )


def _rules(doc: Document, rules=None) -> set[str]:
    rules = rules or load_rules()
    return {f.rule_id for f in theme_findings(doc, rules, list(iter_texts(doc)))}


def test_a_review_without_its_kind_gets_advice_that_changes_no_status() -> None:
    doc = _doc(review_type="", death="")
    findings = [f for f in theme_findings(doc, load_rules(), []) if f.rule_id == "themes.review-kind"]
    assert len(findings) == 1 and findings[0].severity == "advice"
    assert findings[0].message == "The review type and the kind of death are not recorded."
    assert "themes.review-kind" not in _rules(_doc(death="homicide"))


def test_a_suicide_review_asks_for_terms_of_reference_and_analysis_on_suicide_risk_and_coercive_control() -> None:
    doc = _doc(death="suicide", terms=("Describe the contact police had with the family.",),
               analysis=("Officers attended twice and recorded the incidents accurately.",))
    assert _rules(doc) == {"themes.suicide-terms-suicide_risk", "themes.suicide-terms-coercive_control",
                           "themes.suicide-analysis-suicide_risk", "themes.suicide-analysis-coercive_control"}
    assert suggested_terms(doc, load_rules().theme_set) == list(SUICIDE_PROMPTS)
    report = run_checks(doc)
    placed = {(f.item_id, f.severity) for f in report.findings() if f.rule_id.startswith("themes.suicide")}
    assert placed == {("ANA-4", "warning"), ("ANA-1", "warning")}


@pytest.mark.parametrize("term, analysis", [
    ("How did police respond to the risk that Adult V might take her own life, and to the controlling behaviour she "
     "described?",
     "Adult V told the call handler she felt suicidal. Nobody asked about the coercive control she had described: he "
     "checked her phone and kept her bank card."),
    ("Was the risk of self-harm identified, and was coercion in the relationship recognised?",
     "The overdose in March was not linked to the abuse; the coercive and controlling behaviour, including isolating "
     "her from her sister, was never named."),
])
def test_a_suicide_review_that_addresses_both_raises_nothing(term: str, analysis: str) -> None:
    doc = _doc(death="suicide", terms=(term,), analysis=(analysis,))
    assert _rules(doc) == set()
    assert suggested_terms(doc, load_rules().theme_set) == []


def test_the_suicide_checks_leave_a_homicide_review_alone() -> None:
    assert _rules(_doc(death="homicide", terms=("Describe the contact.",), analysis=("Officers attended.",))) == set()


@pytest.mark.parametrize("named", [
    "Officers did not recognise the coercive control in the relationship.",
    "The DARA form asks about controlling behaviour, but the answer was left blank.",
    "Coercive and controlling behaviour was not considered by the officers.",
])
def test_coercive_control_named_but_never_described_is_flagged(named: str) -> None:
    assert _rules(_doc(analysis=(named, "The response time met the force standard."))) == {
        "themes.coercive-control-unexplained"}


@pytest.mark.parametrize("described", [
    "He checked her phone every evening and took her bank card.",
    "Her mother told the review that he stopped her seeing her friends.",
    "He had isolated her from her family and decided what she could wear.",
    "She was not allowed to leave the house without telling him.",
    "He took control of the household money in 2023.",
    "She said he sent her dozens of messages every day and always knew where she was.",
])
def test_coercive_control_described_anywhere_in_the_imr_raises_nothing(described: str) -> None:
    doc = _doc(analysis=("Officers did not recognise the coercive control in the relationship.", described))
    assert _rules(doc) == set()


def test_coercive_control_only_in_the_terms_of_reference_is_not_a_description_gap() -> None:
    assert _rules(_doc(terms=("Did police recognise coercive control?",), analysis=("Officers attended.",))) == set()


CHILD = Subject(id="sub-3", role="child", real_name="Oliver Hartley", pseudonym="Child A")


@pytest.mark.parametrize("event", [
    "The children were asleep upstairs when officers arrived.",
    "Her son was present during the argument.",
    "He pushed her in front of the children.",
    "Child B witnessed the assault.",
    "Her two daughters lived at the address.",
])
def test_children_present_at_an_incident_need_analysis_of_them(event: str) -> None:
    doc = _doc(events=(event,), analysis=("Officers arrested Adult S and took a statement from Adult V.",))
    assert _rules(doc) == {"themes.children-not-analysed"}


def test_children_considered_but_not_their_referrals_is_flagged_and_both_together_is_met() -> None:
    considered = "Oliver was in the flat and heard the assault; officers did not speak to him."
    assert _rules(_doc(subjects=(CHILD,), analysis=(considered,))) == {"themes.children-referrals"}
    referred = considered + " A referral for Oliver was made to children's social care the next day, as the procedure required."
    assert _rules(_doc(subjects=(CHILD,), analysis=(referred,))) == set()
    by_pseudonym = "Child A was not spoken to, and no notification was sent to the MASH for Child A."
    assert _rules(_doc(subjects=(CHILD,), analysis=(by_pseudonym,))) == set()


def test_a_review_with_no_children_asks_nothing_about_them() -> None:
    doc = _doc(events=("Adult V called police from her car; she was alone.", "Her adult sister was present."),
               analysis=("Officers attended promptly.",))
    assert _rules(doc) == set()


def test_a_force_that_requires_school_notification_is_asked_for_it(tmp_path: Path) -> None:
    (tmp_path / "policy.json").write_text('{"require_school_notification": true, "themes": '
                                          '{"school_notification": ["EduAlert"]}}', encoding="utf-8")
    force = load_rules_from(tmp_path)
    assert force.require_school_notification and not force.errors
    analysis = "Oliver heard the assault. A referral for Oliver went to children's social care the next morning."
    assert _rules(_doc(subjects=(CHILD,), analysis=(analysis,)), force) == {"themes.children-school"}
    assert _rules(_doc(subjects=(CHILD,), analysis=(analysis + " Operation Encompass told his school.",)), force) == set()
    assert _rules(_doc(subjects=(CHILD,), analysis=(analysis + " An EduAlert was sent for him.",)), force) == set()


def test_a_bad_theme_setting_is_named_and_the_rest_still_works(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"require_school_notification": "yes", "themes": {"children": "kids"}}',
                                       encoding="utf-8")
    force = load_rules_from(tmp_path)
    assert any("true or false" in e for e in force.errors) and any("theme “children”" in e for e in force.errors)
    assert "children" in force.themes and not force.require_school_notification


_NEUTRAL = st.sampled_from([
    "Officers attended within twelve minutes and spoke to both adults separately.",
    "The supervisor reviewed the risk assessment the next morning.",
    "The call handler graded the call as an emergency.",
    "The officer in the case recorded the reasons for the decision.",
    "The custody sergeant authorised detention at 02:10.",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_NEUTRAL, min_size=1, max_size=6), st.sampled_from(["homicide", "other"]))
def test_prose_with_no_theme_in_it_raises_nothing(sentences: list[str], death: str) -> None:
    doc = _doc(death=death, terms=("Describe the contact police had.",), analysis=(" ".join(sentences),),
               events=tuple(sentences))
    assert _rules(doc) == set()
