"""How the window copes with a large project: opening it, and typing in it.

Opens the sample and a large project (the sample's chronology repeated up to
``--events`` events, see ``checks_speed.large_project``) in a real main
window, offscreen, while a 10 ms timer ticks. For each it prints, in
milliseconds and as a ratio to ``storage.loads`` of the same file measured
in the same run:

* open: ``MainWindow.open_path`` until the pages are built;
* first checks: from the start of opening until the checklist has its report;
* longest freeze: the longest gap between two timer ticks after the pages are
  built and before the report arrives (what the author feels as a stall);
* keystroke: one character added to a chronology summary, with everything the
  window does about it at once (median of 40);
* check after a pause: the checks run after typing stops, with the window's
  refresh of the checklist, the navigator and the word counts.

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


def typing(app: QApplication, path: Path) -> tuple[float, float]:
    """Seconds for one keystroke in a chronology summary (median) and for the check after the pause."""
    window = MainWindow(Settings(), start_empty=False)
    window.show()
    window.open_path(path, ask=False)
    while window.bridge.report is None:
        app.processEvents()
        time.sleep(0.001)
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
    window.bridge.editor.mark_saved()
    window.close()
    window.deleteLater()
    app.processEvents()
    return statistics.median(keystrokes), check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    app = QApplication([])
    sample = load_project(sample_project())
    with tempfile.TemporaryDirectory() as folder:
        for name, document in (("sample", sample), ("large", large_project(sample, args.events))):
            path = Path(folder) / f"{name}.imr"
            save_project(document, path)
            data = dumps(document)
            baseline = statistics.median(_timed(lambda: loads(data)) for _ in range(5))
            runs = [open_and_watch(app, path) + typing(app, path) for _ in range(args.repeats)]
            print(f"{name}: {len(document.contact.events)} events, {len(data) / 1e6:.2f} MB")
            print(f"  baseline storage.loads {baseline * 1000:8.1f} ms")
            labels = ("open", "first checks", "longest freeze", "keystroke", "check after a pause")
            for label, values in zip(labels, zip(*runs)):
                value = statistics.median(values)
                print(f"  {label:<22} {value * 1000:8.1f} ms {value / baseline:8.1f} x baseline")


def _timed(action) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
