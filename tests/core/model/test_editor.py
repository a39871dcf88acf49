"""The document editor: validated, undoable edits announced to listeners."""

from __future__ import annotations

import copy
import datetime

import pytest

from imr_studio.model import Change, Document, DocumentEditor, EditError, Paragraph
from imr_studio.model.document import AnalysisEntry, CharacteristicProfile, Event

EVENTS = ("contact", "events")
SUBJECTS = ("review", "subjects")
REFERENCE = ("review", "reference")


@pytest.fixture
def editor() -> DocumentEditor:
    return DocumentEditor()


@pytest.fixture
def announced(editor: DocumentEditor) -> list[list[Change]]:
    calls: list[list[Change]] = []
    editor.subscribe(calls.append)
    return calls


# --- set -----------------------------------------------------------------------


def test_set_converts_the_value_to_the_field_type(editor: DocumentEditor, announced) -> None:
    editor.set(("review", "period_start"), "2024-01-02")
    assert editor.document.review.period_start == datetime.date(2024, 1, 2)
    assert announced == [[Change("set", ("review", "period_start"))]]
    assert editor.undo_label == "Edit review period start"


def test_set_of_an_equal_value_does_nothing(editor: DocumentEditor, announced) -> None:
    editor.set(REFERENCE, "")
    assert announced == [] and not editor.can_undo


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("review", "period_start"), "2024-02-30", "Review period start: must be a real date, written YYYY-MM-DD"),
        (("review", "period_start"), 5, "Review period start: must be a date (YYYY-MM-DD) or empty, not a whole number"),
        (("review", "agency"), ["x"], "Agency: must be text, not a list"),
        (("methodology", "all_sources_accessed"), "yes", "All identified sources were accessed: must be true or false, not text"),
        (("contact", "narrative"), [{"text": "a\nb"}], "Overview narrative › item 1: a paragraph cannot contain a line break"),
        (("review", "nope"), "x", "ReviewDetails has no field 'nope'"),
    ],
)
def test_a_refused_edit_says_why_in_plain_english(editor: DocumentEditor, announced, path, value, message) -> None:
    before = copy.deepcopy(editor.document)
    with pytest.raises(EditError) as caught:
        editor.set(path, value)
    assert str(caught.value).startswith(message)
    assert editor.document == before and announced == [] and not editor.can_undo


def test_a_refused_edit_inside_an_item_names_the_field_being_edited(editor: DocumentEditor) -> None:
    subject = editor.new_item(SUBJECTS, role="victim")
    with pytest.raises(EditError, match=r"^Role: must be one of victim, suspect, child, family, other, not 'boss'$"):
        editor.set(SUBJECTS + (subject.id, "role"), "boss")
    with pytest.raises(EditError, match=r"^Aliases › item 2: must be text, not a whole number$"):
        editor.set(SUBJECTS + (subject.id, "aliases"), ["Al", 2])


# --- merge, undo, redo, saved state ---------------------------------------------


def test_typing_merges_into_one_undo_step(editor: DocumentEditor, announced) -> None:
    for text in ("D", "DH", "DHR"):
        editor.set(REFERENCE, text, merge=True)
    assert editor.get(REFERENCE) == "DHR"
    assert len(announced) == 3
    editor.undo()
    assert editor.get(REFERENCE) == "" and not editor.can_undo


def test_typing_does_not_merge_across_another_field_or_a_save(editor: DocumentEditor) -> None:
    editor.set(REFERENCE, "A", merge=True)
    editor.set(("review", "agency"), "Force", merge=True)
    editor.set(REFERENCE, "AB", merge=True)
    editor.mark_saved()
    editor.set(REFERENCE, "ABC", merge=True)
    editor.undo()
    assert editor.get(REFERENCE) == "AB" and not editor.is_modified
    editor.undo()
    assert editor.get(REFERENCE) == "A"


