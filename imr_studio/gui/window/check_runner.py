"""Running the checks again a moment after the author stops typing."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal

from ... import checks  # the engine loads with the first run, after the window is drawn
from ...model.document import Document
from ...storage import copy_of
from ..bridge import DocumentBridge

PAUSE_MS = 300
"""How long typing must pause before the checks run again."""


class _Signals(QObject):
    done = Signal(object, object, int)  # report, rules, generation
    failed = Signal()


class _FirstRun(QRunnable):
    """Loads the rule packs and checks a snapshot of the document on a pool thread."""

    def __init__(self, snapshot: Document, rules, generation: int, signals: _Signals) -> None:
        super().__init__()
        self._snapshot = snapshot
        self._rules = rules
        self._generation = generation
        self.signals = signals

    def run(self) -> None:
        try:
            rules = self._rules if self._rules is not None else checks.load_rules()
            report = checks.run_checks(self._snapshot, rules)
        except Exception:  # noqa: BLE001 (reported again on the GUI thread, where errors are shown)
            self.signals.failed.emit()
            return
        self.signals.done.emit(report, rules, self._generation)


class CheckRunner(QObject):
    """Reruns :func:`~imr_studio.checks.run_checks` after edits (debounced) and publishes the report on the bridge.

    The first run on a newly opened document is the slow one (the rule packs
    compile, and every text is checked for the first time: most of a second
    on a 1,000-event chronology), so it runs on a worker thread from a
    snapshot while the window stays responsive; see :meth:`run_soon`. Later
    runs only check what changed and take milliseconds, so they run on the
    GUI thread between keystrokes, after the pause. ``last_ms`` records how
    long the last run took.
    """

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.rules = None
        self.last_ms = 0.0
        self._generation = 0  # counts edits, so a result for an older document is recognised
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._first_run_done)
        self._signals.failed.connect(self.run_now)  # run again where an error reaches the user
        self._started = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        bridge.changed.connect(self._edited)

    def _edited(self, _changes: list) -> None:
        self._generation += 1
        self._timer.start(PAUSE_MS)

    @property
    def busy(self) -> bool:
        """True while the first run is still going on the worker thread."""
        return self._pool.activeThreadCount() > 0

    def run_soon(self) -> None:
        """Start the first run on a worker thread; the report arrives on the bridge when it is done."""
        self._timer.stop()
        self._started = time.perf_counter()
        snapshot = copy_of(self.bridge.document)
        self._pool.start(_FirstRun(snapshot, self.rules, self._generation, self._signals))

    def _first_run_done(self, report, rules, generation: int) -> None:
        self.rules = self.bridge.rules = rules
        self.last_ms = (time.perf_counter() - self._started) * 1000
        if generation == self._generation:
            self.bridge.publish_findings(report)
        else:
            self.run_now()  # edited meanwhile: check the document as it is now (quick: the texts are known)

    def run_now(self) -> None:
        """Run the checks at once and publish the result (after the first run, if that is still going)."""
        self._timer.stop()
        if self.busy:
            self._pool.waitForDone()
            # Take the first run's result now; it reruns the checks itself if the document changed since.
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
            return
        if self.rules is None:
            self.rules = self.bridge.rules = checks.load_rules()
        started = time.perf_counter()
        report = checks.run_checks(self.bridge.document, self.rules)
        self.last_ms = (time.perf_counter() - started) * 1000
        self.bridge.publish_findings(report)

    def stop(self) -> None:
        """Wait for a run in progress to end and drop its result, before the runner is thrown away."""
        self._timer.stop()
        self._pool.waitForDone()
        QCoreApplication.removePostedEvents(self, QEvent.Type.MetaCall)
