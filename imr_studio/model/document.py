"""The IMR document model: every section of an Individual Management Review.

The whole review is one :class:`Document`. Each section is a typed structure
(``msgspec.Struct``); every list item carries a stable ``id`` so that links
between items (event, analysis entry, learning point, recommendation, terms
of reference item, subject) are made by id and survive reordering and
editing. Field titles given with ``Meta(title=...)`` are the plain-English
names used in messages, the JSON Schema and the user interface.

Nothing here imports Qt or touches files: see ``imr_studio.storage`` for the
``.imr`` file format and ``imr_studio.model.editor`` for undoable edits.
"""

from __future__ import annotations

import datetime
from typing import Annotated, ClassVar, Literal

from msgspec import Meta, Struct, field

from .narrative import Narrative
from .sections import report_heading, section_title

FORMAT_VERSION = 4
"""Version of the ``.imr`` file format this code writes."""

DEFAULT_PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE"

Date = Annotated[datetime.date | None, Meta(title="Date")]
IdList = Annotated[list[str], Meta(title="Linked items")]

SubjectRole = Literal["victim", "suspect", "child", "family", "other"]
CharacteristicStatus = Literal["recorded", "not_known", "not_recorded", "not_applicable"]
DatePrecision = Literal["exact", "approximate", "month"]
RiskGrading = Literal["", "standard", "medium", "high"]
PracticeVerdict = Literal["", "consistent", "partly", "not_consistent", "unclear"]
RecommendationScope = Literal["", "local", "regional", "national"]
ActionStatus = Literal["", "not_started", "in_progress", "complete"]
ReviewerVerdict = Literal["not_reviewed", "content", "not_content", "not_applicable"]
ReviewOutcome = Literal["", "returned", "signed_off"]
"""The decisions a review lead makes (their words are ``review_outcomes`` in ``resources/vocabularies.json``)."""
ReviewType = Literal["", "dhr", "dardr"]
"""Domestic homicide review, or domestic abuse related death review (labels: ``review_types``)."""
DeathType = Literal["", "homicide", "suicide", "other"]
"""How the victim died, as the review records it (labels: ``death_types``); "" until the author says."""
ContextArea = Literal[
    "", "demand", "staffing", "supervision", "training", "policy_change", "systems", "services", "organisational_change", "other"
]


class _Struct(Struct, kw_only=True, forbid_unknown_fields=True):
    """Common settings: keyword construction, unknown fields are an error."""


class Item(_Struct):
    """A list item with a stable identifier, unique within its document."""

    key_field: ClassVar[str] = "id"
    id_prefix: ClassVar[str] = "item"
    noun: ClassVar[str] = "item"

    id: Annotated[str, Meta(min_length=1, title="Identifier")]


# --- 1. Review details -------------------------------------------------------


class TermOfReference(Item):
    """One numbered item of the review's terms of reference."""

    id_prefix: ClassVar[str] = "tor"
    noun: ClassVar[str] = "term of reference"

    text: Annotated[str, Meta(title="Term of reference")] = ""
    addressed_note: Annotated[
        str,
        Meta(title="Where addressed", description="Where the report answers this item, if not in an analysis entry"),
    ] = ""


class Subject(Item):
    """A person in the review (a subject): the victim, the suspect, children and others."""

    id_prefix: ClassVar[str] = "sub"
    noun: ClassVar[str] = "subject"

    role: Annotated[SubjectRole, Meta(title="Role")] = "other"
    real_name: Annotated[str, Meta(title="Real name")] = ""
    aliases: Annotated[list[str], Meta(title="Aliases")] = field(default_factory=list)
    pseudonym: Annotated[str, Meta(title="Pseudonym", description="The name agreed with the family for publication")] = ""
    description: Annotated[str, Meta(title="Relationship", description="How this person relates to the victim")] = ""
    date_of_birth: Annotated[Date, Meta(title="Date of birth", description="Never published: removed from the publication version")] = None
    identifiers: Annotated[list[str], Meta(
        title="Identifiers",
        description="Phone numbers, e-mail addresses, online names, vehicle registrations, addresses and reference "
        "numbers (such as a PNC id) that identify this person; removed from the publication version",
    )] = field(default_factory=list)


