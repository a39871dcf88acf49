"""Page 1, Review details: the review, the author, key dates, terms of reference, subjects, other people named."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from ... import vocab
from ...model.dates import when_words
from ...checks.review_status import quality_assurance, review_status
from ...checks.rules import load_themes
from ...checks.themes import suggested_terms
from ..widgets.bindings import ChoiceBinding, DateBinding, EditableComboBinding, LineEditBinding
from ..widgets.forms import child, place
from ..widgets.list_editor import Column, ListEditor
from ..widgets.narrative_edit import NarrativeEdit
from .base import Page

_TEXT_FIELDS = {
    "reviewName": "review_name",
    "reference": "reference",
    "partnership": "partnership",
    "agency": "agency",
    "reportVersion": "report_version",
    "authorName": "author_name",
    "authorRole": "author_role",
}
_DATE_FIELDS = {
    "periodStart": ("period_start",),
    "periodEnd": ("period_end",),
    "incidentDate": ("incident_date",),
    "imrRequested": ("key_dates", "imr_requested"),
    "imrCompleted": ("key_dates", "imr_completed"),
}


_SUGGESTIONS_READ = {("review", "death_type"), ("review", "terms_of_reference"), ("review", "subjects")}
"""The parts of the review the suggested terms of reference depend on (with the chronology)."""


class ReviewDetailsPage(Page):
    """Who wrote this IMR, for which review, about whom, over what period."""

    section = "review"
    form = "review_details"

    def bind(self) -> None:
        self.assurance = child(self.body, QLabel, "assuranceLabel")
        self.assurance.setAccessibleName("Quality assurance and sign-off, as the review lead's decisions record them")
        self._assurance_timer = QTimer(self)
        """Waits for a pause in typing: the status needs the whole IMR's fingerprint."""
        self._assurance_timer.setSingleShot(True)
        self._assurance_timer.setInterval(300)
        self._assurance_timer.timeout.connect(self.show_assurance)
        self.bridge.changed.connect(lambda _changes: self.isVisible() and self._assurance_timer.start())
        self.show_assurance()
        for name, field in _TEXT_FIELDS.items():
            LineEditBinding(self.bridge, self.path(field), child(self.body, QLineEdit, name))
        for name, steps in _DATE_FIELDS.items():
            DateBinding(self.bridge, self.path(*steps), child(self.body, QLineEdit, name))
        ChoiceBinding(self.bridge, self.path("review_type"), child(self.body, QComboBox, "reviewType"),
                      vocab.choices("review_types"))
        ChoiceBinding(self.bridge, self.path("death_type"), child(self.body, QComboBox, "deathType"),
                      vocab.choices("death_types"))
        EditableComboBinding(
            self.bridge,
            self.path("protective_marking"),
            child(self.body, QComboBox, "protectiveMarking"),
            vocab.choices("protective_markings"),
        )
        place(
            self.body,
            "independenceHost",
            NarrativeEdit(self.bridge, self.path("independence"), "Statement of independence"),
        )
        self.terms = place(
            self.body,
            "torHost",
            ListEditor(
                self.bridge,
                self.path("terms_of_reference"),
                [Column("text", "Term of reference"), Column("addressed_note", "Where addressed (if not in analysis)", width=260)],
                "term of reference",
            ),
        )
        self.suggested = QLabel()
        """The terms of reference the kind of review calls for that no term covers yet."""
        self.suggested.setWordWrap(True)
        self.suggested.setObjectName("suggestedTerms")
        self.add_suggested = QPushButton("Add them to the &list")
        self.add_suggested.setToolTip("Add each suggested term of reference to the list, to be agreed with the chair")
        self.add_suggested.clicked.connect(self.add_suggested_terms)
        suggestions = QHBoxLayout()
        suggestions.addWidget(self.suggested, 1)
        suggestions.addWidget(self.add_suggested)
        self.terms.layout().addLayout(suggestions)
        self.bridge.changed.connect(self._maybe_new_suggestions)
        self.show_suggested_terms()
        self.subjects = place(
            self.body,
            "subjectsHost",
            ListEditor(
                self.bridge,
                self.path("subjects"),
                [
                    Column("role", "Role", "choice", vocab.choices("subject_roles"), width=130),
                    Column("real_name", "Real name", width=170),
                    Column("aliases", "Aliases (separate with ;)", "list", width=170),
                    Column("pseudonym", "Pseudonym", width=130),
                    Column("description", "Relationship"),
                    Column("date_of_birth", "Date of birth", "date", width=110),
                    Column("identifiers", "Identifiers: phone, e-mail, registration… (separate with ;)", "list", width=240),
                ],
                "subject",
            ),
        )
        self.other_people = place(
            self.body,
            "otherPeopleHost",
            ListEditor(
                self.bridge,
                self.path("other_people"),
                [Column("name", "Name as written", width=220), Column("stand_in", "In the publication version")],
                "person named",
            ),
        )
        self.suggest_button = QPushButton("Find names in the te&xt")
        self.suggest_button.setToolTip("Add each name written after a rank or title (PC 1234 Jones, Mrs Green) "
                                       "that no one here has yet; then write the role that stands for it")
        self.suggest_button.clicked.connect(self.add_suggested_people)
        self.suggest_result = QLabel()
        """What the last search for names found."""
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addWidget(self.suggest_result, 1)
        self.other_people.layout().addLayout(row)

    def add_suggested_people(self) -> int:
        """Add the names the text gives after a rank or title that nobody here has yet (one undo step); how many."""
        from ...export.people import suggest_people

        names = suggest_people(self.bridge.document)
        if names:
            with self.bridge.editor.group("Add people named in the text"):
                for name in names:
                    self.bridge.editor.new_item(self.path("other_people"), None, name=name)
        self.suggest_result.setText(f"{len(names)} name{'s' if len(names) != 1 else ''} added: write the role for each."
                                    if names else "No new names after a rank or title were found in the text.")
        return len(names)

    def _maybe_new_suggestions(self, changes: list) -> None:
        """Work the suggestions out again only for an edit they depend on (not each keystroke in another field)."""
        if self.isVisible() and any(tuple(change.path[:2]) in _SUGGESTIONS_READ or change.path[:1] == ("contact",)
                                    for change in changes):
            self.show_suggested_terms()

    def show_suggested_terms(self) -> list[str]:
        """Show the terms of reference this kind of review calls for that no term yet covers; return them."""
        terms = suggested_terms(self.bridge.document, load_themes())
        self.suggested.setText("This kind of review usually asks: " + " ".join(f"“{term}”" for term in terms)
                               if terms else "")
        self.suggested.setVisible(bool(terms))
        self.add_suggested.setVisible(bool(terms))
        return terms

    def add_suggested_terms(self) -> int:
        """Add the suggested terms of reference (one undo step); how many were added."""
        terms = suggested_terms(self.bridge.document, load_themes())
        if terms:
            with self.bridge.editor.group("Add the suggested terms of reference"):
                for term in terms:
                    self.bridge.editor.new_item(self.path("terms_of_reference"), None, text=term)
        self.show_suggested_terms()
        return len(terms)

    def show_assurance(self) -> None:
        """When the IMR was quality assured and signed off, as the review lead's signed decisions record them."""
        document = self.bridge.document
        status = review_status(document)
        assured = quality_assurance(document)
        qa = f"Quality assured {when_words(assured.at)} by {assured.by}." if assured else "Not yet quality assured."
        self.assurance.setText(f"{qa} Review status: {status.short}. Both are recorded by the review lead's signed decisions, "
                               "not typed here.")

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Show the review lead's latest decisions."""
        super().showEvent(event)
        self.show_assurance()
        self.show_suggested_terms()
