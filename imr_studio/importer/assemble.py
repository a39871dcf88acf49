"""Building a project from the blocks of a Word IMR: each heading, paragraph and table to its section and field.

The walk keeps the section it is in (from the last top-level heading the
layout recognises), the part of it (a heading such as "Terms of reference"
or "Missed opportunities") and the item being filled (an analysis entry,
learning point, conclusion, recommendation or context entry starts at each
sub-heading). Whatever cannot be placed is kept, word for word, in the
project's "Imported, not yet placed" list with where it came from; nothing is
dropped. Links written as "Event 3" or "ToR 2" are made once every item exists.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import vocab
from ..export.labels import label
from ..model.document import (
    ActionRow,
    AnalysisEntry,
    CharacteristicEntry,
    CharacteristicProfile,
    Conclusion,
    ContextEntry,
    DisseminationRow,
    Document,
    DocumentReviewed,
    Event,
    GlossaryEntry,
    ImportedText,
    Interview,
    LearningPoint,
    Recommendation,
    SourceNotAccessed,
    Subject,
    SystemSearch,
    TermOfReference,
)
from ..model.narrative import Paragraph
from ..model.sections import section_title
from .blocks import Block
from .events import events_from_table
from .layout import EXACT, layout, words
from .values import blank, characteristic_keys, choice, day, numbers, period, review_kind

_ITEM_SECTIONS = {"analysis": AnalysisEntry, "learning": LearningPoint, "conclusions": Conclusion,
                  "recommendations": Recommendation, "context": ContextEntry}
_BODY_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)+\s+")
_OPENING = re.compile(r"^(?P<agency>.+?) prepared this Individual Management Review for (?P<name>.+?) \((?P<ref>[^()]*)\)"
                      r"(?:, a .+?,)? commissioned by (?P<partnership>.+?)\. It covers the period from (?P<period>.+?)\.$")


_ONE = {"terms of reference": "term of reference", "subjects": "subject", "events": "event",
        "analysis entries": "analysis entry", "learning points": "learning point", "conclusions": "conclusion",
        "recommendations": "recommendation", "actions": "action", "context entries": "context entry",
        "entries": "entry", "pieces of text": "piece of text"}


@dataclass
class Placed:
    """One line of the import summary: which part of the project, what it got, and how sure the import was."""

    part: str
    what: str
    sure: str
    """"sure" (a known heading or table), "likely" (a heading that starts like a known one, or a guess from
    the position) or "not placed"."""


@dataclass
class _State:
    document: Document = field(default_factory=Document)
    section: str | None = None
    heading: str = ""
    part: str = ""
    item: object | None = None
    item_field: str = ""
    item_titled: bool = False
    """The current item began at a heading of its own, so the paragraphs after it are its text."""
    profile_name: str = ""
    title: str = ""
    """The document's title, before any section: the review's name when nothing else gives one."""
    refs: list[tuple[object, str, str, list[int]]] = field(default_factory=list)
    """(item, field, kind of reference, numbers) to link once every item exists."""
    placed: list[Placed] = field(default_factory=list)


def assemble(blocks: list[Block]) -> tuple[Document, list[Placed]]:
    """The project the blocks make, and the summary of what went where."""
    state = _State()
    for block in blocks:
        if block.kind == "heading" or (block.kind == "paragraph" and block.numbered and (
                layout().section_of(block.text) or layout().part_of(block.text, state.section))):
            _heading(state, block)
        elif block.kind == "table":
            _table(state, block)
        else:
            _paragraph(state, block)
    _link(state)
    if state.title and not state.document.review.review_name:
        state.document.review.review_name = state.title
        state.placed.append(Placed(section_title("review"), f"the review's name from the title “{state.title}”", "likely"))
    _tidy(state.document)
    return state.document, state.placed + [Placed(part, f"{count} {what if count != 1 else _ONE.get(what, what)}", "sure")
                                           for (part, what), count in _counted(state).items()]


def _counted(state: _State) -> dict[tuple[str, str], int]:
    d = state.document
    found = {
        ("Review details", "terms of reference"): len(d.review.terms_of_reference),
        ("Review details", "subjects"): len(d.review.subjects),
        ("Chronology", "events"): len(d.contact.events),
        ("Analysis", "analysis entries"): len(d.analysis),
        ("Learning", "learning points"): len(d.learning),
        ("Conclusions", "conclusions"): len(d.conclusions),
        ("Recommendations", "recommendations"): len(d.recommendations),
        ("Recommendations", "actions"): sum(len(r.actions) for r in d.recommendations),
        ("Organisational context", "context entries"): len(d.context),
        ("Glossary", "entries"): len(d.dissemination.glossary),
        (section_title("imported"), "pieces of text"): len(d.imported),
    }
    return {key: count for key, count in found.items() if count}


# --- headings ----------------------------------------------------------------------


def _heading(state: _State, block: Block) -> None:
    the_layout = layout()
    found = the_layout.section_of(block.text)
    top = block.level <= 1 or block.numbered or state.section is None
    inside = block.level > 1 and the_layout.part_in(block.text, state.section) is not None
    if found is not None and (top or found[1] == EXACT) and not inside:
        section, how = found
        state.section, state.heading, state.part, state.item, state.item_field = section, block.text, "", None, ""
        state.placed.append(Placed(section_title(section) or "Glossary", f"from the heading “{block.text}”",
                                   "sure" if how == EXACT else "likely"))
        if section == "contact" and words(block.text) in the_layout.parts["contact.events"]:
            state.part = "contact.events"
        return
    part = the_layout.part_of(block.text, state.section)
    if part is not None:
        name, _how = part
        owner = name.split(".")[0]
        if owner != state.section and owner in ("contact", "recommendations", "review", "methodology", "characteristics"):
            state.section, state.item = owner, None
            state.placed.append(Placed(section_title(owner), f"from the heading “{block.text}”", "likely"))
        if state.section == "analysis" and name.startswith("analysis."):
            state.item_field = name.split(".")[1]
            if state.item is None:
                _new_item(state, state.heading)
                state.item_titled = True
        else:
            state.part = name
        return
    if block.level == 1 and found is None and state.section is not None and words(block.text) in ("contents", "table of contents"):
        state.section, state.heading = "contents", block.text
        return
    if state.section in _ITEM_SECTIONS:
        _new_item(state, block.text)
        state.item_titled = True
        return
    if state.section == "characteristics" and words(block.text).startswith("characteristics of"):
        state.profile_name = re.sub(r"(?i)^characteristics of\s+", "", block.text).strip()
        return
    if block.level <= 1:
        if state.section is None and not state.title and words(block.text) != "individual management review":
            state.title = block.text
        state.section, state.heading, state.part, state.item = None, block.text, "", None
        return
    _unplaced(state, block.text, block)


def _new_item(state: _State, title: str) -> None:
    section = state.section or ""
    cls = _ITEM_SECTIONS[section]
    target = getattr(state.document, section)
    item = cls(id=f"{cls.id_prefix}-{len(target) + 1}")
    if isinstance(item, (AnalysisEntry, ContextEntry)):
        item.title = title
    target.append(item)
    state.item, state.item_field = item, ""


# --- paragraphs --------------------------------------------------------------------


def _para(block: Block) -> Paragraph:
    text = _BODY_NUMBER.sub("", block.text)
    return Paragraph(text=text, style=block.list_style or "body")


def _paragraph(state: _State, block: Block) -> None:
    d, section, part = state.document, state.section, state.part
    paragraph = _para(block)
    if section in ("contents", "quality") or _says_nothing(block.text):
        return
    if section == "review":
        if part == "review.independence":
            if not d.review.author_name and "," in block.text and len(block.text.split()) <= 16 and not d.review.independence:
                name, _, role = block.text.rstrip(".").partition(",")
                d.review.author_name, d.review.author_role = name.strip(), role.strip()
            else:
                d.review.independence.append(paragraph)
            return
        if part == "review.terms_of_reference":
            d.review.terms_of_reference.append(TermOfReference(id=f"tor-{len(d.review.terms_of_reference) + 1}",
                                                               text=paragraph.text))
            return
        if _opening(d, block.text):
            return
    elif section == "characteristics":
        name = part.split(".")[1] if part.startswith("characteristics.") else "influence_on_decisions"
        getattr(d.characteristics, name).append(paragraph)
        return
    elif section == "methodology" and not part:
        d.methodology.narrative.append(paragraph)
        return
    elif section == "methodology" and part == "methodology.interviews" and not d.methodology.interviews:
        d.methodology.no_interviews_reason = (d.methodology.no_interviews_reason + " " + paragraph.text).strip()
        return
    elif section == "contact" and part != "contact.events":
        d.contact.narrative.append(paragraph)
        return
    elif section in _ITEM_SECTIONS:
        _item_paragraph(state, paragraph)
        return
    _unplaced(state, block.text, block)


def _says_nothing(text: str) -> bool:
    """The words a report prints where a part is empty or not yet written, and the chronology's note."""
    empty = {words(label(key)) for key in ("context_none", "none_recorded", "significant_note")}
    return words(text) in empty or text.startswith(label("not_yet_written"))


