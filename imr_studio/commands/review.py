"""``imr-studio review FILE.imr``: show the review, or give a signed verdict, return or sign-off.

::

    imr-studio review FILE.imr [--format text|json]
    imr-studio review FILE.imr --item ID --verdict content|not-content|not-applicable|not-reviewed
                               [--comment TEXT] [--reviewer NAME --role ROLE]
    imr-studio review FILE.imr --return --note TEXT
    imr-studio review FILE.imr --sign-off [--note TEXT]
    imr-studio review FILE.imr --reply ID --note TEXT      (the author's reply to a comment)
    imr-studio review FILE.imr --submit [--note TEXT]      (the author sends the IMR to the review lead)

Everything recorded is signed with the same key as in the application,
made on first use from ``--reviewer`` and ``--role``, and follows the same
rules. Showing: exit 0 when the IMR is signed off and the sign-off stands, 1
otherwise. Recording: exit 0 when recorded, 1 when the rules refuse it (one
line saying why), 2 when the file cannot be opened or saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..checks.engine import run_checks
from ..checks.review import (
    item_reviews,
    record_decision,
    record_response,
    record_verdict,
)
from ..model.dates import when_words
from ..checks.review_status import review_status
from ..model import DocumentEditor
from ..model.document import Document
from ..signoff.force_list import current_force_list
from ..signoff.keys import SigningKeyError, signer_for
from ..storage import load_project, save_project
from .output import add_format_option, pretty_json, review_json, status_json

NAME = "review"
NOT_SIGNED_OFF = 1
REFUSED = 1


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``review`` parser."""
    parser = commands.add_parser(
        NAME,
        help="show the review, or record a signed verdict, return or sign-off",
        description="Without options, show the review lead's verdict on each of the 24 checklist questions, "
        "who signed each, which verdicts later changes have put out of date, and the review status (exit 0: "
        "signed off and the sign-off stands; 1: not). With options, record a verdict, a return or a sign-off "
        "signed with your key (made on first use from --reviewer and --role), or, as the author, a reply or a "
        "submission (exit 0: recorded; 1: the rules refuse it; 2: the file cannot be opened or saved).",
    )
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    add_format_option(parser)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--item", metavar="ID", help="the checklist question to give a verdict on (with --verdict)")
    action.add_argument("--return", dest="return_", action="store_true", help="return the IMR for amendment (with --note)")
    action.add_argument("--sign-off", action="store_true", help="sign the IMR off")
    action.add_argument("--reply", metavar="ID", help="as the author, reply to the comment on question ID (with --note)")
    action.add_argument("--submit", action="store_true", help="as the author, send the IMR to the review lead")
    parser.add_argument("--verdict", choices=("content", "not-content", "not-applicable", "not-reviewed"))
    parser.add_argument("--comment", metavar="TEXT", help="the comment on the question (with --item)")
    parser.add_argument("--note", metavar="TEXT", default="", help="what needs amending, the sign-off's note, or the reply")
    parser.add_argument("--reviewer", metavar="NAME", default="", help="your name, on first use (it makes your key)")
    parser.add_argument("--role", metavar="ROLE", default="", help="your role, on first use")
    parser.set_defaults(run=run)


def as_json(document: Document) -> dict:
    """Verdicts, replies and the review status as plain JSON-ready values."""
    return {
        "items": [{"id": r.item.id, "question": r.item.question, **review_json(r)} for r in item_reviews(document)],
        "status": status_json(review_status(document)),
    }


def as_text(document: Document) -> str:
    """Verdicts, replies and the review status as lines for a person to read."""
    lines = []
    for review in item_reviews(document):
        lines.append(f"{review.item.id:<6} {review.describe:<26} {review.item.question}")
        if review.reviewed:
            lines.append(f"       {review.reviewer}, {when_words(review.at)}: {review.signed_by}")
        if review.comment:
            lines.append(f"       Comment: {review.comment}")
        for reply in review.replies:
            lines.append(f"       Reply from {reply.name}, {when_words(reply.at)}: {reply.text}")
    lines.append(review_status(document).sentence)
    return "\n".join(lines)


def _record(args: argparse.Namespace, document: Document) -> None:
    """Record what ``args`` asks, signed; ``ValueError`` or ``SigningKeyError`` when refused."""
    editor = DocumentEditor(document)
    signer = signer_for(args.reviewer, args.role)
    if args.item:
        if args.verdict is None:
            raise ValueError("--item needs --verdict.")
        automatic = run_checks(document).item(args.item).status if any(
            r.item.id == args.item for r in item_reviews(document)) else None
        record_verdict(editor, signer, args.item, args.verdict.replace("-", "_"), args.comment, automatic=automatic)
    elif args.return_:
        record_decision(editor, signer, "returned", args.note)
    elif args.sign_off:
        record_decision(editor, signer, "signed_off", args.note, force_list=current_force_list())
    elif args.reply:
        record_response(editor, signer, "reply", args.reply, args.note)
    else:
        record_response(editor, signer, "submitted", text=args.note)


def run(args: argparse.Namespace) -> int:
    """Show the review of ``args.file``, or record what the options ask and save."""
    document = load_project(args.file)
    if not (args.item or args.return_ or args.sign_off or args.reply or args.submit):
        print(pretty_json(as_json(document)) if args.format == "json" else as_text(document))
        return 0 if review_status(document).signed_off else NOT_SIGNED_OFF
    try:
        _record(args, document)
    except (ValueError, SigningKeyError) as exc:
        print(f"imr-studio: {exc}", file=sys.stderr)
        return REFUSED
    save_project(document, args.file)
    print(review_status(document).sentence)
    return 0

