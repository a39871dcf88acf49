"""Near-identical chronology entries (OVR-1: "without unnecessary repetition").

Two events are near-identical when they fall on the same day (or month, for
month-only dates) and the words of their summaries overlap by at least
:data:`SIMILARITY` (Jaccard), or when their summaries are word-for-word the
same whatever the dates. Events are compared only within the same date, so
the check stays fast on long chronologies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..model.document import Document, Event
from ..model.links import item_label
from .findings import Finding, finding_at
from .prefilter import text_words

SIMILARITY = 0.8


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= SIMILARITY


def duplicate_findings(doc: Document) -> Iterator[Finding]:
    """One finding on the later of each pair of near-identical events."""
    by_date: dict[str, list[tuple[Event, frozenset[str]]]] = defaultdict(list)
    by_text: dict[frozenset[str], Event] = {}
    for event in doc.contact.events:
        words = text_words(event.summary)[1]  # the language rules split the summary into words already
        earlier = by_text.get(words) if words else None
        if earlier is None:
            earlier = next((e for e, w in by_date[event.date[:10]] if _similar(words, w)), None)
        if earlier is not None:
            yield finding_at(("contact", "events", event.id), "duplicates.event", "duplicates", "OVR-1", "warning",
                             f"Event “{item_label(event)}” looks like a repeat of “{item_label(earlier)}”.",
                             "Merge the two entries, or make clear what is different about each.",
                             earlier.id + ":" + event.summary)
        if words:
            by_text.setdefault(words, event)
        by_date[event.date[:10]].append((event, words))
