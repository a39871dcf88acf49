"""Each rule family on small documents: what it finds, and what it must leave alone."""

from __future__ import annotations

import datetime

import msgspec

from imr_studio.checks import Rules, run_checks
from imr_studio.model.document import (
    ActionRow,
    AnalysisEntry,
    Document,
    Event,
    GlossaryEntry,
    LearningPoint,
    Recommendation,
)
from imr_studio.model.narrative import from_plain_text

replace = msgspec.structs.replace
D = datetime.date


def rules_found(document: Document, rules: Rules, category: str) -> list[tuple[str, tuple]]:
    return [(f.rule_id, f.location.path) for f in run_checks(document, rules).findings() if f.category == category]


def test_an_empty_document_is_not_met_where_evidence_is_required(rules: Rules) -> None:
    statuses = {item.id: item.status for item in run_checks(Document(), rules).items}
    for item in ("CHR-1", "CHR-2", "CHR-3", "CHR-4", "MET-1", "MET-2", "OVR-1", "SYS-3"):
        assert statuses[item] == "not_met", item
    # Nothing written to assess is "not started", never "met".
    for item in ("LAN-1", "LAN-2", "LAN-3", "ANA-1", "LRN-1", "REC-1", "REC-2", "SYS-1"):
        assert statuses[item] == "not_started", item
    assert "met" not in statuses.values()


def test_an_item_starts_once_something_it_rests_on_is_written(rules: Rules) -> None:
    doc = Document()
    doc.methodology.narrative = from_plain_text("The force's records were searched.")
    statuses = {item.id: item.status for item in run_checks(doc, rules).items}
    assert statuses["LAN-1"] == "met" and statuses["LAN-3"] == "judgement"
    assert statuses["REC-2"] == "not_started"


def test_acronyms_defined_at_or_before_first_use(rules: Rules) -> None:
    doc = Document()
    doc.methodology.narrative = from_plain_text(
        "The Police National Computer (PNC) was searched. The PNC showed a caution.\n"
        "A MARAC was held; MARAC (Multi-Agency Risk Assessment Conference) minutes were read.\n"
        "Later the DVPN was discussed.\n"
        "The IDVA called. The Independent Domestic Violence Advisor (IDVA) was told.\n"
        "OFFICIAL-SENSITIVE material, PC 1234, Part II and DO NOT DISCLOSE WITHOUT CONSENT were not a problem.")
    doc.dissemination.glossary = [GlossaryEntry(id="gl-1", term="DVPN", definition="A protection notice.")]
    found = [(f.text, f.location.path[-1], f.message.split(" is ")[1][:4]) for f in
             run_checks(doc, rules).item("LAN-2").findings]
    assert found == [("MARAC", 1, "used"), ("IDVA", 3, "used")]


def test_smart_rules(rules: Rules) -> None:
    doc = Document()
    doc.review.key_dates.imr_completed = D(2024, 11, 1)
    doc.recommendations = [
        Recommendation(id="rec-1", text="The force will add a mandatory check to the DARA form.", learning_ids=[],
                       outcome="Every strangulation report is reviewed by a sergeant.", measure="Monthly audit: 95%.",
                       owner_name="A. Person", owner_role="Superintendent", target_date=D(2024, 10, 1),
                       strand="x"),
        Recommendation(id="rec-2", text="Consider reminding officers to review the policy.", outcome="",
                       target_date=None),
    ]
    smart = run_checks(doc, rules).item("REC-2").findings
    assert {(f.rule_id, f.location.path[1]) for f in smart} == {
        ("smart.target-after-completion", "rec-1"),
        ("smart.vague-verb", "rec-2"),
        ("smart.opening-action", "rec-2"),
        ("smart.outcome", "rec-2"),
        ("smart.measure", "rec-2"),
        ("smart.target-date", "rec-2"),
    }
    assert [f.text for f in smart if f.rule_id == "smart.vague-verb"] == ["Consider", "reminding", "to review"]


def test_dates_rules(rules: Rules) -> None:
    doc = Document()
    doc.review.period_start, doc.review.period_end = D(2020, 1, 1), D(2023, 12, 31)
    kd = doc.review.key_dates
    kd.imr_requested, kd.imr_completed = D(2024, 6, 1), D(2024, 5, 1)
    doc.contact.events = [
        Event(id="ev-1", date="2019-12", date_precision="month", summary="Before the period."),
        Event(id="ev-2", date="2020-01", date_precision="month", summary="Inside by its month."),
        Event(id="ev-3", date="2024-01-02", summary="After the period."),
    ]
    doc.recommendations = [Recommendation(id="rec-1", actions=[
        ActionRow(id="act-1", target_date=D(2024, 3, 1), status="in_progress"),
        ActionRow(id="act-2", target_date=D(2024, 3, 1), status="complete", completion_date=D(2024, 3, 1))])]
    assert sorted(rules_found(doc, rules, "dates")) == sorted([
        ("dates.key-date-order", ("review", "key_dates", "imr_completed")),
        ("dates.outside-period", ("contact", "events", "ev-1", "date")),
        ("dates.outside-period", ("contact", "events", "ev-3", "date")),
        ("dates.action-overdue", ("recommendations", "rec-1", "actions", "act-1", "target_date")),
    ])


def test_near_identical_events(rules: Rules) -> None:
    doc = Document()
    summary = "Adult V called 999 to report that Adult S had pushed her and taken her phone."
    doc.contact.events = [
        Event(id="ev-1", date="2022-03-01", summary=summary),
        Event(id="ev-2", date="2022-03-01", summary=summary.replace("taken", "took")),
        Event(id="ev-3", date="2022-04-01", summary="A different call about a different matter altogether."),
        Event(id="ev-4", date="2022-09-09", summary=summary),
    ]
    assert rules_found(doc, rules, "duplicates") == [
        ("duplicates.event", ("contact", "events", "ev-2")),
        ("duplicates.event", ("contact", "events", "ev-4")),
    ]


def test_links_rules(rules: Rules) -> None:
    doc = Document()
    doc.contact.events = [Event(id="ev-1", significant=True), Event(id="ev-2", significant=True)]
    doc.analysis = [AnalysisEntry(id="an-1", event_ids=["ev-2", "ev-9"])]
    doc.learning = [LearningPoint(id="lp-1")]
    doc.recommendations = [Recommendation(id="rec-1")]
    assert sorted(rules_found(doc, rules, "links")) == sorted([
        ("links.significant-not-analysed", ("contact", "events", "ev-1")),
        ("links.learning-without-evidence", ("learning", "lp-1")),
        ("links.recommendation-without-learning", ("recommendations", "rec-1")),
        ("links.missing-target", ("analysis", "an-1", "event_ids")),
    ])


def test_readability_is_advice_only(rules: Rules) -> None:
    doc = Document()
    long_sentence = " ".join(["Consideration"] * 60) + "."
    doc.characteristics.relevance = from_plain_text(long_sentence + "\n" + " ".join(
        ["Institutional organisational accountability considerations notwithstanding."] * 40))
    report = run_checks(doc, rules)
    advice = [f.rule_id for f in report.item("LAN-2").findings]
    assert advice == ["readability.reading-ease", "readability.long-sentence"]
    assert report.item("LAN-2").status == "met"
