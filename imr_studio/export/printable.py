"""A printable reading copy of the IMR, as HTML: every section the report has, with what the author wrote.

The Word export is the report a panel reads; this is the copy an author or a
review lead prints from the window (File › Print) to read a draft on paper.
Each section of the registry is shown with its heading, then each field the
author filled in under its title, lists item by item. Empty fields are left
out, and a section with nothing in it says so, so nothing reads like content
the author did not write.

Qt-free.
"""

from __future__ import annotations

import datetime
import html
from typing import Any

from msgspec import Struct

from .. import vocab
from ..model.addressing import title_at
from ..model.document import Document, Item
from ..model.links import item_label
from ..model.narrative import Paragraph
from ..model.sections import sections

_SKIPPED = frozenset({"id", "format_version", "date_precision", "style"})
_CHOICES = {"role": "subject_roles", "verdict": "practice_verdicts", "event_type": "event_types", "risk_grading": "risk_gradings",
            "scope": "recommendation_scopes", "strand": "strategy_strands", "format": "interview_formats", "area": "context_areas",
            "protective_marking": "protective_markings"}
"""Fields that hold a pick-list key, and the pick-list that names it."""


def _field_title(owner: type, name: str) -> str:
    return title_at(owner, (name,))


def _value_html(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], Paragraph):
        return "".join(f"<p>{html.escape(p.text)}</p>" for p in value if p.text.strip())
    if isinstance(value, datetime.date):
        return html.escape(value.strftime("%d/%m/%Y"))
    if isinstance(value, bool):
        return "Yes" if value else ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return html.escape("; ".join(value))
    return html.escape(str(value)) if isinstance(value, str) else ""


def _struct_html(node: Struct, level: int) -> str:
    parts = []
    for name in node.__struct_fields__:
        if name in _SKIPPED or name.endswith("_ids"):
            continue
        value = getattr(node, name)
        title = html.escape(_field_title(type(node), name))
        if isinstance(value, list) and value and isinstance(value[0], Struct) and not isinstance(value[0], Paragraph):
            items = "".join(
                f"<h{min(level + 1, 6)}>{html.escape(item_label(item) if isinstance(item, Item) else title)}</h{min(level + 1, 6)}>"
                + _struct_html(item, level + 1) for item in value
            )
            parts.append(f"<h{level}>{title}</h{level}>{items}")
        elif isinstance(value, Struct):
            inner = _struct_html(value, level + 1)
            if inner:
                parts.append(f"<h{level}>{title}</h{level}>{inner}")
        else:
            if name in _CHOICES and isinstance(value, str) and value:
                value = vocab.label_for(_CHOICES[name], value)
            shown = _value_html(value)
            if shown and not shown.startswith("<p>"):
                parts.append(f"<p><b>{title}:</b> {shown}</p>")
            elif shown:
                parts.append(f"<p><b>{title}</b></p>{shown}")
    return "".join(parts)


def printable_html(document: Document) -> str:
    """The reading copy of ``document`` as one HTML page, in the report's order."""
    review = document.review
    marking = html.escape(vocab.label_for("protective_markings", review.protective_marking) or review.protective_marking)
    parts = [f"<p align='center'><b>{marking}</b></p>",
             f"<h1>{html.escape(review.review_name or 'Individual Management Review')}</h1>",
             "<p><i>A reading copy of the draft, printed from IMR Studio: not the report for the panel.</i></p>"]
    for part in sections():
        if part.field != part.id or part.id == "quality":
            continue
        value = getattr(document, part.field)
        body = _struct_html(value, 3) if isinstance(value, Struct) else "".join(
            f"<h3>{html.escape(item_label(item))}</h3>{_struct_html(item, 4)}" for item in value)
        parts.append(f"<h2>{html.escape(part.report_heading)}</h2>" + (body or "<p><i>Nothing written yet.</i></p>"))
    return "".join(parts)
