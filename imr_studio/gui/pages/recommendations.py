"""Page 7, Recommendations: each one SMART, linked to its learning, with its action plan."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ... import vocab
from ...model import Path
from ...model import link_choices
from ..widgets.bindings import ChoiceBinding, DateBinding, LineEditBinding, PlainTextBinding
from ..widgets.forms import child, load_form, place
from ..widgets.list_editor import Column, ListEditor
from ..widgets.master_detail import MasterDetail
from ..widgets.pick_list import PickList
from .base import Page


class RecommendationsPage(Page):
    """Recommendations with owner, outcome, measure, target date, strategy strand and action plan."""

    section = "recommendations"
    form = "recommendations"

    def bind(self) -> None:
        self.recommendations = place(
            self.body,
            "recommendationsHost",
            MasterDetail(
                self.bridge,
                self.path(),
                [
                    Column("text", "Recommendation"),
                    Column("owner_role", "Owner role or rank", width=190),
                    Column("target_date", "Target date", "date", width=110),
                ],
                "recommendation",
                self._recommendation_form,
            ),
        )

    def _recommendation_form(self, item: Path) -> QWidget:
        form = load_form("recommendation")
        bridge = self.bridge
        PlainTextBinding(bridge, item + ("text",), child(form, QPlainTextEdit, "text"))
        place(
            form,
            "learningHost",
            PickList(bridge, item + ("learning_ids",), link_choices.learning_points, "Learning points answered", [link_choices.LEARNING]),
        )
        PlainTextBinding(bridge, item + ("outcome",), child(form, QPlainTextEdit, "outcome"))
        PlainTextBinding(bridge, item + ("measure",), child(form, QPlainTextEdit, "measure"))
        LineEditBinding(bridge, item + ("owner_name",), child(form, QLineEdit, "ownerName"))
        LineEditBinding(bridge, item + ("owner_role",), child(form, QLineEdit, "ownerRole"))
        ChoiceBinding(bridge, item + ("scope",), child(form, QComboBox, "scope"), vocab.choices("recommendation_scopes"))
        DateBinding(bridge, item + ("target_date",), child(form, QLineEdit, "targetDate"))
        ChoiceBinding(bridge, item + ("strand",), child(form, QComboBox, "strand"), vocab.choices("strategy_strands"))
        LineEditBinding(bridge, item + ("strand_not_applicable",), child(form, QLineEdit, "strandNotApplicable"))
        self.actions = place(
            form,
            "actionsHost",
            ListEditor(
                bridge,
                item + ("actions",),
                [
                    Column("action", "Action"),
                    Column("owner", "Owner", width=140),
                    Column("milestone", "Milestone", width=140),
                    Column("target_date", "Target date", "date", width=100),
                    Column("status", "Status", "choice", vocab.choices("action_statuses"), width=120),
                    Column("completion_date", "Completed", "date", width=100),
                    Column("evidence", "Evidence of outcome", width=160),
                ],
                "action",
            ),
        )
        return form
