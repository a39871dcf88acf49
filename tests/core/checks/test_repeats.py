"""Repeated recommendations: alike within the IMR, or close to the force's earlier ones; and none on different ones."""

from __future__ import annotations

import json

import pytest

from imr_studio.checks import load_rules, run_checks
from imr_studio.checks.repeats import EarlierRecommendation, content_words, likeness, repeat_findings
from imr_studio.model.document import Document, Recommendation

SAME = [  # the same recommendation, written twice by different people
    ("Northshire Police will add a mandatory sergeant's check to the DARA form so that every assessment "
     "recording strangulation is checked within 24 hours.",
     "Northshire Police should introduce a supervisor check on DARA assessments that record strangulation, "
     "within 24 hours."),
    ("The force will make sure that call handlers search the Police National Database for every domestic abuse "
     "call.", "Call handlers should search the Police National Database on all domestic abuse calls."),
    ("Domestic abuse safeguarding officers will attempt contact by at least two methods before closing a case.",
     "Cases must not be closed for lack of contact until officers have attempted contact by two methods."),
    ("Northshire Police will train all response officers to recognise stalking after separation.",
     "All response officers will be trained to recognise stalking after a separation."),
]
DIFFERENT = [  # about the same service, but asking for different things
    ("Northshire Police will add a mandatory sergeant's check to the DARA form so that every assessment "
     "recording strangulation is checked within 24 hours.",
     "Northshire Police will amend the disclosure scheme workflow so that a warning marker is created within "
     "two working days."),
    ("The force will train all frontline officers in recognising stalking behaviours.",
     "The force will train call handlers to record repeat callers on the incident log."),
    ("Officers will record the voice of the child in every domestic abuse report.",
     "Officers will record the victim's shift pattern on the risk assessment form."),
    ("The Public Protection Unit will review every high risk case at a daily meeting chaired by an inspector.",
     "The control room will send the nearest available officer to every call about a breach of a protective order."),
]


@pytest.fixture(scope="module")
def settings():
    return load_rules().repeats


def _alike(settings, first: str, second: str) -> bool:
    common = settings.common_words
    return likeness(content_words(first, common), content_words(second, common)) >= settings.similarity


def test_recommendations_saying_the_same_are_alike_and_different_ones_are_not(settings) -> None:
    found = sum(_alike(settings, a, b) for a, b in SAME)
    false_alarms = sum(_alike(settings, a, b) for a, b in DIFFERENT)
    print(f"\nrepeats: {found} of {len(SAME)} alike pairs found; {false_alarms} of {len(DIFFERENT)} different pairs flagged")
    assert found >= len(SAME) - 1 and false_alarms == 0


def test_the_sample_raises_no_repeat(sample, settings) -> None:
    assert list(repeat_findings(sample, settings)) == []


def test_a_near_duplicate_and_a_repeat_of_an_earlier_review_are_advice_with_what_to_do(settings) -> None:
    first, second = SAME[0]
    doc = Document(recommendations=[Recommendation(id="rec-1", text=first), Recommendation(id="rec-2", text=second),
                                    Recommendation(id="rec-3", text=DIFFERENT[2][0])])
    earlier = (EarlierRecommendation("DHR 2021/03", DIFFERENT[2][0].replace("Officers", "Response officers")),)
    findings = list(repeat_findings(doc, settings, earlier))
    assert [(f.rule_id, f.location.path[1]) for f in findings] == [("repeats.within", "rec-2"), ("repeats.earlier", "rec-3")]
    assert all(f.severity == "advice" and f.item_id == "REC-2" for f in findings)
    assert "DHR 2021/03" in findings[1].message and "what will be different this time" in findings[1].suggestion


def test_the_force_keeps_earlier_recommendations_in_its_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(tmp_path))
    text = "Officers will record the voice of the child in every domestic abuse report."
    doc = Document(recommendations=[Recommendation(id="rec-1", text=text)])
    (tmp_path / "earlier_recommendations.json").write_text(
        json.dumps({"recommendations": [{"review": "DHR 2020/07", "text": text}]}), encoding="utf-8")
    report = run_checks(doc)
    assert any(f.rule_id == "repeats.earlier" for f in report.item("REC-2").findings)
    (tmp_path / "earlier_recommendations.json").write_text("{not json", encoding="utf-8")
    report = run_checks(doc)
    assert any("earlier recommendations cannot be read" in problem for problem in report.rule_errors)