class OtherPerson(Item):
    """Someone named in the IMR who is not a subject (an officer, a member of staff, a neighbour, a witness)."""

    id_prefix: ClassVar[str] = "per"
    noun: ClassVar[str] = "person named"

    name: Annotated[str, Meta(title="Name as written")] = ""
    stand_in: Annotated[str, Meta(title="In the publication version", description="The role that stands for the name, such as “the call handler”")] = ""


class PublicationException(Item):
    """Words the publication scan takes for a name but are not one ("a rose bush"), kept with the author's reason."""

    id_prefix: ClassVar[str] = "pex"
    noun: ClassVar[str] = "publication exception"

    words: Annotated[str, Meta(title="Words")] = ""
    context: Annotated[str, Meta(title="Where", description="The words around them, as the scan showed them")] = ""
    reason: Annotated[str, Meta(title="Why they are not a name")] = ""
    by: Annotated[str, Meta(title="Recorded by")] = ""
    at: Annotated[str, Meta(title="Recorded at")] = ""


class KeyDates(_Struct):
    """The dates a review lead checks (SYS-4) and the people who signed."""

    imr_requested: Annotated[Date, Meta(title="IMR requested")] = None
    imr_completed: Annotated[Date, Meta(title="IMR completed")] = None


class ReviewDetails(_Struct):
    """Section 1: who wrote the IMR, for which review, covering which period."""

    review_name: Annotated[str, Meta(title="Review name")] = ""
    reference: Annotated[str, Meta(title="Review reference")] = ""
    review_type: Annotated[ReviewType, Meta(title="Review type")] = ""
    death_type: Annotated[DeathType, Meta(title="Kind of death")] = ""
    partnership: Annotated[str, Meta(title="Commissioning partnership")] = ""
    agency: Annotated[str, Meta(title="Agency")] = ""
    author_name: Annotated[str, Meta(title="Author name")] = ""
    author_role: Annotated[str, Meta(title="Author role")] = ""
    independence: Annotated[Narrative, Meta(title="Statement of independence")] = field(default_factory=list)
    protective_marking: Annotated[str, Meta(title="Protective marking")] = DEFAULT_PROTECTIVE_MARKING
    report_version: Annotated[str, Meta(title="Report version")] = ""
    period_start: Annotated[Date, Meta(title="Review period start")] = None
    period_end: Annotated[Date, Meta(title="Review period end")] = None
    incident_date: Annotated[Date, Meta(title="Date of death")] = None
    key_dates: Annotated[KeyDates, Meta(title="Key dates")] = field(default_factory=KeyDates)
    terms_of_reference: Annotated[list[TermOfReference], Meta(title="Terms of reference")] = field(
        default_factory=list
    )
    subjects: Annotated[list[Subject], Meta(title="Subjects")] = field(default_factory=list)
    other_people: Annotated[list[OtherPerson], Meta(title="Other people named")] = field(default_factory=list)
    publication_exceptions: Annotated[list[PublicationException], Meta(title="Words kept in the publication version")] = field(
        default_factory=list
    )


# --- 2. Characteristics ------------------------------------------------------


class CharacteristicEntry(_Struct):
    """One characteristic of one subject: its value, status and source."""

    key_field: ClassVar[str] = "key"

    key: Annotated[str, Meta(min_length=1, title="Characteristic")]
    value: Annotated[str, Meta(title="Value")] = ""
    status: Annotated[CharacteristicStatus | None, Meta(title="Status")] = None
    source: Annotated[str, Meta(title="Source")] = ""


class CharacteristicProfile(_Struct):
    """The characteristics recorded for one subject (a victim or a suspect)."""

    key_field: ClassVar[str] = "subject_id"

    subject_id: Annotated[str, Meta(min_length=1, title="Subject")]
    entries: Annotated[list[CharacteristicEntry], Meta(title="Characteristics")] = field(default_factory=list)


class Characteristics(_Struct):
    """Section 2: the characteristics grid and the three narratives."""

    profiles: Annotated[list[CharacteristicProfile], Meta(title="Profiles")] = field(default_factory=list)
    influence_on_decisions: Annotated[
        Narrative, Meta(title="Influence on professional decision making")
    ] = field(default_factory=list)
    intersectionality: Annotated[Narrative, Meta(title="How the characteristics intersect")] = field(
        default_factory=list
    )
    relevance: Annotated[
        Narrative, Meta(title="Relevance to contact with services and to the incident")
    ] = field(default_factory=list)


