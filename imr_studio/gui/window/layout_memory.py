"""The window's size and dividers: fitted to the screen the first time, then as the author left them.

Qt saves the window's geometry, its docks and each named splitter's position
as bytes; they are kept as text in :attr:`Settings.layout`.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from ...settings import Settings

PREFERRED_SIZE = (1280, 800)
"""The window's size on a screen with room for it."""


def fit_to_screen(window: QMainWindow) -> bool:
    """Size ``window`` to fit the screen's free area, never larger; True when the screen is smaller than preferred."""
    area = window.screen().availableGeometry()
    width, height = min(PREFERRED_SIZE[0], area.width()), min(PREFERRED_SIZE[1], area.height())
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders, once shown
    window.resize(width - frame.width(), height - frame.height())
    window.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
    return area.width() < PREFERRED_SIZE[0] or area.height() < PREFERRED_SIZE[1]


def keep_on_screen(window: QMainWindow) -> None:
    """Once shown (when its title bar and borders are known), shrink and move ``window`` into the screen's free area."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    extra_width, extra_height = max(0, frame.width() - area.width()), max(0, frame.height() - area.height())
    if extra_width or extra_height:
        window.resize(window.width() - extra_width, window.height() - extra_height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def _text(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def remember(window: QMainWindow, settings: Settings) -> None:
    """Keep the window's geometry, docks and named splitters in ``settings`` (not yet saved)."""
    settings.layout["window"] = _text(window.saveGeometry())
    settings.layout["docks"] = _text(window.saveState())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.layout[f"splitter.{splitter.objectName()}"] = _text(splitter.saveState())


def restore_window(window: QMainWindow, settings: Settings) -> bool:
    """Put the window back as it was last time; False when there is nothing to restore (or it no longer fits)."""
    geometry = settings.layout.get("window")
    if not geometry or not window.restoreGeometry(_bytes(geometry)):
        return False
    window.restoreState(_bytes(settings.layout.get("docks", "")))
    return True


def restore_splitters(root: QWidget, settings: Settings) -> None:
    """Put each named splitter in ``root`` back where the author left its divider."""
    for splitter in root.findChildren(QSplitter):
        saved = settings.layout.get(f"splitter.{splitter.objectName()}") if splitter.objectName() else None
        if saved:
            splitter.restoreState(_bytes(saved))
