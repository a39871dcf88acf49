"""The checks engine: the 24 checklist items verified from the project data alone.

::

    from imr_studio.checks import run_checks, load_rules
    report = run_checks(document)          # built-in and force rule packs, cached
    for item in report.items:              # all 24, in checklist order
        print(item.id, item.status, [f.message for f in item.findings])

Checks are pure functions of the document: no Qt, no file writes, fast
enough to run after every edit. Rule content (phrases, acronyms, vague verbs,
thresholds) lives in rule packs, see ``docs/RULES.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:
    from .dismissals import dismissal_for
    from .engine import ItemResult, Report, run_checks
    from .findings import Finding, Location
    from .rules import Rules, load_rules

_HOMES = {
    "dismissal_for": "dismissals", "ItemResult": "engine", "Report": "engine", "run_checks": "engine",
    "Finding": "findings", "Location": "findings", "Rules": "rules", "load_rules": "rules",
}
"""Where each name of the package lives: importing one small part of the checks (the checklist's wording, say)
does not load the whole engine (:mod:`imr_studio.lazy`)."""

__all__ = sorted(_HOMES)
__getattr__ = lazy_names(__name__, _HOMES)
