"""Page 8, Dissemination: how the learning reaches people, and the glossary of terms."""

from __future__ import annotations

from ..widgets.forms import place
from ..widgets.list_editor import Column, ListEditor
from .base import Page


class DisseminationPage(Page):
    """The dissemination plan and the glossary."""

    section = "dissemination"
    form = "dissemination"

    def bind(self) -> None:
        self.plan = place(
            self.body,
            "planHost",
            ListEditor(
                self.bridge,
                self.path("plan"),
                [
                    Column("audience", "Audience"),
                    Column("method", "Method", width=220),
                    Column("responsible", "Responsible person", width=190),
                    Column("date", "Date", "date", width=110),
                ],
                "dissemination row",
            ),
        )
        self.glossary = place(
            self.body,
            "glossaryHost",
            ListEditor(
                self.bridge,
                self.path("glossary"),
                [Column("term", "Term", width=170), Column("definition", "Definition")],
                "glossary entry",
            ),
        )
