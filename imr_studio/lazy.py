"""Packages whose names load on first use.

A package that gathers its modules' main names (``from imr_studio.checks
import run_checks``) would otherwise import every module as soon as any one
of them is wanted: the command line's error type would load the whole file
format, and the window's checklist wording the whole checks engine.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_names(package: str, homes: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name in ``homes`` comes from the module ``homes`` gives for it,
    imported the first time the name is used, then kept in the package."""

    def __getattr__(name: str) -> Any:
        try:
            module = homes[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(f".{module}", package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
