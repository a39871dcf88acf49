"""``imr-studio export FILE.imr -o OUT.docx [--publication] [--template T.docx] [--action-plan | --qa-report]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..storage import ProjectFileError, load_project

NAME = "export"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``export`` parser."""
    parser = commands.add_parser(
        NAME,
        help="export the report (or its action plan) to Word",
        description="Export the report to a Word file, or the action plan alone to Word or CSV.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the file to write (.docx, or .csv for an action plan)")
    parser.add_argument("--publication", action="store_true", help="the publication version, with pseudonyms instead of real names")
    parser.add_argument("--template", type=Path, metavar="T.docx", help="a Word template of your own (default: the one in Settings, else the built-in one)")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--action-plan", action="store_true", help="only the action plan (CSV when OUT ends in .csv)")
    kind.add_argument("--qa-report", action="store_true", help="the quality assurance report: verdicts, comments, "
                      "replies, automatic evidence, history and signatures (never a publication version)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Export ``args.file`` to ``args.output``.

    Exit 2 (one line per problem) when a publication version cannot be made
    or the template is unusable; exit 1, listing each place, when the finished
    publication version still held something real and so was not saved.
    """
    from ..export import ExportError, LeakError, PublicationRefused, export_action_plan, export_qa_report, export_report

    document = load_project(args.file)
    try:
        if args.qa_report:
            if args.publication:
                print("imr-studio: the QA report names the people who reviewed the IMR; it has no publication "
                      "version.", file=sys.stderr)
                return 2
            export_qa_report(document, args.output, template=args.template)
        elif args.action_plan:
            fmt = "csv" if args.output.suffix.lower() == ".csv" else "docx"
            export_action_plan(document, args.output, fmt=fmt, publication=args.publication, template=args.template)
        else:
            export_report(document, args.output, publication=args.publication, template=args.template)
    except PublicationRefused as refused:
        for _path, problem in refused.problems:
            print(f"imr-studio: {problem}", file=sys.stderr)
        return 2
    except LeakError as leak:
        print(f"imr-studio: nothing was saved: the publication version still holds {len(leak.leaks)} thing(s) "
              "that identify someone:", file=sys.stderr)
        for where, text in leak.leaks:
            print(f"  {where}: “{text}”", file=sys.stderr)
        return 1
    except ExportError as exc:
        raise ProjectFileError(str(exc), path=args.output, action="export") from exc
    print(args.output)
    return 0
