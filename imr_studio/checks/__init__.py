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

from .dismissals import dismissal_for
from .engine import ItemResult, Report, run_checks
from .findings import Finding, Location
from .rules import Rules, load_rules

__all__ = ["Finding", "ItemResult", "Location", "Report", "Rules", "dismissal_for", "load_rules", "run_checks"]
