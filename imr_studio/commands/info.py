"""``imr-studio info FILE.imr [--format text|json]``: describe what a project file holds."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import vocab
from ..storage import load_project
from ..storage.summary import summarise
from .output import add_format_option, pretty_json

NAME = "info"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``info`` parser."""
    parser = commands.add_parser(NAME, help="describe a project file", description="Describe what a project file holds.")
    parser.add_argument("file", type=Path, metavar="FILE.imr")
    add_format_option(parser)
    parser.set_defaults(run=run)


def _label(vocabulary: str, key: str) -> str:
    return vocab.label_for(vocabulary, key) if key else "(not yet chosen)"


def _as_text(summary: dict) -> str:
    counts = summary["counts"]
    lines = [
        f"Review reference:    {summary['reference'] or '(none)'}",
        f"Review type:         {_label('review_types', summary['review_type'])}",
        f"Kind of death:       {_label('death_types', summary['death_type'])}",
        f"Protective marking:  {summary['protective_marking'] or '(none)'}",
        "Sections filled:",
        *(f"  [{'x' if s['filled'] else ' '}] {s['title']}" for s in summary["sections"]),
        f"Events:              {counts['events']} ({counts['significant_events']} significant)",
        f"Analysis entries:    {counts['analysis_entries']}",
        f"Learning points:     {counts['learning_points']}",
        f"Recommendations:     {counts['recommendations']} ({counts['action_rows']} action rows)",
    ]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> None:
    """Print the summary of ``args.file``."""
    summary = summarise(load_project(args.file))
    print(pretty_json(summary) if args.format == "json" else _as_text(summary))
