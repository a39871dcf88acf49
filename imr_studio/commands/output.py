"""Output helpers shared by the commands."""

from __future__ import annotations

import argparse
import json


def pretty_json(value: object) -> str:
    """Indented JSON in ASCII (other characters escaped), printable on any console."""
    return json.dumps(value, indent=2)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """The ``--format text|json`` option the describing commands share."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
