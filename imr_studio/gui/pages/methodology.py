"""Page 3, Methodology: steps taken, systems searched, interviews, documents, sources not accessed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from ... import vocab
from ..widgets.bindings import CheckBinding, LineEditBinding
from ..widgets.forms import child, place
from ..widgets.list_editor import Column, ListEditor
from ..widgets.narrative_edit import NarrativeEdit
from .base import Page


class MethodologyPage(Page):
    """How the review was done, and what the author could not see."""

    section = "methodology"
    form = "methodology"

    def bind(self) -> None:
        place(self.body, "narrativeHost", NarrativeEdit(self.bridge, self.path("narrative"), "Steps taken"))
        self.systems = place(
            self.body,
            "systemsHost",
            ListEditor(
                self.bridge,
                self.path("systems_searched"),
                [
                    Column("system", "System", width=150),
                    Column("searched_for", "What was searched"),
                    Column("range_start", "Records from", "date", width=105),
                    Column("range_end", "Records to", "date", width=105),
                    Column("searched_by", "Searched by", width=130),
                    Column("searched_on", "Date searched", "date", width=110),
                ],
                "system",
            ),
        )
        self.interviews = place(
            self.body,
            "interviewsHost",
            ListEditor(
                self.bridge,
                self.path("interviews"),
                [
                    Column("interviewee_role", "Interviewee role"),
                    Column("date", "Date", "date", width=110),
                    Column("format", "Format", "choice", vocab.choices("interview_formats"), width=160),
                ],
                "interview",
            ),
        )
        LineEditBinding(self.bridge, self.path("no_interviews_reason"), child(self.body, QLineEdit, "noInterviewsReason"))
        self.documents = place(
            self.body,
            "documentsHost",
            ListEditor(
                self.bridge,
                self.path("documents_reviewed"),
                [
                    Column("title", "Document or policy"),
                    Column("version", "Version or date", width=150),
                    Column("notes", "Notes", width=220),
                ],
                "document",
            ),
        )
        self.sources = place(
            self.body,
            "sourcesHost",
            ListEditor(
                self.bridge,
                self.path("sources_not_accessed"),
                [Column("source", "Source", width=220), Column("reason", "Why it was not accessed")],
                "source",
            ),
        )
        CheckBinding(self.bridge, self.path("all_sources_accessed"), child(self.body, QCheckBox, "allSourcesAccessed"))