# --- 3. Methodology ----------------------------------------------------------


class SystemSearch(Item):
    """A police system the author searched."""

    id_prefix: ClassVar[str] = "sys"
    noun: ClassVar[str] = "system searched"

    system: Annotated[str, Meta(title="System")] = ""
    searched_for: Annotated[str, Meta(title="What was searched")] = ""
    range_start: Annotated[Date, Meta(title="Records from")] = None
    range_end: Annotated[Date, Meta(title="Records to")] = None
    searched_by: Annotated[str, Meta(title="Searched by")] = ""
    searched_on: Annotated[Date, Meta(title="Date searched")] = None


class Interview(Item):
    """An interview held for the review (the role, not necessarily the name)."""

    id_prefix: ClassVar[str] = "int"
    noun: ClassVar[str] = "interview"

    interviewee_role: Annotated[str, Meta(title="Interviewee role")] = ""
    date: Annotated[Date, Meta(title="Date")] = None
    format: Annotated[str, Meta(title="Format")] = ""


class DocumentReviewed(Item):
    """A document, policy or procedure the author read."""

    id_prefix: ClassVar[str] = "doc"
    noun: ClassVar[str] = "document reviewed"

    title: Annotated[str, Meta(title="Document")] = ""
    version: Annotated[str, Meta(title="Version or date")] = ""
    notes: Annotated[str, Meta(title="Notes")] = ""


class SourceNotAccessed(Item):
    """A source of information the author could not access, and why."""

    id_prefix: ClassVar[str] = "src"
    noun: ClassVar[str] = "source not accessed"

    source: Annotated[str, Meta(title="Source")] = ""
    reason: Annotated[str, Meta(title="Reason")] = ""


class Methodology(_Struct):
    """Section 3: how the review was carried out."""

    narrative: Annotated[Narrative, Meta(title="Steps taken")] = field(default_factory=list)
    systems_searched: Annotated[list[SystemSearch], Meta(title="Systems searched")] = field(default_factory=list)
    interviews: Annotated[list[Interview], Meta(title="Interviews")] = field(default_factory=list)
    no_interviews_reason: Annotated[
        str, Meta(title="Reason for no interviews", description="Filled in when no interviews were held")
    ] = ""
    documents_reviewed: Annotated[list[DocumentReviewed], Meta(title="Documents and policies reviewed")] = field(
        default_factory=list
    )
    sources_not_accessed: Annotated[list[SourceNotAccessed], Meta(title="Sources not accessed")] = field(
        default_factory=list
    )
    all_sources_accessed: Annotated[
        bool, Meta(title="All identified sources were accessed")
    ] = False


# --- Organisational context -------------------------------------------------


class ContextEntry(Item):
    """Something in the organisation that shaped decisions at the time, and the analysis it helps explain."""

    id_prefix: ClassVar[str] = "ctx"
    noun: ClassVar[str] = "context entry"

    title: Annotated[str, Meta(title="Title")] = ""
    area: Annotated[ContextArea, Meta(title="Area")] = ""
    description: Annotated[Narrative, Meta(title="What it was and how it shaped decisions")] = field(default_factory=list)
    analysis_ids: Annotated[IdList, Meta(title="Analysis entries it helps explain")] = field(default_factory=list)


# --- 4. Overview of police contact ------------------------------------------


class Event(Item):
    """One entry of the chronology of police contact."""

    id_prefix: ClassVar[str] = "ev"
    noun: ClassVar[str] = "event"

    date: Annotated[
        str,
        Meta(
            title="Date",
            pattern=r"^(\d{4}-\d{2}(-\d{2})?)?$",
            description="YYYY-MM-DD; with month precision only YYYY-MM is read",
        ),
    ] = ""
    date_precision: Annotated[DatePrecision, Meta(title="Date precision")] = "exact"
    time: Annotated[str, Meta(title="Time", pattern=r"^(\d{2}:\d{2})?$", description="HH:MM, 24-hour clock")] = ""
    event_type: Annotated[str, Meta(title="Event type")] = ""
    event_type_other: Annotated[str, Meta(title="Other event type")] = ""
    subject_ids: Annotated[IdList, Meta(title="Subjects involved")] = field(default_factory=list)
    summary: Annotated[str, Meta(title="Summary")] = ""
    action_taken: Annotated[str, Meta(title="Action taken")] = ""
    risk_grading: Annotated[RiskGrading, Meta(title="Risk grading")] = ""
    source_ref: Annotated[str, Meta(title="Source reference")] = ""
    significant: Annotated[bool, Meta(title="Significant")] = False



