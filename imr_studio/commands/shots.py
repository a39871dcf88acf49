"""``imr-studio shots OUTDIR [FILE.imr]``: render every page of the window to PNG files (no screen needed)."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "shots"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``shots`` parser."""
    parser = commands.add_parser(
        NAME,
        help="render every page of the window to PNG files",
        description="Render every page of the window, at 1366×768 and in full, to PNG files in OUTDIR. "
        "Without FILE.imr the built-in fictional sample is shown. Needs no screen.",
    )
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR")
    parser.add_argument("file", type=Path, nargs="?", metavar="FILE.imr")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    """Write the pictures and list them."""
    from ..gui.window.shots import render_pages  # Qt loads only here

    for path in render_pages(args.out_dir, args.file):
        print(path)
