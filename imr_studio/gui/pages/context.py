"""Organisational context: what in the force shaped decisions at the time, each entry linked to the analysis it explains."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ... import vocab
from ...model import Path, link_choices
from ..widgets.bindings import ChoiceBinding, LineEditBinding
from ..widgets.forms import child, load_form, place
from ..widgets.list_editor import Column
from ..widgets.master_detail import MasterDetail
from ..widgets.narrative_edit import NarrativeEdit
from ..widgets.pick_list import PickList
from .base import Page


class ContextPage(Page):
    """Context entries: title, kind, what it was and how it shaped decisions, and the analysis it helps explain."""

    section = "context"
    form = "context"

    def bind(self) -> None:
        self.entries = place(
            self.body,
            "entriesHost",
            MasterDetail(
                self.bridge,
                self.path(),
                [Column("title", "Title"), Column("area", "Kind of context", "choice", vocab.choices("context_areas"), width=230)],
                "context entry",
                self._entry_form,
            ),
        )

    def _entry_form(self, item: Path) -> QWidget:
        form = load_form("context_entry")
        bridge = self.bridge
        LineEditBinding(bridge, item + ("title",), child(form, QLineEdit, "titleEdit"))
        ChoiceBinding(bridge, item + ("area",), child(form, QComboBox, "area"), vocab.choices("context_areas"))
        place(form, "descriptionHost", NarrativeEdit(bridge, item + ("description",), "What it was and how it shaped decisions"))
        place(form, "analysisHost", PickList(bridge, item + ("analysis_ids",), link_choices.analysis_entries,
                                             "Analysis it helps explain", [link_choices.ANALYSIS]))
        return form
