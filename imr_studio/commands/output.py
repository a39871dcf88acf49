"""Output helpers shared by the commands."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..checks.review import ItemReview
    from ..checks.review_status import ReviewStatus


def pretty_json(value: object) -> str:
    """Indented JSON in ASCII (other characters escaped), printable on any console."""
    return json.dumps(value, indent=2)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """The ``--format text|json`` option the describing commands share."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")


def review_json(review: ItemReview) -> dict:
    """One checklist item's review as JSON-ready values (``check`` and ``review`` share it)."""
    return {
        "verdict": review.verdict,
        "comment": review.comment,
        "reviewer": review.reviewer,
        "at": review.at,
        "signature": review.trust.value if review.trust else None,
        "signed_by": review.signed_by,
        "stale": review.stale,
        "replies": [{"by": r.name, "at": r.at, "text": r.text} for r in review.replies],
    }


def status_json(status: ReviewStatus) -> dict:
    """The review status as JSON-ready values."""
    decision = status.decision
    return {
        "stage": status.stage.name.lower(),
        "words": status.sentence,
        "decision": None if decision is None else {
            "outcome": decision.kind, "by": decision.name, "role": decision.role, "at": decision.at,
            "note": decision.text, "signed_by": status.signed_by,
        },
        "reasons": list(status.reasons),
    }
