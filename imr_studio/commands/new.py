"""``imr-studio new [--sample] [--force] [--review-type TYPE] [--death KIND] FILE.imr``: write a new project file."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import vocab
from ..model.document import Document
from ..paths import sample_project
from ..storage import ProjectFileError, load_project, save_project

NAME = "new"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``new`` parser."""
    parser = commands.add_parser(NAME, help="write a new project file", description="Write a new project file.")
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    parser.add_argument("--sample", action="store_true", help="a copy of the fictional sample instead of an empty project")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.add_argument("--review-type", choices=[c.key for c in vocab.choices("review_types") if c.key],
                        help="dhr: domestic homicide review; dardr: domestic abuse related death review")
    parser.add_argument("--death", choices=[c.key for c in vocab.choices("death_types") if c.key],
                        help="how the victim died, as the review records it")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    """Write the empty project or the sample to ``args.file``."""
    if args.file.exists() and not args.force:
        raise ProjectFileError(
            "the file already exists (use --force to replace it; the old one is kept as a .bak file).",
            action="create",
            path=args.file,
        )
    document = load_project(sample_project()) if args.sample else Document()
    if args.review_type:
        document.review.review_type = args.review_type
    if args.death:
        document.review.death_type = args.death
    save_project(document, args.file)
