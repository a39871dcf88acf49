"""The review lead's side of the checklist: verdicts, when they go out of date, and the decision.

A verdict on a checklist item records a fingerprint of the parts of the
project the item rests on (``ChecklistItem.depends_on``). When those parts
change afterwards, only that item's verdict is out of date ("stale"); the
others stand. Verdicts and decisions are made through a
:class:`~imr_studio.model.DocumentEditor`, so they can be undone and they
land in the audit log.

Plain Python: the command line, the tests and the GUI share it.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import msgspec

from .. import vocab
from ..model import DocumentEditor
from ..model.addressing import Path, get
from ..model.document import AuditEvent, Document, ItemVerdict, ReviewDecision
from .checklist import ChecklistItem, checklist
from .texts import TextSpot, iter_texts

PROSE = "prose"
"""In ``depends_on``: every piece of prose in the report, wherever it is."""
_SIGNATURES = ("review", "key_dates")  # who assured and signed: the review lead's, not the author's

VERDICT_LIST = ("quality", "verdicts")
AUDIT_LOG = ("quality", "audit_log")
DECISION = ("quality", "decision")



def verdict_label(verdict: str) -> str:
    """A review lead's verdict in words ("Not content"), as ``resources/vocabularies.json`` words it."""
    return vocab.label_for("reviewer_verdicts", verdict)


def outcome_label(outcome: str) -> str:
    """A review decision in words ("Returned for amendment"), as ``resources/vocabularies.json`` words it."""
    return vocab.label_for("review_outcomes", outcome)


@dataclass(frozen=True)
class ItemReview:
    """Where one checklist item stands with the review lead."""

    item: ChecklistItem
    verdict: str
    """One of :data:`VERDICT_LABELS`' keys."""
    comment: str
    reviewer: str
    at: str
    stale: bool
    """True when what the verdict rests on has changed since it was given."""

    @property
    def reviewed(self) -> bool:
        """A verdict other than "not reviewed" has been given."""
        return self.verdict != "not_reviewed"

    @property
    def describe(self) -> str:
        """The verdict in words, saying when it is out of date."""
        words = verdict_label(self.verdict)
        return f"{words} (changed since)" if self.stale and self.reviewed else words


def now_stamp() -> str:
    """The local time now, as recorded on verdicts, decisions and the audit log (ISO 8601)."""
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def _prose(spots: Iterable[TextSpot]) -> list[tuple[Path, str]]:
    """The author's prose among ``spots`` (not the names of who assured and signed the IMR)."""
    return [(s.path, s.text) for s in spots if s.path[:2] != _SIGNATURES]


def _part(document: Document, part: str, spots: Iterable[TextSpot] | None = None) -> object:
    """One part of ``document`` named in a ``depends_on`` (``spots``: the document's prose, when known)."""
    if part == PROSE:
        return _prose(iter_texts(document) if spots is None else spots)
    return get(document, tuple(part.split(".")))


def content_fingerprint(document: Document, item: ChecklistItem) -> str:
    """A short hash of the parts of ``document`` that ``item`` rests on."""
    digest = hashlib.sha256()
    for part in item.depends_on:
        digest.update(part.encode("utf-8") + b"\0" + msgspec.json.encode(_part(document, part)) + b"\0")
    return digest.hexdigest()[:16]


def nothing_written_for(document: Document, item: ChecklistItem, spots: list[TextSpot] | None = None) -> bool:
    """True when every part ``item`` rests on is still as a new project has it: nothing to assess yet.

    ``spots`` are the document's texts when the caller has walked them already.
    """
    return all(_blank(_part(document, part, spots)) for part in item.depends_on)


def _blank(value: object) -> bool:
    if value is None or value is False or value == "":
        return True
    if isinstance(value, (list, tuple)):
        return all(_blank(element) for element in value)
    if isinstance(value, msgspec.Struct):
        try:
            return value == type(value)()
        except TypeError:  # a struct with required fields (an item with an id) is something written
            return False
    return False


def item_reviews(document: Document) -> list[ItemReview]:
    """Every checklist item's verdict, in checklist order ("not reviewed" where none was given)."""
    given = {v.item_id: v for v in document.quality.verdicts}
    prints: dict[tuple[str, ...], str] = {}
    reviews = []
    for item in checklist():
        verdict = given.get(item.id)
        if verdict is None or verdict.verdict == "not_reviewed":
            reviews.append(ItemReview(item, "not_reviewed", verdict.comment if verdict else "", "", "", False))
            continue
        if item.depends_on not in prints:
            prints[item.depends_on] = content_fingerprint(document, item)
        stale = verdict.content_hash != prints[item.depends_on]
        reviews.append(ItemReview(item, verdict.verdict, verdict.comment, verdict.reviewer, verdict.at, stale))
    return reviews


