"""How far each section has been written: what is still missing, in plain English.

This is the navigator's status per section: ``empty`` (nothing written),
``started`` (something missing) or ``complete`` (everything this module looks
for is there). It is a completeness count, not the checklist verdict: the
checks engine judges quality.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from .. import vocab
from .addressing import title_at
from .document import Document
from .links import profile_for
from .narrative import is_blank
from .sections import section

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
        "the victim among the subjects": any(s.role == "victim" for s in r.subjects),
        "the suspect among the subjects": any(s.role == "suspect" for s in r.subjects),
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


def _contact(doc: Document) -> tuple[int, list[str]]:
    events = doc.contact.events
    wants = {
        "the overview narrative": not is_blank(doc.contact.narrative),
        "at least one event in the chronology": events,
        **_each(events, "event", {
            "a date": lambda e: e.date,
            "an event type": lambda e: e.event_type and (e.event_type != "other" or e.event_type_other.strip()),
            "a summary": lambda e: e.summary.strip(),
            "a source reference": lambda e: e.source_ref.strip(),
        }),
    }
    return _tally(wants)


def _analysis(doc: Document) -> tuple[int, list[str]]:
    wants = {
        "at least one analysis entry": doc.analysis,
        **_each(doc.analysis, "analysis entry", {
            "a title": lambda a: a.title.strip(),
            "the events it covers": lambda a: a.event_ids,
            "the policy or procedure in force": lambda a: a.policy.strip(),
            "a verdict on practice": lambda a: a.verdict,
            "the critical analysis": lambda a: not is_blank(a.analysis),
            "good practice, or that there was none": lambda a: a.no_good_practice or not is_blank(a.good_practice),
            "missed opportunities, or that there were none": lambda a: a.no_missed_opportunities
            or not is_blank(a.missed_opportunities),
        }),
    }
    return _tally(wants)


def _learning(doc: Document) -> tuple[int, list[str]]:
    wants = {
        "at least one learning point": doc.learning,
        **_each(doc.learning, "learning point", {
            "the learning point itself": lambda p: not is_blank(p.statement),
            "the events or analysis it comes from": lambda p: p.event_ids or p.analysis_ids,
            "action already taken, or that there is none yet": lambda p: p.no_action_yet or not is_blank(p.action_taken),
            "a strategy strand, or why none applies": lambda p: p.strand or p.strand_not_applicable.strip(),
        }),
    }
    return _tally(wants)


def _context(doc: Document) -> tuple[int, list[str]]:
    """Context is written only where something in the organisation shaped decisions, so none is not a gap."""
    return _tally(_each(doc.context, "context entry", {
        "a title": lambda c: c.title.strip(),
        "what it was and how it shaped decisions": lambda c: not is_blank(c.description),
        "the analysis it helps explain": lambda c: c.analysis_ids,
    }))


def _conclusions(doc: Document) -> tuple[int, list[str]]:
    answered = {tor_id for conclusion in doc.conclusions for tor_id in conclusion.tor_ids}
    unanswered = [n for n, term in enumerate(doc.review.terms_of_reference, 1) if term.id not in answered]
    wants = {
        "at least one conclusion": doc.conclusions,
        **({f"a conclusion on term{'s' if len(unanswered) > 1 else ''} of reference "
            f"{', '.join(map(str, unanswered))}": False} if unanswered else {}),
        **_each(doc.conclusions, "conclusion", {
            "the conclusion itself": lambda c: not is_blank(c.text),
            "the terms of reference it answers": lambda c: c.tor_ids,
            "the analysis or learning it rests on": lambda c: c.analysis_ids or c.learning_ids,
        }),
    }
    return _tally(wants)


def _recommendations(doc: Document) -> tuple[int, list[str]]:
    wants = {
        "at least one recommendation": doc.recommendations,
        **_each(doc.recommendations, "recommendation", {
            "the recommendation itself": lambda r: r.text.strip(),
            "the learning points it answers": lambda r: r.learning_ids,
            "the intended outcome": lambda r: r.outcome.strip(),
            "a measure of success": lambda r: r.measure.strip(),
            "an owner's role or rank": lambda r: r.owner_role.strip(),
            "a target date": lambda r: r.target_date,
            "a strategy strand, or why none applies": lambda r: r.strand or r.strand_not_applicable.strip(),
            "at least one action in the action plan": lambda r: r.actions,
        }),
    }
    return _tally(wants)


def _dissemination(doc: Document) -> tuple[int, list[str]]:
    plan = doc.dissemination.plan
    wants = {
        "at least one row in the dissemination plan": plan,
        **_each(plan, "dissemination row", {
            "an audience": lambda row: row.audience.strip(),
            "a method": lambda row: row.method.strip(),
            "a responsible person": lambda row: row.responsible.strip(),
            "a date": lambda row: row.date,
        }),
    }
    return _tally(wants)


def _quality(doc: Document) -> tuple[int, list[str]]:
    history = doc.quality.history
    decisions = [r for r in history if r.kind in ("returned", "signed_off")]
    decision = "the review lead's decision: returned for amendment or signed off"
    if decisions and decisions[-1].kind == "returned":
        decision = f"the amendments the review lead asked for, then a fresh review: “{decisions[-1].text}”"
    return _tally({
        "the review lead's verdicts on the checklist questions": any(
            r.kind == "verdict" and r.verdict not in ("", "not_reviewed") for r in history
        ),
        decision: bool(decisions) and decisions[-1].kind == "signed_off",
    })


def _each(items: list, noun: str, wants: dict[str, Callable[[Any], object]]) -> dict[str, object]:
    """One entry per requirement: present when every item meets it, else naming how many items lack it."""
    result: dict[str, object] = {}
    if not items:
        return result
    for label, test in wants.items():
        lacking = sum(1 for item in items if not test(item))
        if lacking == 0:
            result[f"{label} for every {noun}"] = True
        else:
            result[f"{label} ({lacking} {noun if lacking == 1 else _plural(noun)} without)"] = False
    return result


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _tally(wants: dict[str, object]) -> tuple[int, list[str]]:
    missing = [label for label, present in wants.items() if not present]
    return len(wants) - len(missing), missing


_SECTIONS: dict[str, Callable[[Document], tuple[int, list[str]]]] = {
    "review": _review,
    "characteristics": _characteristics,
    "methodology": _methodology,
    "context": _context,
    "contact": _contact,
    "analysis": _analysis,
    "learning": _learning,
    "conclusions": _conclusions,
    "recommendations": _recommendations,
    "dissemination": _dissemination,
    "quality": _quality,
}


def _every_field(document: Document, section_id: str) -> tuple[int, list[str]]:
    """The default for a section with no requirements of its own here: each of its fields filled in."""
    field = section(section_id).field
    value = getattr(document, field)
    if isinstance(value, list):
        return _tally({f"at least one entry in {title_at(Document, (field,)).lower()}": value})
    empty = type(value)()
    return _tally({
        title_at(Document, (field, name)).lower(): getattr(value, name) != getattr(empty, name)
        for name in value.__struct_fields__
    })


def section_progress(document: Document, section: str) -> SectionProgress:
    """The progress of one section of ``resources/sections.json`` (``"review"``, ``"contact"`` ...)."""
    requirements = _SECTIONS.get(section)
    present, missing = requirements(document) if requirements is not None else _every_field(document, section)
    if not missing:
        status: Status = "complete"
    elif present == 0:
        status = "empty"
    else:
        status = "started"
    return SectionProgress(section, status, tuple(missing))


_PROGRESS_WORDS = {"empty": "not started", "started": "in progress", "complete": "complete"}


def section_status(progress: str, problem: str, count: int) -> tuple[str, str]:
    """The navigator's icon status and words for a section.

    ``progress`` is the section's completeness (``empty``, ``started``,
    ``complete``); ``problem`` the worst status its open findings cause
    (``met``, ``partly``, ``not_met``) and ``count`` how many there are. A
    section with an error shows "not met"; a complete one with warnings shows
    "partly"; otherwise its progress.
    """
    words = _PROGRESS_WORDS[progress]
    if count:
        words += f"; {count} finding{'s' if count != 1 else ''} to look at"
    if progress != "empty" and problem == "not_met":
        return "not_met", words
    if progress == "complete" and problem == "partly":
        return "partly", words
    return progress, words
