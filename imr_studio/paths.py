"""The one place that knows where bundled data and the user's folders live.

Bundled folders (``resources/``, ``templates/`` and ``ui/``) sit at the top of a
source checkout (also used by an editable install) and are copied into
``imr_studio/_data/`` inside a built wheel; :func:`bundled` finds them in
either place. The user's own folders come from platformdirs for the
application name "IMR Studio" (under ``%LOCALAPPDATA%`` on Windows,
``~/.config`` and ``~/.local/state`` on Linux), unless the environment
variable ``IMR_STUDIO_PROFILE`` names a folder: then every one of them is a
sub-folder of it, on every platform (the tests use this, so they never touch
a real profile).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "IMR Studio"
PROFILE_VARIABLE = "IMR_STUDIO_PROFILE"
"""The environment variable that, when set, holds every per-user folder of IMR Studio."""
FORCE_VARIABLE = "IMR_STUDIO_FORCE_FOLDER"
"""The environment variable that, when set, names the force's central folder instead of the machine-wide one."""
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


def _user_dir(kind: str) -> Path:
    """The per-user folder of ``kind`` ("config", "state" ...), created on demand."""
    profile = os.environ.get(PROFILE_VARIABLE, "").strip()
    if profile:
        folder = Path(profile) / kind
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    finder = getattr(platformdirs, f"user_{kind}_dir")
    return Path(finder(APP_NAME, appauthor=False, ensure_exists=True))


def force_dir() -> Path:
    """The force's central folder: settings, rule packs, template and lists every user of the machine shares.

    platformdirs' machine-wide configuration folder (``C:\\ProgramData\\IMR Studio``
    on Windows, ``/etc/xdg/IMR Studio`` on Linux), unless ``IMR_STUDIO_FORCE_FOLDER``
    names another (a share, say). Force IT fills it; IMR Studio only reads it.
    """
    folder = os.environ.get(FORCE_VARIABLE, "").strip()
    return Path(folder) if folder else Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Per-user settings (and a force's own rule packs), created on demand."""
    return _user_dir("config")


def state_dir() -> Path:
    """Per-user state: autosave and recovery files, created on demand."""
    return _user_dir("state")
