"""What an item can be linked to: the events, terms of reference, analysis entries, learning points
and characteristics of the document, each with a label an author recognises.

The pages' pick lists offer these. Qt-free.
"""

from __future__ import annotations

from .. import vocab
from .chronology import event_date_label, event_type_label
from .document import Document
from .links import item_label, subject_name
from .narrative import plain_text

EVENTS = ("contact", "events")
TERMS = ("review", "terms_of_reference")
ANALYSIS = ("analysis",)
LEARNING = ("learning",)


def _short(text: str, limit: int = 90) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"


def events(document: Document) -> list[tuple[str, str]]:
    """Every event: date, type and the start of its summary."""
    rows = []
    for event in document.contact.events:
        parts = [event_date_label(event) or "undated", event_type_label(event), _short(event.summary, 70)]
        rows.append((event.id, " · ".join(part for part in parts if part)))
    return rows


def terms_of_reference(document: Document) -> list[tuple[str, str]]:
    """Every term of reference, numbered as the report numbers them."""
    return [(term.id, f"{number}. {_short(term.text)}") for number, term in enumerate(document.review.terms_of_reference, 1)]


def analysis_entries(document: Document) -> list[tuple[str, str]]:
    """Every analysis entry by its title."""
    return [(entry.id, f"{number}. {item_label(entry, 90)}") for number, entry in enumerate(document.analysis, 1)]


def learning_points(document: Document) -> list[tuple[str, str]]:
    """Every learning point by the start of its statement."""
    return [
        (point.id, f"{number}. {_short(plain_text(point.statement)) or '(not written yet)'}")
        for number, point in enumerate(document.learning, 1)
    ]


def characteristics(_document: Document) -> list[tuple[str, str]]:
    """The standard characteristics an analysis entry can say it considered."""
    return [(spec.key, spec.label) for spec in vocab.characteristics()]


def subjects(document: Document) -> list[tuple[str, str]]:
    """The review's subjects: name and role."""
    return [
        (s.id, f"{subject_name(s)} ({vocab.label_for('subject_roles', s.role).lower()})")
        for s in document.review.subjects
    ]