def test_undo_and_redo(editor: DocumentEditor, announced) -> None:
    assert (editor.can_undo, editor.can_redo, editor.undo_label, editor.redo_label) == (False, False, "", "")
    editor.set(REFERENCE, "one")
    editor.set(REFERENCE, "two")
    editor.undo()
    assert editor.get(REFERENCE) == "one"
    assert editor.can_redo and editor.redo_label == "Edit review reference"
    editor.redo()
    assert editor.get(REFERENCE) == "two"
    editor.undo()
    editor.set(REFERENCE, "three")
    assert not editor.can_redo, "a new edit drops what was undone"
    assert len(announced) == 6  # three edits, undo, redo, undo
    editor.undo()
    editor.undo()
    assert editor.get(REFERENCE) == ""
    editor.undo()  # nothing left: no error, no announcement
    editor.redo()
    assert editor.get(REFERENCE) == "one"


def test_is_modified_follows_the_saved_state(editor: DocumentEditor) -> None:
    assert not editor.is_modified
    editor.set(REFERENCE, "one")
    assert editor.is_modified
    editor.mark_saved()
    assert not editor.is_modified
    editor.undo()
    assert editor.is_modified
    editor.redo()
    assert not editor.is_modified


def test_unsubscribe(editor: DocumentEditor) -> None:
    calls: list[list[Change]] = []
    unsubscribe = editor.subscribe(calls.append)
    editor.set(REFERENCE, "one")
    unsubscribe()
    editor.set(REFERENCE, "two")
    assert len(calls) == 1


# --- items -----------------------------------------------------------------------


def test_new_item_gets_a_fresh_prefixed_id(editor: DocumentEditor, announced) -> None:
    first = editor.new_item(EVENTS, summary="Call")
    second = editor.new_item(EVENTS, index=0, summary="Earlier call")
    assert first.id.startswith("ev-") and second.id.startswith("ev-") and first.id != second.id
    assert [e.summary for e in editor.document.contact.events] == ["Earlier call", "Call"]
    assert announced[0] == [Change("insert", EVENTS, first.id)]
    assert editor.undo_label == "Add to chronology"


def test_new_item_with_a_bad_value_is_refused_plainly(editor: DocumentEditor) -> None:
    with pytest.raises(EditError, match=r"^Subjects › Role: must be one of victim, suspect, child, family, other, not 'boss'$"):
        editor.new_item(SUBJECTS, role="boss")
    with pytest.raises(EditError, match=r"^Profiles › Subject: is missing$"):
        editor.new_item(("characteristics", "profiles"))
    assert editor.document == Document()


def test_insert_refuses_duplicates_and_wrong_types(editor: DocumentEditor) -> None:
    editor.insert(EVENTS, Event(id="ev-1"))
    with pytest.raises(EditError, match="already has an item 'ev-1'"):
        editor.insert(EVENTS, Event(id="ev-1"))
    with pytest.raises(EditError, match="the id 'ev-1' is already used"):
        editor.insert(("analysis",), AnalysisEntry(id="ev-1"))
    with pytest.raises(EditError, match="takes Event items"):
        editor.insert(EVENTS, AnalysisEntry(id="an-1"))
    editor.insert(("characteristics", "profiles"), CharacteristicProfile(subject_id="sub-1"))
    with pytest.raises(EditError, match="already has an item 'sub-1'"):
        editor.insert(("characteristics", "profiles"), CharacteristicProfile(subject_id="sub-1"))


def test_remove_unlinks_everything_that_pointed_at_the_item_in_one_undo_step(editor: DocumentEditor, announced) -> None:
    event = editor.new_item(EVENTS, summary="Neighbour called 999")
    other = editor.new_item(EVENTS, summary="Arrest")
    entry = editor.new_item(("analysis",), title="First response", event_ids=[event.id, other.id])
    point = editor.new_item(("learning",), event_ids=[event.id], statement=[Paragraph(text="Check history")])
    before = copy.deepcopy(editor.document)
    announced.clear()

    unlinks = editor.remove(EVENTS, event.id)

    assert [u.description for u in unlinks] == [
        "the analysis entry “First response” will no longer link to it",
        "the learning point “Check history” will no longer link to it",
    ]
    assert editor.get(("analysis", entry.id, "event_ids")) == [other.id]
    assert editor.get(("learning", point.id, "event_ids")) == []
    assert [e.id for e in editor.document.contact.events] == [other.id]
    assert len(announced) == 1, "a removal is announced once"
    assert editor.undo_label == "Remove from chronology"
    editor.undo()
    assert editor.document == before


