"""The Qt binding itself: a version that corrupts memory must fail here, not in an author's hands."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    sent = Signal(int)


def test_sending_signals_to_python_slots_keeps_reference_counts() -> None:
    sender = _Sender()
    received: list[int] = []
    sender.sent.connect(lambda value: received.append(value))
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for value in range(200):
        sender.sent.emit(value)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert len(received) == 200
    assert all(abs(a - b) < 50 for a, b in zip(after, before)), (before, after)
