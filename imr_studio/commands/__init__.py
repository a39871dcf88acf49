"""The ``imr-studio`` subcommands that work without the application, one module each.

Each module in :data:`MODULES` defines ``NAME`` and ``register(subparsers)``, which
adds its parser and sets ``run`` to a function taking the parsed arguments and
returning the exit code (``None`` means 0). None of them imports Qt, and a
command that needs the Word export, the importer or the audit imports it in
``run``: every module is loaded to build the parser, so ``lint`` should not
pay for ``export``.
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


def load() -> list[ModuleType]:
    """Import every command module, in the order they are listed in ``--help``."""
    return [importlib.import_module(f"{__name__}.{name}") for name in MODULES]
