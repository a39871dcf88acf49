"""Page 9, Quality assurance and sign-off: the review lead's verdicts on the 24 questions, and the decision.

Everyone sees the verdicts, comments, replies, the review status and the
signed history. Giving verdicts and deciding needs review mode (View ›
Review mode, or "Start reviewing…" here), which signs everything the review
lead records with their own key. A comment is signed when the verdict is
given, or when the keyboard leaves the comment box.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Signal
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
    ItemReview,
    changes_since_decision,
    outcome_label,
    record_comment,
    record_decision,
    record_verdict,
    review_history,
    sign_off_blockers,
    verdict_label,
)
from ...model.dates import when_words
from ...checks.review_status import Stage, review_status
from ...model.text import clean_multiline
from ...signoff.force_list import current_force_list
from ...signoff.keys import Signer
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

    _reviewer_when_built: Signer | None = None
    """Who reviews, when review mode was set before the page was first shown."""

    def bind(self) -> None:
        self.reviewer: Signer | None = None
        self._comment_item = ""
        """The question whose comment the comment box shows."""
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
        self._on_leaving = _FocusOutWatcher(self.comment, self.sign_comment)
        child(self.body, QLabel, "commentCaption").setBuddy(self.comment)
        self.replies = child(self.body, QLabel, "repliesLabel")
        self.replies.setAccessibleName("The author's replies and what changed since the return")
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
        self.set_reviewer(self._reviewer_when_built)

    # --- review mode ---------------------------------------------------------

    def set_reviewer(self, signer: Signer | None) -> None:
        """Review as ``signer`` (giving verdicts and deciding, signed with their key), or stop with None."""
        if not (self.built or self._building):  # nothing on show yet: the page starts so when it is built
            self._reviewer_when_built = signer
            return
        self.sign_comment()
        self.reviewer = signer
        if signer is not None:
            self.reviewer_label.setText(
                f"Reviewing as <b>{html.escape(signer.name)}</b>, {html.escape(signer.role)}. "
                "Everything you record is signed with your key.")
            self.review_button.setText("Stop reviewing")
        else:
            self.reviewer_label.setText("Review mode is off: verdicts can be read but not changed.")
            self.review_button.setText("Start reviewing…")
        for widget in (*self.radios.values(), self.return_button, self.sign_off_button):
            widget.setEnabled(signer is not None)
        self.comment.setReadOnly(signer is None)
        self._show_decision()

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
        for at, who, what in review_history(document, current_force_list()):
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
        if review.item.id != self._comment_item:
            self.sign_comment()  # the comment typed for the question left behind
            self._comment_item = review.item.id
        self._showing = True
        self.question.setText(f"<b>{review.item.id}</b> ({html.escape(review.item.group)}): {html.escape(review.item.question)}")
        self.evidence.setText(self.model.automatic_words(review.item.id))
        self.radios[review.verdict].setChecked(True)
        if self.comment.toPlainText() != review.comment:
            self.comment.setPlainText(review.comment)
        if review.reviewed:
            given = f"{when_words(review.at)}, {review.signed_by}."
            if review.stale:
                given += " What it rests on has changed since: look again and give the verdict anew."
        else:
            given = "No verdict yet."
        self.given.setText(given)
        self.replies.setText(self._since_return(review))
        self._showing = False

    def _since_return(self, review: ItemReview) -> str:
        """The author's replies on ``review``'s question and what changed in what it rests on, as rich text."""
        lines = [f"<b>{html.escape(r.name)}</b>, {when_words(r.at)}: {html.escape(r.text)}" for r in review.replies]
        if any(r.kind == "returned" for r in self.bridge.document.quality.history):
            changes = changes_since_decision(self.bridge.document, review.item.depends_on)
            for change in changes[:6]:
                before, after = (html.escape(_short(words)) or "<i>nothing</i>" for words in change.excerpt())
                lines.append(f"Changed: <b>{html.escape(change.place)}</b>: “{before}” → “{after}”")
            if len(changes) > 6:
                lines.append(f"and {len(changes) - 6} more changes")
            if not changes:
                lines.append("No change to the text this question rests on since the last decision.")
        return "<br>".join(lines) or "Nothing since the return."

    def _show_decision(self) -> None:
        document = self.bridge.document
        force_list = current_force_list()
        status = review_status(document, force_list)
        text = f"<b>{html.escape(status.short)}.</b>"
        rest = status.sentence[len(status.short) + 1:].strip()
        if rest:
            text += f" {html.escape(rest)}"
        decision = status.decision
        if decision is not None and decision.text:
            said = (f"Returned earlier by {decision.name}, {when_words(decision.at)}, with the note"
                    if status.stage is Stage.WITH_LEAD else "The note")
            text += f"<br>{html.escape(said)}: “{html.escape(decision.text)}”"
        if force_list.problem:
            text += f"<br>{html.escape(force_list.problem)}"
        if status.stage is not Stage.SIGNED_OFF:
            blockers = sign_off_blockers(document, self.reviewer, force_list)
            if blockers:
                items = "".join(f"<li>{html.escape(b)}</li>" for b in blockers)
                text += f"<br>Before it can be signed off:<ul>{items}</ul>"
        self.decision.setText(text)

    # --- giving verdicts -----------------------------------------------------

    def _give(self, verdict: str) -> None:
        item_id = self.current_item_id()
        if self.reviewer is None or not item_id:
            return
        report = self.bridge.report
        automatic = report.item(item_id).status if report is not None else None
        self._comment_item = ""  # the verdict carries the comment: nothing left to sign on leaving
        try:
            record_verdict(self.bridge.editor, self.reviewer, item_id, verdict,
                           clean_multiline(self.comment.toPlainText()), automatic=automatic)
        except ValueError as exc:
            QMessageBox.information(self, "Verdict", str(exc))
            self.comment.setFocus()
        self._comment_item = item_id
        self._show_item()

    def sign_comment(self) -> None:
        """Sign the comment typed for the question on show, when it differs from the one recorded."""
        item_id = self._comment_item
        if self._showing or self.reviewer is None or not item_id or self.comment.isReadOnly():
            return
        record_comment(self.bridge.editor, self.reviewer, item_id, clean_multiline(self.comment.toPlainText()))

    def _show_findings(self) -> None:
        show = getattr(self.window(), "show_checklist_item", None)
        if show is not None:
            show(self.current_item_id())

    # --- deciding ------------------------------------------------------------

    def return_for_amendment(self) -> None:
        """Ask what needs amending, then record the IMR as returned, signed."""
        self.sign_comment()
        text, ok = QInputDialog.getMultiLineText(
            self, "Return for amendment",
            "What needs amending? The author sees this on every page, with your comment on each question marked "
            "not content.",
        )
        if ok:
            self._decide("returned", clean_multiline(text))

    def sign_off(self) -> None:
        """Sign the IMR off, once every question has a current verdict, none is "not content", and the signer may."""
        self.sign_comment()
        blockers = sign_off_blockers(self.bridge.document, self.reviewer, current_force_list())
        if blockers:
            QMessageBox.information(self, "Not ready to sign off",
                                    "The IMR cannot be signed off yet:\n\n" + "\n".join(f"• {b}" for b in blockers))
            return
        note, ok = QInputDialog.getMultiLineText(
            self, "Sign off",
            f"Sign off this IMR as {self.reviewer.name}, {self.reviewer.role}? Your signature covers the IMR exactly "
            "as it is now; any later change needs a new sign-off.\n\nA note with the sign-off (optional):",
        )
        if ok:
            self._decide("signed_off", clean_multiline(note))

    def _decide(self, outcome: str, note: str) -> None:
        try:
            record_decision(self.bridge.editor, self.reviewer, outcome, note, force_list=current_force_list())
        except ValueError as exc:
            QMessageBox.warning(self, outcome_label(outcome), str(exc))


class _FocusOutWatcher(QObject):
    """Calls back when the keyboard leaves the watched widget."""

    def __init__(self, watched: QObject, callback) -> None:
        super().__init__(watched)
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Call back on focus out; never stop the event."""
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


def _short(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut at about ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
