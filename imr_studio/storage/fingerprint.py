"""Telling whether a file changed on disk: a digest of its content."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def fingerprint(path: str | os.PathLike[str]) -> str | None:
    """A digest of the content of the file at ``path``; None when it cannot be read (or is gone).

    Two fingerprints are equal exactly when the content is the same, whatever
    the file's dates say (network shares and copies change those freely).
    """
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return "sha256:" + hashlib.sha256(data).hexdigest()
