"""Starting the desktop application."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .. import __version__, paths
from .window.main_window import MainWindow
from .dialogs.recovery import offer_recoveries
from .dialogs.unexpected import UnexpectedErrors
from .dialogs.welcome import WelcomeDialog


def run(path: Path | None = None, sample: bool = False) -> int:
    """Open IMR Studio, optionally with a project file or the built-in sample; returns the exit code.

    Once the window is up, work an earlier session left unsaved is offered back. An error nobody expected is
    logged and the user offered to save a copy of the work (see :mod:`.dialogs.unexpected`).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("")
    window = MainWindow(start_empty=path is None and not sample)
    if path is not None:
        opened = window.open_path(path, ask=False)
    else:
        opened = not sample or window.open_sample(ask=False)
    if not opened:
        window.new_document(ask=False)
    errors = UnexpectedErrors(window, lambda: window.bridge.document if window.bridge is not None else None)
    errors.install()
    if window.small_screen:
        window.showMaximized()
    else:
        window.show()
    if not offer_recoveries(window, window.restore) and path is None and not sample and not window.settings.recent_files:
        welcome(window)
    try:
        return app.exec()
    finally:
        errors.uninstall()


def welcome(window: MainWindow) -> None:
    """The first start: offer the four ways in, and take the one chosen."""
    dialog = WelcomeDialog(window)
    dialog.exec()
    actions = {"new": lambda: None, "open": window.open_dialog, "sample": window.open_sample,
               "guide": lambda: window.show_guide("authors", False)}
    actions.get(dialog.choice, lambda: None)()
    dialog.deleteLater()
