"""Baseline for start-up: a bare PySide6 QMainWindow, shown; prints the time it was shown, then ends at once."""

import os
import time

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print(time.time(), flush=True)
os._exit(0)
