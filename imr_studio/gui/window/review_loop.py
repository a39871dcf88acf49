"""The review status for the whole window, and the return loop the author cannot miss.

:class:`ReviewLoop` works out the one review status (see
:mod:`imr_studio.checks.review_status`) a moment after each change and tells
the window, which puts it in the title bar and the sections list. While the
IMR is back with the author, a banner above every page gives the review
lead's note and each question marked not content, with its comment, the
field it concerns and any reply; the questions that concern the page on
show come first. F9 goes to the next comment's field; the author replies
"addressed: ..." per question, and sends the IMR back to the review lead.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QMainWindow, QMessageBox, QPushButton, QVBoxLayout

from ...checks.review import PROSE, ItemReview, item_reviews, record_response
from ...checks.review_status import ReviewStatus, Stage, review_status
from ...model.errors import describe_place
from ...model.text import clean_multiline
from ...signoff.force_list import current_force_list
from ..bridge import DocumentBridge
from ..dialogs.signing import signer_or_ask

_DELAY_MS = 250
"""How long after a change the status is worked out again (typing does not wait for it)."""


def concerns(review: ItemReview) -> list[str]:
    """The places a question's comment concerns, in words ("Methodology › Systems searched")."""
    return ["all of the report's text" if part == PROSE else describe_place(tuple(part.split(".")))
            for part in review.item.depends_on]


def sections_of(review: ItemReview) -> set[str] | None:
    """The sections a question rests on; None when it rests on all of the report's text."""
    if PROSE in review.item.depends_on:
        return None
    return {part.split(".")[0] for part in review.item.depends_on}


