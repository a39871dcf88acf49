"""IMR Studio's main window with a project (or the sample), shown: prints peak memory in MB and the time it was shown,
then ends at once (not waiting for the first checks, which run on a worker thread)."""

import os
import resource
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from imr_studio.gui.window.main_window import MainWindow
from imr_studio.settings import Settings

app = QApplication([])
window = MainWindow(Settings(), start_empty=False)  # as the app starts with a file or the sample
window.resize(1366, 768)
if len(sys.argv) > 1:
    window.open_path(Path(sys.argv[1]), ask=False)
else:
    window.open_sample(ask=False)
window.show()
app.processEvents()
shown = time.time()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, shown, flush=True)
os._exit(0)
