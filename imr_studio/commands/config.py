"""``imr-studio config [--format text|json]``: each setting, its value and where it comes from, and the folders in use."""

from __future__ import annotations

import argparse

from .. import paths
from ..checks.repeats import earlier_path
from ..checks.rules import central_rules_dir, force_rules_dir
from ..signoff.force_list import list_path
from ..settings import FORCE_SETTABLE, Settings
from .output import add_format_option, pretty_json

NAME = "config"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``config`` parser."""
    parser = commands.add_parser(
        NAME, help="show the settings and where each comes from",
        description="Show each setting a force can set, its value and where it comes from "
        "(the force, locked or not; you; or IMR Studio's default), and the folders in use.",
    )
    add_format_option(parser)
    parser.set_defaults(run=run)


def describe() -> dict:
    """The settings a force can set, with their values and origins, and the folders they are read from."""
    settings = Settings.load()
    return {
        "settings": [
            {"name": name, "value": getattr(settings, name), "from": settings.origin(name), "locked": settings.locked(name)}
            for name in FORCE_SETTABLE
        ],
        "folders": {
            "force": str(paths.force_dir()),
            "force_rules": str(central_rules_dir()),
            "user": str(paths.config_dir()),
            "user_rules": str(force_rules_dir()),
        },
        "force_files": {
            what: {"path": str(path), "present": path.is_file()}
            for what, path in (("review leads' keys", list_path()), ("earlier recommendations", earlier_path()))
        },
        "error_log": str(paths.state_dir() / "logs"),
    }


def run(args: argparse.Namespace) -> None:
    """Print the settings and their origins."""
    described = describe()
    if args.format == "json":
        print(pretty_json(described))
        return
    width = max(len(entry["name"]) for entry in described["settings"])
    for entry in described["settings"]:
        value = entry["value"] if entry["value"] not in ("", None) else "(none)"
        print(f"{entry['name']:<{width}}  {value}  [from {entry['from']}]")
    print()
    for what, folder in described["folders"].items():
        print(f"{what.replace('_', ' ')} folder: {folder}")
    for what, file in described["force_files"].items():
        print(f"{what}: {file['path']} ({'in use' if file['present'] else 'none kept'})")
    print(f"error log folder: {described['error_log']}")
