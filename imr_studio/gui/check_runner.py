"""Running the checks again a moment after the author stops typing."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from ..checks import load_rules, run_checks
from .bridge import DocumentBridge

PAUSE_MS = 300
"""How long typing must pause before the checks run again."""


class CheckRunner(QObject):
    """Reruns :func:`run_checks` after edits (debounced) and publishes the report on the bridge.

    The checks are pure and take milliseconds, so they run on the GUI thread
    between keystrokes; the pause keeps them out of the way while typing.
    The first run (which also compiles the rule packs) waits until the window
    is on screen: see :meth:`run_soon`. ``last_ms`` records how long the last
    run took.
    """

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.rules = None
        self.last_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        bridge.changed.connect(self._edited)

    def _edited(self, _changes: list) -> None:
        self._timer.start(PAUSE_MS)

    def run_soon(self) -> None:
        """Run the checks as soon as the window has finished what it is doing (drawing itself first)."""
        self._timer.start(0)

    def run_now(self) -> None:
        """Run the checks at once and publish the result."""
        self._timer.stop()
        if self.rules is None:
            self.rules = self.bridge.rules = load_rules()
        started = time.perf_counter()
        report = run_checks(self.bridge.document, self.rules)
        self.last_ms = (time.perf_counter() - started) * 1000
        self.bridge.publish_findings(report)
