"""How far each section has been written: what is still missing, in plain English.

This is the navigator's status per section: ``empty`` (nothing written),
``started`` (something missing) or ``complete`` (everything this module looks
for is there). It is a completeness count, not the checklist verdict: the
checks engine judges quality.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .. import vocab
from .document import Document
from .links import profile_for
from .narrative import is_blank

Status = Literal["empty", "started", "complete"]


@dataclass(frozen=True)
class SectionProgress:
    """What is present and missing in one section."""

    section: str
    status: Status
    missing: tuple[str, ...]


def _review(doc: Document) -> tuple[int, list[str]]:
    r = doc.review
    wants = {
        "review name": r.review_name.strip(),
        "review reference": r.reference.strip(),
        "commissioning partnership": r.partnership.strip(),
        "agency": r.agency.strip(),
        "author name": r.author_name.strip(),
        "author role": r.author_role.strip(),
        "statement of independence": not is_blank(r.independence),
        "review period start": r.period_start,
        "review period end": r.period_end,
        "date the IMR was requested": r.key_dates.imr_requested,
        "at least one term of reference": r.terms_of_reference,
        "the victim in the cast list": any(s.role == "victim" for s in r.subjects),
        "the suspect in the cast list": any(s.role == "suspect" for s in r.subjects),
    }
    return _tally(wants)


def _characteristics(doc: Document) -> tuple[int, list[str]]:
    c = doc.characteristics
    wants: dict[str, object] = {}
    for subject in doc.review.subjects:
        if subject.role not in ("victim", "suspect"):
            continue
        profile = profile_for(doc, subject.id)
        set_keys = {e.key for e in profile.entries if e.status} if profile else set()
        blanks = [spec.label.lower() for spec in vocab.characteristics() if spec.key not in set_keys]
        name = subject.real_name or subject.role
        wants[f"a status for every characteristic of {name} ({len(blanks)} not set)"] = not blanks
    wants["influence on professional decision making"] = not is_blank(c.influence_on_decisions)
    wants["how the characteristics intersect"] = not is_blank(c.intersectionality)
    wants["relevance to contact with services and to the incident"] = not is_blank(c.relevance)
    return _tally(wants)


def _methodology(doc: Document) -> tuple[int, list[str]]:
    m = doc.methodology
    wants = {
        "the steps taken": not is_blank(m.narrative),
        "at least one system searched": m.systems_searched,
        "the interviews held, or why there were none": m.interviews or m.no_interviews_reason.strip(),
        "the documents and policies reviewed": m.documents_reviewed,
        "the sources not accessed, or that all were accessed": m.sources_not_accessed or m.all_sources_accessed,
    }
    return _tally(wants)


def _tally(wants: dict[str, object]) -> tuple[int, list[str]]:
    missing = [label for label, present in wants.items() if not present]
    return len(wants) - len(missing), missing


_SECTIONS: dict[str, Callable[[Document], tuple[int, list[str]]]] = {
    "review": _review,
    "characteristics": _characteristics,
    "methodology": _methodology,
}


def section_progress(document: Document, section: str) -> SectionProgress:
    """The progress of one section (``"review"``, ``"characteristics"``, ``"methodology"``)."""
    present, missing = _SECTIONS[section](document)
    if not missing:
        status: Status = "complete"
    elif present == 0:
        status = "empty"
    else:
        status = "started"
    return SectionProgress(section, status, tuple(missing))
