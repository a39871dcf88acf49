"""Dates: key dates present and in order (SYS-4), events inside the review period (OVR-1),
open actions not already overdue when the IMR was completed (REC-3)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from ..model.document import Document, Event
from ..model.links import item_label
from .findings import Finding, finding_at

KEY_DATES = (
    ("imr_requested", "the date the IMR was requested"),
    ("imr_completed", "the date the IMR was completed"),
)
"""The dates the author records; quality assurance and sign-off are recorded by the review lead's decisions."""


def _fmt(day: datetime.date) -> str:
    return f"{day:%d/%m/%Y}"


def key_dates(doc: Document) -> Iterator[Finding]:
    """SYS-4: the request and completion dates present, in that order."""
    kd = doc.review.key_dates
    present = []
    for name, label in KEY_DATES:
        value = getattr(kd, name)
        if value is None:
            yield finding_at(("review", "key_dates", name), "dates.key-date", "completeness", "SYS-4", "warning",
                             f"The report does not give {label}.")
        else:
            present.append((name, label, value))
    for (_, label_a, a), (name_b, label_b, b) in zip(present, present[1:]):
        if b < a:
            yield finding_at(("review", "key_dates", name_b), "dates.key-date-order", "dates", "SYS-4", "warning",
                             f"{label_b.capitalize()} ({_fmt(b)}) is before {label_a} ({_fmt(a)}).",
                             "Check both dates: the IMR is requested before it is completed.",
                             f"{a}>{b}")


def _event_bounds(event: Event) -> tuple[str, str]:
    """The event's date as comparable ISO strings: a month covers its whole month."""
    if len(event.date) == 7:
        return event.date + "-01", event.date + "-31"
    return event.date, event.date


def review_period(doc: Document) -> Iterator[Finding]:
    """OVR-1: the period is in order and every dated event lies within it."""
    start, end = doc.review.period_start, doc.review.period_end
    if start and end and end < start:
        yield finding_at(("review", "period_end"), "dates.period-order", "dates", "OVR-1", "warning",
                         f"The review period ends ({_fmt(end)}) before it starts ({_fmt(start)}).",
                         text=f"{start}>{end}")
        return
    for event in doc.contact.events:
        if not event.date:
            continue
        first, last = _event_bounds(event)
        outside = (start and last < start.isoformat()) or (end and first > end.isoformat())
        if outside:
            yield finding_at(("contact", "events", event.id, "date"), "dates.outside-period", "dates", "OVR-1",
                             "warning",
                             f"Event “{item_label(event)}” ({event.date}) is outside the period under review.",
                             "Check the date, or say in the summary why an event outside the period is included.",
                             event.date)


def overdue_actions(doc: Document) -> Iterator[Finding]:
    """REC-3: an action not complete whose target date is before the IMR's completion."""
    completed = doc.review.key_dates.imr_completed
    if completed is None:
        return
    for rec in doc.recommendations:
        for act in rec.actions:
            if act.target_date and act.target_date < completed and act.status != "complete":
                yield finding_at(("recommendations", rec.id, "actions", act.id, "target_date"),
                                 "dates.action-overdue", "dates", "REC-3", "warning",
                                 f"Action “{item_label(act)}” was due on {_fmt(act.target_date)}, before the IMR "
                                 f"was completed, and is not marked complete.",
                                 "Update its status and completion date, or set a realistic target date.",
                                 act.target_date.isoformat())


def date_findings(doc: Document) -> Iterator[Finding]:
    """Every date finding."""
    yield from key_dates(doc)
    yield from review_period(doc)
    yield from overdue_actions(doc)