def _opening(d: Document, text: str) -> bool:
    """Fill the review's names and period from the opening sentence IMR Studio writes; True when it was that."""
    match = _OPENING.match(text)
    if match is None:
        return False
    r = d.review
    for name, value in (("agency", match["agency"]), ("review_name", match["name"]), ("reference", match["ref"]),
                        ("partnership", match["partnership"])):
        if not blank(value) and not getattr(r, name):
            setattr(r, name, value)
    r.period_start, r.period_end = period(match["period"])
    return True


def _item_paragraph(state: _State, paragraph: Paragraph) -> None:
    """Text of the current item; without a heading of its own, each learning point or recommendation is a paragraph."""
    if state.item is None or (not state.item_titled and state.section in ("learning", "recommendations")):
        _new_item(state, state.heading)
        state.item_titled = False
    item = state.item
    if isinstance(item, AnalysisEntry):
        name = state.item_field or "analysis"
        marker = {"good_practice": "no_good_practice", "missed_opportunities": "no_missed_opportunities"}.get(name)
        if marker and words(paragraph.text) == words(_title_of(AnalysisEntry, marker)):
            setattr(item, marker, True)
        else:
            getattr(item, name).append(paragraph)
    elif isinstance(item, LearningPoint):
        item.statement.append(paragraph)
    elif isinstance(item, Conclusion):
        item.text.append(paragraph)
    elif isinstance(item, Recommendation):
        item.text = f"{item.text}\n{paragraph.text}".strip()
    elif isinstance(item, ContextEntry):
        item.description.append(paragraph)


