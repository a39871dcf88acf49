"""Acting on a finding: replace the flagged words, add an acronym to the glossary, dismiss or restore it."""

from __future__ import annotations


from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from ..checks import Finding
from ..checks.acronyms import expansion_for
from ..checks.review import now_stamp
from ..checks.rules import Rules
from ..model.narrative import Paragraph, replace_span
from .bridge import DocumentBridge

DISMISSALS = ("quality", "dismissals")
GLOSSARY = ("dissemination", "glossary")


def replace_flagged(bridge: DocumentBridge, finding: Finding, replacement: str) -> bool:
    """Replace the words a finding flags with ``replacement``, as one undoable edit."""
    path, span = finding.location.path, finding.location.span
    if span is None:
        return False
    start, end = span
    try:
        value = bridge.get(path)
    except LookupError:
        return False
    if isinstance(value, Paragraph):  # one paragraph of a narrative
        narrative = list(bridge.get(path[:-1]))
        narrative[path[-1]] = replace_span(value, start, end, replacement)
        return bridge.set(path[:-1], narrative)
    if isinstance(value, str):
        return bridge.set(path, value[:start] + replacement + value[end:])
    return False


def glossary_definition(finding: Finding, rules: Rules) -> str | None:
    """What the glossary should say for an acronym finding, or None when this is not one the rules can define."""
    if finding.category != "acronym" or not finding.text:
        return None
    known = expansion_for(finding.text, rules)
    if known is None:
        return None
    return known.definition or known.expansion


def add_to_glossary(bridge: DocumentBridge, term: str, definition: str) -> None:
    """Add ``term`` with ``definition`` to the glossary (one undoable edit)."""
    bridge.editor.new_item(GLOSSARY, None, term=term, definition=definition)


def dismiss(bridge: DocumentBridge, finding: Finding, reason: str) -> None:
    """Record that the author dismissed ``finding`` for ``reason`` (saved in the project, seen by the review lead)."""
    author = bridge.document.review.author_name.strip() or "the author"
    bridge.editor.new_item(
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


def restore(bridge: DocumentBridge, dismissal_id: str) -> None:
    """Take back a dismissal: the finding shows again."""
    bridge.editor.remove(DISMISSALS, dismissal_id)


def fix_actions(bridge: DocumentBridge, finding: Finding, parent: QWidget) -> list[QAction]:
    """The quick fixes for ``finding`` as menu actions: each replacement, and adding an acronym to the glossary."""
    actions = []
    for replacement in finding.replacements:
        action = QAction(f"Replace with “{replacement}”", parent)
        action.triggered.connect(lambda _=False, r=replacement: replace_flagged(bridge, finding, r))
        actions.append(action)
    definition = glossary_definition(finding, bridge.rules) if bridge.rules is not None else None
    if definition is not None:
        action = QAction(f"Add {finding.text} to the glossary", parent)
        action.triggered.connect(lambda: add_to_glossary(bridge, finding.text, definition))
        actions.append(action)
    return actions


def ask_to_dismiss(bridge: DocumentBridge, finding: Finding, parent: QWidget) -> bool:
    """Ask the author why ``finding`` does not apply; dismiss it when they give a reason."""
    reason, accepted = QInputDialog.getMultiLineText(
        parent,
        "Dismiss finding",
        f"{finding.message}\n\nWhy does this not apply here? The review lead will read your reason.",
    )
    if not (accepted and reason.strip()):
        return False
    dismiss(bridge, finding, reason)
    return True
