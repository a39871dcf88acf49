"""Page 4, Overview of police contact: the overview narrative and the chronology of events."""

from __future__ import annotations

from ..widgets.chronology_editor import ChronologyEditor
from ..widgets.forms import place
from ..widgets.narrative_edit import NarrativeEdit
from .base import Page


class ContactOverviewPage(Page):
    """The overview narrative above the chronology, its filters and the form for the selected event."""

    section = "contact"
    form = "contact_overview"

    def bind(self) -> None:
        place(self.body, "narrativeHost", NarrativeEdit(self.bridge, self.path("narrative"), "Overview of police contact"))
        self.chronology = place(self.body, "chronologyHost", ChronologyEditor(self.bridge))
