"""The one place that knows where bundled data and the user's folders live.

Bundled folders (``resources/``, ``templates/`` and ``ui/``) sit at the top of a
source checkout (also used by an editable install) and are copied into
``imr_studio/_data/`` inside a built wheel; :func:`bundled` finds them in
either place. User folders come from platformdirs for the application name
"IMR Studio" and honour the ``XDG_*`` variables, so tests can redirect them.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "IMR Studio"
_PACKAGE_DIR = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The bundled folder ``name`` ("resources", "templates" or "ui")."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"IMR Studio is incomplete: its {name} folder is missing")


def resource(*parts: str) -> Path:
    """A file in the bundled ``resources`` folder."""
    return bundled("resources").joinpath(*parts)


def sample_project() -> Path:
    """The built-in fictional sample project."""
    return resource("sample", "sample.imr")


def config_dir() -> Path:
    """Per-user settings (and a force's own rule packs), created on demand."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, ensure_exists=True))


def state_dir() -> Path:
    """Per-user state: autosave and recovery files, created on demand."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False, ensure_exists=True))
