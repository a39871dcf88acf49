"""Dismissing a finding with a reason: saved in the file, and back when its text changes."""

from __future__ import annotations

import msgspec

from imr_studio.checks import Rules, dismissal_for, run_checks
from imr_studio.model.document import Document
from imr_studio.storage import dumps, loads

replace = msgspec.structs.replace


def language_finding(document: Document, rules: Rules):
    return run_checks(document, rules).item("LAN-1").findings[0]


def with_summary(document: Document, event_id: str, old: str, new: str) -> Document:
    events = [replace(e, summary=e.summary.replace(old, new)) if e.id == event_id else e
              for e in document.contact.events]
    return replace(document, contact=replace(document.contact, events=events))


def test_a_dismissed_finding_is_set_aside_and_survives_saving(sample: Document, rules: Rules) -> None:
    finding = language_finding(sample, rules)
    dismissal = dismissal_for(finding, "Quoted from the safeguarding record", "R. Denholm", "2024-11-01T10:00:00")
    assert dismissal.location == "contact/events/ev-09/summary"
    assert (dismissal.rule_id, dismissal.item_id) == ("lang.refused-to-engage", "LAN-1")
    sample.quality.dismissals.append(dismissal)
    reopened = loads(dumps(sample))
    report = run_checks(reopened, rules)
    item = report.item("LAN-1")
    assert item.findings == [] and item.status == "met"
    assert [(f.fingerprint, d.reason) for f, d in item.dismissed] == [
        (finding.fingerprint, "Quoted from the safeguarding record")]


def test_the_finding_comes_back_when_its_text_changes(sample: Document, rules: Rules) -> None:
    sample.quality.dismissals.append(dismissal_for(language_finding(sample, rules), "Quoted", "RD", "2024-11-01"))
    elsewhere = with_summary(sample, "ev-09", "three times", "four times")
    assert run_checks(elsewhere, rules).item("LAN-1").findings == [], "an edit in another sentence keeps it"
    changed = with_summary(sample, "ev-09", "Natalie refused to engage", "Natalie refused to engage at all")
    item = run_checks(changed, rules).item("LAN-1")
    assert [f.text for f in item.findings] == ["refused to engage"] and item.dismissed == []


def test_fingerprints_are_stable_and_distinct(sample: Document, rules: Rules) -> None:
    first = [f.fingerprint for f in run_checks(sample, rules).findings()]
    assert first == [f.fingerprint for f in run_checks(sample, rules).findings()]
    assert len(set(first)) == len(first)
    finding = language_finding(sample, rules)
    assert dismissal_for(finding, "a", "b", "c").id == dismissal_for(finding, "x", "y", "z").id
