"""Output helpers shared by the commands."""

from __future__ import annotations

import json


def pretty_json(value: object) -> str:
    """Indented JSON in ASCII (other characters escaped), printable on any console."""
    return json.dumps(value, indent=2)