def review_history(document: Document) -> list[tuple[str, str, str]]:
    """Everything done in the review, newest first, as ``(when, who, what)``: the review lead's records and the
    author's reviewed publication exceptions (words kept in the publication version, with the reason)."""
    events = [(event.at, event.who, event.detail) for event in document.quality.audit_log]
    events += [(kept.at, kept.by, f"kept “{kept.words}” in the publication version: {kept.reason}")
               for kept in document.review.publication_exceptions]
    return sorted(events, key=lambda event: event[0], reverse=True)


def when_words(at: str) -> str:
    """A recorded time in words: ``6 December 2024 at 10:30`` (the text itself if it is not a time)."""
    try:
        moment = datetime.datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}"


def _log(editor: DocumentEditor, who: str, action: str, detail: str, at: str) -> None:
    """Add a line to the audit log (a plain list, so it is set whole)."""
    log = list(editor.document.quality.audit_log)
    editor.set(AUDIT_LOG, log + [AuditEvent(at=at, who=who, action=action, detail=detail)])


def record_verdict(editor: DocumentEditor, item_id: str, verdict: str, reviewer: str, *, at: str | None = None) -> None:
    """Give ``verdict`` on checklist item ``item_id`` as ``reviewer``, for the project as it is now.

    Keeps any comment already written; one undo step with its audit-log line.
    """
    item = next(i for i in checklist() if i.id == item_id)
    at = at or now_stamp()
    current = next((v for v in editor.document.quality.verdicts if v.item_id == item_id), None)
    new = ItemVerdict(
        item_id=item_id,
        verdict=verdict,
        comment=current.comment if current else "",
        reviewer=reviewer,
        at=at,
        content_hash=content_fingerprint(editor.document, item) if verdict != "not_reviewed" else "",
    )
    with editor.group(f"Verdict on {item_id}"):
        if current is None:
            editor.insert(VERDICT_LIST, new)
        else:
            editor.set(VERDICT_LIST + (item_id,), new)
        _log(editor, reviewer, "verdict", f"{item_id}: {verdict_label(verdict)}", at)


def set_comment(editor: DocumentEditor, item_id: str, comment: str) -> None:
    """Write the review lead's comment on item ``item_id`` (typing merges into one undo step)."""
    if any(v.item_id == item_id for v in editor.document.quality.verdicts):
        editor.set(VERDICT_LIST + (item_id, "comment"), comment, merge=True)
    elif comment:
        editor.insert(VERDICT_LIST, ItemVerdict(item_id=item_id, comment=comment))


def sign_off_blockers(document: Document) -> list[str]:
    """Why the IMR cannot be signed off yet, in plain words (empty when it can)."""
    reviews = item_reviews(document)
    blockers = []
    for state, words in (
        ([r for r in reviews if not r.reviewed], "without a verdict yet"),
        ([r for r in reviews if r.reviewed and r.stale], "changed since the verdict was given"),
        ([r for r in reviews if r.verdict == "not_content" and not r.stale], "marked not content"),
    ):
        if state:
            ids = ", ".join(r.item.id for r in state)
            blockers.append(f"{len(state)} question{'s' if len(state) != 1 else ''} {words}: {ids}")
    return blockers


def record_decision(editor: DocumentEditor, outcome: str, by: str, comment: str, *, at: str | None = None) -> None:
    """Return the IMR for amendment or sign it off, as ``by``; one undo step with its audit-log line.

    Signing off also records the sign-off date and who signed in the key
    dates (and the quality-assurance date and name, when those are blank).
    Raises ``ValueError`` when signing off is not possible yet (see
    :func:`sign_off_blockers`) or a return has no comment.
    """
    if outcome == "signed_off" and (blockers := sign_off_blockers(editor.document)):
        raise ValueError("The IMR cannot be signed off yet: " + "; ".join(blockers) + ".")
    if outcome == "returned" and not comment.strip():
        raise ValueError("Say what needs amending before returning the IMR.")
    at = at or now_stamp()
    with editor.group(outcome_label(outcome)):
        editor.set(DECISION, ReviewDecision(outcome=outcome, by=by, at=at, comment=comment))
        if outcome == "signed_off":
            today = datetime.date.fromisoformat(at[:10])
            dates = editor.document.review.key_dates
            editor.set(("review", "key_dates", "signed_off"), today)
            editor.set(("review", "key_dates", "signed_off_by"), by)
            if dates.quality_assured is None and not dates.quality_assured_by:
                editor.set(("review", "key_dates", "quality_assured"), today)
                editor.set(("review", "key_dates", "quality_assured_by"), by)
        _log(editor, by, "decision", outcome_label(outcome) + (f": {comment}" if comment else ""), at)


def decision_is_stale(document: Document) -> bool:
    """True when the IMR was signed off but could not be now (see :func:`sign_off_blockers`).

    For example something a verdict rests on has changed since, or a verdict
    given later says "not content".
    """
    return document.quality.decision.outcome == "signed_off" and bool(sign_off_blockers(document))
