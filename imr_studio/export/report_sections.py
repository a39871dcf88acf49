"""The report's sections, in order, each written from the model by a :class:`ReportWriter`.

Section and column headings are the model's own field titles, so the report
uses the same words as the application.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from .. import vocab
from ..model.addressing import title_at
from ..model.document import (
    Conclusion,
    ContextEntry,
    ActionRow,
    AnalysisEntry,
    Document,
    DocumentReviewed,
    Event,
    Interview,
    LearningPoint,
    Recommendation,
    DisseminationRow,
    SourceNotAccessed,
    Subject,
    SystemSearch,
)
from ..model.chronology import event_type_label
from ..model.narrative import Paragraph as NarrativeParagraph
from ..model.narrative import is_blank, plain_text
from ..model.sections import Section, in_report, report_heading
from ..checks.review import item_reviews
from ..checks.review_status import review_status
from .context import assurance_fields, long_date, review_kind
from .gaps import methodology_gaps
from .glossary import glossary_rows
from .labels import label
from .writer import ReportWriter


def _t(root: type, *path: str) -> str:
    return title_at(root, path)


def _or_none(text: str) -> str:
    return text.strip() or label("none")


class _Numbers:
    """Display numbers of events, ToR items, analysis entries and learning points."""

    def __init__(self, document: Document) -> None:
        self.events = {e.id: n for n, e in enumerate(chronological(document), 1)}
        self.tor = {t.id: n for n, t in enumerate(document.review.terms_of_reference, 1)}
        self.analysis = {a.id: n for n, a in enumerate(document.analysis, 1)}
        self.learning = {lp.id: n for n, lp in enumerate(document.learning, 1)}
        self.subjects = {s.id: s.real_name or s.pseudonym for s in document.review.subjects}

    @staticmethod
    def join(ids: list[str], numbers: dict[str, int], prefix: str) -> str:
        found = [f"{prefix} {numbers[i]}" for i in ids if i in numbers]
        return ", ".join(found) or label("none")


def chronological(document: Document) -> list[Event]:
    """The chronology sorted by date and time (undated events last, in their order)."""
    return sorted(document.contact.events, key=lambda e: (e.date == "", e.date, e.time))


def _event_date(event: Event) -> str:
    if not event.date:
        return label("not_given")
    parts = [int(p) for p in event.date.split("-")]
    if event.date_precision == "month" or len(parts) == 2:
        return datetime.date(parts[0], parts[1], 1).strftime("%B %Y")
    text = long_date(datetime.date(*parts))
    return f"About {text}" if event.date_precision == "approximate" else text


def review_details(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 1: the review, the author, the terms of reference and the people."""
    r = d.review
    kind = review_kind(r)
    w.heading(_t(Document, "review"))
    w.paragraph(
        f"{r.agency or label('not_given')} prepared this Individual Management Review for "
        f"{r.review_name or label('not_given')} ({r.reference or label('not_given')})"
        f"{', a ' + kind[0].lower() + kind[1:] + ',' if r.review_type else ''} commissioned by "
        f"{r.partnership or label('not_given')}. It covers the period from {long_date(r.period_start)} "
        f"to {long_date(r.period_end)}."
    )
    w.heading(_t(Document, "review", "independence"), 2)
    w.paragraph(f"{r.author_name or label('not_given')}, {r.author_role or label('not_given')}.", numbered=False)
    w.narrative(r.independence)
    w.heading(_t(Document, "review", "key_dates"), 2)
    k = r.key_dates
    w.fields(
        [
            (label("review_kind"), kind or label("not_given")),
            (_t(Document, "review", "incident_date"), long_date(r.incident_date)),
            (_t(Document, "review", "key_dates", "imr_requested"), long_date(k.imr_requested)),
            (_t(Document, "review", "key_dates", "imr_completed"), long_date(k.imr_completed)),
            *assurance_fields(d)[:2],
        ]
    )
    w.heading(_t(Document, "review", "terms_of_reference"), 2)
    w.numbered_list([t.text + (f" ({t.addressed_note})" if t.addressed_note else "") for t in r.terms_of_reference])
    w.heading(label("subjects"), 2)
    role = lambda s: vocab.label_for("subject_roles", s.role)  # noqa: E731
    if publication:
        columns = [(_t(Subject, "role"), 2), (_t(Subject, "pseudonym"), 2),
                   (_t(Subject, "description"), 6)]
        rows = [[role(s), s.pseudonym, s.description] for s in r.subjects]
    else:
        columns = [(_t(Subject, "role"), 2), (_t(Subject, "real_name"), 2.5),
                   (_t(Subject, "aliases"), 2), (_t(Subject, "pseudonym"), 1.5),
                   (_t(Subject, "description"), 5)]
        rows = [[role(s), s.real_name, ", ".join(s.aliases) or label("none"), s.pseudonym, s.description] for s in r.subjects]
    w.table(columns, rows)


