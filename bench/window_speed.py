"""How the window copes with a large project: opening it, typing in it, exporting it and importing it from Word.

Opens the sample and a large project (the sample's chronology repeated up to
``--events`` events, see ``checks_speed.large_project``) in a real main
window, offscreen, while a 10 ms timer ticks. For each it prints, in
milliseconds and as a ratio to ``storage.loads`` of the same file measured
in the same run:

* open: ``MainWindow.open_path`` until the page on show is built;
* first checks: from the start of opening until the checklist has its report;
* longest freeze opening: the longest gap between two timer ticks after the
  page is built and before the report arrives (what the author feels as a stall);
* slowest first page: each page is built the first time it is shown; the
  slowest of those first showings, one after the other once the checks are in;
* keystroke: one character added to a chronology summary, with everything the
  window does about it at once (median of 40);
* check after a pause: the checks run after typing stops, with the window's
  refresh of the checklist, the navigator and the word counts;
* export, and its longest freeze: the Word report written through the
  window's exporter (to a set path: no file dialog) until it is saved, and the
  longest gap between two timer ticks meanwhile;
* import, and its longest freeze: the same project's Word report (written
  beforehand by ``export.export_report``) read back through
  ``MainWindow.import_word`` until the window shows the imported project and
  its summary, and the longest gap meanwhile (the first checks that follow are
  those of opening). The summary is closed at once, as by an author who has
  read it.

    .venv/bin/python bench/window_speed.py [--events 1000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from checks_speed import large_project  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from imr_studio.export import export_report  # noqa: E402
from imr_studio.export.kinds import ExportKind  # noqa: E402
from imr_studio.gui.dialogs.imported_text import ImportSummaryDialog  # noqa: E402
from imr_studio.gui.window.main_window import MainWindow  # noqa: E402
from imr_studio.paths import sample_project  # noqa: E402
from imr_studio.settings import Settings  # noqa: E402
from imr_studio.storage import dumps, load_project, loads, save_project  # noqa: E402


def open_and_watch(app: QApplication, path: Path) -> tuple[float, float, float]:
    """Open ``path`` in a fresh window; seconds to open, to the first report, and the longest freeze."""
    window = MainWindow(Settings(), start_empty=False)
    window.show()
    app.processEvents()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    began = time.perf_counter()
    window.open_path(path, ask=False)
    opened = time.perf_counter()
    while window.bridge.report is None:
        app.processEvents()
        time.sleep(0.001)  # let the worker thread and the timer have the interpreter, as an idle event loop would
    reported = time.perf_counter()
    timer.stop()
    gaps = [b - a for a, b in zip([opened, *ticks], [*ticks, reported]) if a >= opened]
    window.bridge.editor.mark_saved()
    window.close()
    window.deleteLater()
    app.processEvents()
    return opened - began, reported - began, max(gaps, default=0.0)


def _opened(app: QApplication, path: Path) -> MainWindow:
    """A fresh window with ``path`` open and its first checks done."""
    window = MainWindow(Settings(), start_empty=False)
    window.show()
    window.open_path(path, ask=False)
    while window.bridge.report is None:
        app.processEvents()
        time.sleep(0.001)
    return window


def _close(app: QApplication, window: MainWindow) -> None:
    window.bridge.editor.mark_saved()
    window.close()
    window.deleteLater()
    app.processEvents()


def typing(app: QApplication, path: Path) -> tuple[float, float]:
    """Seconds for one keystroke in a chronology summary (median) and for the check after the pause."""
    window = _opened(app, path)
    window.navigator.setCurrentRow([p.section for p in window.pages].index("contact"))
    app.processEvents()
    events = window.bridge.document.contact.events
    event = events[len(events) // 2]
    keystrokes = []
    for count in range(1, 41):
        keystrokes.append(_timed(lambda: (window.bridge.set(("contact", "events", event.id, "summary"),
                                                            event.summary + "x" * count, merge=True),
                                          app.processEvents())))
    check = _timed(lambda: (window.check_runner.run_now(), app.processEvents()))
    _close(app, window)
    return statistics.median(keystrokes), check


def first_shows(app: QApplication, path: Path) -> tuple[float]:
    """Seconds of the slowest first showing of a page (each is built the first time it is shown)."""
    window = _opened(app, path)
    times = [_timed(lambda: (window.navigator.setCurrentRow(row), app.processEvents())) for row in range(len(window.pages))]
    _close(app, window)
    return (max(times),)


def export_and_import(app: QApplication, path: Path, report: Path) -> tuple[float, float, float, float]:
    """Seconds to export ``path`` to Word through the window and the longest freeze; the same for importing ``report``."""
    window = _opened(app, path)
    target = path.with_name(f"{path.stem} exported.docx")
    exporting = _watched(app, lambda: window.exporter.export(window.bridge.document, target, ExportKind.RESTRICTED),
                         lambda: not window.exporter.busy)
    window.exporter.message.close()
    ended: list[bool] = []
    window.word_importer.finished.connect(ended.append)
    importing = _watched(app, lambda: window.import_word(report), lambda: bool(ended))
    _close(app, window)
    return exporting + importing


def _watched(app: QApplication, start, finished) -> tuple[float, float]:
    """Seconds from ``start()`` until ``finished()``, the event loop running, and the longest gap between 10 ms ticks."""
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    began = time.perf_counter()
    start()
    while not finished():
        app.processEvents()
        time.sleep(0.001)  # as an idle event loop would, leave the interpreter to the worker thread and the timer
    ended = time.perf_counter()
    timer.stop()
    return ended - began, max(b - a for a, b in zip([began, *ticks], [*ticks, ended]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    app = QApplication([])
    ImportSummaryDialog.exec = lambda dialog: ImportSummaryDialog.DialogCode.Rejected  # closed at once, once read
    sample = load_project(sample_project())
    with tempfile.TemporaryDirectory() as folder:
        for name, document in (("sample", sample), ("large", large_project(sample, args.events))):
            path = Path(folder) / f"{name}.imr"
            save_project(document, path)
            report = export_report(document, Path(folder) / f"{name}.docx")
            data = dumps(document)
            baseline = statistics.median(_timed(lambda: loads(data)) for _ in range(5))
            runs = [open_and_watch(app, path) + first_shows(app, path) + typing(app, path)
                    + export_and_import(app, path, report) for _ in range(args.repeats)]
            print(f"{name}: {len(document.contact.events)} events, {len(data) / 1e6:.2f} MB")
            print(f"  {'baseline storage.loads':<24} {baseline * 1000:8.1f} ms")
            labels = ("open", "first checks", "longest freeze opening", "slowest first page", "keystroke", "check after a pause", "export",
                      "longest freeze exporting", "import", "longest freeze importing")
            for label, values in zip(labels, zip(*runs)):
                value = statistics.median(values)
                print(f"  {label:<24} {value * 1000:8.1f} ms {value / baseline:8.1f} x baseline")


def _timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
