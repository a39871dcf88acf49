"""``imr-studio check FILE.imr [--format text|json]``: the 24 checklist items and their findings.

Exit code 0 when no finding remains (dismissed findings do not count), 1 when
there are findings, 2 when the file cannot be opened. Problems with a force's
own rule packs are reported on standard error; the built-in rules still run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..checks import Report, run_checks
from ..checks.findings import PlaceNamer
from ..model.document import Document
from ..storage import load_project
from ..checks.review import item_reviews
from ..checks.review_status import review_status
from .output import add_format_option, pretty_json, review_json, status_json

NAME = "check"
FINDINGS = 1


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``check`` parser."""
    parser = commands.add_parser(
        NAME,
        help="check a project against the review-lead checklist",
        description="Check a project against the 24 checklist items. Exit code 0: no findings; "
        "1: findings; 2: the file cannot be opened.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    add_format_option(parser)
    parser.set_defaults(run=run)


def as_json(report: Report, document: Document | None = None) -> dict:
    """The report as plain JSON-ready values; with ``document``, each item's review and the review status too."""
    reviews = {r.item.id: r for r in item_reviews(document)} if document is not None else {}
    result = {
        "items": [
            {
                "id": item.id,
                "group": item.group,
                "question": item.question,
                "status": item.status,
                "findings": [finding.as_dict() for finding in item.findings],
                "dismissed": [
                    {**finding.as_dict(), "reason": dismissal.reason, "by": dismissal.by, "at": dismissal.at}
                    for finding, dismissal in item.dismissed
                ],
                **({"review": review_json(reviews[item.id])} if item.id in reviews else {}),
            }
            for item in report.items
        ],
        "rule_errors": report.rule_errors,
    }
    if document is not None:
        result["review_status"] = status_json(review_status(document))
    return result


def as_text(report: Report, document: Document) -> str:
    """The report on ``document`` as lines for a person to read."""
    where = PlaceNamer(document)
    lines = []
    for item in report.items:
        extra = f" ({len(item.dismissed)} dismissed)" if item.dismissed else ""
        lines.append(f"{item.id:<6} {item.status.replace('_', ' '):<10} {item.question}{extra}")
        for finding in item.findings:
            span = f" [{finding.location.span[0]}-{finding.location.span[1]}]" if finding.location.span else ""
            lines.append(f"    {finding.severity}: {where(finding.location.path)}{span}")
            lines.append(f"        {finding.message}")
            if finding.suggestion:
                lines.append(f"        {finding.suggestion}")
    count = len(report.findings())
    lines.append(f"{count} finding{'s' if count != 1 else ''}.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Check ``args.file`` and print the report."""
    document = load_project(args.file)
    report = run_checks(document)
    for error in report.rule_errors:
        print(f"imr-studio: rule pack problem: {error}", file=sys.stderr)
    print(pretty_json(as_json(report, document)) if args.format == "json" else as_text(report, document))
    return FINDINGS if report.findings() else 0
