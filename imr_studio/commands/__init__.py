"""The ``imr-studio`` subcommands that work without the application, one module each.

Each module in :data:`MODULES` defines ``NAME`` and ``register(subparsers)``, which
adds its parser and sets ``run`` to a function taking the parsed arguments and
returning the exit code (``None`` means 0). None of them imports Qt, and a
command that needs the Word export, the importer or the audit imports it in
``run``: a module is loaded to build the parser of its own command (only that
one), and ``lint`` should not pay for ``export``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

MODULES = (
    "new",
    "schema",
    "info",
    "check",
    "review",
    "verify",
    "key",
    "lint",
    "shots",
    "export",
    "import",
    "audit",
    "config",
)


def load(name: str) -> ModuleType:
    """Import the module of the command ``name`` (one of :data:`MODULES`)."""
    return importlib.import_module(f"{__name__}.{name}")