def test_removing_a_subject_removes_their_characteristics(editor: DocumentEditor) -> None:
    subject = editor.new_item(SUBJECTS, role="victim")
    editor.new_item(("characteristics", "profiles"), subject_id=subject.id)
    event = editor.new_item(EVENTS, subject_ids=[subject.id])
    unlinks = editor.remove(SUBJECTS, subject.id)
    assert "their recorded characteristics will be removed" in [u.description for u in unlinks]
    assert editor.document.characteristics.profiles == []
    assert editor.get(EVENTS + (event.id, "subject_ids")) == []
    editor.undo()
    assert [p.subject_id for p in editor.document.characteristics.profiles] == [subject.id]


def test_move_and_reorder(editor: DocumentEditor, announced) -> None:
    ids = [editor.new_item(EVENTS, summary=name).id for name in "ABC"]
    announced.clear()
    editor.move(EVENTS, ids[0], 99)
    assert [e.summary for e in editor.document.contact.events] == ["B", "C", "A"]
    assert announced == [[Change("move", EVENTS, ids[0])]]
    editor.move(EVENTS, ids[0], 2)  # already there: nothing to do
    assert len(announced) == 1
    editor.reorder(EVENTS, [ids[2], ids[1], ids[0]], label="Sort by date")
    assert [e.summary for e in editor.document.contact.events] == ["C", "B", "A"]
    assert editor.undo_label == "Sort by date" and len(announced) == 2
    editor.undo()
    assert [e.summary for e in editor.document.contact.events] == ["B", "C", "A"]
    editor.undo()
    assert [e.summary for e in editor.document.contact.events] == ["A", "B", "C"]


# --- groups ------------------------------------------------------------------------


def test_a_group_is_one_undo_step_announced_once(editor: DocumentEditor, announced) -> None:
    with editor.group("Fill in the review"):
        editor.set(REFERENCE, "DHR-1")
        editor.set(("review", "agency"), "Anyshire Police")
    assert len(announced) == 1 and len(announced[0]) == 2
    assert editor.undo_label == "Fill in the review"
    editor.undo()
    assert editor.document == Document()


def test_a_failing_group_is_rolled_back(editor: DocumentEditor, announced) -> None:
    with pytest.raises(EditError):
        with editor.group("Half done"):
            editor.set(REFERENCE, "DHR-1")
            editor.set(("review", "period_start"), "not a date")
    assert editor.document == Document()
    assert announced == [] and not editor.can_undo


def test_change_touches_paths_above_and_below() -> None:
    change = Change("set", ("review", "reference"))
    assert change.touches(("review",))
    assert change.touches(("review", "reference"))
    assert not change.touches(("review", "agency"))
    assert Change("insert", EVENTS, "ev-1").touches(EVENTS + ("ev-1", "summary"))


def test_subjects_are_named_as_the_author_knows_them() -> None:
    from imr_studio.model.document import Subject
    from imr_studio.model.links import short_subject_names, subject_name

    subjects = [
        Subject(id="sub-1", real_name="Natalie Jane Halloway", pseudonym="Wren"),
        Subject(id="sub-2", real_name="Daniel Lee Fenner", pseudonym="Travis"),
        Subject(id="sub-3", real_name="Daniel Price"),
        Subject(id="sub-4", pseudonym="Child 1"),
        Subject(id="sub-5"),
    ]
    assert [subject_name(s) for s in subjects] == [
        "Natalie Jane Halloway", "Daniel Lee Fenner", "Daniel Price", "Child 1", "sub-5"]
    assert short_subject_names(subjects) == {
        "sub-1": "Natalie", "sub-2": "Daniel Lee Fenner", "sub-3": "Daniel Price", "sub-4": "Child 1", "sub-5": "sub-5"}


def test_the_first_two_new_subjects_are_the_victim_and_the_suspect_then_others() -> None:
    from imr_studio.model.new_items import SUBJECTS

    editor = DocumentEditor()
    roles = [editor.new_item(SUBJECTS).role for _ in range(3)]
    assert roles == ["victim", "suspect", "other"]
    assert editor.new_item(SUBJECTS, role="child").role == "child"  # a role given is kept
    editor.remove(SUBJECTS, editor.document.review.subjects[0].id)
    assert editor.new_item(SUBJECTS).role == "victim"  # the review has no victim again