def _title_of(cls: type, name: str) -> str:
    from ..model.addressing import title_at

    return title_at(cls, (name,))


def _unplaced(state: _State, text: str, block: Block) -> None:
    where = f"under the heading “{state.heading}”" if state.heading else "before the first heading"
    state.document.imported.append(ImportedText(id=f"imp-{len(state.document.imported) + 1}", text=text,
                                                came_from=f"Block {block.position}, {where}"))


# --- tables ------------------------------------------------------------------------


def _table(state: _State, block: Block) -> None:
    rows = [[cell.strip() for cell in row] for row in block.rows]
    if not rows:
        return
    kind = layout().table_kind(rows[0])
    if kind is None and state.part == "contact.events" and len(rows[0]) >= 3:
        kind = "events"
    handler = _TABLES.get(kind or "")
    if handler is not None:
        handler(state, rows)
        return
    if all(len(row) == 2 for row in rows):
        _details(state, rows, block)
        return
    for row in rows:
        _unplaced(state, " | ".join(cell for cell in row if cell), block)


def _details(state: _State, rows: list[list[str]], block: Block) -> None:
    """A two-column table of labels and values: the review's details, or the current item's."""
    item = state.item
    prefix = {AnalysisEntry: "analysis.", LearningPoint: "learning.", Conclusion: "conclusion.",
              Recommendation: "recommendation.", ContextEntry: "context."}.get(type(item), "") if item is not None else ""
    for label, value in rows:
        name = layout().field_of(label, prefix)
        if name is None and prefix:
            name = layout().field_of(label)
            target_item = None
        else:
            target_item = item if prefix else None
        if name is None or not _set_detail(state, target_item, name, value):
            if not blank(value) and name is None:
                _unplaced(state, f"{label}: {value}", block)


