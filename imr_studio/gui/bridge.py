"""The one bridge between the Qt-free document editor and Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..model import Change, Document, DocumentEditor, EditError, Path
from ..model.access import Restriction


class DocumentBridge(QObject):
    """Wraps a :class:`DocumentEditor`; re-announces its changes as Qt signals.

    Pages read and edit the document only through this object, so every edit
    is validated, undoable and seen by every other widget.
    """

    changed = Signal(list)
    """Emitted with the list of :class:`Change` after every edit, undo or redo."""
    history_changed = Signal()
    """Emitted when undo/redo availability or the modified state may have changed."""
    edit_refused = Signal(str)
    """Emitted with a plain-English message when an edit was refused (also every edit of a read-only document)."""
    findings_changed = Signal(object)
    """Emitted with the new checks :class:`~imr_studio.checks.Report` after the checks ran again."""

    def __init__(self, editor: DocumentEditor, describe: Callable[[Restriction], str], parent: QObject | None = None) -> None:
        """Watch ``editor``; ``describe`` words each kind of refusal for the user."""
        super().__init__(parent)
        self.editor = editor
        self.describe = describe
        """How a refusal's :class:`Restriction` is put to the user (the window knows who holds a lock)."""
        self.report = None
        """The latest checks report (None until the checks have run)."""
        self.rules = None
        """The rule packs the checks use (set by whoever runs them)."""
        self._unsubscribe = editor.subscribe(self._on_changes)
        self._unsubscribe_refusals = editor.subscribe_refusals(self._on_refusal)

    @property
    def document(self) -> Document:
        """The document being edited."""
        return self.editor.document

    def _on_changes(self, changes: list[Change]) -> None:
        self.changed.emit(changes)
        self.history_changed.emit()

    def _on_refusal(self, restriction: Restriction, path: Path) -> None:
        """Say why, and have the widgets showing ``path`` show the document's value again."""
        self.edit_refused.emit(self.describe(restriction))
        self.changed.emit([Change("set", path)])

    def get(self, path: Path) -> Any:
        """The current value at ``path``."""
        return self.editor.get(path)

    def set(self, path: Path, value: Any, *, merge: bool = False) -> bool:
        """Set a value; on a refused edit, emit ``edit_refused`` and return False."""
        try:
            return self.editor.set(path, value, merge=merge)
        except EditError as exc:
            self.edit_refused.emit(str(exc))
            return False

    def undo(self) -> None:
        """Undo the last edit."""
        self.editor.undo()

    def redo(self) -> None:
        """Redo the last undone edit."""
        self.editor.redo()

    def mark_saved(self) -> None:
        """Record that the document is saved; updates the modified marker."""
        self.editor.mark_saved()
        self.history_changed.emit()

    def mark_unsaved(self) -> None:
        """Record that the document differs from what is on disk (a recovered draft); updates the modified marker."""
        self.editor.mark_unsaved()
        self.history_changed.emit()

    def publish_findings(self, report: object) -> None:
        """Keep ``report`` as the latest and tell every widget that shows findings."""
        self.report = report
        self.findings_changed.emit(report)

    def detach(self) -> None:
        """Stop listening to the editor (when the document is closed)."""
        self._unsubscribe()
        self._unsubscribe_refusals()
