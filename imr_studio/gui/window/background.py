"""Long work off the GUI thread: one piece at a time on a pool thread, with a modal progress dialog.

File › Export and File › Import Word IMR use :class:`BackgroundWork`. The
work runs on a pool thread, so the window keeps drawing itself; its steps
come back to the progress dialog, and its result, or the error that stopped
it, comes back to the GUI thread, where its owner says what happened.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_WIDTH = 380
"""The progress dialog's least width: room for a file name and the step beside the bar, not squeezed round them."""
Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``, as the export and the import call it."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """Calls ``work(progress)`` on a pool thread and reports back through signals."""

    def __init__(self, work: Callable[[Progress], object], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - every error goes back to the GUI thread, whose owner explains it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Progress(QProgressDialog):
    """A progress dialog that stays until its work ends: there is nothing to cancel, so Esc and closing do nothing."""

    def reject(self) -> None:
        """Esc: the work goes on, and so does the dialog."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """The window's close button: the work goes on, and so does the dialog."""
        event.ignore()


class BackgroundWork(QObject):
    """Runs one piece of work at a time on a pool thread while a window-modal progress dialog is shown."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._signals: _Signals | None = None
        self.progress: QProgressDialog | None = None
        """The progress dialog while the work runs, else None."""

    @property
    def busy(self) -> bool:
        """True while work is running."""
        return self._signals is not None

    def start(self, work: Callable[[Progress], object], title: str, label: str, done: Callable[[object], None],
              failed: Callable[[Exception], None], show_after: int = 300) -> None:
        """Run ``work(progress)``; then ``done(result)``, or ``failed(error)``, on the GUI thread.

        The progress dialog (``title``, first saying ``label``) appears after
        ``show_after`` milliseconds, or at once when that is 0; it is closed
        before ``done`` or ``failed`` is called.
        """
        self.progress = _Progress(label, "", 0, 0, self._window)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumWidth(PROGRESS_WIDTH)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(show_after)
        if not show_after:
            self.progress.show()
        self._signals = _Signals()
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(lambda result: self._end(done, result))
        self._signals.failed.connect(lambda error: self._end(failed, error))
        QThreadPool.globalInstance().start(_Job(work, self._signals))

    def _on_progress(self, done: int, total: int, what: str) -> None:
        progress = self.progress
        if progress is not None:
            progress.setMaximum(total)
            progress.setLabelText(what)
            # Last: a modal progress dialog handles pending events here, and the work may end
            # (and close the dialog) meanwhile.
            progress.setValue(done)

    def _end(self, then: Callable[[object], None], outcome: object) -> None:
        """Close the progress dialog, then hand the result or the error to ``then``."""
        self._signals = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        then(outcome)


class WorksInBackground:
    """What an owner of :class:`BackgroundWork` (kept as ``_work``) shows of it: whether it is busy, and its dialog."""

    _work: BackgroundWork

    @property
    def busy(self) -> bool:
        """True while the work runs."""
        return self._work.busy

    @property
    def progress(self) -> QProgressDialog | None:
        """The progress dialog while the work runs, else None."""
        return self._work.progress


def report_unexpected(error: BaseException) -> None:
    """Hand an error nobody expected to Python's hook for uncaught errors, which logs it and tells the user."""
    sys.excepthook(type(error), error, error.__traceback__)
