"""Fixtures for the checks tests: the sample project and the built-in rules."""

from __future__ import annotations

import pytest

from imr_studio.checks import Rules, load_rules


@pytest.fixture(scope="session")
def rules() -> Rules:
    """The built-in rule packs (no force packs are installed in the test settings folder)."""
    return load_rules()
