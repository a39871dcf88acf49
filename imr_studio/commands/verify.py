"""``imr-studio verify FILE.imr``: is every signed record in the file intact, and does the sign-off stand?

Names every change made outside IMR Studio to the review history, a
verdict, a signature or the content a verdict or the sign-off rests on.
Exit 0: intact; 1: something changed (each listed); 2: the file cannot be
opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..checks.review import item_reviews
from ..model.dates import when_words
from ..checks.review_status import Stage, review_status
from ..model.document import Document
from ..signoff.chain import Trust, chain_breaks
from ..signoff.force_list import current_force_list
from ..storage import load_project

NAME = "verify"
CHANGED = 1


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``verify`` parser."""
    parser = commands.add_parser(
        NAME,
        help="check that the review history, signatures and sign-off are intact",
        description="Check every signed record of the review: the history chain, each signature, and that "
        "what each verdict and the sign-off rest on has not changed since. Exit code 0: intact; 1: something "
        "changed (each change is named); 2: the file cannot be opened.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    parser.set_defaults(run=run)


def findings(document: Document) -> list[str]:
    """Every signed statement in ``document`` that no longer holds, in words (empty when all hold)."""
    force_list = current_force_list()
    found = [str(b) + "." for b in chain_breaks(document.quality.history, document.quality.responses)]
    for review in item_reviews(document, force_list):
        if not review.reviewed:
            continue
        given = f"{review.item.id}: the verdict “{review.describe}” given by {review.reviewer}, {when_words(review.at)}"
        if review.trust is Trust.UNSIGNED:
            found.append(f"{given} is not signed.")
        elif review.stale:
            found.append(f"{given} rests on content that has changed since.")
    status = review_status(document, force_list)
    if status.stage is Stage.NO_LONGER_STANDS:
        found.append(status.sentence)
    return found


def run(args: argparse.Namespace) -> int:
    """Verify ``args.file`` and print what was found."""
    document = load_project(args.file)
    found = findings(document)
    for line in found:
        print(line)
    if not found:
        print(f"Intact: {len(document.quality.history)} history entries and their signatures match. "
              + review_status(document).sentence)
    return CHANGED if found else 0
