"""Baseline for start-up: a bare PySide6 QMainWindow, shown, then the process ends."""

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