def _set_detail(state: _State, item: object | None, name: str, value: str) -> bool:
    r = state.document.review
    if item is None:
        if name in ("review_name", "reference", "partnership", "agency", "report_version", "protective_marking"):
            if not blank(value):
                setattr(r, name, value)
            return True
        if name == "author":
            author, _, role = value.partition(",")
            r.author_name, r.author_role = (author.strip(), role.strip()) if not blank(value) else ("", "")
            return True
        if name == "author_role":
            r.author_role = "" if blank(value) else value
            return True
        if name == "period":
            r.period_start, r.period_end = period(value)
            return True
        if name in ("incident_date",):
            r.incident_date = day(value)
            return True
        if name in ("imr_requested", "imr_completed"):
            setattr(r.key_dates, name, day(value))
            return True
        if name == "review_type":
            r.review_type, r.death_type = review_kind(value)
            return True
        return name == "ignored"  # the review lead's decisions are made in IMR Studio, never imported
    if name in ("event_ids", "tor_ids", "analysis_ids", "learning_ids"):
        kind = {"event_ids": ("Event",), "tor_ids": ("ToR", "Term of reference"), "analysis_ids": ("Analysis",),
                "learning_ids": ("Learning point",)}[name]
        state.refs.append((item, name, name, numbers(value, *kind)))
        return True
    if blank(value):
        return True
    if name in ("policy", "policy_version"):
        setattr(item, name, value)
    elif name == "verdict":
        item.verdict = choice("practice_verdicts", value)  # type: ignore[union-attr]
    elif name == "characteristics":
        item.characteristics = characteristic_keys(value)  # type: ignore[union-attr]
    elif name == "action_taken":
        if words(value) == words(_title_of(LearningPoint, "no_action_yet")):
            item.no_action_yet = True  # type: ignore[union-attr]
        else:
            item.action_taken = [Paragraph(text=line) for line in value.split("\n") if line.strip()]  # type: ignore[union-attr]
    elif name == "action_evidence":
        item.action_evidence = value  # type: ignore[union-attr]
    elif name == "strand":
        key = choice("strategy_strands", value)
        if key:
            item.strand = key  # type: ignore[union-attr]
        else:
            item.strand_not_applicable = value  # type: ignore[union-attr]
    elif name in ("outcome", "measure"):
        setattr(item, name, value)
    elif name == "owner":
        owner, _, role = value.partition(",")
        item.owner_name, item.owner_role = owner.strip(), role.strip()  # type: ignore[union-attr]
    elif name == "scope":
        item.scope = choice("recommendation_scopes", value)  # type: ignore[union-attr]
    elif name == "target_date":
        item.target_date = day(value)  # type: ignore[union-attr]
    elif name == "area":
        item.area = choice("context_areas", value)  # type: ignore[union-attr]
    else:
        return False
    return True


def _columns(header: list[str], *wanted: tuple[str, ...]) -> list[int | None]:
    """The column of each wanted field, by the words of the header row."""
    cells = [words(cell) for cell in header]
    found: list[int | None] = []
    for variants in wanted:
        found.append(next((i for i, cell in enumerate(cells) if cell in variants), None))
    return found


