"""Page 5, Analysis of police practice: one entry per event or theme, linked to events and terms of reference."""

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


class AnalysisPage(Page):
    """The critical analysis: policy in force, verdict, good practice and missed opportunities."""

    section = "analysis"
    form = "analysis"

    def bind(self) -> None:
        self.entries = place(
            self.body,
            "entriesHost",
            MasterDetail(
                self.bridge,
                self.path(),
                [
                    Column("title", "Title"),
                    Column("verdict", "Practice against policy", "choice", vocab.choices("practice_verdicts"), width=210),
                ],
                "analysis entry",
                self._entry_form,
            ),
        )

    def _entry_form(self, item: Path) -> QWidget:
        form = load_form("analysis_entry")
        bridge = self.bridge
        LineEditBinding(bridge, item + ("title",), child(form, QLineEdit, "title"))
        place(form, "eventsHost", PickList(bridge, item + ("event_ids",), link_choices.events, "Events covered", [link_choices.EVENTS]))
        place(
            form,
            "torHost",
            PickList(bridge, item + ("tor_ids",), link_choices.terms_of_reference, "Terms of reference addressed", [link_choices.TERMS]),
        )
        LineEditBinding(bridge, item + ("policy",), child(form, QLineEdit, "policy"))
        LineEditBinding(bridge, item + ("policy_version",), child(form, QLineEdit, "policyVersion"))
        ChoiceBinding(bridge, item + ("verdict",), child(form, QComboBox, "verdict"), vocab.choices("practice_verdicts"))
        place(form, "analysisHost", NarrativeEdit(bridge, item + ("analysis",), "Critical analysis"))
        place(form, "goodPracticeHost", NarrativeEdit(bridge, item + ("good_practice",), "Good practice"))
        CheckBinding(bridge, item + ("no_good_practice",), child(form, QCheckBox, "noGoodPractice"))
        place(form, "missedHost", NarrativeEdit(bridge, item + ("missed_opportunities",), "Missed opportunities"))
        CheckBinding(bridge, item + ("no_missed_opportunities",), child(form, QCheckBox, "noMissedOpportunities"))
        place(
            form,
            "characteristicsHost",
            PickList(bridge, item + ("characteristics",), link_choices.characteristics, "Characteristics considered"),
        )
        place(form, "citedByHost", CitedBy(bridge, item, "No learning point cites this entry yet."))
        return form