class ReviewLoop(QObject):
    """The review status, and the banner and actions of an IMR returned for amendment."""

    status_changed = Signal(object)
    """Emitted with the new :class:`ReviewStatus` when it has been worked out again."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bridge: DocumentBridge | None = None
        self.status = ReviewStatus(Stage.DRAFT)
        self.comments: list[ItemReview] = []
        """The questions marked not content, in checklist order."""
        self.current = ""
        """The question whose comment was last gone to."""
        self.reviewing = False
        self.section = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.banner = QFrame()
        """Above every page while the IMR is back with the author."""
        self.banner.setObjectName("returnBanner")
        self.banner.setStyleSheet("#returnBanner { background: #fde7e9; border: 1px solid #c50f1f; }")
        layout = QVBoxLayout(self.banner)
        layout.setContentsMargins(8, 6, 8, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAccessibleName("The review lead's comments")
        self.text.linkActivated.connect(self._link)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.next_button = QPushButton("&Next comment (F9)")
        self.reply_button = QPushButton("Repl&y to this comment…")
        self.send_button = QPushButton("Send to the review &lead…")
        for button in (self.next_button, self.reply_button, self.send_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.banner.hide()

        self.next_action = QAction("Next review &comment", window)
        self.next_action.setShortcut(QKeySequence("F9"))
        self.next_action.setStatusTip("Go to the field the review lead's next comment concerns")
        self.next_action.triggered.connect(self.next_comment)
        self.send_action = QAction("Send to the review &lead…", window)
        self.send_action.setStatusTip("Tell the review lead the IMR is ready for them, signed as you")
        self.send_action.triggered.connect(self.send)
        self.next_button.clicked.connect(self.next_comment)
        self.reply_button.clicked.connect(lambda: self.reply(self.current or self._first_here()))
        self.send_button.clicked.connect(self.send)

    # --- following the document ------------------------------------------------

    def attach(self, bridge: DocumentBridge) -> None:
        """Follow ``bridge``'s document (a newly opened project)."""
        self.bridge = bridge
        self.current = ""
        bridge.changed.connect(lambda _changes: self._timer.start())
        self.refresh()

    def set_reviewing(self, reviewing: bool) -> None:
        """Hide the author's banner while a review lead reviews."""
        self.reviewing = reviewing
        self._show_banner()

    def show_section(self, section: str) -> None:
        """The page of ``section`` is on show: its comments come first."""
        self.section = section
        self._show_banner()

    def refresh(self) -> None:
        """Work the status out again, and show it."""
        if self.bridge is None:
            return
        document = self.bridge.document
        force_list = current_force_list()
        self.status = review_status(document, force_list)
        self.comments = [r for r in item_reviews(document, force_list) if r.verdict == "not_content"]
        self.next_action.setEnabled(bool(self.comments))
        self.send_action.setEnabled(self.status.stage in (Stage.DRAFT, Stage.RETURNED))
        self._show_banner()
        self.status_changed.emit(self.status)

    # --- the banner ----------------------------------------------------------------

    def _here(self, review: ItemReview) -> bool:
        sections = sections_of(review)
        return sections is None or self.section in sections

    def _first_here(self) -> str:
        return next((r.item.id for r in self.comments if self._here(r)), self.comments[0].item.id if self.comments else "")

    def _show_banner(self) -> None:
        returned = self.status.stage is Stage.RETURNED and not self.reviewing
        self.banner.setVisible(returned)
        if not returned:
            return
        decision = self.status.decision
        parts = [f"<b>{html.escape(self.status.short)}.</b> {html.escape(decision.text)}"]
        if self.comments:
            ordered = sorted(self.comments, key=lambda r: not self._here(r))
            replied = sum(bool(r.replies) for r in self.comments)
            parts.append(f"{len(self.comments)} question{'s' if len(self.comments) != 1 else ''} marked not content; "
                         f"{replied} answered. Reply to each, then send the IMR back to the review lead.")
            rows = [self._row(review) for review in ordered]
            parts.append("<ul style='margin: 2px 0 0 -20px'>" + "".join(rows) + "</ul>")
        self.text.setText("<br>".join(parts[:2]) + (parts[2] if len(parts) > 2 else ""))
        self.reply_button.setEnabled(bool(self.comments))
        self.next_button.setEnabled(bool(self.comments))

    def _row(self, review: ItemReview) -> str:
        where = html.escape("; ".join(concerns(review)))
        marker = "▶ " if review.item.id == self.current else ""
        here = " <i>(this page)</i>" if self._here(review) and sections_of(review) is not None else ""
        reply = (f" <span style='color:#0e700e'>Replied: {html.escape(review.replies[-1].text)}</span>"
                 if review.replies else "")
        return (f"<li>{marker}<b>{review.item.id}</b>{here} on {where}: “{html.escape(review.comment or 'no comment')}”"
                f"{reply} <a href='go:{review.item.id}'>Go to</a> · <a href='reply:{review.item.id}'>Reply…</a></li>")

    def _link(self, link: str) -> None:
        action, _, item_id = link.partition(":")
        if action == "go":
            self.go_to(item_id)
        elif action == "reply":
            self.reply(item_id)

    # --- the author's actions ------------------------------------------------------

    def next_comment(self) -> None:
        """Go to the field that the next comment (after the one last gone to) concerns."""
        if not self.comments:
            self.window.statusBar().showMessage("The review lead has marked no question not content.", 5000)
            return
        ids = [r.item.id for r in self.comments]
        following = ids[(ids.index(self.current) + 1) % len(ids)] if self.current in ids else ids[0]
        self.go_to(following)

    def go_to(self, item_id: str) -> None:
        """Show the page and field that question ``item_id``'s comment concerns."""
        review = next((r for r in self.comments if r.item.id == item_id), None)
        if review is None:
            return
        self.current = item_id
        parts = [tuple(part.split(".")) for part in review.item.depends_on if part != PROSE]
        if parts and any(page.section == parts[0][0] for page in self.window.pages):
            self.window.reveal(parts[0])  # the field when the page has one for it; else the page, at its top
        else:
            self.window.show_verdict(item_id)  # it concerns all of the text: the comment in full, on its question
        self._show_banner()
        self.window.statusBar().showMessage(f"{item_id}: {review.comment}", 15000)

    def reply(self, item_id: str) -> None:
        """Ask for the author's reply on ``item_id`` and record it, signed."""
        review = next((r for r in self.comments if r.item.id == item_id), None)
        if review is None or self.bridge is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self.window, f"Reply on {item_id}",
            f"The review lead's comment on {item_id}:\n“{review.comment}”\n\nYour reply (what you changed, and where):",
            "Addressed: ",
        )
        if not ok:
            return
        signer = self._author()
        if signer is None:
            return
        try:
            record_response(self.bridge.editor, signer, "reply", item_id, clean_multiline(text))
        except ValueError as exc:
            QMessageBox.information(self.window, f"Reply on {item_id}", str(exc))

    def send(self) -> None:
        """Send the IMR (back) to the review lead, signed, with an optional note."""
        if self.bridge is None:
            return
        unanswered = [r.item.id for r in self.comments if not r.replies]
        prompt = "A note for the review lead (optional):"
        if unanswered:
            prompt = f"These questions have no reply yet: {', '.join(unanswered)}.\n\n" + prompt
        text, ok = QInputDialog.getMultiLineText(self.window, "Send to the review lead", prompt)
        if not ok:
            return
        signer = self._author()
        if signer is not None:
            record_response(self.bridge.editor, signer, "submitted", text=clean_multiline(text))
            self.window.statusBar().showMessage("Recorded as sent to the review lead. Save, then send them the file.",
                                                10000)

    def _author(self):
        review = self.bridge.document.review
        return signer_or_ask(self.window, "Your reply is signed, so that the review lead knows it is yours.",
                             review.author_name, review.author_role)
