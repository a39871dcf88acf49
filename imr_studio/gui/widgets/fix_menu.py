"""The right-click menu items that fix a finding, and asking the author why a finding does not apply.

The fixes themselves are core functions in :mod:`imr_studio.checks.fixes`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from ...checks import Finding
from ...checks.fixes import add_to_glossary, dismiss, glossary_definition, replace_flagged
from ...model import EditError
from ..bridge import DocumentBridge


def _refusals_shown(bridge: DocumentBridge, fix: Callable[[], object]) -> Callable[[], None]:
    """``fix``, with an edit the document refuses reported the way every refused edit is."""

    def run() -> None:
        try:
            fix()
        except EditError as exc:
            bridge.edit_refused.emit(str(exc))

    return run


def fix_actions(bridge: DocumentBridge, finding: Finding, parent: QWidget) -> list[QAction]:
    """The quick fixes for ``finding`` as menu actions: each replacement, and adding an acronym to the glossary."""
    actions = []
    for replacement in finding.replacements:
        action = QAction(f"Replace with “{replacement}”", parent)
        action.triggered.connect(_refusals_shown(bridge, lambda r=replacement: replace_flagged(bridge.editor, finding, r)))
        actions.append(action)
    definition = glossary_definition(finding, bridge.rules) if bridge.rules is not None else None
    if definition is not None:
        action = QAction(f"Add {finding.text} to the glossary", parent)
        action.triggered.connect(_refusals_shown(bridge, lambda: add_to_glossary(bridge.editor, finding.text, definition)))
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
    dismiss(bridge.editor, finding, reason)
    return True
