"""Links between parts of the report: what is analysed, learnt and recommended from what.

* ANA-1: every significant event is covered by an analysis entry.
* ANA-4: every term of reference is addressed by an analysis entry or a note.
* LRN-1: every learning point rests on at least one event or analysis entry.
* REC-1: every recommendation answers at least one learning point.
* Any link to an item that no longer exists (checked under the item its field serves).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model.addressing import Path
from ..model.document import Document, Item
from ..model.links import item_label
from .findings import Finding, finding_at

# The checklist item a broken link in each kind of field belongs to.
_LINK_ITEMS = {
    "event_ids": "ANA-1",
    "tor_ids": "ANA-4",
    "analysis_ids": "LRN-1",
    "learning_ids": "REC-1",
    "subject_ids": "OVR-1",
}


def _links(path: tuple, rule: str, item: str, severity: str, message: str, suggestion: str = "",
           text: str = "") -> Finding:
    return finding_at(path, rule, "links", item, severity, message, suggestion, text)  # type: ignore[arg-type]


def _target_ids(doc: Document) -> set[str]:
    """The ids a link can point at (events, ToR items, subjects, analysis entries, learning points)."""
    lists = (doc.contact.events, doc.review.terms_of_reference, doc.review.subjects, doc.analysis, doc.learning)
    return {item.id for items in lists for item in items}


def _link_fields(doc: Document) -> Iterator[tuple[Path, Item, list[str]]]:
    """``(field path, owner, ids)`` of every link field; the same as ``model.links.iter_links`` but
    without walking the whole document, which matters when checks run after every edit."""
    holders: tuple[tuple[Path, list[Item]], ...] = (
        (("contact", "events"), doc.contact.events),
        (("context",), doc.context),
        (("analysis",), doc.analysis),
        (("learning",), doc.learning),
        (("conclusions",), doc.conclusions),
        (("recommendations",), doc.recommendations),
    )
    for list_path, items in holders:
        for item in items:
            for name in item.__struct_fields__:
                if name.endswith("_ids"):
                    yield list_path + (item.id, name), item, getattr(item, name)


def link_findings(doc: Document) -> Iterator[Finding]:
    """Every links finding."""
    analysed = {e for entry in doc.analysis for e in entry.event_ids}
    for event in doc.contact.events:
        if event.significant and event.id not in analysed:
            yield _links(("contact", "events", event.id), "links.significant-not-analysed", "ANA-1", "error",
                         f"Significant event “{item_label(event)}” is not covered by any analysis entry.",
                         "Add it to an analysis entry, or explain why it needs no analysis and clear the "
                         "significant flag.", event.id)
    addressed = {t for entry in doc.analysis for t in entry.tor_ids}
    for tor in doc.review.terms_of_reference:
        if tor.id not in addressed and not tor.addressed_note.strip():
            yield _links(("review", "terms_of_reference", tor.id), "links.tor-not-addressed", "ANA-4", "error",
                         f"Term of reference “{item_label(tor)}” is not addressed by any analysis entry.",
                         "Link it from the analysis entries that answer it, or note where the report answers it.",
                         tor.id)
    for point in doc.learning:
        if not point.event_ids and not point.analysis_ids:
            yield _links(("learning", point.id), "links.learning-without-evidence", "LRN-1", "warning",
                         f"Learning point “{item_label(point)}” is not linked to any event or analysis entry.",
                         "Link it to the significant events or analysis it comes from.", point.id)
    for rec in doc.recommendations:
        if not rec.learning_ids:
            yield _links(("recommendations", rec.id), "links.recommendation-without-learning", "REC-1", "warning",
                         f"Recommendation “{item_label(rec)}” does not answer any learning point.",
                         "Link it to the learning points it addresses.", rec.id)
    known = _target_ids(doc)
    for path, owner, ids in _link_fields(doc):
        for missing in (i for i in ids if i not in known):
            yield _links(path, "links.missing-target", _LINK_ITEMS.get(str(path[-1]), "OVR-1"), "warning",
                         f"The {type(owner).noun} “{item_label(owner)}” links to {missing}, which no longer exists.",
                         "Remove the link or choose the right item.", missing)