class ContactOverview(_Struct):
    """Section 4: the chronology and the overview narrative."""

    narrative: Annotated[Narrative, Meta(title="Overview narrative")] = field(default_factory=list)
    events: Annotated[list[Event], Meta(title="Chronology")] = field(default_factory=list)


# --- 5. Analysis of police practice -----------------------------------------


class AnalysisEntry(Item):
    """A critical analysis of one or more events, or of a theme."""

    id_prefix: ClassVar[str] = "an"
    noun: ClassVar[str] = "analysis entry"

    title: Annotated[str, Meta(title="Title")] = ""
    event_ids: Annotated[IdList, Meta(title="Events covered")] = field(default_factory=list)
    tor_ids: Annotated[IdList, Meta(title="Terms of reference addressed")] = field(default_factory=list)
    policy: Annotated[str, Meta(title="Policy or procedure")] = ""
    policy_version: Annotated[str, Meta(title="Policy version or date")] = ""
    verdict: Annotated[PracticeVerdict, Meta(title="Practice against policy")] = ""
    analysis: Annotated[Narrative, Meta(title="Critical analysis")] = field(default_factory=list)
    good_practice: Annotated[Narrative, Meta(title="Good practice")] = field(default_factory=list)
    no_good_practice: Annotated[bool, Meta(title="No good practice identified")] = False
    missed_opportunities: Annotated[Narrative, Meta(title="Missed opportunities")] = field(default_factory=list)
    no_missed_opportunities: Annotated[bool, Meta(title="No missed opportunities identified")] = False
    characteristics: Annotated[list[str], Meta(title="Characteristics considered")] = field(default_factory=list)


# --- 6. Learning -------------------------------------------------------------


class LearningPoint(Item):
    """A learning point and the evidence it rests on."""

    id_prefix: ClassVar[str] = "lp"
    noun: ClassVar[str] = "learning point"

    statement: Annotated[Narrative, Meta(title="Learning point")] = field(default_factory=list)
    event_ids: Annotated[IdList, Meta(title="Events")] = field(default_factory=list)
    analysis_ids: Annotated[IdList, Meta(title="Analysis entries")] = field(default_factory=list)
    action_taken: Annotated[Narrative, Meta(title="Action already taken")] = field(default_factory=list)
    action_evidence: Annotated[str, Meta(title="Evidence of action")] = ""
    no_action_yet: Annotated[bool, Meta(title="No action taken yet")] = False
    strand: Annotated[str, Meta(title="Strategy strand")] = ""
    strand_not_applicable: Annotated[str, Meta(title="Why no strategy strand applies")] = ""


# --- Conclusions ------------------------------------------------------------


class Conclusion(Item):
    """The agency's conclusion on one or more terms of reference, and the analysis and learning it rests on."""

    id_prefix: ClassVar[str] = "con"
    noun: ClassVar[str] = "conclusion"

    text: Annotated[Narrative, Meta(title="Conclusion")] = field(default_factory=list)
    tor_ids: Annotated[IdList, Meta(title="Terms of reference it answers")] = field(default_factory=list)
    analysis_ids: Annotated[IdList, Meta(title="Analysis entries it rests on")] = field(default_factory=list)
    learning_ids: Annotated[IdList, Meta(title="Learning points it rests on")] = field(default_factory=list)


# --- 7. Recommendations -----------------------------------------------------


class ActionRow(Item):
    """One row of a recommendation's action plan."""

    id_prefix: ClassVar[str] = "act"
    noun: ClassVar[str] = "action"

    action: Annotated[str, Meta(title="Action")] = ""
    owner: Annotated[str, Meta(title="Owner")] = ""
    milestone: Annotated[str, Meta(title="Milestone")] = ""
    target_date: Annotated[Date, Meta(title="Target date")] = None
    status: Annotated[ActionStatus, Meta(title="Status")] = ""
    completion_date: Annotated[Date, Meta(title="Completion date")] = None
    evidence: Annotated[str, Meta(title="Evidence of outcome")] = ""


