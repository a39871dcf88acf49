"""A short account of what a project holds, for ``imr-studio info``."""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import Struct

from ..model.addressing import title_at
from ..model.document import Document
from ..model.narrative import Paragraph, is_blank
from ..model.sections import sections

SECTIONS = tuple(part.id for part in sections() if part.field == part.id)
"""The sections of the project file, in report order (``resources/sections.json``)."""


def _has_content(value: Any, default: Any) -> bool:
    """True when ``value`` holds something a person entered, compared with ``default``.

    Text that is only spaces, and narratives whose paragraphs are all blank,
    count as empty; any list item counts as content.
    """
    if isinstance(value, Struct):
        return any(_has_content(getattr(value, name), getattr(default, name)) for name in value.__struct_fields__)
    if isinstance(value, str):
        return value.strip() != default
    if isinstance(value, list) and value and isinstance(value[0], Paragraph):
        return not is_blank(value)
    return value != default


_BOOKKEEPING = ("writers", "content_at_save")
"""Fields of the quality section that saving fills in: who saved, not what anyone entered."""


def filled_sections(document: Document) -> dict[str, bool]:
    """For each section, whether anything in it differs from a new, empty project (saving's bookkeeping aside)."""
    empty = Document()
    entered = msgspec.structs.replace(document.quality, **{name: getattr(empty.quality, name) for name in _BOOKKEEPING})
    document = msgspec.structs.replace(document, quality=entered)
    return {name: _has_content(getattr(document, name), getattr(empty, name)) for name in SECTIONS}


def summarise(document: Document) -> dict[str, Any]:
    """The review's reference and marking, which sections are filled, and item counts."""
    events = document.contact.events
    filled = filled_sections(document)
    return {
        "reference": document.review.reference,
        "review_name": document.review.review_name,
        "review_type": document.review.review_type,
        "death_type": document.review.death_type,
        "protective_marking": document.review.protective_marking,
        "format_version": document.format_version,
        "sections": [
            {"section": name, "title": title_at(Document, (name,)), "filled": filled[name]} for name in SECTIONS
        ],
        "counts": {
            "events": len(events),
            "significant_events": sum(event.significant for event in events),
            "analysis_entries": len(document.analysis),
            "learning_points": len(document.learning),
            "recommendations": len(document.recommendations),
            "action_rows": sum(len(rec.actions) for rec in document.recommendations),
        },
        "subjects": [
            {
                "id": subject.id,
                "role": subject.role,
                "real_name": subject.real_name,
                "aliases": list(subject.aliases),
                "pseudonym": subject.pseudonym,
            }
            for subject in document.review.subjects
        ],
    }
