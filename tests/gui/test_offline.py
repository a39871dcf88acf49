"""IMR Studio works offline: opening, checking, reviewing and exporting never reach for the network."""

from __future__ import annotations

import socket
import sys

import pytest

from imr_studio.export import export_report


def test_the_network_is_out_of_reach_in_every_test() -> None:
    with pytest.raises(AssertionError, match="network connection was attempted"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_a_whole_session_uses_no_network_module(qtbot, window, tmp_path) -> None:
    window.open_sample(ask=False)
    qtbot.waitUntil(lambda: window.bridge.report is not None, timeout=5000)
    for page in window.pages:
        window.show_page(page)
    export_report(window.bridge.document, tmp_path / "report.docx", publication=True)
    assert "PySide6.QtNetwork" not in sys.modules
    assert not any(name in sys.modules for name in ("requests", "urllib3", "http.client"))
