"""Dismissing a finding with a reason, and telling which findings a dismissal covers.

A :class:`~imr_studio.model.document.Dismissal` stores the rule id, the
checklist item, the location as :func:`~imr_studio.checks.findings.location_key`
gives it (for example ``"contact/events/ev-09/summary"`` or
``"analysis/an-2/analysis"``), and the hash of the text the finding was
about. It covers a finding only while all three still match, so when the
text changes the finding comes back.
"""

from __future__ import annotations

from ..model.document import Dismissal
from .findings import Finding, text_hash


def dismissal_key(rule_id: str, location: str, hashed: str) -> tuple[str, str, str]:
    """What a dismissal and a finding are matched on."""
    return rule_id, location, hashed


def dismissal_for(finding: Finding, reason: str, by: str, at: str) -> Dismissal:
    """The dismissal of ``finding`` by ``by`` at ``at`` (ISO 8601), for ``reason``.

    Its id is derived from the finding's fingerprint, so dismissing the same
    finding twice gives the same id.
    """
    return Dismissal(
        id=f"dsm-{text_hash(finding.fingerprint)}",
        rule_id=finding.rule_id,
        item_id=finding.item_id,
        location=finding.location_key,
        text_hash=finding.text_hash,
        reason=reason,
        by=by,
        at=at,
    )


def index_dismissals(dismissals: list[Dismissal]) -> dict[tuple[str, str, str], Dismissal]:
    """The dismissals by what they match on."""
    return {dismissal_key(d.rule_id, d.location, d.text_hash): d for d in dismissals}


def matching(finding: Finding, index: dict[tuple[str, str, str], Dismissal]) -> Dismissal | None:
    """The dismissal that covers ``finding``, if any."""
    return index.get(dismissal_key(finding.rule_id, finding.location_key, finding.text_hash))
