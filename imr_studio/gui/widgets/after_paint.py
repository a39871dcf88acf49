"""Starting background work once a window has been drawn, not while it is being drawn.

Work on a worker thread shares Python with the window. Started while the
window is first laid out and drawn (when every widget calls into Python), it
holds that up for as long as it runs: the spelling dictionary and the first
checks once kept a new window blank for about a second. So they start a
moment after the first paint instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AFTER_PAINT_MS = 30
"""How long after a first paint the work starts: long enough for the events that drawing brings to be handled."""


def soon_after_paint(owner: QObject, callback: Callable[[], None]) -> None:
    """Call ``callback`` on the GUI thread a moment after now (called from the first paint), unless ``owner`` has
    been deleted by then."""
    QTimer.singleShot(AFTER_PAINT_MS, owner, callback)
