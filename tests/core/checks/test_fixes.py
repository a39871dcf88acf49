"""Fixing a finding in the core: its suggested wording, a glossary entry, a dismissal, each one undo step."""

from __future__ import annotations

from imr_studio.checks import load_rules, run_checks
from imr_studio.checks.fixes import add_to_glossary, dismiss, glossary_definition, replace_flagged, restore
from imr_studio.model import DocumentEditor
from imr_studio.model.access import edit_policy
from imr_studio.model.document import Document, ReviewDetails
from imr_studio.model.narrative import from_plain_text, plain_text


def _editor(text: str) -> DocumentEditor:
    return DocumentEditor(Document(review=ReviewDetails(independence=from_plain_text(text))))


def _finding(editor: DocumentEditor, category: str, text: str):
    return next(f for f in run_checks(editor.document).findings() if f.category == category and f.text == text)


def test_the_suggested_wording_replaces_exactly_the_flagged_words_as_one_undo_step() -> None:
    editor = _editor("She refused to engage with the IDVA service. Officers attended.")
    finding = _finding(editor, "language", "refused to engage")
    assert replace_flagged(editor, finding, finding.replacements[0])
    assert plain_text(editor.document.review.independence) == (
        "She did not take up the support offered with the IDVA service. Officers attended."
    )
    editor.undo()
    assert plain_text(editor.document.review.independence).startswith("She refused to engage")


def test_a_finding_whose_place_has_gone_changes_nothing() -> None:
    editor = _editor("She refused to engage with the IDVA service.")
    finding = _finding(editor, "language", "refused to engage")
    editor.set(("review", "independence"), [])
    assert not replace_flagged(editor, finding, "did not take up the support offered")
    assert not editor.can_redo and editor.document.review.independence == []


def test_a_refused_edit_is_not_made() -> None:
    editor = _editor("She refused to engage with the IDVA service.")
    finding = _finding(editor, "language", "refused to engage")
    editor.policy = edit_policy(open_read_only=True, reviewing=False)
    assert not replace_flagged(editor, finding, "did not take up the support offered")
    assert "refused to engage" in plain_text(editor.document.review.independence)


def test_an_acronym_the_rules_know_goes_to_the_glossary_with_its_definition() -> None:
    editor = _editor("The IDVA spoke to her twice.")
    finding = next(f for f in run_checks(editor.document).findings() if f.category == "acronym" and f.text == "IDVA")
    definition = glossary_definition(finding, load_rules())
    assert definition and "domestic abuse" in definition
    add_to_glossary(editor, finding.text, definition)
    [entry] = editor.document.dissemination.glossary
    assert (entry.term, entry.definition) == ("IDVA", definition)
    assert not any(f.text == "IDVA" and f.category == "acronym" for f in run_checks(editor.document).findings())


def test_a_language_finding_has_no_glossary_definition() -> None:
    editor = _editor("She refused to engage with the service.")
    assert glossary_definition(_finding(editor, "language", "refused to engage"), load_rules()) is None


def test_a_dismissal_records_the_reason_and_who_and_restoring_it_brings_the_finding_back() -> None:
    editor = _editor("She refused to engage with the service.")
    editor.set(("review", "author_name"), "DS Example Author")
    finding = _finding(editor, "language", "refused to engage")
    dismiss(editor, finding, "  Her own words, quoted in the interview.  ")
    [dismissal] = editor.document.quality.dismissals
    assert (dismissal.reason, dismissal.by, dismissal.rule_id) == ("Her own words, quoted in the interview.", "DS Example Author", finding.rule_id)
    assert not any(f.text == "refused to engage" for f in run_checks(editor.document).findings())
    restore(editor, dismissal.id)
    assert editor.document.quality.dismissals == []
    assert any(f.text == "refused to engage" for f in run_checks(editor.document).findings())
