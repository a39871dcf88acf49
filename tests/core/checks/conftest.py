"""Fixtures for the checks tests: the sample project and the built-in rules."""

from __future__ import annotations

import pytest

from imr_studio.checks import Rules, load_rules
from imr_studio.model.document import Document
from imr_studio.paths import sample_project
from imr_studio.storage import load_project


@pytest.fixture
def sample() -> Document:
    """A fresh copy of the fictional sample project."""
    return load_project(sample_project())


@pytest.fixture(scope="session")
def rules() -> Rules:
    """The built-in rule packs (no force packs are installed in the test settings folder)."""
    return load_rules()
