"""The checks on the sample project: exactly its five deliberate weaknesses, each at its place."""

from __future__ import annotations

import msgspec

from imr_studio.checks import Rules, run_checks
from imr_studio.model.addressing import get
from imr_studio.model.document import Document
from imr_studio.model.narrative import Paragraph

replace = msgspec.structs.replace
REVIEWED_CATEGORIES = {"language", "acronym", "smart", "links", "completeness", "dates", "duplicates"}


def located(sample: Document, rules: Rules) -> set[tuple[str, str, tuple]]:
    report = run_checks(sample, rules)
    return {(f.item_id, f.rule_id, f.location.path) for f in report.findings() if f.category in REVIEWED_CATEGORIES}


def test_the_sample_shows_exactly_its_five_weaknesses(sample: Document, rules: Rules) -> None:
    assert located(sample, rules) == {
        ("CHR-1", "completeness.characteristic-status",
         ("characteristics", "profiles", "sub-2", "entries", "care_experience")),
        ("LAN-1", "lang.refused-to-engage", ("contact", "events", "ev-09", "summary")),
        ("LAN-2", "acronym.defined-before-use", ("analysis", "an-2", "analysis", 0)),
        ("REC-2", "smart.vague-verb", ("recommendations", "rec-3", "text")),
        ("REC-2", "smart.opening-action", ("recommendations", "rec-3", "text")),
        ("REC-2", "smart.vague-outcome", ("recommendations", "rec-3", "outcome")),
        ("REC-2", "smart.measure", ("recommendations", "rec-3", "measure")),
        ("ANA-1", "links.significant-not-analysed", ("contact", "events", "ev-13")),
    }


def test_spans_select_the_flagged_words(sample: Document, rules: Rules) -> None:
    for finding in run_checks(sample, rules).findings():
        if finding.location.span:
            start, end = finding.location.span
            value = get(sample, finding.location.path)
            text = value.text if isinstance(value, Paragraph) else value
            assert text[start:end].strip() == finding.text, finding
    by_rule = {f.rule_id: f for f in run_checks(sample, rules).findings()}
    assert by_rule["lang.refused-to-engage"].text == "refused to engage"
    assert by_rule["acronym.defined-before-use"].text == "THRIVE"
    assert by_rule["acronym.defined-before-use"].replacements == (
        "Threat, Harm, Risk, Investigation, Vulnerability and Engagement (THRIVE)",)
    assert by_rule["smart.vague-verb"].text == "raise awareness"


def test_statuses_of_the_sample(sample: Document, rules: Rules) -> None:
    report = run_checks(sample, rules)
    assert [item.id for item in report.items][:4] == ["CHR-1", "CHR-2", "CHR-3", "CHR-4"]
    assert len(report.items) == 24
    statuses = {item.id: item.status for item in report.items}
    assert statuses["ANA-1"] == "not_met"
    assert {statuses[i] for i in ("CHR-1", "LAN-1", "LAN-2", "REC-2")} == {"partly"}
    assert statuses["LAN-3"] == statuses["REC-1"] == "judgement"
    met = [i for i, s in statuses.items() if s == "met"]
    assert len(met) == 24 - 7
    assert report.problems_by_section()["contact"] == "not_met"
    assert report.problems_by_section()["methodology"] == "met"
    assert report.rule_errors == []


def test_fixing_each_weakness_clears_it(sample: Document, rules: Rules) -> None:
    events = [replace(e, summary=e.summary.replace("refused to engage", "did not take up the offer"))
              for e in sample.contact.events]
    events = [replace(e, significant=False) if e.id == "ev-13" else e for e in events]
    analysis = [replace(a, analysis=[replace(p, text=p.text.replace("applied THRIVE", "applied the call-grading "
                                                                     "model"))
                                     for p in a.analysis]) for a in sample.analysis]
    recs = [replace(r, text="Northshire Police will add stalking screening questions to the DARA form.",
                    outcome="Officers identify stalking at the first report.",
                    measure="Quarterly audit of 30 harassment reports: 90% include the screening questions.")
            if r.id == "rec-3" else r for r in sample.recommendations]
    profiles = [replace(p, entries=[replace(e, status="not_known") if e.status is None else e for e in p.entries])
                for p in sample.characteristics.profiles]
    fixed = replace(sample, contact=replace(sample.contact, events=events), analysis=analysis, recommendations=recs,
                    characteristics=replace(sample.characteristics, profiles=profiles))
    assert located(fixed, rules) == set()
