"""msgspec's validation messages, reworded for people."""

from __future__ import annotations

import msgspec
import pytest

from imr_studio.model.document import Document
from imr_studio.model.errors import describe_place, explain


def _explain_file(raw: dict) -> str:
    with pytest.raises(msgspec.ValidationError) as caught:
        msgspec.convert(raw, Document)
    return explain(caught.value)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"review": None}, "Review details: must be a group of fields, not empty"),
        ({"analysis": {}}, "Analysis of police practice: must be a list, not a group of fields"),
        ({"extra": 1}, "Project: has a field “extra” that IMR Studio does not know"),
        (
            {"characteristics": {"profiles": [{"subject_id": "s", "entries": [{"key": "age", "status": "unknown"}]}]}},
            "Characteristics › Profiles › item 1 › Characteristics › item 1 › Status: must be one of recorded, "
            "not_known, not_recorded, not_applicable, empty, not 'unknown'",
        ),
        (
            {"contact": {"events": [{"id": "e", "risk_grading": "very high"}]}},
            "Overview of police contact › Chronology › item 1 › Risk grading: must be one of blank, standard, "
            "medium, high, not 'very high'",
        ),
        (
            {"contact": {"events": [{"id": "e", "time": "9am"}]}},
            "Overview of police contact › Chronology › item 1 › Time: is not in the expected form (HH:MM, 24-hour clock)",
        ),
        ({"review": {"subjects": [{"id": ""}]}}, "Review details › Subjects › item 1 › Identifier: must not be empty"),
        (
            {"contact": {"narrative": [{"text": "ab", "marks": [{"start": -1, "end": 1, "style": "bold"}]}]}},
            "Overview of police contact › Overview narrative › item 1 › Formatting › item 1 › Start: "
            "must be a whole number of at least 0",
        ),
        (
            {"contact": {"narrative": [{"text": "ab", "marks": [{"start": 0, "end": 9, "style": "bold"}]}]}},
            "Overview of police contact › Overview narrative › item 1: formatting from character 0 to 9 lies "
            "outside the paragraph's 2 characters",
        ),
        ({"quality": {"history": [{"kind": "signed"}]}}, "Quality assurance and sign-off › Review history › item 1 › What was recorded: must be one of verdict, comment, returned, signed_off, submitted, reply, earlier, not 'signed'"),
    ],
)
def test_messages_name_the_place_by_titles(raw: dict, message: str) -> None:
    assert _explain_file(raw) == message


def test_an_edit_is_described_from_the_field_being_edited() -> None:
    with pytest.raises(msgspec.ValidationError) as caught:
        msgspec.convert(["ok", 3], list[str])
    assert explain(caught.value, at=("review", "subjects", "sub-1", "aliases")) == "Aliases › item 2: must be text, not a whole number"


def test_describe_place_leaves_out_item_keys() -> None:
    assert describe_place(("recommendations", "rec-1", "actions", 2, "owner")) == "Recommendations › Action plan › item 3 › Owner"
    assert describe_place(("review", "key_dates", "imr_completed")) == "Review details › Key dates › IMR completed"
    assert describe_place(("review", "key_dates", "imr_completed"), start=2) == "IMR completed"
