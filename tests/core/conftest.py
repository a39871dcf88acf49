"""Fixtures for the core (Qt-free) tests."""

from __future__ import annotations

import pytest
from tests.core.model_filler import build_full_document

from imr_studio.model.document import Document


@pytest.fixture
def full_document() -> Document:
    """A fresh document with every field filled."""
    return build_full_document()
