"""What the navigator says of a section, and what the pick lists offer to link to: both in the core."""

from __future__ import annotations

import pytest

from imr_studio.model import link_choices
from imr_studio.model.document import Document, Event, ContactOverview, ReviewDetails, TermOfReference
from imr_studio.model.progress import section_status


@pytest.mark.parametrize(
    ("progress", "problem", "count", "expected"),
    [
        ("empty", "not_met", 2, ("empty", "not started; 2 findings to look at")),
        ("started", "not_met", 1, ("not_met", "in progress; 1 finding to look at")),
        ("complete", "partly", 3, ("partly", "complete; 3 findings to look at")),
        ("started", "partly", 3, ("started", "in progress; 3 findings to look at")),
        ("complete", "met", 0, ("complete", "complete")),
    ],
)
def test_a_section_shows_its_progress_unless_its_findings_say_worse(progress, problem, count, expected) -> None:
    assert section_status(progress, problem, count) == expected


def test_the_pick_lists_name_events_and_terms_as_an_author_knows_them() -> None:
    document = Document(
        review=ReviewDetails(terms_of_reference=[TermOfReference(id="tor-1", text="How   were risks  assessed?")]),
        contact=ContactOverview(events=[
            Event(id="ev-1", date="2023-11-05", event_type="call_for_service", summary="A neighbour called about shouting."),
            Event(id="ev-2", event_type="other", event_type_other="Letter from housing", summary=""),
        ]),
    )
    assert link_choices.terms_of_reference(document) == [("tor-1", "1. How were risks assessed?")]
    [first, second] = link_choices.events(document)
    assert first[0] == "ev-1" and first[1].startswith("05/11/2023 · ") and first[1].endswith("A neighbour called about shouting.")
    assert second == ("ev-2", "undated · Letter from housing")


def test_subjects_are_offered_by_name_and_role() -> None:
    from imr_studio.model.document import Subject

    document = Document(review=ReviewDetails(subjects=[Subject(id="sub-1", role="victim", real_name="Test Person")]))
    [(subject_id, text)] = link_choices.subjects(document)
    assert subject_id == "sub-1" and "Test" in text and text.endswith("(victim)")


def test_a_checklist_group_takes_its_least_satisfied_status() -> None:
    from imr_studio.checks.statuses import least_satisfied

    assert least_satisfied(["met", "judgement", "partly"]) == "partly"
    assert least_satisfied(["met", "not_started"]) == "not_started"
    assert least_satisfied(["not_met", "partly"]) == "not_met"
    assert least_satisfied([]) == "met"
