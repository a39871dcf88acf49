"""An error nobody expected: logged, the user told in plain words, a copy of the work saved, and work goes on."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QFileDialog, QMessageBox

from imr_studio.errorlog import log_path
from imr_studio.gui.dialogs.unexpected import UnexpectedErrors
from imr_studio.storage import load_project


def _raise_and_catch() -> tuple:
    try:
        raise RuntimeError("a fault inside the program")
    except RuntimeError:
        return sys.exc_info()


def test_an_unexpected_error_is_logged_and_a_copy_of_the_work_can_be_saved(qtbot, window, monkeypatch, tmp_path):
    window.open_sample(ask=False)
    window.bridge.set(("review", "agency"), "Typed before the fault")
    handler = UnexpectedErrors(window, lambda: window.bridge.document)
    shown: list[str] = []

    def click_save(box: QMessageBox) -> int:
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Save a copy…").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_save)
    target = tmp_path / "rescued.imr"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    handler.install()
    try:
        assert sys.excepthook == handler.handle
        sys.excepthook(*_raise_and_catch())
    finally:
        handler.uninstall()
    assert "Something went wrong inside IMR Studio" in shown[0] and "Your work is still open" in shown[0]
    assert "RuntimeError: a fault inside the program" in log_path().read_text(encoding="utf-8")
    assert load_project(target).review.agency == "Typed before the fault"
    assert window.bridge.document.review.agency == "Typed before the fault"  # and the window carries on
    assert sys.excepthook != handler.handle
