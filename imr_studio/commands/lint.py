"""``imr-studio lint FILE.txt [--format text|json]``: language, acronym and readability rules on plain text.

The file is read as UTF-8 and checked as one document, each line a
paragraph. ``start`` and ``end`` in the JSON output are Python string indices
into the decoded text. Exit code 0 when there is nothing to report, 1 when
there are findings, 2 when the file cannot be read as UTF-8 text.
"""

from __future__ import annotations

import argparse
import sys
from itertools import accumulate
from pathlib import Path

from ..checks import Finding, load_rules
from ..checks.prose import text_findings
from ..checks.texts import plain_document
from ..storage import ProjectFileError
from .output import add_format_option, pretty_json

NAME = "lint"
FINDINGS = 1


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``lint`` parser."""
    parser = commands.add_parser(
        NAME,
        help="check the wording of a plain text file",
        description="Run the language, acronym and readability rules on a UTF-8 text file. "
        "Exit code 0: no findings; 1: findings; 2: the file cannot be read.",
    )
    parser.add_argument("file", type=Path, metavar="FILE.txt")
    add_format_option(parser)
    parser.set_defaults(run=run)


def read_text(path: Path) -> str:
    """The text of ``path``; ProjectFileError when it is missing, unreadable or not UTF-8."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError("there is no such file.", path=path, action="read") from None
    except IsADirectoryError:
        raise ProjectFileError("it is a folder, not a text file.", path=path, action="read") from None
    except OSError as exc:
        raise ProjectFileError(f"it cannot be read ({exc.strerror or exc}).", path=path, action="read") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(
            f"it is not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
            "save it as UTF-8 and try again.", path=path, action="read"
        ) from None


def lint_text(text: str) -> list[dict]:
    """The findings for ``text`` as dictionaries with offsets into ``text``, in text order."""
    rules = load_rules()
    lines = text.split("\n")
    line_starts = [0, *accumulate(len(line) + 1 for line in lines)]
    result = []
    for finding in text_findings(plain_document(text), rules, set()):
        result.append(_as_dict(finding, text, line_starts))
    return sorted(result, key=lambda f: (f["start"], f["end"], f["rule"]))


def _as_dict(finding: Finding, text: str, line_starts: list[int]) -> dict:
    path, span = finding.location.path, finding.location.span
    if span is None or len(path) < 2:
        start, end = 0, len(text)
    else:
        start, end = line_starts[int(path[1])] + span[0], line_starts[int(path[1])] + span[1]
    return {
        "rule": finding.rule_id,
        "category": finding.category,
        "item": finding.item_id,
        "severity": finding.severity,
        "start": start,
        "end": end,
        "text": text[start:end] if finding.location.span else finding.text,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "replacements": list(finding.replacements),
    }


def _as_text(findings: list[dict], text: str) -> str:
    lines = []
    for finding in findings:
        line = text.count("\n", 0, finding["start"]) + 1
        column = finding["start"] - (text.rfind("\n", 0, finding["start"]) + 1) + 1
        lines.append(f"{line}:{column}: {finding['severity']}: {finding['message']}")
        if finding["suggestion"]:
            lines.append(f"    {finding['suggestion']}")
    lines.append(f"{len(findings)} finding{'s' if len(findings) != 1 else ''}.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Check the wording of ``args.file`` and print the findings."""
    text = read_text(args.file)
    for error in load_rules().errors:
        print(f"imr-studio: rule pack problem: {error}", file=sys.stderr)
    findings = lint_text(text)
    print(pretty_json({"findings": findings}) if args.format == "json" else _as_text(findings, text))
    return FINDINGS if findings else 0
