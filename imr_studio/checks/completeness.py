"""Completeness: the evidence each checklist item needs is present (CHECKLIST.md).

An absent section-level requirement (no methodology narrative, no
dissemination plan) is an ``error``; a gap in one item or row is a
``warning``; advisory thresholds are ``advice``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from .. import vocab
from ..model.document import Document, LearningPoint, Recommendation, Subject
from ..model.links import item_label, profile_for
from ..model.narrative import is_blank, word_count
from .findings import Finding, finding_at
from .memo import TextMemo

# Below this share of analysis entries tagged with a characteristic, CHR-3 gets advice.
TAGGED_SHARE = 0.5
# Critical analysis shorter than this many words rarely goes beyond describing the event.
MIN_ANALYSIS_WORDS = 40
# An analysis whose words are mostly those of its events' summaries restates them.
MAX_RESTATEMENT = 0.6


def _blank(value: str) -> bool:
    return not value.strip()


def _missing(path: tuple, rule: str, item: str, message: str, suggestion: str = "", severity: str = "warning",
             text: str = "") -> Finding:
    return finding_at(path, rule, "completeness", item, severity, message, suggestion, text)  # type: ignore[arg-type]


def _subject_name(subject: Subject) -> str:
    return subject.real_name.strip() or f"the {subject.role}"


def characteristics(doc: Document) -> Iterator[Finding]:
    """CHR-1 to CHR-4."""
    people = [s for s in doc.review.subjects if s.role in ("victim", "suspect")]
    if not people:
        yield _missing(("review", "subjects"), "completeness.victim-suspect", "CHR-1",
                       "The subjects include no victim or suspect yet, so no characteristics can be recorded.",
                       "Add the victim and the suspect under Review details › Subjects.", "error")
    for subject in people:
        profile = profile_for(doc, subject.id)
        if profile is None:
            yield _missing(("characteristics", "profiles"), "completeness.characteristic-status", "CHR-1",
                           f"No characteristics are recorded for {_subject_name(subject)}.",
                           "Give every characteristic a status: recorded, not known, not recorded by police "
                           "or not applicable.", "error", subject.id)
            continue
        entries = {entry.key: entry for entry in profile.entries}
        for spec in vocab.characteristics():
            entry = entries.get(spec.key)
            path = ("characteristics", "profiles", subject.id, "entries", spec.key)
            if entry is None or entry.status is None:
                yield _missing(path if entry else ("characteristics", "profiles", subject.id),
                               "completeness.characteristic-status", "CHR-1",
                               f"{_subject_name(subject)}: “{spec.label}” has no status.",
                               "Record the value, or say it is not known, not recorded by police or not applicable.",
                               text=spec.key)
            elif entry.status == "recorded" and _blank(entry.value):
                yield _missing(path + ("value",), "completeness.characteristic-value", "CHR-1",
                               f"{_subject_name(subject)}: “{spec.label}” is marked recorded but has no value.",
                               "Enter what was recorded.", text=spec.key)
    c = doc.characteristics
    narratives = (
        ("influence_on_decisions", "CHR-2", "how the characteristics influenced professional decision making"),
        ("intersectionality", "CHR-3", "how the characteristics intersect"),
        ("relevance", "CHR-4", "the characteristics' relevance to contact with services and to the incident"),
    )
    for name, item, what in narratives:
        if is_blank(getattr(c, name)):
            yield _missing(("characteristics", name), f"completeness.{name}", item,
                           f"Nothing is written yet on {what}.", severity="error")
    if doc.analysis:
        tagged = sum(1 for entry in doc.analysis if entry.characteristics)
        if tagged == 0:
            yield _missing(("analysis",), "completeness.characteristics-in-analysis", "CHR-2",
                           "No analysis entry says which characteristics it considers.",
                           "Tag each analysis entry with the characteristics it discusses.")
        elif tagged / len(doc.analysis) < TAGGED_SHARE:
            yield _missing(("analysis",), "completeness.characteristics-throughout", "CHR-3",
                           f"Only {tagged} of {len(doc.analysis)} analysis entries consider a characteristic.",
                           "Consider the characteristics, and how they combine, throughout the analysis.",
                           "advice", str(tagged))


def methodology(doc: Document) -> Iterator[Finding]:
    """MET-1 and MET-2."""
    m = doc.methodology
    if is_blank(m.narrative):
        yield _missing(("methodology", "narrative"), "completeness.methodology-narrative", "MET-1",
                       "The steps taken for the review are not described.", severity="error")
    if not m.systems_searched:
        yield _missing(("methodology", "systems_searched"), "completeness.systems", "MET-1",
                       "No system searched is listed.", "List each system, what was searched and the date range.",
                       "error")
    for system in m.systems_searched:
        path = ("methodology", "systems_searched", system.id)
        gaps = [label for label, present in (("the system", system.system.strip()),
                                             ("what was searched", system.searched_for.strip()),
                                             ("the date range", system.range_start and system.range_end))
                if not present]
        if gaps:
            yield _missing(path, "completeness.system-details", "MET-1",
                           f"System searched “{item_label(system)}” does not say {' or '.join(gaps)}.",
                           text=",".join(gaps))
    if not m.interviews and _blank(m.no_interviews_reason):
        yield _missing(("methodology", "interviews"), "completeness.interviews", "MET-1",
                       "No interviews are listed and no reason is given for holding none.",
                       "List the interviews, or say why there were none.", "error")
    if not m.sources_not_accessed and not m.all_sources_accessed:
        yield _missing(("methodology", "sources_not_accessed"), "completeness.sources", "MET-2",
                       "The report does not say whether any source could not be accessed.",
                       "List each source not accessed with the reason, or declare that all were accessed.", "error")
    for source in m.sources_not_accessed:
        if _blank(source.reason):
            yield _missing(("methodology", "sources_not_accessed", source.id, "reason"), "completeness.source-reason",
                           "MET-2", f"No reason is given for not accessing “{item_label(source)}”.")


def overview(doc: Document) -> Iterator[Finding]:
    """OVR-1: review period, events with their details, overview narrative."""
    r = doc.review
    if r.period_start is None or r.period_end is None:
        yield _missing(("review", "period_start" if r.period_start is None else "period_end"),
                       "completeness.review-period", "OVR-1", "The period under review is not set.",
                       severity="error")
    if not doc.contact.events:
        yield _missing(("contact", "events"), "completeness.events", "OVR-1",
                       "The chronology has no events.", severity="error")
    if is_blank(doc.contact.narrative):
        yield _missing(("contact", "narrative"), "completeness.overview-narrative", "OVR-1",
                       "The overview narrative is not written.", severity="error")
    labels = {"date": "date", "event_type": "type", "summary": "summary", "source_ref": "source reference"}
    for event in doc.contact.events:
        gaps = [name for name in labels if _blank(getattr(event, name))]
        if event.event_type == "other" and _blank(event.event_type_other):
            gaps.append("event_type_other")
        if gaps:
            what = [labels.get(g, "description of the other event type") for g in gaps]
            yield _missing(("contact", "events", event.id, gaps[0]), "completeness.event-details", "OVR-1",
                           f"Event “{item_label(event)}” has no {', no '.join(what)}.", text=",".join(gaps))


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in text.lower().split() if len(w) > 3)


_words = TextMemo(_content_words)


def analysis(doc: Document) -> Iterator[Finding]:
    """ANA-1 (depth), ANA-2 (policy and verdict), ANA-3 (good practice and missed opportunities)."""
    if doc.contact.events and not doc.analysis:
        yield _missing(("analysis",), "completeness.analysis", "ANA-1",
                       "There is no analysis of police practice yet.", severity="error")
    events = {event.id: event for event in doc.contact.events}
    for entry in doc.analysis:
        path = ("analysis", entry.id)
        label = item_label(entry)
        words = word_count(entry.analysis)
        if words < MIN_ANALYSIS_WORDS:
            yield _missing(path + ("analysis",), "completeness.analysis-depth", "ANA-1",
                           f"The critical analysis of “{label}” is short ({words} words).",
                           "Say why things happened, in what context, against what policy, and what difference "
                           "it made.", text=str(words))
        else:
            summaries = frozenset().union(*(_words(events[e].summary) for e in entry.event_ids if e in events))
            own = frozenset().union(*(_words(p.text) for p in entry.analysis))
            if summaries and len(own & summaries) / len(own) > MAX_RESTATEMENT:
                yield _missing(path + ("analysis",), "completeness.analysis-restates", "ANA-1",
                               f"The analysis of “{label}” mostly repeats the chronology's summaries.",
                               "Analyse the decisions rather than describing the events again.")
        for name, what in (("policy", "the policy or procedure in force"),
                           ("policy_version", "the version or date of the policy"),
                           ("verdict", "whether practice was consistent with it")):
            if _blank(getattr(entry, name)):
                yield _missing(path + (name,), f"completeness.{name.replace('_', '-')}", "ANA-2",
                               f"Analysis entry “{label}” does not give {what}.")
        for name, flag, what in (("good_practice", "no_good_practice", "good practice"),
                                 ("missed_opportunities", "no_missed_opportunities", "missed opportunities")):
            if is_blank(getattr(entry, name)) and not getattr(entry, flag):
                yield _missing(path + (name,), f"completeness.{name.replace('_', '-')}", "ANA-3",
                               f"Analysis entry “{label}” records no {what}.",
                               f"Describe the {what}, or tick that there were none.")


def _strand(item: LearningPoint | Recommendation, path: tuple) -> Iterator[Finding]:
    """SYS-5: a strategy strand, or the reason none applies."""
    if _blank(item.strand) and _blank(item.strand_not_applicable):
        yield _missing(path + ("strand",), "completeness.strand", "SYS-5",
                       f"{type(item).noun.capitalize()} “{item_label(item)}” names no strategy strand.",
                       "Choose the strand of the force's vulnerability and protection strategy, "
                       "or say why none applies.")


def learning(doc: Document) -> Iterator[Finding]:
    """LRN-1 (statement), LRN-2 (action taken) and SYS-5 for learning points."""
    if doc.analysis and not doc.learning:
        yield _missing(("learning",), "completeness.learning", "LRN-1", "No learning points are written yet.",
                       severity="error")
    for point in doc.learning:
        path = ("learning", point.id)
        if is_blank(point.statement):
            yield _missing(path + ("statement",), "completeness.learning-statement", "LRN-1",
                           "A learning point has no statement.")
        if is_blank(point.action_taken) and not point.no_action_yet:
            yield _missing(path + ("action_taken",), "completeness.learning-action", "LRN-2",
                           f"Learning point “{item_label(point)}” does not say what action has been taken.",
                           "Describe the action already taken, or tick that none has been taken yet.")
        yield from _strand(point, path)


def recommendations(doc: Document) -> Iterator[Finding]:
    """REC-3 (action plan), SYS-1 and SYS-2 (owners), SYS-5 for recommendations.

    An action's evidence is expected once it is done or due: due by the IMR's completion date, or by today
    while the IMR has none.
    """
    as_of = doc.review.key_dates.imr_completed or datetime.date.today()
    if doc.learning and not doc.recommendations:
        yield _missing(("recommendations",), "completeness.recommendations", "REC-1",
                       "No recommendations are written yet.", severity="error")
    for rec in doc.recommendations:
        path = ("recommendations", rec.id)
        label = item_label(rec)
        if _blank(rec.owner_name) and _blank(rec.owner_role):
            yield _missing(path + ("owner_role",), "completeness.owner", "SYS-1",
                           f"Recommendation “{label}” has no owner.", "Name the owner's role or rank, and name.")
        elif _blank(rec.owner_role):
            yield _missing(path + ("owner_role",), "completeness.owner-role", "SYS-2",
                           f"The owner of recommendation “{label}” has no role or rank recorded.",
                           "Record the owner's role or rank so the reviewer can judge their authority.")
        yield from _strand(rec, path)
        if not rec.actions:
            yield _missing(path + ("actions",), "completeness.action-plan", "REC-3",
                           f"Recommendation “{label}” has no action plan.", "Add at least one action row.")
        for act in rec.actions:
            act_path = path + ("actions", act.id)
            if _blank(act.owner):
                yield _missing(act_path + ("owner",), "completeness.action-owner", "SYS-1",
                               f"Action “{item_label(act)}” has no owner.")
            evidence_due = act.status == "complete" or (act.target_date is not None and act.target_date <= as_of)
            gaps = [label for label, present in (
                ("action", act.action.strip()), ("milestone", act.milestone.strip()),
                ("target date", act.target_date), ("status", act.status),
                ("evidence", act.evidence.strip() or not evidence_due),  # none is expected before it is due or done
                ("completion date", act.completion_date or act.status != "complete"),
            ) if not present]
            if gaps:
                yield _missing(act_path, "completeness.action-row", "REC-3",
                               f"Action “{item_label(act)}” has no {', no '.join(gaps)}.", text=",".join(gaps))


def dissemination(doc: Document) -> Iterator[Finding]:
    """SYS-3: the dissemination plan."""
    plan = doc.dissemination.plan
    if not plan:
        yield _missing(("dissemination", "plan"), "completeness.dissemination", "SYS-3",
                       "There is no dissemination plan.", "Add who will hear the learning, how, from whom and when.",
                       "error")
    for row in plan:
        gaps = [label for label, present in (("audience", row.audience.strip()), ("method", row.method.strip()),
                                             ("responsible person", row.responsible.strip()), ("date", row.date))
                if not present]
        if gaps:
            yield _missing(("dissemination", "plan", row.id), "completeness.dissemination-row", "SYS-3",
                           f"Dissemination row “{item_label(row)}” has no {', no '.join(gaps)}.",
                           text=",".join(gaps))


def completeness_findings(doc: Document) -> Iterator[Finding]:
    """Every completeness finding."""
    for check in (characteristics, methodology, overview, analysis, learning, recommendations, dissemination):
        yield from check(doc)
