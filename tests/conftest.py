"""Test settings shared by the core and GUI tests.

Tests never touch the real user's folders: every XDG folder points into a
temporary directory made for the session. Qt defaults to the offscreen
platform unless the caller chose one (the Xvfb pass sets ``xcb``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="imr-studio-tests-"))
for _name in ("CONFIG", "DATA", "STATE", "CACHE"):
    os.environ[f"XDG_{_name}_HOME"] = str(_HOME / _name.lower())
_RUNTIME = _HOME / "runtime"
_RUNTIME.mkdir(mode=0o700)
os.environ["XDG_RUNTIME_DIR"] = str(_RUNTIME)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
