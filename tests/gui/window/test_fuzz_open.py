"""Damaged project files opened in the window: one clear message each, the window carries on, no file changes.

Uses the same damaged files as the core's fuzzing (``tests/core/storage/test_fuzz_files.py``):
a fiftieth as many cases, at least 20 (``IMR_STUDIO_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtWidgets import QMessageBox

from tests.core.storage.test_fuzz_files import CASES

EXAMPLES = max(20, int(os.environ.get("IMR_STUDIO_FUZZ_EXAMPLES", "300")) // 50)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 20,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=CASES)
def test_opening_a_damaged_file_says_why_in_one_line_and_keeps_the_window_as_it_was(
        case, window, tmp_path_factory, monkeypatch) -> None:
    path = tmp_path_factory.mktemp("open") / "case.imr"
    path.write_bytes(case)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: told.append(text))
    before = window.bridge.document
    opened = window.open_path(path, ask=False)
    if opened:
        assert not told and window.bridge.document.review is not None
        window.bridge.editor.mark_saved()
        window.new_document(ask=False)
    else:
        assert len(told) == 1 and "\n" not in told[0] and told[0].startswith("Could not open"), told
        assert window.bridge.document is before  # the project on show stays on show
    assert path.read_bytes() == case
