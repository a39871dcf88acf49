"""``imr-studio key [--reviewer NAME --role ROLE]``: your signing key, and the entry the force's list needs.

Prints, as JSON, the entry force IT adds to ``reviewers.json`` in the
force's settings folder so that what you sign shows as "on the force's
list". Makes your key first when you have none (with ``--reviewer`` and
``--role``). Exit 0: printed; 1: no key and no name and role to make one, or
the key cannot be used; 2: bad input.
"""

from __future__ import annotations

import argparse
import sys

from ..signoff.force_list import list_path
from ..signoff.keys import SigningKeyError, force_list_entry, key_path, signer_for
from .output import pretty_json

NAME = "key"


def register(commands: argparse._SubParsersAction) -> None:
    """Add the ``key`` parser."""
    parser = commands.add_parser(
        NAME,
        help="show your signing key's entry for the force's list of review leads",
        description="Print the entry for the force's list of review leads (reviewers.json in the force's "
        "settings folder) that your signing key needs, making the key on first use from --reviewer and --role.",
    )
    parser.add_argument("--reviewer", metavar="NAME", default="", help="your name, to make your key on first use")
    parser.add_argument("--role", metavar="ROLE", default="", help="your role, to make your key on first use")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print this user's force-list entry."""
    try:
        signer = signer_for(args.reviewer, args.role)
    except SigningKeyError as exc:
        print(f"imr-studio: {exc}", file=sys.stderr)
        return 1
    print(pretty_json(force_list_entry(signer)))
    print(f"Your key: {key_path()}. The force's list: {list_path()}.", file=sys.stderr)
    return 0
