"""Where the IMR stands, told one way everywhere: the title bar, the navigator, the Quality page, the
command line, the Word report and the QA report all use :func:`review_status`.

Draft; With the review lead; Returned for amendment (by whom, when); Signed
off (by whom, when); or Sign-off no longer stands (what changed since). A
sign-off stands only while the history is intact, its signature matches,
nothing was recorded after it (a verdict given again needs a new sign-off)
and the content is exactly what was signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from ..model.content import content_digest
from ..model.document import Document, ReviewRecord
from ..signoff.chain import Trust, chain_breaks, describe_record, trust_of, trust_words
from ..signoff.links import record_hash
from ..signoff.force_list import ForceList, current_force_list
from ..model.dates import when_words
from .review import changes_since_decision, item_reviews, last_decision, texts_fingerprint


class Stage(Enum):
    """The five places an IMR can be in its review."""

    DRAFT = "Draft"
    WITH_LEAD = "With the review lead"
    RETURNED = "Returned for amendment"
    SIGNED_OFF = "Signed off"
    NO_LONGER_STANDS = "Sign-off no longer stands"


@dataclass(frozen=True)
class ReviewStatus:
    """The IMR's review status, with who decided, when, and what undoes a sign-off."""

    stage: Stage
    decision: ReviewRecord | None = None
    """The latest return or sign-off, when there is one."""
    signed_by: str = ""
    """The decision's signature in words."""
    reasons: tuple[str, ...] = field(default=())
    """Why a sign-off no longer stands, and anything about the history an edit outside IMR Studio did."""

    @property
    def signed_off(self) -> bool:
        """The IMR is signed off and the sign-off stands."""
        return self.stage is Stage.SIGNED_OFF

    @property
    def short(self) -> str:
        """The status in a few words, for a title bar: "Returned for amendment by A. Lead, 4 December 2026"."""
        if self.stage is Stage.NO_LONGER_STANDS and (self.decision is None or self.decision.kind != "signed_off"):
            return f"{self.stage.value} (the review history was changed outside IMR Studio)"
        if self.decision is None or self.stage in (Stage.DRAFT, Stage.WITH_LEAD):
            return self.stage.value
        when = when_words(self.decision.at).split(" at ")[0]
        if self.stage is Stage.NO_LONGER_STANDS:
            return f"{self.stage.value} (signed off by {self.decision.name}, {when})"
        return f"{self.stage.value} by {self.decision.name}, {when}"

    @property
    def sentence(self) -> str:
        """The status as one or more full sentences, with the reasons a sign-off no longer stands."""
        text = self.short + "."
        if self.decision is not None and self.stage is not Stage.WITH_LEAD and self.signed_by:
            text += f" {self.signed_by[:1].upper()}{self.signed_by[1:]}."
        if self.reasons:
            text += " " + ("What changed since: " if self.stage is Stage.NO_LONGER_STANDS else "Note: ")
            text += "; ".join(self.reasons) + "."
        return text


def review_status(document: Document, force_list: ForceList | None = None) -> ReviewStatus:
    """The IMR's one review status (see the module's description)."""
    force_list = current_force_list() if force_list is None else force_list
    quality = document.quality
    found = chain_breaks(quality.history, quality.responses)
    breaks = _history_changed(found)
    latest = last_decision(document)
    if found and _may_hide_a_sign_off(document, found, latest):
        signed = [r for r in quality.history if r.kind == "signed_off"]
        decision = signed[-1] if signed else None
        signed_by = trust_words(decision, force_list) if decision is not None else ""
        return ReviewStatus(Stage.NO_LONGER_STANDS, decision, signed_by, tuple(breaks))
    if latest is None:
        submitted = any(r.kind == "submitted" for r in quality.responses)
        verdicts = any(r.kind in ("verdict", "comment") for r in quality.history)
        stage = Stage.WITH_LEAD if submitted or verdicts else Stage.DRAFT
        return ReviewStatus(stage, reasons=tuple(breaks))
    index, decision = latest
    signed_by = trust_words(decision, force_list)
    if decision.kind == "returned":
        later = {r.previous for r in quality.responses if r.kind == "submitted"}
        answered = {record_hash(r) for r in quality.history[index:]}
        stage = Stage.WITH_LEAD if later & answered else Stage.RETURNED
        return ReviewStatus(stage, decision, signed_by, tuple(breaks))
    reasons = breaks + _why_sign_off_fails(document, index, decision, force_list)
    return ReviewStatus(Stage.NO_LONGER_STANDS if reasons else Stage.SIGNED_OFF, decision, signed_by, tuple(reasons))


def _may_hide_a_sign_off(document: Document, found: list, latest: tuple[int, ReviewRecord] | None) -> bool:
    """True when the history's breaks could hide or undo a sign-off: the history holds one, or an entry at or
    after the last decision was changed (it may have been the sign-off itself)."""
    if any(record.kind == "signed_off" for record in document.quality.history):
        return True
    last = latest[0] if latest is not None else 0
    return any(b.index is not None and b.index >= last for b in found)


def _history_changed(breaks: list) -> list[str]:
    """The chain's breaks in one reason: how many, and where the first is (``verify`` lists them all)."""
    if not breaks:
        return []
    more = f"; and {len(breaks) - 1} more place{'s' if len(breaks) > 2 else ''}" if len(breaks) > 1 else ""
    return [f"the review history was changed outside IMR Studio ({breaks[0].where}: {breaks[0].what}{more})"]


def _why_sign_off_fails(document: Document, index: int, decision: ReviewRecord, force_list: ForceList) -> list[str]:
    """Everything that keeps the sign-off at ``index`` from standing, in words."""
    reasons = []
    trust = trust_of(decision, force_list)
    if trust is Trust.UNSIGNED:
        reasons.append("the sign-off is not signed (it was recorded by an earlier version of IMR Studio)")
    reasons += [f"{describe_record(r)} recorded by {r.name} after the sign-off, {when_words(r.at)}"
                for r in document.quality.history[index + 1:]]
    if texts_fingerprint(document.quality.decided_texts) != decision.texts_hash:
        reasons.append("the texts kept with the sign-off were changed outside IMR Studio")
    if content_digest(document) != decision.content_hash:
        changes = changes_since_decision(document)
        if changes:
            places = ", ".join(change.place for change in changes[:5])
            more = f" and {len(changes) - 5} more" if len(changes) > 5 else ""
            reasons.append(f"the text changed in {places}{more}")
        else:
            reasons.append("details other than the report's prose (dates, names, choices) changed")
    return reasons


@dataclass(frozen=True)
class Assurance:
    """When quality assurance was complete (every question with a current verdict), and by whom."""

    at: str
    by: str


def quality_assurance(document: Document, force_list: ForceList | None = None) -> Assurance | None:
    """The quality assurance the history records, or None until every question has a current, signed verdict.

    A record made by the verdicts themselves, never a typed date: its time is
    that of the last verdict that completed it.
    """
    reviews = item_reviews(document, force_list)
    if not reviews or any(not r.reviewed or r.stale or not (r.trust and r.trust.signed) for r in reviews):
        return None
    names = sorted({r.reviewer for r in reviews})
    return Assurance(at=max(r.at for r in reviews), by=" and ".join(names))
