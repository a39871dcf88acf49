"""Questions name their buttons for what they do."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

Buttons = QMessageBox.StandardButton


def test_buttons_say_what_they_do_and_the_answer_is_the_standard_button(qtbot, window) -> None:
    questions = importlib.reload(importlib.import_module("imr_studio.gui.dialogs.questions"))  # the real one, not the tests' stand-in
    seen: list[str] = []

    def press_replace() -> None:
        box = QApplication.activeModalWidget()
        seen.extend(button.text() for button in box.buttons())
        box.button(Buttons.No).click()

    QTimer.singleShot(0, press_replace)
    answer = questions.ask(window, "The file has changed", "Someone saved their own version.",
                           Buttons.Yes | Buttons.No | Buttons.Cancel, Buttons.Yes,
                           {Buttons.Yes: "Save as a new file…", Buttons.No: "Replace the file on disk"})
    assert answer == Buttons.No
    assert {"Save as a new file…", "Replace the file on disk"} <= set(seen)
    assert not {"&Yes", "&No", "Yes", "No"} & set(seen)
