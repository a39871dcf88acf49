"""The ``imr-studio`` command: open the application, or work on project files without it.

::

    imr-studio                      open IMR Studio
    imr-studio FILE.imr             open IMR Studio on a project
    imr-studio --sample             open IMR Studio on an unsaved copy of the fictional sample
    imr-studio new [--sample] [--force] FILE.imr
    imr-studio schema               print the JSON Schema of a project file
    imr-studio info FILE.imr [--format text|json]

The commands other than opening the application never load Qt. Exit codes:
0 success, 2 bad input (with one line on standard error saying why).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import msgspec

from . import __version__
from .model.document import Document
from .paths import sample_project
from .storage import ProjectFileError, load_project, save_project
from .storage.summary import summarise

PROG = "imr-studio"
COMMANDS = ("new", "schema", "info")
BAD_INPUT = 2


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline authoring assistant for police Individual Management Reviews.",
        epilog="Commands that work without the application: new, schema, info "
        f"(see '{PROG} COMMAND --help').",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    opened = parser.add_mutually_exclusive_group()
    opened.add_argument("file", nargs="?", type=Path, metavar="FILE.imr", help="the project to open")
    opened.add_argument("--sample", action="store_true", help="open an unsaved copy of the fictional sample")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True)

    new = commands.add_parser("new", help="write a new project file", description="Write a new project file.")
    new.add_argument("file", type=Path, metavar="FILE.imr")
    new.add_argument("--sample", action="store_true", help="a copy of the fictional sample instead of an empty project")
    new.add_argument("--force", action="store_true", help="replace the file if it exists")
    new.set_defaults(run=_new)

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of project files", description="Print the JSON Schema of project files."
    )
    schema.set_defaults(run=_schema)

    info = commands.add_parser(
        "info", help="describe a project file", description="Describe what a project file holds."
    )
    info.add_argument("file", type=Path, metavar="FILE.imr")
    info.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    info.set_defaults(run=_info)
    return parser


def _new(args: argparse.Namespace) -> None:
    if args.file.exists() and not args.force:
        raise ProjectFileError(
            "the file already exists (use --force to replace it; the old one is kept as a .bak file).",
            action="create",
            path=args.file,
        )
    document = load_project(sample_project()) if args.sample else Document()
    save_project(document, args.file)


def _pretty_json(value: object) -> str:
    """Indented JSON in ASCII (other characters escaped), printable on any console."""
    return json.dumps(value, indent=2)


def _schema(args: argparse.Namespace) -> None:
    print(_pretty_json(msgspec.json.schema(Document)))


def _info_text(summary: dict) -> str:
    counts = summary["counts"]
    lines = [
        f"Review reference:    {summary['reference'] or '(none)'}",
        f"Protective marking:  {summary['protective_marking'] or '(none)'}",
        "Sections filled:",
        *(f"  [{'x' if s['filled'] else ' '}] {s['title']}" for s in summary["sections"]),
        f"Events:              {counts['events']} ({counts['significant_events']} significant)",
        f"Analysis entries:    {counts['analysis_entries']}",
        f"Learning points:     {counts['learning_points']}",
        f"Recommendations:     {counts['recommendations']} ({counts['action_rows']} action rows)",
    ]
    return "\n".join(lines)


def _info(args: argparse.Namespace) -> None:
    summary = summarise(load_project(args.file))
    print(_pretty_json(summary) if args.format == "json" else _info_text(summary))


def _run_gui(args: argparse.Namespace) -> int:
    from imr_studio.gui.app import run  # Qt loads only here

    return run(args.file, args.sample)


def _main(parse: Callable[[], argparse.Namespace], run: Callable[[argparse.Namespace], int | None]) -> int:
    try:
        args = parse()
    except SystemExit as exit_:  # argparse: --help, --version, or a usage error (already explained)
        return exit_.code if isinstance(exit_.code, int) else BAD_INPUT
    try:
        return run(args) or 0
    except ProjectFileError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    """Run ``imr-studio`` with ``argv`` (default: the command line); return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:
        return _main(lambda: _command_parser().parse_args(argv), lambda args: args.run(args))
    return _main(lambda: _gui_parser().parse_args(argv), _run_gui)


def gui_main(argv: list[str] | None = None) -> int:
    """Entry point of the windowed ``imr-studio-gui``: always the application, never a command."""
    return _main(lambda: _gui_parser().parse_args(argv), _run_gui)
