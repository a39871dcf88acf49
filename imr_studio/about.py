"""What IMR Studio says about itself: version, build, the folders it uses, and the licences of what it ships.

``imr-studio --version`` prints it and Help › About shows it, so a force's IT
team can see at once which build is installed and where its settings come from.
The components and their licences are data, in ``resources/licences.json``.

Qt-free.
"""

from __future__ import annotations

import json
import platform
import sys

from . import __version__, paths
from .checks.rules import force_rules_dir


def build() -> str:
    """How this copy runs: a self-contained bundle, or a Python installation (with Python's version)."""
    kind = "self-contained bundle" if getattr(sys, "frozen", False) else "Python package"
    return f"{kind}, Python {platform.python_version()} on {platform.system() or 'an unknown system'}"


def folders() -> list[tuple[str, str]]:
    """The folders in use, each with what it holds."""
    return [
        ("Settings", str(paths.config_dir())),
        ("The force's rule packs and word list", str(force_rules_dir())),
        ("Recovery files", str(paths.state_dir())),
        ("Bundled data", str(paths.bundled("resources").parent)),
    ]


def components() -> list[tuple[str, str, str]]:
    """Each component shipped: its name, its version (where pip knows it) and its licence."""
    from importlib import metadata  # only when the licences are listed

    raw = json.loads(paths.resource("licences.json").read_text(encoding="utf-8"))
    rows = []
    for entry in raw["components"]:
        version = ""
        if entry["package"]:
            try:
                version = metadata.version(entry["package"])
            except metadata.PackageNotFoundError:
                version = "not found"
        elif entry["name"] == "Python":
            version = platform.python_version()
        rows.append((entry["name"], version, entry["licence"]))
    return rows


def about_text() -> str:
    """Everything above as plain text."""
    lines = [f"IMR Studio {__version__}", f"Build: {build()}", "", "Folders in use:"]
    lines += [f"  {what}: {where}" for what, where in folders()]
    lines += ["", "Components and licences:"]
    lines += [f"  {name} {version}".rstrip() + f": {licence}" for name, version, licence in components()]
    return "\n".join(lines)
