"""``imr-studio import REPORT.docx -o PROJECT.imr``: turn an IMR written in Word into a project.

Prints what went where and how sure the import was about each part; text
that could not be placed is kept in the project's "Imported, not yet placed"
list. Exit 0 when the project was written; 2 (one line, no project written)
for a file that is not a .docx, is password-protected, too large, or has no
heading the import recognises.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..storage import ProjectFileError, save_project

NAME = "import"
BAD_INPUT = 2


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``import`` parser."""
    parser = commands.add_parser(NAME, help="turn an IMR written in Word into a project",
                                 description="Read an IMR written in Word (.docx) into a new project file, and say "
                                 "what went where and how sure the import was about each part.")
    parser.add_argument("report", type=Path, metavar="REPORT.docx")
    parser.add_argument("-o", "--output", type=Path, metavar="PROJECT.imr",
                        help="the project to write (default: the report's name with .imr)")
    parser.add_argument("--force", action="store_true", help="replace the project file if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Import ``args.report`` and write the project; print the summary."""
    from ..importer import WordImportError, import_word  # loaded for this command only

    out = args.output or args.report.with_suffix(".imr")
    if out.exists() and not args.force:
        raise ProjectFileError("the file already exists (use --force to replace it; the old one is kept as a .bak "
                               "file).", action="create", path=out)
    try:
        result = import_word(args.report)
    except WordImportError as exc:
        print(f"imr-studio: cannot import: {exc}", file=sys.stderr)
        return BAD_INPUT
    save_project(result.document, out)
    width = max(len(line.part) for line in result.summary)
    for line in result.summary:
        print(f"{line.part:<{width}}  {line.what}  ({line.sure})")
    if result.document.imported:
        print(f"{len(result.document.imported)} piece(s) of text could not be placed: open the project and move "
              "each from “Imported, not yet placed” to where it belongs.")
    print(f"Wrote {out}")
    return 0
