"""The findings of prose alone: language, acronyms and readability.

``lint`` runs these on any text without loading the rest of the checks
engine; :func:`~imr_studio.checks.engine.run_checks` runs them on every text
of a document with the other checks.
"""

from __future__ import annotations

from .acronyms import acronym_findings
from .findings import Finding
from .language import language_findings
from .readability import readability_findings
from .rules import Rules
from .texts import TextSpot


def text_findings(spots: list[TextSpot], rules: Rules, defined: set[str]) -> list[Finding]:
    """The language, acronym and readability findings of the texts at ``spots`` (``defined``: acronyms defined)."""
    return [
        *language_findings(spots, rules),
        *acronym_findings(spots, rules, defined),
        *readability_findings(spots, rules),
    ]
