"""Fixing what a finding flags, as one undoable edit each: its suggested wording, a glossary entry, or a dismissal.

These act on a :class:`~imr_studio.model.DocumentEditor` and sit beside the
rules whose findings they answer; the window's right-click menus and the
checklist call them.
"""

from __future__ import annotations

from ..model import DocumentEditor
from ..model.search import replace_at
from .acronyms import expansion_for
from .findings import Finding
from .review import now_stamp
from .rules import Rules

DISMISSALS = ("quality", "dismissals")
GLOSSARY = ("dissemination", "glossary")


def replace_flagged(editor: DocumentEditor, finding: Finding, replacement: str) -> bool:
    """Replace the words a finding flags with ``replacement``, as one undoable edit.

    False when the finding names no words or its place is gone, or the editor refused the edit;
    raises :class:`~imr_studio.model.EditError` when the new text is not valid there.
    """
    if finding.location.span is None:
        return False
    return replace_at(editor, finding.location.path, finding.location.span, replacement)


def glossary_definition(finding: Finding, rules: Rules) -> str | None:
    """What the glossary should say for an acronym finding, or None when this is not one the rules can define."""
    if finding.category != "acronym" or not finding.text:
        return None
    known = expansion_for(finding.text, rules)
    if known is None:
        return None
    return known.definition or known.expansion


def add_to_glossary(editor: DocumentEditor, term: str, definition: str) -> None:
    """Add ``term`` with ``definition`` to the glossary (one undoable edit)."""
    editor.new_item(GLOSSARY, None, term=term, definition=definition)


def dismiss(editor: DocumentEditor, finding: Finding, reason: str) -> None:
    """Record that the author dismissed ``finding`` for ``reason`` (saved in the project, seen by the review lead)."""
    author = editor.document.review.author_name.strip() or "the author"
    editor.new_item(
        DISMISSALS,
        None,
        rule_id=finding.rule_id,
        item_id=finding.item_id,
        location=finding.location_key,
        text_hash=finding.text_hash,
        reason=reason.strip(),
        by=author,
        at=now_stamp(),
    )


def restore(editor: DocumentEditor, dismissal_id: str) -> None:
    """Take back a dismissal: the finding shows again."""
    editor.remove(DISMISSALS, dismissal_id)
