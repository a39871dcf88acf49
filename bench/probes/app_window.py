"""IMR Studio's main window with a project (or the sample), shown: prints peak memory in MB and the time it was shown,
then ends at once (not waiting for the first checks, which start on a worker thread once the window is drawn).

With ``--checked`` it goes on until the checklist has its first report and prints that time after the others.
"""

import argparse
import os
import resource
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from imr_studio.gui.window.main_window import MainWindow
from imr_studio.settings import Settings

parser = argparse.ArgumentParser()
parser.add_argument("project", nargs="?", type=Path)
parser.add_argument("--checked", action="store_true")
args = parser.parse_args()
app = QApplication([])
window = MainWindow(Settings(), start_empty=False)  # as the app starts with a file or the sample
window.resize(1366, 768)
if args.project:
    window.open_path(args.project, ask=False)
else:
    window.open_sample(ask=False)
window.show()
app.processEvents()
shown = time.time()
times = [shown]
if args.checked:
    while window.bridge.report is None:
        app.processEvents()
        time.sleep(0.002)
    times.append(time.time())
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, *times, flush=True)
os._exit(0)
