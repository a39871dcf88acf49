"""Packages that load their names on first use still give every name, and load no more than asked for."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from imr_studio import checks, storage
from imr_studio.lazy import lazy_names


@pytest.mark.parametrize("package", [checks, storage])
def test_every_name_of_the_package_is_the_one_its_module_defines(package) -> None:
    for name in package.__all__:
        value = getattr(package, name)
        assert value.__module__.startswith(package.__name__), name
        home = importlib.import_module(value.__module__)
        assert getattr(home, name) is value
    assert callable(storage.fingerprint)  # a function named as its own module stays the function


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        lazy_names("imr_studio.checks", {})("nothing_here")
    with pytest.raises(ImportError):
        exec("from imr_studio.storage import nothing_here", {})


@pytest.mark.parametrize(("statement", "not_loaded"), [
    ("from imr_studio.storage import ProjectFileError", ["imr_studio.storage.codec", "msgspec"]),
    ("from imr_studio.checks.checklist import questions_about", ["imr_studio.checks.engine", "imr_studio.checks.rules"]),
])
def test_one_small_name_does_not_load_the_rest(statement: str, not_loaded: list[str]) -> None:
    code = f"import sys; {statement}; print([m for m in {not_loaded!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
