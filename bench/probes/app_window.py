"""IMR Studio's main window with a project (or the sample), shown, then the process ends; prints peak memory in MB."""

import resource
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from imr_studio.gui.window.main_window import MainWindow
from imr_studio.settings import Settings

app = QApplication([])
window = MainWindow(Settings())
window.resize(1366, 768)
if len(sys.argv) > 1:
    window.open_path(Path(sys.argv[1]), ask=False)
else:
    window.open_sample(ask=False)
window.show()
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
window.bridge.editor.mark_saved()
