"""Page 9, Quality assurance and sign-off: the review lead's verdicts on the 24 questions, and the decision.

Everyone sees the verdicts, comments, decision and history. Giving verdicts
and deciding needs review mode (View › Review mode, or "Start reviewing…"
here), which records the review lead's name on everything they do.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
)

from ...checks.review import (
    decision_is_stale,
    outcome_label,
    record_decision,
    review_history,
    record_verdict,
    set_comment,
    sign_off_blockers,
    verdict_label,
    when_words,
)
from ...model.text import clean_multiline
from ..dialogs import questions
from ..widgets.forms import child, place
from ..widgets.verdicts_model import VerdictsModel
from .base import Page

_RADIOS = {
    "not_reviewed": "notReviewedRadio",
    "content": "contentRadio",
    "not_content": "notContentRadio",
    "not_applicable": "notApplicableRadio",
}


class QualityPage(Page):
    """The checklist verdicts table, the selected question's verdict and comment, the decision and history."""

    section = "quality"
    form = "quality"

    review_requested = Signal(bool)
    """Emitted when the page's button asks to start (True) or stop (False) reviewing."""

    def bind(self) -> None:
        self.reviewer = ""
        self._showing = False
        self._stale = False
        self.model = VerdictsModel(self)
        self.table = place(self.body, "itemsHost", QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName("Checklist verdicts")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column, width in ((0, 64), (2, 160), (3, 190)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())

        self.reviewer_label = child(self.body, QLabel, "reviewerLabel")
        self.review_button = child(self.body, QPushButton, "reviewButton")
        self.review_button.clicked.connect(lambda: self.review_requested.emit(not self.reviewer))
        self.summary = child(self.body, QLabel, "summaryLabel")
        self.question = child(self.body, QLabel, "questionLabel")
        self.evidence = child(self.body, QLabel, "evidenceLabel")
        self.findings_button = child(self.body, QPushButton, "findingsButton")
        self.findings_button.clicked.connect(self._show_findings)
        self.given = child(self.body, QLabel, "givenLabel")
        self.radios = {verdict: child(self.body, QRadioButton, name) for verdict, name in _RADIOS.items()}
        self._verdicts = QButtonGroup(self)
        for verdict, radio in self.radios.items():
            radio.setAccessibleName(f"Verdict: {verdict_label(verdict)}")
            self._verdicts.addButton(radio)
            radio.clicked.connect(lambda _=False, v=verdict: self._give(v))
        self.comment = child(self.body, QPlainTextEdit, "commentEdit")
        self.comment.setAccessibleName("Review lead's comment")
        self.comment.setPlaceholderText("What is good, what needs changing, and where.")
        self.comment.textChanged.connect(self._comment_typed)
        child(self.body, QLabel, "commentCaption").setBuddy(self.comment)
        self.decision = child(self.body, QLabel, "decisionLabel")
        self.return_button = child(self.body, QPushButton, "returnButton")
        self.return_button.clicked.connect(self.return_for_amendment)
        self.sign_off_button = child(self.body, QPushButton, "signOffButton")
        self.sign_off_button.clicked.connect(self.sign_off)
        self.history = child(self.body, QListWidget, "historyList")
        self.history.setAccessibleName("Review history")

        self.bridge.changed.connect(self._document_changed)
        self.bridge.findings_changed.connect(self._findings_changed)
        self._refresh()
        self.table.selectionModel().setCurrentIndex(
            self.model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.set_reviewer("")

    # --- review mode ---------------------------------------------------------

    def set_reviewer(self, name: str) -> None:
        """Review as ``name`` (giving verdicts and deciding), or stop reviewing with an empty name."""
        self.reviewer = name
        if name:
            self.reviewer_label.setText(f"Reviewing as <b>{html.escape(name)}</b>. Verdicts and decisions carry this name.")
            self.review_button.setText("Stop reviewing")
        else:
            self.reviewer_label.setText("Review mode is off: verdicts can be read but not changed.")
            self.review_button.setText("Start reviewing…")
        for widget in (*self.radios.values(), self.return_button, self.sign_off_button):
            widget.setEnabled(bool(name))
        self.comment.setReadOnly(not name)

    # --- showing -------------------------------------------------------------

    def _document_changed(self, _changes: list) -> None:
        if self.isHidden():
            self._stale = True  # catch up when shown: staleness needs every verdict's fingerprint
            return
        self._refresh()

    def _findings_changed(self, report) -> None:
        """New automatic statuses: only that column and the selected question's line change."""
        self.model.show_report(report)
        self.evidence.setText(self.model.automatic_words(self.current_item_id()))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Catch up with edits made while another page was on show."""
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        document = self.bridge.document
        self.model.refresh(document, self.bridge.report)
        reviews = self.model.reviews
        reviewed = sum(r.reviewed for r in reviews)
        stale = sum(r.reviewed and r.stale for r in reviews)
        words = f"{reviewed} of {len(reviews)} questions have a verdict"
        if stale:
            words += f"; {stale} of them changed since and need looking at again"
        self.summary.setText(words + ".")
        self._show_item()
        self._show_decision()
        self.history.clear()
        for at, who, what in review_history(document):
            self.history.addItem(f"{when_words(at)} · {who} · {what}")

    def current_item_id(self) -> str:
        """The id of the question selected in the table."""
        row = self.table.currentIndex().row()
        return self.model.reviews[row].item.id if 0 <= row < len(self.model.reviews) else ""

    def select_item(self, item_id: str) -> None:
        """Select question ``item_id`` in the table."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _show_item(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.reviews):
            return
        review = self.model.reviews[row]
        self._showing = True
        self.question.setText(f"<b>{review.item.id}</b> ({html.escape(review.item.group)}): {html.escape(review.item.question)}")
        self.evidence.setText(self.model.automatic_words(review.item.id))
        self.radios[review.verdict].setChecked(True)
        if self.comment.toPlainText() != review.comment:
            self.comment.setPlainText(review.comment)
        if review.reviewed:
            given = f"By {review.reviewer}, {when_words(review.at)}."
            if review.stale:
                given += " What it rests on has changed since: look again and give the verdict anew."
        else:
            given = "No verdict yet."
        self.given.setText(given)
        self._showing = False

    def _show_decision(self) -> None:
        decision = self.bridge.document.quality.decision
        if not decision.outcome:
            text = ("No decision yet. Signing off needs a verdict on every question, none of them "
                    "“not content” or changed since it was given.")
        else:
            text = f"<b>{outcome_label(decision.outcome)}</b> by {html.escape(decision.by)}, {when_words(decision.at)}."
            if decision.comment:
                text += f"<br>{html.escape(decision.comment)}"
            if decision_is_stale(self.bridge.document):
                blockers = "".join(f"<li>{html.escape(b)}</li>" for b in sign_off_blockers(self.bridge.document))
                text += f"<br><b>This sign-off no longer stands:</b><ul>{blockers}</ul>"
        self.decision.setText(text)

    # --- giving verdicts -----------------------------------------------------

    def _give(self, verdict: str) -> None:
        item_id = self.current_item_id()
        if self.reviewer and item_id:
            record_verdict(self.bridge.editor, item_id, verdict, self.reviewer)

    def _comment_typed(self) -> None:
        if self._showing or not self.reviewer:
            return
        item_id = self.current_item_id()
        if item_id:
            set_comment(self.bridge.editor, item_id, clean_multiline(self.comment.toPlainText()))

    def _show_findings(self) -> None:
        show = getattr(self.window(), "show_checklist_item", None)
        if show is not None:
            show(self.current_item_id())

    # --- deciding ------------------------------------------------------------

    def return_for_amendment(self) -> None:
        """Ask what needs amending, then record the IMR as returned."""
        text, ok = QInputDialog.getMultiLineText(
            self, "Return for amendment", "What needs amending? The author reads this on this page."
        )
        if ok:
            self._decide("returned", clean_multiline(text))

    def sign_off(self) -> None:
        """Sign the IMR off, once every question has a current verdict and none is "not content"."""
        blockers = sign_off_blockers(self.bridge.document)
        if blockers:
            QMessageBox.information(self, "Not ready to sign off", "The IMR cannot be signed off yet.\n\n" + "\n".join(blockers))
            return
        answer = questions.ask(
            self,
            "Sign off",
            f"Sign off this IMR as {self.reviewer}? Today's date is recorded as the sign-off date.",
            questions.Buttons.Yes | questions.Buttons.Cancel,
            questions.Buttons.Yes,
            {questions.Buttons.Yes: "Sign off"},
        )
        if answer == questions.Buttons.Yes:
            self._decide("signed_off", "")

    def _decide(self, outcome: str, comment: str) -> None:
        try:
            record_decision(self.bridge.editor, outcome, self.reviewer, comment)
        except ValueError as exc:
            QMessageBox.warning(self, outcome_label(outcome), str(exc))

