"""A read-only editor changes nothing, and says why every time it refuses."""

from __future__ import annotations

import copy

from imr_studio.model import DocumentEditor
from imr_studio.model.access import EDITABLE, Restriction, edit_policy
from imr_studio.storage import dumps

EVENTS = ("contact", "events")
REFERENCE = ("review", "reference")
READ_ONLY = edit_policy(open_read_only=True, reviewing=False)


def test_every_kind_of_edit_is_refused_with_the_reason_and_the_path() -> None:
    editor = DocumentEditor()
    first = editor.new_item(EVENTS, summary="one")
    second = editor.new_item(EVENTS, summary="two")
    editor.mark_saved()
    before = copy.deepcopy(editor.document)
    announced, refused = [], []
    editor.subscribe(announced.append)
    editor.subscribe_refusals(lambda reason, path: refused.append((reason, path)))
    editor.policy = READ_ONLY

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
    assert {reason for reason, _ in refused} == {Restriction.OPEN_READ_ONLY}
    # Undo names what it would have changed: the last edit added an event.
    assert [path for _, path in refused] == [REFERENCE, EVENTS, EVENTS, EVENTS, EVENTS, REFERENCE, ("review", "agency"), EVENTS]


def test_undo_and_redo_are_refused_and_editing_resumes_when_the_flag_is_cleared() -> None:
    editor = DocumentEditor()
    editor.set(REFERENCE, "A")
    editor.set(REFERENCE, "B")
    editor.undo()
    editor.policy = READ_ONLY
    editor.undo()
    editor.redo()
    assert editor.document.review.reference == "A"
    editor.policy = EDITABLE
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


VERDICT = ("quality", "history")
DECISION_TEXTS = ("quality", "decided_texts")
REPLY = ("quality", "responses")


def test_the_edit_policy_names_why_each_edit_is_refused() -> None:
    author = edit_policy(open_read_only=False, reviewing=False)
    reviewer = edit_policy(open_read_only=False, reviewing=True)
    locked = edit_policy(open_read_only=True, reviewing=True)
    assert author.refusal(REFERENCE) is None
    assert author.refusal(VERDICT) is Restriction.REVIEWERS_RECORDS
    assert author.refusal(DECISION_TEXTS) is Restriction.REVIEWERS_RECORDS
    assert author.refusal(REPLY) is None  # the author answers the review lead's comments
    assert reviewer.refusal(REFERENCE) is Restriction.REVIEW_MODE
    assert reviewer.refusal(VERDICT) is None and reviewer.refusal(DECISION_TEXTS) is None
    assert reviewer.refusal(REPLY) is Restriction.REVIEW_MODE
    assert {locked.refusal(path) for path in (REFERENCE, VERDICT, REPLY)} == {Restriction.OPEN_READ_ONLY}


def test_the_editor_reports_the_restriction_behind_a_refusal_and_undo_respects_it() -> None:
    editor = DocumentEditor()
    refused = []
    editor.subscribe_refusals(lambda restriction, path: refused.append((restriction, path)))
    editor.set(REFERENCE, "A")
    editor.policy = edit_policy(open_read_only=False, reviewing=True)
    assert editor.restriction is Restriction.REVIEW_MODE
    assert not editor.can_undo  # undoing the author's edit would change the author's text
    editor.undo()
    assert editor.document.review.reference == "A"
    assert refused == [(Restriction.REVIEW_MODE, REFERENCE)]
    editor.policy = edit_policy(open_read_only=False, reviewing=False)
    assert editor.restriction is None and editor.can_undo


def test_a_user_action_the_policy_refuses_in_part_is_refused_whole_and_leaves_no_undo_step() -> None:
    editor = DocumentEditor()
    editor.policy = edit_policy(open_read_only=False, reviewing=True)  # only the review lead's records
    refused = []
    editor.subscribe_refusals(lambda restriction, path: refused.append(path))
    changed = []
    editor.subscribe(changed.append)
    with editor.group("Decide and edit the text"):
        editor.set(("quality", "decided_texts"), [])  # allowed, but equal: nothing to do
        editor.set(("quality", "history"), editor.document.quality.history)
        editor.set(("review", "reference"), "Refused in review mode")
    assert editor.document.review.reference == ""
    assert not editor.can_undo and changed == [] and refused == [("review", "reference")]


def test_an_allowed_part_is_taken_back_when_a_later_part_is_refused() -> None:
    from imr_studio.model.document import TextAt

    editor = DocumentEditor()
    editor.policy = edit_policy(open_read_only=False, reviewing=True)
    with editor.group("Two edits, one refused"):
        editor.set(("quality", "decided_texts"), [TextAt(place=["review", "reference"], text="x")])
        assert editor.document.quality.decided_texts  # made ...
        editor.set(("methodology", "all_sources_accessed"), True)  # ... then this is refused
    assert editor.document.quality.decided_texts == [] and not editor.can_undo
