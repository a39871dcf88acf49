"""Reading the chronology: how event dates are shown and sorted, and which events are analysed.

Qt-free helpers for the Overview of police contact page, the checks and the
export. An event's ``date`` is ``YYYY-MM-DD`` (exact or approximate) or
``YYYY-MM`` (month precision), or empty when the date is not known.
"""

from __future__ import annotations

import calendar

from .. import vocab
from .document import Document, Event


def event_type_label(event: Event) -> str:
    """The event's type as shown: the pick-list label, or the author's own words for "other"."""
    if event.event_type == "other" and event.event_type_other.strip():
        return event.event_type_other.strip()
    return vocab.label_for("event_types", event.event_type) if event.event_type else ""


def event_date_label(event: Event) -> str:
    """The event's date as an author reads it: 31/12/2024, c. 31/12/2024 or Dec 2024."""
    parts = event.date.split("-")
    if len(parts) == 2 or (len(parts) == 3 and event.date_precision == "month"):
        year, month = int(parts[0]), int(parts[1])
        return f"{calendar.month_abbr[month]} {year}" if 1 <= month <= 12 else event.date
    if len(parts) != 3:
        return ""
    shown = f"{parts[2]}/{parts[1]}/{parts[0]}"
    return f"c. {shown}" if event.date_precision == "approximate" else shown


def _sort_key(event: Event) -> tuple:
    """Undated events last; a month-only date counts as the first of its month, before exact dates of that day."""
    parts = event.date.split("-")
    if len(parts) < 2:
        return (1,)
    year, month = int(parts[0]), int(parts[1])
    if len(parts) == 2 or event.date_precision == "month":
        return (0, year, month, 1, 0)
    return (0, year, month, int(parts[2]), 1)


def date_order(events: list[Event]) -> list[str]:
    """The ids of ``events`` in date order; events that tie keep their order."""
    return [event.id for event in sorted(events, key=_sort_key)]


def is_in_order(events: list[Event]) -> bool:
    """True when the events are already in date order."""
    return date_order(events) == [event.id for event in events]


def analysed_event_ids(document: Document) -> set[str]:
    """Ids of the events at least one analysis entry covers."""
    return {event_id for entry in document.analysis for event_id in entry.event_ids}