def characteristics(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 2: a table of characteristics per subject, then the three narratives."""
    c = d.characteristics
    w.heading(_t(Document, "characteristics"))
    names = _Numbers(d).subjects
    for profile in c.profiles:
        entries = {e.key: e for e in profile.entries}
        w.heading(label("characteristics_of", name=names.get(profile.subject_id, profile.subject_id)), 2)
        rows = []
        for spec in vocab.characteristics():
            entry = entries.get(spec.key)
            status = vocab.label_for("characteristic_statuses", entry.status) if entry and entry.status else label("not_given")
            value = entry.value.strip() if entry else ""
            rows.append([spec.label, value or status, status, (entry.source if entry else "") or label("none")])
        w.table([(label("characteristic"), 2.2), ("Value", 4), ("Status", 1.6), ("Source", 2.2)], rows)
    for name in ("influence_on_decisions", "intersectionality", "relevance"):
        w.heading(_t(Document, "characteristics", name), 2)
        _narrative_or_none(w, getattr(c, name))


def methodology(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 3: the steps taken, systems, interviews, documents and sources not accessed."""
    m = d.methodology
    gaps = methodology_gaps(m)
    w.heading(_t(Document, "methodology"))
    _narrative_or_none(w, m.narrative)
    w.heading(_t(Document, "methodology", "systems_searched"), 2)
    if gaps["gap_systems"]:
        _not_written(w, label("gap_systems"))
    else:
        w.table(
            [(_t(SystemSearch, "system"), 2), (_t(SystemSearch, "searched_for"), 4), (label("records_searched"), 2.4),
             (_t(SystemSearch, "searched_by"), 2.2), (_t(SystemSearch, "searched_on"), 1.6)],
            [[s.system, s.searched_for, label("date_range", start=long_date(s.range_start), end=long_date(s.range_end)),
              s.searched_by, long_date(s.searched_on)] for s in m.systems_searched],
        )
    w.heading(_t(Document, "methodology", "interviews"), 2)
    if m.interviews:
        w.table(
            [(_t(Interview, "interviewee_role"), 5), (_t(Interview, "date"), 2), (_t(Interview, "format"), 2)],
            [[i.interviewee_role, long_date(i.date), vocab.label_for("interview_formats", i.format)] for i in m.interviews],
        )
    elif not gaps["gap_interviews"]:
        w.paragraph(m.no_interviews_reason)
    else:
        _not_written(w, label("gap_interviews"))
    w.heading(_t(Document, "methodology", "documents_reviewed"), 2)
    if gaps["gap_documents"]:
        _not_written(w, label("gap_documents"))
    else:
        w.table(
            [(_t(DocumentReviewed, "title"), 4), (_t(DocumentReviewed, "version"), 2), (_t(DocumentReviewed, "notes"), 4)],
            [[x.title, x.version, x.notes] for x in m.documents_reviewed],
        )
    w.heading(_t(Document, "methodology", "sources_not_accessed"), 2)
    if m.sources_not_accessed:
        w.table([(_t(SourceNotAccessed, "source"), 3), (_t(SourceNotAccessed, "reason"), 6)],
                [[s.source, s.reason] for s in m.sources_not_accessed])
    elif not gaps["gap_sources"]:
        w.paragraph(label("all_sources_accessed"))
    else:
        _not_written(w, label("gap_sources"))


def contact(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 4: the overview narrative and the chronology, on landscape pages."""
    names = _Numbers(d).subjects
    w.heading(_t(Document, "contact"))
    _narrative_or_none(w, d.contact.narrative)
    w.landscape(True)
    w.heading(_t(Document, "contact", "events"), 2)
    w.paragraph(label("significant_note"), numbered=False)
    rows = []
    for number, e in enumerate(chronological(d), 1):
        kind = event_type_label(e)
        rows.append([
            str(number) + (" *" if e.significant else ""),
            _event_date(e) + (f" {e.time}" if e.time else ""),
            kind,
            ", ".join(names.get(i, i) for i in e.subject_ids),
            e.summary,
            e.action_taken,
            vocab.label_for("risk_gradings", e.risk_grading),
            e.source_ref,
        ])
    w.table(
        [("No.", 0.9), (_t(Event, "date"), 1.7), (_t(Event, "event_type"), 1.8), (_t(Event, "subject_ids"), 1.8),
         (_t(Event, "summary"), 6), (_t(Event, "action_taken"), 4), (_t(Event, "risk_grading"), 1.3),
         (_t(Event, "source_ref"), 1.7)],
        rows,
    )
    w.landscape(False)


def analysis(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 5: each analysis entry with its links, verdict and narratives."""
    n = _Numbers(d)
    w.heading(_t(Document, "analysis"))
    for entry in d.analysis:
        w.heading(entry.title or label("not_given"), 2)
        w.fields([
            (_t(AnalysisEntry, "event_ids"), n.join(entry.event_ids, n.events, "Event")),
            (_t(AnalysisEntry, "tor_ids"), n.join(entry.tor_ids, n.tor, "ToR")),
            (_t(AnalysisEntry, "policy"), entry.policy or label("none")),
            (_t(AnalysisEntry, "policy_version"), entry.policy_version or label("none")),
            (_t(AnalysisEntry, "verdict"), vocab.label_for("practice_verdicts", entry.verdict)),
            (_t(AnalysisEntry, "characteristics"),
             ", ".join(_characteristic_label(k) for k in entry.characteristics) or label("none")),
        ])
        w.heading(_t(AnalysisEntry, "analysis"), 3)
        _narrative_or_none(w, entry.analysis)
        w.heading(_t(AnalysisEntry, "good_practice"), 3)
        _narrative_or_none(w, entry.good_practice, _t(AnalysisEntry, "no_good_practice") if entry.no_good_practice else "")
        w.heading(_t(AnalysisEntry, "missed_opportunities"), 3)
        _narrative_or_none(w, entry.missed_opportunities,
                           _t(AnalysisEntry, "no_missed_opportunities") if entry.no_missed_opportunities else "")


def learning(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 6: the learning points."""
    n = _Numbers(d)
    w.heading(_t(Document, "learning"))
    for number, lp in enumerate(d.learning, 1):
        with w.kept_together():
            _learning_point(w, n, number, lp)


def _learning_point(w: ReportWriter, n: _Numbers, number: int, lp: LearningPoint) -> None:
    w.heading(label("learning_number", n=str(number)), 2)
    _narrative_or_none(w, lp.statement)
    action = plain_text(lp.action_taken) if not is_blank(lp.action_taken) else ""
    w.fields([
        (_t(LearningPoint, "event_ids"), n.join(lp.event_ids, n.events, "Event")),
        (_t(LearningPoint, "analysis_ids"), n.join(lp.analysis_ids, n.analysis, "Analysis")),
        (_t(LearningPoint, "action_taken"), action or _t(LearningPoint, "no_action_yet")),
        (_t(LearningPoint, "action_evidence"), _or_none(lp.action_evidence)),
        (_t(LearningPoint, "strand"), _strand(lp.strand, lp.strand_not_applicable)),
    ])


def context(w: ReportWriter, d: Document, publication: bool) -> None:
    """What in the organisation shaped decisions at the time, each entry with the analysis it explains."""
    n = _Numbers(d)
    w.heading(_t(Document, "context"))
    if not d.context:
        w.paragraph(label("context_none"))
    for entry in d.context:
        with w.kept_together():
            w.heading(entry.title or label("not_given"), 2)
            _narrative_or_none(w, entry.description)
            w.fields([
                (_t(ContextEntry, "area"), vocab.label_for("context_areas", entry.area) if entry.area else _or_none("")),
                (_t(ContextEntry, "analysis_ids"), n.join(entry.analysis_ids, n.analysis, "Analysis")),
            ])


def conclusions(w: ReportWriter, d: Document, publication: bool) -> None:
    """The agency's conclusions on the terms of reference, each with what it rests on."""
    n = _Numbers(d)
    w.heading(_t(Document, "conclusions"))
    if not d.conclusions:
        w.paragraph(label("none_recorded"))
    for number, conclusion in enumerate(d.conclusions, 1):
        with w.kept_together():
            w.heading(label("conclusion_number", n=str(number)), 2)
            _narrative_or_none(w, conclusion.text)
            w.fields([
                (_t(Conclusion, "tor_ids"), n.join(conclusion.tor_ids, n.tor, "Term of reference")),
                (_t(Conclusion, "analysis_ids"), n.join(conclusion.analysis_ids, n.analysis, "Analysis")),
                (_t(Conclusion, "learning_ids"), n.join(conclusion.learning_ids, n.learning, "Learning point")),
            ])


def recommendations(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 7: each recommendation, then the action plan on landscape pages."""
    n = _Numbers(d)
    w.heading(_t(Document, "recommendations"))
    for number, rec in enumerate(d.recommendations, 1):
        with w.kept_together():
            _recommendation(w, n, number, rec)
    w.landscape(True)
    w.heading(label("action_plan"), 2)
    action_plan_table(w, d)
    w.landscape(False)


def _recommendation(w: ReportWriter, n: _Numbers, number: int, rec: Recommendation) -> None:
    w.heading(label("recommendation_number", n=str(number)), 2)
    w.paragraph(rec.text or label("not_given"))
    w.fields([
        (_t(Recommendation, "learning_ids"), n.join(rec.learning_ids, n.learning, "Learning point")),
        (_t(Recommendation, "outcome"), _or_none(rec.outcome)),
        (_t(Recommendation, "measure"), _or_none(rec.measure)),
        (label("owner"), ", ".join(p for p in (rec.owner_name, rec.owner_role) if p) or label("none")),
        (_t(Recommendation, "scope"), vocab.label_for("recommendation_scopes", rec.scope)),
        (_t(Recommendation, "target_date"), long_date(rec.target_date)),
        (_t(Recommendation, "strand"), _strand(rec.strand, rec.strand_not_applicable)),
    ])


def action_plan_columns() -> list[tuple[str, float]]:
    """The action plan's columns and their relative widths."""
    return [(label("recommendation_short"), 1), (_t(Recommendation, "text"), 3.6), (_t(ActionRow, "action"), 3.6), (_t(ActionRow, "owner"), 2),
            (_t(ActionRow, "milestone"), 2.2), (_t(ActionRow, "target_date"), 1.8), (_t(ActionRow, "status"), 1.6),
            (_t(ActionRow, "completion_date"), 1.8), (_t(ActionRow, "evidence"), 3)]


def action_plan_rows(d: Document) -> list[list[str]]:
    """One row per action of every recommendation (a recommendation with none gets one row)."""
    rows = []
    for number, rec in enumerate(d.recommendations, 1):
        for act in rec.actions or [ActionRow(id="")]:
            rows.append([
                str(number), rec.text, act.action, act.owner, act.milestone,
                long_date(act.target_date) if act.target_date else "",
                vocab.label_for("action_statuses", act.status) if act.status else "",
                long_date(act.completion_date) if act.completion_date else "", act.evidence,
            ])
    return rows


def action_plan_table(w: ReportWriter, d: Document) -> None:
    """The action plan as a table, each recommendation's number and wording once for all its actions."""
    w.table(action_plan_columns(), action_plan_rows(d), group_columns=2)


def dissemination(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 8: how the learning reaches people."""
    w.heading(_t(Document, "dissemination"))
    w.table(
        [(_t(DisseminationRow, "audience"), 3), (_t(DisseminationRow, "method"), 4),
         (_t(DisseminationRow, "responsible"), 2.5), (_t(DisseminationRow, "date"), 1.6)],
        [[x.audience, x.method, x.responsible, long_date(x.date)] for x in d.dissemination.plan],
    )


def quality(w: ReportWriter, d: Document, publication: bool) -> None:
    """Section 9: the review status, who quality-assured and signed off the report, and (restricted only) the verdicts.

    The review lead's verdicts and comments on the checklist are internal
    quality assurance, so the publication version leaves them out.
    """
    status = review_status(d)
    w.heading(_t(Document, "quality"))
    w.paragraph(status.sentence, numbered=False)
    pairs = assurance_fields(d)[:2]
    if status.decision is not None and status.decision.text:
        pairs.append((label("decision_note"), status.decision.text))
    w.fields(pairs)
    reviews = [r for r in item_reviews(d) if r.reviewed or r.comment]
    if reviews and not publication:
        w.heading(label("checklist_verdicts"), 2)
        w.table(
            [(label("checklist_item"), 1), (label("checklist_question"), 5), (label("verdict"), 1.8),
             (label("comment"), 4)],
            [[r.item.id, r.item.question, r.describe, r.comment] for r in reviews],
        )


def glossary(w: ReportWriter, d: Document, publication: bool) -> None:
    """The glossary of terms and acronyms."""
    w.heading(report_heading("glossary"))
    w.table([(label("term"), 2), (label("meaning"), 7)], glossary_rows(d, w.texts()))


def _not_written(w: ReportWriter, what: str) -> None:
    """A gap the author has not filled, said so that no reader takes it for content."""
    w.paragraph(what, bold_lead=label("not_yet_written"))


def _narrative_or_none(w: ReportWriter, narrative, none_text: str = "") -> None:
    if is_blank(narrative):
        w.paragraph(none_text or label("none_recorded"))
    else:
        w.narrative(narrative)


def _characteristic_label(key: str) -> str:
    return next((c.label for c in vocab.characteristics() if c.key == key), key)


def _strand(key: str, not_applicable: str) -> str:
    return vocab.label_for("strategy_strands", key) if key else _or_none(not_applicable)


SectionWriter = Callable[[ReportWriter, Document, bool], None]

_WRITERS: dict[str, SectionWriter] = {
    "review": review_details,
    "characteristics": characteristics,
    "methodology": methodology,
    "context": context,
    "contact": contact,
    "analysis": analysis,
    "learning": learning,
    "conclusions": conclusions,
    "recommendations": recommendations,
    "dissemination": dissemination,
    "quality": quality,
    "glossary": glossary,
}
"""How each section is written, where it needs more than :func:`_plain_section` gives."""


def _plain_section(part: Section) -> SectionWriter:
    """The default for a section with no writer of its own: its heading, then each text field under its title."""

    def write(w: ReportWriter, d: Document, publication: bool) -> None:
        w.heading(part.report_heading)
        value = getattr(d, part.field)
        for name in getattr(value, "__struct_fields__", ()):
            field_value = getattr(value, name)
            if isinstance(field_value, str) and field_value.strip():
                w.fields([(_t(Document, part.field, name), field_value)])
            elif isinstance(field_value, list) and all(isinstance(p, NarrativeParagraph) for p in field_value):
                w.heading(_t(Document, part.field, name), 2)
                _narrative_or_none(w, field_value)

    return write


SECTIONS: tuple[tuple[str, SectionWriter], ...] = tuple(
    (part.report_heading, _WRITERS.get(part.id) or _plain_section(part)) for part in in_report()
)
"""Every section of the report in order, with the name progress reports use."""
