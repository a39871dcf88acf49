"""``imr-studio audit FOLDER [-o audit.docx|.csv|.json]``: run the checklist over every IMR in a folder.

Reads every ``.imr`` project and Word ``.docx`` IMR in FOLDER, shows progress,
and prints the share of IMRs meeting each checklist item; with ``-o`` it
also writes the audit as a Word report (with a chart by checklist group), a
CSV file or JSON. A file that cannot be read is reported and skipped.
Exit 0 when at least one IMR was audited, 2 when none could be.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..checks.checklist import checklist
from ..storage import ProjectFileError

NAME = "audit"
BAD_INPUT = 2


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``audit`` parser."""
    parser = commands.add_parser(NAME, help="run the checklist over every IMR in a folder",
                                 description="Run the 24-item checklist over every .imr and Word .docx IMR in a "
                                 "folder and report where the IMRs fall short.")
    parser.add_argument("folder", type=Path, metavar="FOLDER")
    parser.add_argument("-o", "--output", type=Path, metavar="AUDIT.docx|.csv|.json",
                        help="also write the audit as a Word report, a CSV file or JSON")
    parser.add_argument("--quiet", action="store_true", help="do not show progress")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Audit the folder, print the summary and write the output."""
    from ..audit import audit_folder  # loaded for this command only

    if not args.folder.is_dir():
        raise ProjectFileError("it is not a folder.", action="audit", path=args.folder)
    if args.output and args.output.suffix.lower() not in (".docx", ".csv", ".json"):
        print("imr-studio: the audit can be written as .docx, .csv or .json", file=sys.stderr)
        return BAD_INPUT
    show = not args.quiet and sys.stderr.isatty()

    def progress(done: int, total: int, name: str) -> None:
        if not args.quiet:
            end = "\r" if show and done < total else "\n"
            if show or done == total or done % 50 == 0:
                print(f"Audited {done} of {total}: {name}", file=sys.stderr, end=end, flush=True)

    audit = audit_folder(args.folder, progress)
    for skipped in audit.skipped:
        print(f"imr-studio: skipped {skipped.name}: {skipped.problem}", file=sys.stderr)
    if not audit.imrs:
        print(f"imr-studio: no IMR in {args.folder} could be audited", file=sys.stderr)
        return BAD_INPUT
    print(f"{len(audit.imrs)} IMRs audited, {len(audit.skipped)} skipped. Share meeting each item:")
    for item in checklist():
        print(f"  {item.id:<6} {audit.share_met(item.id):>5.0%}  {item.question}")
    if args.output:
        from ..export.audit_report import write_audit

        print(f"Wrote {write_audit(audit, args.output)}")
    return 0