def _cell(row: list[str], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _subjects(state: _State, rows: list[list[str]]) -> None:
    role, name, aliases, pseudonym, relation = _columns(
        rows[0], ("role",), ("real name", "name", "full name"), ("aliases", "also known as"), ("pseudonym",),
        ("relationship", "relationship to victim", "relationship to the victim", "description"))
    subjects = state.document.review.subjects
    for row in rows[1:]:
        known = _cell(row, aliases)
        subjects.append(Subject(
            id=f"sub-{len(subjects) + 1}", role=choice("subject_roles", _cell(row, role)) or "other",
            real_name=_cell(row, name), pseudonym=_cell(row, pseudonym), description=_cell(row, relation),
            aliases=[] if blank(known) else [a.strip() for a in re.split(r"[;,]", known) if a.strip()]))


def _characteristics(state: _State, rows: list[list[str]]) -> None:
    name_col, value_col, status_col, source_col = _columns(
        rows[0], ("characteristic", "protected characteristic", "factor"), ("value", "details", "detail", "recorded"),
        ("status",), ("source",))
    subjects = state.document.review.subjects
    wanted = words(state.profile_name)
    subject = next((s for s in subjects if wanted and wanted in (words(s.real_name), words(s.pseudonym))), None)
    if subject is None:
        subject = next((s for s in subjects if s.role in ("victim", "suspect") and not any(
            p.subject_id == s.id for p in state.document.characteristics.profiles)), None)
    if subject is None:
        for row in rows[1:]:
            state.document.imported.append(ImportedText(id=f"imp-{len(state.document.imported) + 1}",
                                                        text=" | ".join(c for c in row if c),
                                                        came_from=f"A characteristics table for “{state.profile_name}”"))
        return
    labels = {words(spec.label): spec.key for spec in vocab.characteristics()}
    entries = []
    for row in rows[1:]:
        key = labels.get(words(_cell(row, name_col)))
        if key is None:
            continue
        status = choice("characteristic_statuses", _cell(row, status_col)) or None
        value = _cell(row, value_col)
        if blank(value) or (status and words(value) == words(_cell(row, status_col))):
            value = ""
        entries.append(CharacteristicEntry(key=key, value=value, status=status,  # type: ignore[arg-type]
                                           source="" if blank(_cell(row, source_col)) else _cell(row, source_col)))
    state.document.characteristics.profiles.append(CharacteristicProfile(subject_id=subject.id, entries=entries))


def _events(state: _State, rows: list[list[str]]) -> None:
    events = events_from_table(rows, state.document.review.subjects, first_id=len(state.document.contact.events) + 1)
    state.document.contact.events.extend(events)


def _actions(state: _State, rows: list[list[str]]) -> None:
    number, rec_text, action, owner, milestone, target, status, done, evidence = _columns(
        rows[0], ("rec", "no", "number", "recommendation number", "ref"), ("recommendation",),
        ("action", "actions", "action required", "actions to be taken"),
        ("owner", "lead", "responsible", "responsible person", "action owner", "by whom"), ("milestone", "milestones"),
        ("target date", "target", "deadline", "by when"), ("status", "progress"), ("completion date", "completed"),
        ("evidence of outcome", "evidence", "evidence of completion"))
    recs = state.document.recommendations
    last: Recommendation | None = None
    for row in rows[1:]:
        wanted = _cell(row, number)
        text = _cell(row, rec_text)
        if wanted.isdigit() and int(wanted) <= len(recs):
            last = recs[int(wanted) - 1]
        elif text and (last is None or words(last.text) != words(text)):
            last = next((r for r in recs if words(r.text) == words(text)), None)
            if last is None:
                last = Recommendation(id=f"rec-{len(recs) + 1}", text=text)
                recs.append(last)
        elif last is None:
            last = Recommendation(id=f"rec-{len(recs) + 1}")
            recs.append(last)
        if not any(_cell(row, c) for c in (action, owner, milestone, evidence)):
            continue
        last.actions.append(ActionRow(
            id=f"act-{sum(len(r.actions) for r in recs) + 1}", action=_cell(row, action), owner=_cell(row, owner),
            milestone=_cell(row, milestone), target_date=day(_cell(row, target)),
            status=choice("action_statuses", _cell(row, status)),  # type: ignore[arg-type]
            completion_date=day(_cell(row, done)), evidence=_cell(row, evidence)))


def _glossary(state: _State, rows: list[list[str]]) -> None:
    term, meaning = _columns(rows[0], ("term", "acronym", "abbreviation", "abbreviations", "acronyms"),
                             ("meaning", "definition", "explanation", "description", "full title", "in full", "stands for"))
    glossary = state.document.dissemination.glossary
    for row in rows[1:]:
        if _cell(row, term):
            glossary.append(GlossaryEntry(id=f"gl-{len(glossary) + 1}", term=_cell(row, term), definition=_cell(row, meaning)))


def _dissemination(state: _State, rows: list[list[str]]) -> None:
    audience, method, responsible, when = _columns(rows[0], ("audience", "who", "to whom"), ("method", "how", "means"),
                                                   ("responsible person", "responsible", "by whom", "lead"), ("date", "when"))
    plan = state.document.dissemination.plan
    for row in rows[1:]:
        plan.append(DisseminationRow(id=f"dis-{len(plan) + 1}", audience=_cell(row, audience), method=_cell(row, method),
                                     responsible=_cell(row, responsible), date=day(_cell(row, when))))


def _sources(state: _State, rows: list[list[str]]) -> None:
    source, reason = _columns(rows[0], ("source", "source not accessed", "information"), ("reason", "why", "reason not accessed"))
    found = state.document.methodology.sources_not_accessed
    for row in rows[1:]:
        found.append(SourceNotAccessed(id=f"src-{len(found) + 1}", source=_cell(row, source), reason=_cell(row, reason)))


def _documents(state: _State, rows: list[list[str]]) -> None:
    title, version, notes = _columns(rows[0], ("document", "policy", "policy or procedure", "document or policy", "title"),
                                     ("version or date", "version"), ("notes",))
    found = state.document.methodology.documents_reviewed
    for row in rows[1:]:
        found.append(DocumentReviewed(id=f"doc-{len(found) + 1}", title=_cell(row, title), version=_cell(row, version),
                                      notes=_cell(row, notes)))


def _interviews(state: _State, rows: list[list[str]]) -> None:
    role, when, how = _columns(rows[0], ("interviewee role", "interviewee", "person interviewed", "role"), ("date", "when"),
                               ("format", "how", "method"))
    found = state.document.methodology.interviews
    for row in rows[1:]:
        found.append(Interview(id=f"int-{len(found) + 1}", interviewee_role=_cell(row, role), date=day(_cell(row, when)),
                               format=choice("interview_formats", _cell(row, how)) or _cell(row, how)))


def _systems(state: _State, rows: list[list[str]]) -> None:
    system, what, records, by, on = _columns(rows[0], ("system", "police system"), ("what was searched", "searched for", "search"),
                                             ("records searched", "records from", "date range"), ("searched by", "by"),
                                             ("date searched", "searched on", "date"))
    found = state.document.methodology.systems_searched
    for row in rows[1:]:
        start, end = period(_cell(row, records))
        found.append(SystemSearch(id=f"sys-{len(found) + 1}", system=_cell(row, system), searched_for=_cell(row, what),
                                  range_start=start, range_end=end, searched_by=_cell(row, by), searched_on=day(_cell(row, on))))


_TABLES = {"events": _events, "actions": _actions, "glossary": _glossary, "subjects": _subjects,
           "characteristics": _characteristics, "dissemination": _dissemination, "sources_not_accessed": _sources,
           "documents": _documents, "interviews": _interviews, "systems": _systems}


# --- links and tidying ---------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _template_patterns() -> tuple[re.Pattern[str], ...]:
    """IMR Studio's own title-page wording (its template's paragraphs, placeholders as wildcards) and edition lines."""
    import docx

    from ..export.template import default_template

    found = [label(key) for key in ("edition_restricted", "edition_publication")]
    template = [p.text for p in docx.Document(str(default_template())).paragraphs if "{{" in p.text and "body" not in p.text]
    patterns = [re.escape(text) + ".*" for text in found]
    patterns += [re.sub(r"\\\{\\\{.*?\\\}\\\}", ".+?", re.escape(text)) for text in template if len(text.split()) > 4]
    return tuple(re.compile(pattern, re.DOTALL) for pattern in patterns)


def _template_wording(text: str) -> bool:
    return any(pattern.fullmatch(text) for pattern in _template_patterns())


def _link(state: _State) -> None:
    d = state.document
    ids = {"event_ids": [e.id for e in d.contact.events], "tor_ids": [t.id for t in d.review.terms_of_reference],
           "analysis_ids": [a.id for a in d.analysis], "learning_ids": [lp.id for lp in d.learning]}
    for item, name, kind, found in state.refs:
        targets = ids[kind]
        setattr(item, name, [targets[n - 1] for n in dict.fromkeys(found) if 0 < n <= len(targets)])


def _tidy(d: Document) -> None:
    """Give every imported item an id of the kind the app makes, unique across the project; leave out of the
    "not yet placed" list the words the project already holds (a title page repeating the review's name)."""
    from ..model.ids import iter_items
    from ..model.search import texts

    seen: set[str] = set()
    for _path, item in iter_items(d):
        if item.id in seen or not item.id:
            item.id = f"{item.id_prefix}-imported-{len(seen) + 1}"
        seen.add(item.id)
    held = {_same(text) for path, text in texts(d) if path[0] != "imported" and text.strip()}
    d.imported = [piece for piece in d.imported if _same(piece.text) not in held and not _template_wording(piece.text)]


def _same(text: str) -> str:
    """``text`` as compared for "the project already holds these words": case and spacing aside."""
    return " ".join(text.casefold().split())