class Recommendation(Item):
    """A recommendation, the learning it answers, and its action plan."""

    id_prefix: ClassVar[str] = "rec"
    noun: ClassVar[str] = "recommendation"

    text: Annotated[str, Meta(title="Recommendation")] = ""
    learning_ids: Annotated[IdList, Meta(title="Learning points answered")] = field(default_factory=list)
    outcome: Annotated[str, Meta(title="Intended outcome")] = ""
    measure: Annotated[str, Meta(title="Measure of success")] = ""
    owner_name: Annotated[str, Meta(title="Owner name")] = ""
    owner_role: Annotated[str, Meta(title="Owner role or rank")] = ""
    scope: Annotated[RecommendationScope, Meta(title="Scope")] = ""
    target_date: Annotated[Date, Meta(title="Target date")] = None
    strand: Annotated[str, Meta(title="Strategy strand")] = ""
    strand_not_applicable: Annotated[str, Meta(title="Why no strategy strand applies")] = ""
    actions: Annotated[list[ActionRow], Meta(title="Action plan")] = field(default_factory=list)


# --- 8. Dissemination --------------------------------------------------------


class DisseminationRow(Item):
    """How the learning reaches one audience."""

    id_prefix: ClassVar[str] = "dis"
    noun: ClassVar[str] = "dissemination row"

    audience: Annotated[str, Meta(title="Audience")] = ""
    method: Annotated[str, Meta(title="Method")] = ""
    responsible: Annotated[str, Meta(title="Responsible person")] = ""
    date: Annotated[Date, Meta(title="Date")] = None


class GlossaryEntry(Item):
    """A term or acronym and its plain-English definition."""

    id_prefix: ClassVar[str] = "gl"
    noun: ClassVar[str] = "glossary entry"

    term: Annotated[str, Meta(title="Term")] = ""
    definition: Annotated[str, Meta(title="Definition")] = ""


class Dissemination(_Struct):
    """Section 8: the dissemination plan and the glossary."""

    plan: Annotated[list[DisseminationRow], Meta(title="Dissemination plan")] = field(default_factory=list)
    glossary: Annotated[list[GlossaryEntry], Meta(title="Glossary")] = field(default_factory=list)


# --- Imported, not yet placed ----------------------------------------------------


class ImportedText(Item):
    """A piece of an imported Word IMR that the import could not place, kept until someone moves it to a section."""

    id_prefix: ClassVar[str] = "imp"
    noun: ClassVar[str] = "imported text"

    text: Annotated[str, Meta(title="Text")] = ""
    came_from: Annotated[str, Meta(title="Where it was in the Word file")] = ""


# --- 9. Quality assurance (review-lead state) --------------------------------


RecordKind = Literal["verdict", "comment", "returned", "signed_off", "submitted", "reply", "earlier"]


class ReviewRecord(_Struct):
    """One entry of the review history: a verdict, a comment, a decision, or the author's reply or submission.

    Every entry is signed by the key of the person who made it, over every
    field but ``signature``, and holds the hash of the entry before it
    (``previous``), so that the history is a chain an edit outside IMR
    Studio breaks (see :mod:`imr_studio.signoff.chain`).
    """

    kind: Annotated[RecordKind, Meta(title="What was recorded")]
    item_id: Annotated[str, Meta(title="Checklist item")] = ""
    verdict: Annotated[ReviewerVerdict | Literal[""], Meta(title="Verdict")] = ""
    text: Annotated[str, Meta(title="Comment", description="The comment, note or reply, in the person's words")] = ""
    content_hash: Annotated[
        str, Meta(title="Content fingerprint", description="Hash of the content the entry was made on")
    ] = ""
    texts_hash: Annotated[
        str, Meta(title="Text record fingerprint", description="Hash of the texts kept with a decision")
    ] = ""
    name: Annotated[str, Meta(title="Name")] = ""
    role: Annotated[str, Meta(title="Role")] = ""
    account: Annotated[str, Meta(title="Computer account")] = ""
    public_key: Annotated[str, Meta(title="Public key", description="Ed25519, base64")] = ""
    at: Annotated[str, Meta(title="Time", description="ISO 8601 date and time")] = ""
    previous: Annotated[str, Meta(title="Previous entry", description="SHA-256 of the entry before")] = ""
    signature: Annotated[str, Meta(title="Signature", description="Ed25519, base64")] = ""


