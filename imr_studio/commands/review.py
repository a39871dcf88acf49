"""``imr-studio review FILE.imr [--format text|json]``: the review lead's verdicts and decision.

Exit code 0 when the IMR is signed off and nothing has changed since, 1
otherwise (not yet reviewed, returned, or changed since sign-off), 2 when the
file cannot be opened.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..checks.review import decision_is_stale, item_reviews, outcome_label, sign_off_blockers, when_words
from ..model.document import Document
from ..storage import load_project
from .output import add_format_option, pretty_json

NAME = "review"
NOT_SIGNED_OFF = 1


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``review`` parser."""
    parser = commands.add_parser(
        NAME,
        help="show the review lead's verdicts and decision",
        description="Show the review lead's verdict on each of the 24 checklist questions, which verdicts "
        "the author's later changes have put out of date, and the decision. Exit code 0: signed off and "
        "unchanged since; 1: not (yet) signed off, or changed since; 2: the file cannot be opened.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    add_format_option(parser)
    parser.set_defaults(run=run)


def as_json(document: Document) -> dict:
    """Verdicts and decision as plain JSON-ready values."""
    decision = document.quality.decision
    return {
        "items": [
            {"id": r.item.id, "question": r.item.question, "verdict": r.verdict, "changed_since": r.stale,
             "reviewer": r.reviewer, "at": r.at, "comment": r.comment}
            for r in item_reviews(document)
        ],
        "decision": {"outcome": decision.outcome, "by": decision.by, "at": decision.at, "comment": decision.comment,
                     "changed_since": decision_is_stale(document)},
    }


def as_text(document: Document) -> str:
    """Verdicts and decision as lines for a person to read."""
    lines = []
    for review in item_reviews(document):
        lines.append(f"{review.item.id:<6} {review.describe:<26} {review.item.question}")
        if review.reviewed:
            lines.append(f"       by {review.reviewer}, {when_words(review.at)}")
        if review.comment:
            lines.append(f"       {review.comment}")
    decision = document.quality.decision
    if decision.outcome:
        lines.append(f"{outcome_label(decision.outcome)} by {decision.by}, {when_words(decision.at)}.")
        if decision.comment:
            lines.append(decision.comment)
        if decision_is_stale(document):
            lines.append("This sign-off no longer stands: " + "; ".join(sign_off_blockers(document)) + ".")
    else:
        lines.append(outcome_label("") + ".")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the verdicts and decision of ``args.file``."""
    document = load_project(args.file)
    print(pretty_json(as_json(document)) if args.format == "json" else as_text(document))
    signed = document.quality.decision.outcome == "signed_off" and not decision_is_stale(document)
    return 0 if signed else NOT_SIGNED_OFF
