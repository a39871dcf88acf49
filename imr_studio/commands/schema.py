"""``imr-studio schema``: print the JSON Schema of project files."""

from __future__ import annotations

import argparse

import msgspec

from ..model.document import Document
from .output import pretty_json

NAME = "schema"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``schema`` parser."""
    parser = commands.add_parser(
        NAME, help="print the JSON Schema of project files", description="Print the JSON Schema of project files."
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    """Print the schema."""
    print(pretty_json(msgspec.json.schema(Document)))
