"""Fixtures for the Word export tests: the sample, and helpers to read a .docx back."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest



@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory, monkeypatch) -> None:
    """Point the settings folder at a temporary one, so the user's chosen template never applies."""
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path_factory.mktemp("profile")))


def all_text(path: Path) -> str:
    """Every piece of text in the Word file's visible parts and properties, tags removed."""
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if re.match(r"(word/(document|header\d*|footer\d*)|docProps/core)\.xml$", n)]
        return "\n".join(re.sub(r"<[^>]+>", "", archive.read(n).decode("utf-8")) for n in parts)
