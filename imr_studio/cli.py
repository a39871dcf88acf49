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
import os
import sys
from collections.abc import Callable
from pathlib import Path

from . import commands
from .storage import ProjectFileError

PROG = "imr-studio"
BAD_INPUT = 2


class _About(argparse.Action):
    """``--version``: print what :func:`imr_studio.about.about_text` says, as it is laid out, and stop."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from .about import about_text

        print(about_text())
        parser.exit()


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Offline authoring assistant for police Individual Management Reviews.",
        epilog=f"Commands that work without the application: {', '.join(commands.MODULES)} "
        f"(see '{PROG} COMMAND --help').",
    )
    parser.add_argument("--version", action=_About, help="show the version, the build, the folders in use and the licences, then exit")
    opened = parser.add_mutually_exclusive_group()
    opened.add_argument("file", nargs="?", type=Path, metavar="FILE.imr", help="the project to open")
    opened.add_argument("--sample", action="store_true", help="open an unsaved copy of the fictional sample")
    return parser


def _command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of the command ``name``: only its own module is loaded (the others cost start-up time)."""
    parser = argparse.ArgumentParser(prog=PROG)
    subparsers = parser.add_subparsers(dest="command", required=True)
    commands.load(name).register(subparsers)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from .gui.app import run  # Qt loads only here

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
    except BrokenPipeError:  # the reader stopped early (``| head``): nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def main(argv: list[str] | None = None) -> int:
    """Run ``imr-studio`` with ``argv`` (default: the command line); return the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in commands.MODULES:
        return _main(lambda: _command_parser(argv[0]).parse_args(argv), lambda args: args.run(args))
    return _main(lambda: _gui_parser().parse_args(argv), _run_gui)


def gui_main(argv: list[str] | None = None) -> int:
    """Entry point of the windowed ``imr-studio-gui``: always the application, never a command."""
    return _main(lambda: _gui_parser().parse_args(argv), _run_gui)
