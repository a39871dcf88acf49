"""SMART recommendations (checklist item REC-2).

Each recommendation needs an intended outcome, a measure of success and a
target date after the IMR's completion; its wording should open with who
will do what ("Northshire Police will ...", one of the pack's
``commitments``; or, with the owner in the owner field, an instruction such
as "Amend the procedure ...", one of the pack's ``instructions``) and avoid vague verbs ("consider", "raise awareness" ...,
the pack's ``vague_verbs``); its outcome should be more than a wish to be
"more aware" (``vague_outcomes``). The owner is checked under SYS-1.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from ..model.document import Document, Recommendation
from ..model.links import item_label
from .findings import Finding, Location, finding_at
from .rules import Rules

# The commitment must come this early in the recommendation, in words.
OPENING_WORDS = 15


def _span_finding(path: tuple, match: re.Match[str], rule: str, message: str, suggestion: str) -> Finding:
    return Finding(
        rule_id=rule,
        category="smart",
        item_id="REC-2",
        severity="warning",
        location=Location("recommendations", path, match.span()),
        message=message,
        suggestion=suggestion,
        text=match.group(),
    )


def _wording(rec: Recommendation, rules: Rules) -> Iterator[Finding]:
    path = ("recommendations", rec.id, "text")
    if rules.vague_verbs:
        for match in rules.vague_verbs.finditer(rec.text):
            yield _span_finding(path, match, "smart.vague-verb",
                                f"“{match.group()}” does not say what will actually be done.",
                                "Name a concrete action that can be seen to be done, for example "
                                "“will add a mandatory check to the form”.")
    opening = " ".join(rec.text.split()[:OPENING_WORDS])
    instruction = bool(rules.instructions and rules.instructions.match(opening))
    owned = bool(rec.owner_name.strip() or rec.owner_role.strip())
    if instruction and owned:
        return  # "Amend the procedure …", with the owner in the owner field: who will do what is said
    if rec.text.strip() and rules.commitments and not rules.commitments.search(opening):
        yield finding_at(path, "smart.opening-action", "smart", "REC-2", "warning",
                         "The recommendation does not open with who will do what.",
                         "Start with the owner and a committed action, for example “Northshire Police will ...”.",
                         opening)


def _rec_findings(rec: Recommendation, rules: Rules, completed: datetime.date | None) -> Iterator[Finding]:
    path = ("recommendations", rec.id)
    label = item_label(rec)
    if not rec.text.strip():
        yield finding_at(path + ("text",), "smart.text", "smart", "REC-2", "warning",
                         "A recommendation has no wording.")
    yield from _wording(rec, rules)
    if not rec.outcome.strip():
        yield finding_at(path + ("outcome",), "smart.outcome", "smart", "REC-2", "warning",
                         f"Recommendation “{label}” has no intended outcome.",
                         "Say what will be different for victims or practice when it is done.")
    elif rules.vague_outcomes:
        match = rules.vague_outcomes.search(rec.outcome)
        if match:
            yield _span_finding(path + ("outcome",), match, "smart.vague-outcome",
                                f"The outcome “{rec.outcome.strip()}” cannot be observed or measured.",
                                "Describe a change in what happens in practice, which the measure can check.")
    if not rec.measure.strip():
        yield finding_at(path + ("measure",), "smart.measure", "smart", "REC-2", "warning",
                         f"Recommendation “{label}” has no measure of success.",
                         "Say how success will be measured: what is counted, the target and who reports it.")
    if rec.target_date is None:
        yield finding_at(path + ("target_date",), "smart.target-date", "smart", "REC-2", "warning",
                         f"Recommendation “{label}” has no target date.")
    elif completed is not None and rec.target_date <= completed:
        yield finding_at(path + ("target_date",), "smart.target-after-completion", "dates", "REC-2", "warning",
                         f"The target date of “{label}” ({rec.target_date:%d/%m/%Y}) is not after the IMR's "
                         f"completion ({completed:%d/%m/%Y}).",
                         "Set a target date after the IMR is completed, or record the work as action already "
                         "taken.", rec.target_date.isoformat())


def smart_findings(doc: Document, rules: Rules) -> Iterator[Finding]:
    """SMART findings for every recommendation."""
    completed = doc.review.key_dates.imr_completed
    for rec in doc.recommendations:
        yield from _rec_findings(rec, rules, completed)
