"""Conclusions: the agency's own conclusions on the terms of reference, each resting on analysis and learning."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...model import Path, link_choices
from ..widgets.forms import load_form, place
from ..widgets.list_editor import Column
from ..widgets.master_detail import MasterDetail
from ..widgets.narrative_edit import NarrativeEdit
from ..widgets.pick_list import PickList
from .base import Page


class ConclusionsPage(Page):
    """Conclusions with the terms of reference they answer and the analysis and learning they rest on."""

    section = "conclusions"
    form = "conclusions"

    def bind(self) -> None:
        self.conclusions = place(
            self.body,
            "conclusionsHost",
            MasterDetail(self.bridge, self.path(), [Column("text", "Conclusion", "narrative")], "conclusion", self._conclusion_form),
        )

    def _conclusion_form(self, item: Path) -> QWidget:
        form = load_form("conclusion")
        bridge = self.bridge
        place(form, "textHost", NarrativeEdit(bridge, item + ("text",), "Conclusion"))
        place(form, "torHost", PickList(bridge, item + ("tor_ids",), link_choices.terms_of_reference,
                                        "Terms of reference it answers", [link_choices.TERMS]))
        place(form, "analysisHost", PickList(bridge, item + ("analysis_ids",), link_choices.analysis_entries,
                                             "Analysis it rests on", [link_choices.ANALYSIS]))
        place(form, "learningHost", PickList(bridge, item + ("learning_ids",), link_choices.learning_points,
                                             "Learning it rests on", [link_choices.LEARNING]))
        return form
