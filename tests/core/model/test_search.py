"""Find and replace across the IMR: every text an author writes, nothing else, one undo step."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from imr_studio.model import DocumentEditor
from imr_studio.model.document import (
    AnalysisEntry,
    ContactOverview,
    Document,
    Event,
    ReviewDetails,
)
from imr_studio.model.narrative import Mark, Paragraph
from imr_studio.model.search import find, replace, texts
from imr_studio.paths import sample_project
from imr_studio.storage import dumps, load_project


def _document() -> Document:
    return Document(
        review=ReviewDetails(review_name="DHR Lakeside", independence=[Paragraph(text="The author never managed the Lakeside team.")]),
        contact=ContactOverview(events=[Event(id="ev-1", date="2023-04-01", event_type="call_for_service", time="10:15",
                                              summary="A call from Lakeside Road about shouting.")]),
        analysis=[AnalysisEntry(id="an-1", title="Lakeside calls", event_ids=["ev-1"])],
    )


def test_find_looks_in_narratives_fields_and_tables_and_says_where() -> None:
    found = find(_document(), "lakeside")
    assert [m.path for m in found] == [
        ("review", "review_name"),
        ("review", "independence", 0),
        ("contact", "events", "ev-1", "summary"),
        ("analysis", "an-1", "title"),
    ]
    assert found[2].span == (12, 20) and "Lakeside Road" in found[2].context


def test_find_never_looks_at_identifiers_keys_dates_or_the_review_leads_records() -> None:
    searched = {path[-1] for path, _ in texts(load_project(sample_project()))}
    assert not searched & {"id", "event_type", "date", "time", "subject_id", "key", "protective_marking"}
    assert not any(path[0] == "quality" for path, _ in texts(load_project(sample_project())))
    assert find(_document(), "call_for_service") == [] and find(_document(), "2023-04") == []


def test_case_and_whole_words_narrow_the_search() -> None:
    assert len(find(_document(), "lakeside", match_case=True)) == 0
    assert len(find(_document(), "Lake")) == 4
    assert find(_document(), "Lake", whole_words=True) == []


def test_replace_all_is_one_undo_step_and_keeps_formatting_round_the_words() -> None:
    document = _document()
    document.review.independence[0] = Paragraph(text="The author never managed the Lakeside team.", marks=(Mark(start=29, end=37, style="bold"),))
    editor = DocumentEditor(document)
    before = dumps(editor.document)
    assert replace(editor, find(editor.document, "Lakeside"), "Hillcrest") == 4
    assert find(editor.document, "Lakeside") == []
    paragraph = editor.document.review.independence[0]
    assert paragraph.text == "The author never managed the Hillcrest team."
    assert [(m.start, m.end) for m in paragraph.marks] == [(29, 38)]
    editor.undo()
    assert dumps(editor.document) == before


def test_replacing_some_matches_leaves_the_others() -> None:
    editor = DocumentEditor(_document())
    [first, *rest] = find(editor.document, "Lakeside")
    assert replace(editor, [first], "Hillcrest") == 1
    assert editor.document.review.review_name == "DHR Hillcrest"
    assert len(find(editor.document, "Lakeside")) == len(rest)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(["abuse", "call", "Call", "callout", "recall", "the", "a", "CALL", "call's"]), max_size=30),
    replacement=st.sampled_from(["", "phone call", "c", "contact"]),
    match_case=st.booleans(),
    whole_words=st.booleans(),
)
def test_replacing_every_match_leaves_none_and_undo_restores_every_byte(words, replacement, match_case, whole_words) -> None:
    text = " ".join(words)
    editor = DocumentEditor(Document(review=ReviewDetails(review_name=text, independence=[Paragraph(text=text)])))
    before = dumps(editor.document)
    matches = find(editor.document, "call", match_case=match_case, whole_words=whole_words)
    assert replace(editor, matches, replacement) == len(matches)
    if "call" not in replacement.lower():
        assert find(editor.document, "call", match_case=match_case, whole_words=whole_words) == []
    if matches:
        editor.undo()
    assert dumps(editor.document) == before
