"""Rendering every page of the window to PNG files, to look at them without a screen."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
import re
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ... import __version__, paths
from ...model import Document
from ...storage import load_project
from .main_window import MainWindow

WINDOW_SIZE = (1366, 768)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def render_pages(out_dir: Path, project: Path | None = None) -> list[Path]:
    """Write two PNGs per page (the window as shown at 1366×768, and the whole page body); return their paths.

    Without ``project`` the built-in sample is shown. Raises :class:`ProjectFileError`
    when the project cannot be opened.
    """
    document = load_project(project if project is not None else paths.sample_project())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="imr-studio-shots-") as profile, _profile(profile):
        return _render(document, project, out_dir)


@contextlib.contextmanager
def _profile(folder: str) -> Iterator[None]:
    """Use a profile of its own while rendering: the shots neither read nor change the user's settings."""
    before = os.environ.get(paths.PROFILE_VARIABLE)
    os.environ[paths.PROFILE_VARIABLE] = folder
    try:
        yield
    finally:
        if before is None:
            del os.environ[paths.PROFILE_VARIABLE]
        else:
            os.environ[paths.PROFILE_VARIABLE] = before


def _render(document: Document, project: Path | None, out_dir: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    window = MainWindow(start_empty=False)
    try:
        window.show_document(document, project, project.name if project else "Sample IMR")
        window.show()
        app.processEvents()  # the window first fits itself to the screen ...
        window.resize(*WINDOW_SIZE)  # ... then takes the size of the screen the shots stand for
        while window.bridge.report is None:  # the first check runs once the window is up
            app.processEvents()
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for row, page in enumerate(window.pages):
            window.navigator.setCurrentRow(row)
            page.verticalScrollBar().setValue(0)
            app.processEvents()
            stem = f"{row + 1:02d}-{_slug(page.title)}"
            window.grab().save(str(out_dir / f"{stem}.png"))
            body = page.body
            body.resize(page.viewport().width(), max(body.sizeHint().height(), page.viewport().height()))
            app.processEvents()
            body.grab().save(str(out_dir / f"{stem}-full.png"))
            page.setWidgetResizable(True)
            written += [out_dir / f"{stem}.png", out_dir / f"{stem}-full.png"]
        return written
    finally:
        window.bridge.editor.mark_saved()  # nothing to ask about: the shots never change the project
        window.close()
        window.deleteLater()
