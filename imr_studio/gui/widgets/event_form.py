"""The form that edits one chronology event: where its long text is written.

:func:`build_event_form` loads ``ui/event_detail.ui`` and binds it to the
event at a path. The date is typed as authors write it (31/12/2024,
c. 31/12/2024, Dec 2024), which also sets its precision; the time is typed as
14:05 or 1405. A new form is built whenever another event is selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ... import vocab
from ...model import Path, link_choices
from ...model.chronology import event_date_label
from ...model.dates import ParsedDate, parse_event_date, parse_time
from ...vocab import Choice
from .bindings import CheckBinding, ChoiceBinding, DateBinding, LineEditBinding, PlainTextBinding
from ..bridge import DocumentBridge
from .cited_by import CitedBy
from .forms import child, load_form, place
from .pick_list import PickList

PRECISIONS = (Choice("exact", "Exact"), Choice("approximate", "Approximate (c.)"), Choice("month", "Month only"))


class _ReadWhenLeft(DateBinding):
    """A line field whose text is read when it is left; text that cannot be read is marked and not saved."""

    def read(self, text: str) -> Any:
        """The value ``text`` stands for; raises ValueError saying what is wrong."""
        raise NotImplementedError

    def save(self, value: Any) -> None:
        """Write the value read to the document."""
        raise NotImplementedError

    def _finished(self) -> None:
        try:
            value = self.read(self.widget.text())
        except ValueError as exc:
            self._mark_invalid(str(exc))
            return
        self._mark_invalid("")
        self.save(value)
        self.show_value(self.bridge.get(self.path))


class EventDateBinding(_ReadWhenLeft):
    """The event's date, typed the way authors write it; the wording also sets the precision."""

    def __init__(self, bridge: DocumentBridge, event_path: Path, widget: QLineEdit) -> None:
        self._event_path = event_path
        super().__init__(bridge, event_path + ("date",), widget)
        widget.setPlaceholderText("dd/mm/yyyy, c. dd/mm/yyyy or mm/yyyy")

    def _on_changes(self, changes: list) -> None:
        """The shown date depends on the precision too."""
        if any(change.touches(self.path) or change.touches(self._event_path + ("date_precision",)) for change in changes):
            self.show_value(None)

    def read(self, text: str) -> ParsedDate:
        return parse_event_date(text)

    def save(self, value: ParsedDate) -> None:
        event = self.bridge.get(self._event_path)
        precision = value.precision
        if precision == "exact" and event.date_precision == "approximate":
            precision = "approximate"  # typing the date again keeps "approximately"
        with self.bridge.editor.group("Edit event date"):
            self.bridge.set(self._event_path + ("date_precision",), precision if value.date else event.date_precision)
            self.commit(value.date)
            if value.time:
                self.bridge.set(self._event_path + ("time",), value.time)

    def show_value(self, value: Any) -> None:
        self._mark_invalid("")
        try:
            event = self.bridge.get(self._event_path)
        except LookupError:  # the event has just been removed
            return
        self.widget.setText(event_date_label(event))


class EventTimeBinding(_ReadWhenLeft):
    """The event's time, typed as 14:05 or 1405 and kept as HH:MM."""

    def __init__(self, bridge: DocumentBridge, path: Path, widget: QLineEdit) -> None:
        super().__init__(bridge, path, widget)
        widget.setPlaceholderText("hh:mm")

    def read(self, text: str) -> str:
        return parse_time(text)

    def save(self, value: str) -> None:
        self.commit(value)

    def show_value(self, value: Any) -> None:
        self._mark_invalid("")
        self.widget.setText(value or "")


class PrecisionBinding(ChoiceBinding):
    """How precise the date is; choosing "month only" drops the day from the date."""

    def __init__(self, bridge: DocumentBridge, event_path: Path, widget: QComboBox) -> None:
        self._event_path = event_path
        super().__init__(bridge, event_path + ("date_precision",), widget, PRECISIONS[1:], PRECISIONS[0].label)

    def show_value(self, value: Any) -> None:
        super().show_value("" if value == "exact" else value)

    def commit(self, value: Any, *, merge: bool = False) -> bool:
        event = self.bridge.get(self._event_path)
        with self.bridge.editor.group("Edit date precision"):
            if value == "month" and len(event.date) == 10:
                self.bridge.set(self._event_path + ("date",), event.date[:7])
            return super().commit(value or "exact", merge=merge)


class OtherTypeBinding(LineEditBinding):
    """The author's own words for an event of type "other"; only open for that type."""

    def __init__(self, bridge: DocumentBridge, event_path: Path, widget: QLineEdit) -> None:
        self._type_path = event_path + ("event_type",)
        super().__init__(bridge, event_path + ("event_type_other",), widget)
        self._follow_type()

    def _on_changes(self, changes: list) -> None:
        super()._on_changes(changes)
        if any(change.touches(self._type_path) for change in changes):
            self._follow_type()

    def _follow_type(self) -> None:
        try:
            chosen = self.bridge.get(self._type_path)
        except LookupError:  # the event has just been removed
            return
        self.widget.setEnabled(chosen == "other" or bool(self.widget.text()))


def narrow(combo: QComboBox, characters: int = 14) -> None:
    """Let a pick-list with long labels be narrower than its longest label (the open list shows them whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def build_event_form(bridge: DocumentBridge, event_path: Path) -> QWidget:
    """A form editing every field of the event at ``event_path``."""
    form = load_form("event_detail")

    def field(name: str) -> Path:
        return event_path + (name,)

    EventDateBinding(bridge, event_path, child(form, QLineEdit, "eventDate"))
    PrecisionBinding(bridge, event_path, child(form, QComboBox, "datePrecision"))
    EventTimeBinding(bridge, field("time"), child(form, QLineEdit, "eventTime"))
    ChoiceBinding(bridge, field("event_type"), child(form, QComboBox, "eventType"), vocab.choices("event_types"))
    OtherTypeBinding(bridge, event_path, child(form, QLineEdit, "eventTypeOther"))
    grading = tuple(choice for choice in vocab.choices("risk_gradings") if choice.key)
    ChoiceBinding(bridge, field("risk_grading"), child(form, QComboBox, "riskGrading"), grading, vocab.label_for("risk_gradings", ""))
    LineEditBinding(bridge, field("source_ref"), child(form, QLineEdit, "sourceRef"))
    CheckBinding(bridge, field("significant"), child(form, QCheckBox, "significant"))
    place(form, "subjectsHost", PickList(bridge, field("subject_ids"), link_choices.subjects, "Subjects involved", [("review", "subjects")]))
    for name, widget_name in (("summary", "summary"), ("action_taken", "actionTaken")):
        text = child(form, QPlainTextEdit, widget_name)
        text.setMinimumHeight(90)
        PlainTextBinding(bridge, field(name), text)
    for combo in form.findChildren(QComboBox):
        narrow(combo)
    place(form, "citedByHost", CitedBy(bridge, event_path, "No analysis entry or learning point cites this event yet."))

    return form
