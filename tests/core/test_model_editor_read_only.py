"""A read-only editor changes nothing, and says why every time it refuses."""

from __future__ import annotations

import copy

from imr_studio.model import DocumentEditor
from imr_studio.storage import dumps

EVENTS = ("contact", "events")
REFERENCE = ("review", "reference")
REASON = "This IMR is open read-only."


def test_every_kind_of_edit_is_refused_with_the_reason_and_the_path() -> None:
    editor = DocumentEditor()
    first = editor.new_item(EVENTS, summary="one")
    second = editor.new_item(EVENTS, summary="two")
    editor.mark_saved()
    before = copy.deepcopy(editor.document)
    announced, refused = [], []
    editor.subscribe(announced.append)
    editor.subscribe_refusals(lambda reason, path: refused.append((reason, path)))
    editor.read_only = REASON

    assert editor.set(REFERENCE, "X-1") is False
    added = editor.new_item(EVENTS, summary="three")
    assert added.summary == "three"  # made, but not inserted
    assert editor.remove(EVENTS, first.id) == []
    editor.move(EVENTS, second.id, 0)
    editor.reorder(EVENTS, [second.id, first.id])
    with editor.group("Two edits"):
        editor.set(REFERENCE, "X-2")
        editor.set(("review", "agency"), "Northshire Police")
    editor.undo()

    assert dumps(editor.document) == dumps(before)
    assert announced == []
    assert not editor.is_modified
    assert {reason for reason, _ in refused} == {REASON}
    # Undo names what it would have changed: the last edit added an event.
    assert [path for _, path in refused] == [REFERENCE, EVENTS, EVENTS, EVENTS, EVENTS, REFERENCE, ("review", "agency"), EVENTS]


def test_undo_and_redo_are_refused_and_editing_resumes_when_the_flag_is_cleared() -> None:
    editor = DocumentEditor()
    editor.set(REFERENCE, "A")
    editor.set(REFERENCE, "B")
    editor.undo()
    editor.read_only = REASON
    editor.undo()
    editor.redo()
    assert editor.document.review.reference == "A"
    editor.read_only = ""
    assert editor.set(REFERENCE, "C") is True
    assert editor.document.review.reference == "C"


def test_a_recovered_draft_counts_as_modified_until_saved() -> None:
    editor = DocumentEditor()
    editor.mark_unsaved()
    assert editor.is_modified
    editor.set(REFERENCE, "A")
    editor.undo()
    assert editor.is_modified  # back to the recovered state, which is still not on disk
    editor.mark_saved()
    assert not editor.is_modified