class TextAt(_Struct):
    """One piece of the report's prose as it stood when a decision was made, kept to show what changed since."""

    place: Annotated[list[str | int], Meta(title="Place")]
    text: Annotated[str, Meta(title="Text")] = ""


class Writer(_Struct):
    """A computer account that saved a change to the IMR's content: one who wrote it, and so cannot sign it off."""

    key_field: ClassVar[str] = "account"

    account: Annotated[str, Meta(min_length=1, title="Computer account")]
    at: Annotated[str, Meta(title="Last saved a change")] = ""


class Dismissal(Item):
    """An automatic finding the author dismissed, with the reason."""

    id_prefix: ClassVar[str] = "dsm"
    noun: ClassVar[str] = "dismissed finding"

    rule_id: Annotated[str, Meta(title="Rule")] = ""
    item_id: Annotated[str, Meta(title="Checklist item")] = ""
    location: Annotated[str, Meta(title="Location")] = ""
    text_hash: Annotated[str, Meta(title="Text fingerprint")] = ""
    reason: Annotated[str, Meta(title="Reason")] = ""
    by: Annotated[str, Meta(title="Dismissed by")] = ""
    at: Annotated[str, Meta(title="Time")] = ""


class QualityAssurance(_Struct):
    """Section 9: the review history (verdicts, comments, decisions), the author's replies, dismissed findings."""

    history: Annotated[list[ReviewRecord], Meta(title="Review history")] = field(default_factory=list)
    responses: Annotated[
        list[ReviewRecord], Meta(title="Author's responses", description="Replies to comments, and submissions")
    ] = field(default_factory=list)
    decided_texts: Annotated[
        list[TextAt], Meta(title="Texts at the last decision", description="To show what changed since")
    ] = field(default_factory=list)
    dismissals: Annotated[list[Dismissal], Meta(title="Dismissed findings")] = field(default_factory=list)
    writers: Annotated[list[Writer], Meta(title="Accounts that wrote the IMR")] = field(default_factory=list)
    content_at_save: Annotated[
        str, Meta(title="Content fingerprint at the last save", description="Tells whether a save changed the content")
    ] = ""


# --- The document ------------------------------------------------------------


class Document(_Struct):
    """A whole Individual Management Review, as saved in one ``.imr`` file."""

    format_version: Annotated[int, Meta(title="File format version")] = FORMAT_VERSION
    review: Annotated[ReviewDetails, Meta(title=report_heading("review"))] = field(default_factory=ReviewDetails)
    characteristics: Annotated[Characteristics, Meta(title=report_heading("characteristics"))] = field(
        default_factory=Characteristics
    )
    methodology: Annotated[Methodology, Meta(title=report_heading("methodology"))] = field(default_factory=Methodology)
    context: Annotated[list[ContextEntry], Meta(title=report_heading("context"))] = field(default_factory=list)
    contact: Annotated[ContactOverview, Meta(title=report_heading("contact"))] = field(
        default_factory=ContactOverview
    )
    analysis: Annotated[list[AnalysisEntry], Meta(title=report_heading("analysis"))] = field(
        default_factory=list
    )
    learning: Annotated[list[LearningPoint], Meta(title=report_heading("learning"))] = field(default_factory=list)
    conclusions: Annotated[list[Conclusion], Meta(title=report_heading("conclusions"))] = field(default_factory=list)
    recommendations: Annotated[list[Recommendation], Meta(title=report_heading("recommendations"))] = field(default_factory=list)
    dissemination: Annotated[Dissemination, Meta(title=report_heading("dissemination"))] = field(default_factory=Dissemination)
    quality: Annotated[QualityAssurance, Meta(title=report_heading("quality"))] = field(
        default_factory=QualityAssurance
    )
    imported: Annotated[list[ImportedText], Meta(title=section_title("imported"))] = field(default_factory=list)
