"""The parts of the report the author has not yet written, which the report says so plainly.

One home for the rule: the methodology section writes "[Not yet written]"
where :func:`methodology_gaps` says a part is missing, and a report with any
gap is marked a draft on every page, even when its sign-off stands.
"""

from __future__ import annotations

from ..model.document import Document, Methodology


def methodology_gaps(methodology: Methodology) -> dict[str, bool]:
    """For each part of the methodology that can be left unwritten, whether it is (label key → gap)."""
    return {
        "gap_systems": not methodology.systems_searched,
        "gap_interviews": not methodology.interviews and not methodology.no_interviews_reason.strip(),
        "gap_documents": not methodology.documents_reviewed,
        "gap_sources": not methodology.sources_not_accessed and not methodology.all_sources_accessed,
    }


def has_gaps(document: Document) -> bool:
    """True when the report will say of some part that it is not yet written."""
    return any(methodology_gaps(document.methodology).values())
