"""The first start offers four ways in; later starts, or starts with a file, go straight to work."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from imr_studio.gui import app
from imr_studio.gui.dialogs.welcome import WelcomeDialog
from imr_studio.gui.window.main_window import MainWindow


@pytest.fixture
def started(monkeypatch):
    """Run the app's start-up with the event loop replaced; yields the windows it showed."""
    windows: list[MainWindow] = []
    monkeypatch.setattr(QApplication, "exec", lambda *_: windows.extend(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()) or 0)
    yield windows
    for window in windows:
        window.bridge.editor.mark_saved()
        window.close()
        window.deleteLater()


def _choose(monkeypatch, key: str, offered: list) -> None:
    def pick(dialog: WelcomeDialog) -> int:
        offered.append([button.text() for button in dialog.buttons.values()])
        dialog.buttons[key].click()
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", pick)


def test_a_first_start_offers_the_ways_in_and_the_sample_opens(monkeypatch, started) -> None:
    offered: list = []
    _choose(monkeypatch, "sample", offered)
    assert app.run() == 0
    assert offered and len(offered[0]) == 4
    assert started[-1].bridge.document.review.review_name  # the fictional sample is open


def test_the_guide_can_be_the_first_thing_read(monkeypatch, started) -> None:
    _choose(monkeypatch, "guide", [])
    app.run()
    assert started[-1].help_dialog is not None and started[-1].help_dialog.isVisible()


def test_a_start_with_the_sample_asks_nothing(monkeypatch, started) -> None:
    offered: list = []
    _choose(monkeypatch, "new", offered)
    app.run(sample=True)
    assert offered == []
