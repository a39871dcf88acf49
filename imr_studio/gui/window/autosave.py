"""Autosave: unsaved work goes to a recovery file every so often, never to the project file.

The save-manager pattern of qutebrowser: an edit marks the document dirty
and starts a timer unless one is running; when it fires, the work is written
to the project's recovery slot if it is still unsaved. So while the author
types, the recovery file is at most ``Settings.autosave_seconds`` behind, and
nothing is written while nothing changes. When the document is saved (or an
undo brings it back to what is saved) the recovery file goes: there is
nothing to recover.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...settings import Settings
from ...storage import RecoverySlot
from ..bridge import DocumentBridge


class Autosaver(QObject):
    """Keeps the unsaved work of one open document in its recovery slot."""

    problem = Signal(str)
    """Emitted once, with a plain-English message, when autosaves start failing."""

    def __init__(self, bridge: DocumentBridge, slot: RecoverySlot, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.slot = slot
        """Where the unsaved work is written."""
        self.settings = settings
        self._failing = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.write_now)
        bridge.history_changed.connect(self._on_history)

    def _on_history(self) -> None:
        if not self.bridge.editor.is_modified:
            self._timer.stop()
            self._discard()
        elif not self._timer.isActive():
            self._timer.start(self.settings.autosave_seconds * 1000)

    def write_now(self) -> bool:
        """Write the unsaved work to the recovery file now; False when that failed (said once, by ``problem``)."""
        self._timer.stop()
        if not self.bridge.editor.is_modified:
            self._discard()
            return True
        try:
            self.slot.write(self.bridge.document)
        except OSError as exc:
            if not self._failing:
                self._failing = True
                self.problem.emit(
                    f"Autosave failed: the unsaved work could not be written to a recovery file "
                    f"({exc.strerror or exc}). Save it with File › Save."
                )
            return False
        self._failing = False
        return True

    def follow(self, original: Path | None, name: str, original_fingerprint: str | None) -> None:
        """The document now belongs to ``original`` (after Save as): move the slot there."""
        self.slot.follow(original, name, original_fingerprint)
        if self.bridge.editor.is_modified:
            self.write_now()

    def _discard(self) -> None:
        try:
            self.slot.discard()
        except OSError:
            pass  # a left-over recovery file of saved work is only offered again, never harmful

    def close(self) -> None:
        """The document is closed (saved or deliberately discarded): stop, and remove the recovery file."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self.bridge.history_changed.disconnect(self._on_history)
        self._discard()
