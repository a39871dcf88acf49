"""Running every check on a document and grouping the findings by checklist item.

Statuses: an item with an ``error`` finding is ``not_met``, one with a
``warning`` is ``partly``; otherwise it is ``met``, or ``judgement`` for the
items only a person can judge (LAN-3, REC-1). ``advice`` findings (such as
readability) are shown but never change a status. Dismissed findings are set
aside and do not count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model.document import Dismissal, Document
from .acronyms import glossary_terms
from .checklist import checklist
from .completeness import completeness_findings
from .dates import date_findings
from .dismissals import index_dismissals, matching
from .duplicates import duplicate_findings
from .equality import equality_findings
from .findings import Finding
from .context import context_findings
from .linkage import link_findings
from .review import nothing_written_for
from .rules import Rules, load_rules
from .repeats import earlier_recommendations, repeat_findings
from .smart import smart_findings
from .themes import theme_findings
from .prose import text_findings
from .statuses import Status
from .texts import REPORT_SECTIONS, TextSpot, iter_texts, words_by_section

_STATUS_OF = {"error": "not_met", "warning": "partly"}
_RANK = {"met": 0, "judgement": 0, "not_started": 0, "partly": 1, "not_met": 2}


@dataclass
class ItemResult:
    """One checklist item: its question, its automatic status and the findings behind it."""

    id: str
    group: str
    question: str
    status: Status
    findings: list[Finding] = field(default_factory=list)
    dismissed: list[tuple[Finding, Dismissal]] = field(default_factory=list)


@dataclass
class Report:
    """The result of :func:`run_checks`: all 24 items in checklist order."""

    items: list[ItemResult]
    rule_errors: list[str] = field(default_factory=list)
    words: dict[str, int] = field(default_factory=dict)
    """How many words of prose each section holds (see :func:`~.texts.words_by_section`)."""

    def findings(self) -> list[Finding]:
        """Every finding that is not dismissed, item by item."""
        return [f for item in self.items for f in item.findings]

    def open_findings_by_group(self) -> dict[str, int]:
        """How many findings are still open in each checklist group that has any, in checklist order."""
        counts: dict[str, int] = {}
        for item in self.items:
            if item.findings:
                counts[item.group] = counts.get(item.group, 0) + len(item.findings)
        return counts

    def item(self, item_id: str) -> ItemResult:
        """The result for checklist item ``item_id``."""
        return next(item for item in self.items if item.id == item_id)

    def problems_by_section(self) -> dict[str, Status]:
        """The worst status of the findings located in each document section (``met`` when none)."""
        worst: dict[str, Status] = dict.fromkeys(REPORT_SECTIONS, "met")
        for finding in self.findings():
            status = _STATUS_OF.get(finding.severity)
            section = finding.location.section
            if status and _RANK[status] > _RANK[worst.get(section, "met")]:
                worst[section] = status  # type: ignore[assignment]
        return worst


def all_findings(document: Document, rules: Rules, spots: list[TextSpot] | None = None) -> list[Finding]:
    """Every finding of every rule family on ``document``, dismissed or not (``spots``: its texts, if known)."""
    spots = list(iter_texts(document)) if spots is None else spots
    return [
        *completeness_findings(document),
        *text_findings(spots, rules, glossary_terms(document)),
        *smart_findings(document, rules),
        *repeat_findings(document, rules.repeats, earlier_recommendations()[0]),
        *date_findings(document),
        *duplicate_findings(document),
        *link_findings(document),
        *context_findings(document),
        *theme_findings(document, rules, spots),
        *equality_findings(document),
    ]


def build_report(findings: Iterable[Finding], dismissals: list[Dismissal], rule_errors: list[str]) -> Report:
    """Group ``findings`` by checklist item, set dismissed ones aside and work out each status."""
    index = index_dismissals(dismissals)
    items = {entry.id: ItemResult(entry.id, entry.group, entry.question,
                                  "judgement" if entry.kind == "judgement" else "met")
             for entry in checklist()}
    for finding in findings:
        result = items.get(finding.item_id)
        if result is None:
            continue
        dismissal = matching(finding, index)
        if dismissal is not None:
            result.dismissed.append((finding, dismissal))
            continue
        result.findings.append(finding)
        status = _STATUS_OF.get(finding.severity)
        if status and _RANK[status] > _RANK[result.status]:
            result.status = status  # type: ignore[assignment]
    return Report(list(items.values()), list(rule_errors))


def run_checks(document: Document, rules: Rules | None = None) -> Report:
    """Check ``document`` against every rule: pure, no Qt, no writes."""
    rules = load_rules() if rules is None else rules
    spots = list(iter_texts(document))
    earlier_problem = earlier_recommendations()[1]
    problems = [*rules.errors, *([earlier_problem] if earlier_problem else [])]
    report = build_report(all_findings(document, rules, spots), document.quality.dismissals, problems)
    report.words = words_by_section(document, spots)
    specs = {item.id: item for item in checklist()}
    for result in report.items:
        if result.status in ("met", "judgement") and not result.dismissed and nothing_written_for(document, specs[result.id], spots):
            result.status = "not_started"  # nothing to fail is not the same as met
    return report
