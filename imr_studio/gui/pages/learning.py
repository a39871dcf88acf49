"""Page 6, Learning: each point, the evidence it rests on, action already taken, and its strategy strand."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ... import vocab
from ...model import Path
from ...model import link_choices
from ..widgets.bindings import CheckBinding, ChoiceBinding, LineEditBinding
from ..widgets.cited_by import CitedBy
from ..widgets.forms import child, load_form, place
from ..widgets.list_editor import Column
from ..widgets.master_detail import MasterDetail
from ..widgets.narrative_edit import NarrativeEdit
from ..widgets.pick_list import PickList
from .base import Page


class LearningPage(Page):
    """Learning points, linked back to the events and analysis they come from."""

    section = "learning"
    form = "learning"

    def bind(self) -> None:
        self.points = place(
            self.body,
            "pointsHost",
            MasterDetail(
                self.bridge,
                self.path(),
                [
                    Column("statement", "Learning point", "narrative"),
                    Column("strand", "Strategy strand", "choice", vocab.choices("strategy_strands"), width=250),
                ],
                "learning point",
                self._point_form,
            ),
        )

    def _point_form(self, item: Path) -> QWidget:
        form = load_form("learning_point")
        bridge = self.bridge
        place(form, "statementHost", NarrativeEdit(bridge, item + ("statement",), "Learning point"))
        place(form, "eventsHost", PickList(bridge, item + ("event_ids",), link_choices.events, "Events it comes from", [link_choices.EVENTS]))
        place(
            form,
            "analysisHost",
            PickList(bridge, item + ("analysis_ids",), link_choices.analysis_entries, "Analysis it comes from", [link_choices.ANALYSIS]),
        )
        place(form, "actionHost", NarrativeEdit(bridge, item + ("action_taken",), "Action already taken"))
        CheckBinding(bridge, item + ("no_action_yet",), child(form, QCheckBox, "noActionYet"))
        LineEditBinding(bridge, item + ("action_evidence",), child(form, QLineEdit, "actionEvidence"))
        ChoiceBinding(bridge, item + ("strand",), child(form, QComboBox, "strand"), vocab.choices("strategy_strands"))
        LineEditBinding(bridge, item + ("strand_not_applicable",), child(form, QLineEdit, "strandNotApplicable"))
        place(form, "citedByHost", CitedBy(bridge, item, "No recommendation answers this learning point yet."))
        return form
