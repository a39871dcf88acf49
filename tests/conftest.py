"""Test settings shared by the core and GUI tests.

Tests never touch the real user's folders, on any platform: ``IMR_STUDIO_PROFILE``
points every per-user folder of IMR Studio into a temporary directory made
for the session (subprocesses inherit it), and ``IMR_STUDIO_FORCE_FOLDER`` stands in for the
force's central folder. Qt defaults to the offscreen
platform unless the caller chose one (the Xvfb pass sets ``xcb``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="imr-studio-tests-"))
os.environ["IMR_STUDIO_PROFILE"] = str(_HOME / "profile")
os.environ["IMR_STUDIO_FORCE_FOLDER"] = str(_HOME / "force")  # empty: no machine's own force settings apply
_RUNTIME = _HOME / "runtime"
_RUNTIME.mkdir(mode=0o700)
os.environ["XDG_RUNTIME_DIR"] = str(_RUNTIME)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import socket  # noqa: E402

import pytest  # noqa: E402


class NetworkUsed(AssertionError):
    """IMR Studio tried to reach the network, which it must never do."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Every test runs with the network out of reach: any attempt to connect or look a name up fails it."""

    def refuse(*args, **kwargs):
        raise NetworkUsed(f"a network connection was attempted: {args[1:] or args}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse)
