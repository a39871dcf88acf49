"""Fixtures for the core (Qt-free) tests."""

from __future__ import annotations

import pytest
from tests.core.model_filler import build_full_document

from imr_studio.model.document import Document


@pytest.fixture
def sample() -> Document:
    """A fresh copy of the fictional sample project."""
    from imr_studio.paths import sample_project
    from imr_studio.storage import load_project

    return load_project(sample_project())


@pytest.fixture
def full_document() -> Document:
    """A fresh document with every field filled."""
    return build_full_document()


@pytest.fixture
def signers():
    """Make :class:`~imr_studio.signoff.keys.Signer` people with fresh keys, kept in memory: ``signers("Name", "Role", "account")``."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from imr_studio.signoff.keys import Signer

    def make(name: str = "Alex Rowe", role: str = "Detective Superintendent", account: str = "arowe") -> Signer:
        return Signer(name=name, role=role, account=account, private_key=Ed25519PrivateKey.generate())

    return make


@pytest.fixture
def person(tmp_path, monkeypatch):
    """Become someone else: ``person("account")`` gives them their own profile folder and login name."""

    def become(account: str) -> None:
        monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profiles" / account))
        for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
            monkeypatch.setenv(variable, account)

    return become
