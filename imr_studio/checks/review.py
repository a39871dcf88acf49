"""The review lead's side of the checklist: signed verdicts, when they go out of date, and the decisions.

Everything the review lead does is an entry of the review history, signed
with their key (see :mod:`imr_studio.signoff`). A verdict on a checklist item
records a fingerprint of the parts of the project the item rests on
(``ChecklistItem.depends_on``); when those parts change afterwards, only that
item's verdict is out of date ("stale"). A return or sign-off rests on the
fingerprint of the whole content (:func:`~imr_studio.model.content.content_digest`)
and keeps the report's texts as they stood, so that what changed since can
be named. Entries are made through a :class:`~imr_studio.model.DocumentEditor`,
so they can be undone while the project is open.

Plain Python: the command line, the tests and the GUI share it.
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import msgspec

from .. import vocab
from ..model import DocumentEditor
from ..model.addressing import Path, get
from ..model.canonical import canonical_bytes
from ..model.content import content_digest, note_writer, writer_accounts
from ..model.document import Document, ReviewRecord, TextAt
from ..signoff.chain import Trust, chain_breaks, signed_record, trust_of, trust_words
from ..signoff.links import record_hash, tip
from ..signoff.force_list import ForceList, current_force_list
from ..signoff.keys import Signer
from .checklist import ChecklistItem, checklist
from .findings import PlaceNamer
from .texts import TextSpot, iter_texts

PROSE = "prose"
"""In ``depends_on``: every piece of prose in the report, wherever it is."""

HISTORY = ("quality", "history")
RESPONSES = ("quality", "responses")
DECIDED_TEXTS = ("quality", "decided_texts")
DECISIONS = ("returned", "signed_off")
NEEDS_REASON = ("not_met", "partly")
"""Automatic statuses under which a verdict of "content" needs the review lead's reason."""


def verdict_label(verdict: str) -> str:
    """A review lead's verdict in words ("Not content"), as ``resources/vocabularies.json`` words it."""
    return vocab.label_for("reviewer_verdicts", verdict)


def outcome_label(outcome: str) -> str:
    """A review decision in words ("Returned for amendment"), as ``resources/vocabularies.json`` words it."""
    return vocab.label_for("review_outcomes", outcome)


def now_stamp() -> str:
    """The local time now, as recorded on history entries (ISO 8601)."""
    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


# --- what a verdict rests on -------------------------------------------------


def _prose(spots: Iterable[TextSpot]) -> list[tuple[Path, str]]:
    return [(s.path, s.text) for s in spots]


def _part(document: Document, part: str, spots: Iterable[TextSpot] | None = None) -> object:
    """One part of ``document`` named in a ``depends_on`` (``spots``: the document's prose, when known)."""
    if part == PROSE:
        return _prose(iter_texts(document) if spots is None else spots)
    return get(document, tuple(part.split(".")))


def content_fingerprint(document: Document, item: ChecklistItem) -> str:
    """A short hash of the parts of ``document`` that ``item`` rests on (in their canonical form, so that an
    upgrade adding fields leaves it as it was)."""
    return _fingerprint(item, lambda part: canonical_bytes(_part(document, part)))


def _fingerprint(item: ChecklistItem, encoded) -> str:
    digest = hashlib.sha256()
    for part in item.depends_on:
        digest.update(part.encode("utf-8") + b"\0" + encoded(part) + b"\0")
    return digest.hexdigest()[:16]


def refresh_upgraded_fingerprints(document: Document, original: dict) -> int:
    """After an upgrade from a file of an older format (``original``: its raw JSON): every unsigned verdict whose
    fingerprint matches the content as that version took it now holds the fingerprint of the same content today.

    So a verdict stays fresh across an upgrade when nothing it rests on changed. Signed verdicts are never
    touched (their fingerprints are canonical already). Returns how many were brought up to date.
    """
    items = {item.id: item for item in checklist()}
    spots = list(iter_texts(document))

    def as_written(part: str) -> bytes:  # the part as the older version encoded it: the file's own JSON
        if part == PROSE:
            return msgspec.json.encode(_prose(spots))
        node: object = original
        for step in part.split("."):
            node = node.get(step) if isinstance(node, dict) else None
        return msgspec.json.encode(node)

    refreshed = 0
    for index, record in enumerate(document.quality.history):
        item = items.get(record.item_id)
        if record.kind != "verdict" or record.signature or item is None or not record.content_hash:
            continue
        if _fingerprint(item, as_written) == record.content_hash:
            document.quality.history[index] = msgspec.structs.replace(
                record, content_hash=content_fingerprint(document, item))
            refreshed += 1
    return refreshed


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


# --- the texts kept with a decision, and what changed since ------------------


def current_texts(document: Document) -> list[TextAt]:
    """The report's prose now, place by place: what a decision keeps."""
    return [TextAt(place=list(spot.path), text=spot.text) for spot in iter_texts(document)]


def texts_fingerprint(texts: list[TextAt]) -> str:
    """A SHA-256 fingerprint of kept texts: a decision's signature covers it."""
    return hashlib.sha256(msgspec.json.encode(texts)).hexdigest()


def _in_parts(path: Path, parts: tuple[str, ...]) -> bool:
    return any(part == PROSE or tuple(path[: len(part.split("."))]) == tuple(part.split(".")) for part in parts)


@dataclass(frozen=True)
class TextChange:
    """One place whose text differs from what the last decision kept."""

    place: str
    before: str
    after: str

    def excerpt(self, context: int = 6) -> tuple[str, str]:
        """The changed words with ``context`` words either side, before and after ("…" where cut)."""
        old, new = self.before.split(), self.after.split()
        opcodes = [op for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes() if op[0] != "equal"]
        if not opcodes:
            return self.before, self.after
        first, last = opcodes[0], opcodes[-1]
        return (_window(old, first[1], last[2], context), _window(new, first[3], last[4], context))


def _window(words: list[str], start: int, end: int, context: int) -> str:
    """``words[start:end]`` with ``context`` words either side, marked "…" where the text goes on."""
    low, high = max(0, start - context), min(len(words), end + context)
    return ("…" if low else "") + " ".join(words[low:high]) + ("…" if high < len(words) else "")


def changes_since_decision(document: Document, parts: tuple[str, ...] = (PROSE,)) -> list[TextChange]:
    """The places within ``parts`` whose text changed since the last return or sign-off, in reading order."""
    before = {tuple(t.place): t.text for t in document.quality.decided_texts}
    after = {tuple(t.place): t.text for t in current_texts(document)}
    where = PlaceNamer(document)
    changes = []
    for path in list(after) + [p for p in before if p not in after]:
        if _in_parts(path, parts) and before.get(path, "") != after.get(path, ""):
            changes.append(TextChange(where(path), before.get(path, ""), after.get(path, "")))
    return changes


# --- where each item stands --------------------------------------------------


@dataclass(frozen=True)
class ItemReview:
    """Where one checklist item stands with the review lead."""

    item: ChecklistItem
    verdict: str
    """One of the ``reviewer_verdicts`` keys; "not_reviewed" when none was given."""
    comment: str
    reviewer: str
    at: str
    stale: bool
    """True when what the verdict rests on has changed since it was given."""
    trust: Trust | None = None
    """What the verdict's signature shows (None when there is no verdict)."""
    signed_by: str = ""
    """The signature in words ("signed by NAME, ROLE (on the force's list)")."""
    replies: tuple[ReviewRecord, ...] = field(default=())
    """The author's replies on this item since the last return."""

    @property
    def reviewed(self) -> bool:
        """A verdict other than "not reviewed" has been given."""
        return self.verdict != "not_reviewed"

    @property
    def describe(self) -> str:
        """The verdict in words, saying when it is out of date or its signature does not hold."""
        words = verdict_label(self.verdict)
        if self.reviewed and self.trust is Trust.BROKEN:
            return f"{words} (signature does not match)"
        if self.reviewed and self.trust is Trust.UNSIGNED:
            return f"{words} (not signed)"
        return f"{words} (changed since)" if self.stale and self.reviewed else words


def last_decision(document: Document) -> tuple[int, ReviewRecord] | None:
    """The latest return or sign-off in the history, with its index; None before the first."""
    for index in range(len(document.quality.history) - 1, -1, -1):
        record = document.quality.history[index]
        if record.kind in DECISIONS:
            return index, record
    return None


def replies_since_return(document: Document) -> list[ReviewRecord]:
    """The author's replies to the latest return, whatever was decided since (none before the first return)."""
    history = document.quality.history
    returns = [index for index, record in enumerate(history) if record.kind == "returned"]
    if not returns:
        return []
    answered = {record_hash(record) for record in history[returns[-1]:]}
    return [r for r in document.quality.responses if r.kind == "reply" and r.previous in answered]


def item_reviews(document: Document, force_list: ForceList | None = None) -> list[ItemReview]:
    """Every checklist item's verdict, in checklist order ("not reviewed" where none was given)."""
    force_list = current_force_list() if force_list is None else force_list
    latest: dict[str, ReviewRecord] = {}
    comments: dict[str, str] = {}
    for record in document.quality.history:
        if record.kind == "verdict":
            latest[record.item_id] = record
            comments[record.item_id] = record.text
        elif record.kind == "comment":
            comments[record.item_id] = record.text
    replies: dict[str, list[ReviewRecord]] = {}
    for reply in replies_since_return(document):
        replies.setdefault(reply.item_id, []).append(reply)
    prints: dict[tuple[str, ...], str] = {}
    reviews = []
    for item in checklist():
        record = latest.get(item.id)
        comment, answered = comments.get(item.id, ""), tuple(replies.get(item.id, ()))
        if record is None or record.verdict in ("", "not_reviewed"):
            reviews.append(ItemReview(item, "not_reviewed", comment, "", "", False, replies=answered))
            continue
        if item.depends_on not in prints:
            prints[item.depends_on] = content_fingerprint(document, item)
        reviews.append(ItemReview(
            item, record.verdict, comment, record.name, record.at, record.content_hash != prints[item.depends_on],
            trust_of(record, force_list), trust_words(record, force_list), answered,
        ))
    return reviews


def review_history(document: Document, force_list: ForceList | None = None) -> list[tuple[str, str, str]]:
    """Everything done in the review, newest first, as ``(when, who, what)``.

    The review lead's entries and the author's responses, each with its
    signature in words, and the author's reviewed publication exceptions
    (words kept in the publication version, with the reason).
    """
    force_list = current_force_list() if force_list is None else force_list
    events = []
    for record in [*document.quality.history, *document.quality.responses]:
        what = _record_words(record)
        events.append((record.at, record.name, f"{what} ({trust_words(record, force_list)})"))
    events += [(kept.at, kept.by, f"kept “{kept.words}” in the publication version: {kept.reason}")
               for kept in document.review.publication_exceptions]
    order = sorted(range(len(events)), key=lambda index: (events[index][0], index), reverse=True)
    return [events[index] for index in order]  # newest first; of two at the same second, the later recorded


def _record_words(record: ReviewRecord) -> str:
    note = f": {record.text}" if record.text else ""
    if record.kind == "verdict":
        return f"{record.item_id}: {verdict_label(record.verdict or 'not_reviewed')}{note}"
    if record.kind in DECISIONS:
        return outcome_label(record.kind) + note
    words = {"comment": f"comment on {record.item_id}", "submitted": "sent to the review lead",
             "reply": f"reply on {record.item_id}", "earlier": "earlier record"}
    return words[record.kind] + note


# --- recording ---------------------------------------------------------------


def _append(editor: DocumentEditor, signer: Signer, label: str, at: str | None, **fields: str) -> ReviewRecord:
    history = editor.document.quality.history
    record = signed_record(signer, tip(history), at or now_stamp(), **fields)
    with editor.group(label):
        editor.set(HISTORY, [*history, record])
    return record


def record_verdict(
    editor: DocumentEditor,
    signer: Signer,
    item_id: str,
    verdict: str,
    comment: str | None = None,
    *,
    automatic: str | None = None,
    at: str | None = None,
) -> None:
    """Give and sign ``verdict`` on checklist item ``item_id``, for the project as it is now; one undo step.

    ``comment`` replaces the item's comment (None keeps the one there). When
    the automatic check (``automatic``: the item's status) says the item is
    not met, a verdict of "content" needs a comment saying why; a
    ``ValueError`` says so otherwise.
    """
    item = next((i for i in checklist() if i.id == item_id), None)
    if item is None:
        raise ValueError(f"There is no checklist question “{item_id}”.")
    verdicts = [choice.key for choice in vocab.choices("reviewer_verdicts")]
    if verdict not in verdicts:
        raise ValueError(f"“{verdict}” is not a verdict: give one of {', '.join(verdicts)}.")
    current = next((r for r in item_reviews(editor.document) if r.item.id == item_id))
    text = current.comment if comment is None else comment.strip()
    if verdict == "content" and automatic in NEEDS_REASON and not text:
        raise ValueError(
            f"The automatic check says {item_id} is not fully met. Say in the comment why you are content with it."
        )
    content_hash = content_fingerprint(editor.document, item) if verdict != "not_reviewed" else ""
    _append(editor, signer, f"Verdict on {item_id}", at, kind="verdict", item_id=item_id, verdict=verdict,
            text=text, content_hash=content_hash)


def record_comment(editor: DocumentEditor, signer: Signer, item_id: str, comment: str, *, at: str | None = None) -> bool:
    """Sign a new comment on ``item_id`` without changing its verdict; False when the comment is unchanged."""
    comment = comment.strip()
    current = next((r for r in item_reviews(editor.document) if r.item.id == item_id), None)
    if current is None or current.comment == comment:
        return False
    _append(editor, signer, f"Comment on {item_id}", at, kind="comment", item_id=item_id, text=comment)
    return True


def sign_off_blockers(document: Document, signer: Signer | None = None, force_list: ForceList | None = None) -> list[str]:
    """Why the IMR cannot be signed off yet (by ``signer``, when given), in plain words; empty when it can."""
    force_list = current_force_list() if force_list is None else force_list
    blockers = [str(b) for b in chain_breaks(document.quality.history, document.quality.responses)]
    reviews = item_reviews(document, force_list)
    for state, words in (
        ([r for r in reviews if not r.reviewed], "without a verdict yet"),
        ([r for r in reviews if r.reviewed and r.stale], "changed since the verdict was given"),
        ([r for r in reviews if r.verdict == "not_content" and not r.stale], "marked not content"),
        ([r for r in reviews if r.reviewed and r.trust is not None and not r.trust.signed],
         "with a verdict that is not signed or whose signature does not match"),
    ):
        if state:
            ids = ", ".join(r.item.id for r in state)
            blockers.append(f"{len(state)} question{'s' if len(state) != 1 else ''} {words}: {ids}")
    if signer is not None:
        blockers += signer_blockers(document, signer, force_list)
    return blockers


def signer_blockers(document: Document, signer: Signer, force_list: ForceList | None = None) -> list[str]:
    """Why ``signer`` may not sign this IMR off: they wrote it, or the force does not list their key."""
    force_list = current_force_list() if force_list is None else force_list
    blockers = []
    if signer.account.casefold() in writer_accounts(document):
        blockers.append(
            f"the account “{signer.account}” saved changes to this IMR's content, and the person who wrote an IMR "
            "cannot also sign it off: a review lead who did not write it must do so"
        )
    if force_list.exists and force_list.lookup(signer.public_key) is None:
        blockers.append("your signing key is not on the force's list of review leads; force IT can add it "
                        "(imr-studio key prints the entry they need)")
    return blockers


def record_decision(
    editor: DocumentEditor,
    signer: Signer,
    outcome: str,
    note: str = "",
    *,
    force_list: ForceList | None = None,
    at: str | None = None,
) -> None:
    """Return the IMR for amendment or sign it off, signed by ``signer``; one undo step.

    The decision rests on the fingerprint of the whole content and keeps
    the report's texts as they stand, so that what changes afterwards can be
    named. Raises ``ValueError`` when signing off is not possible (see
    :func:`sign_off_blockers`) or a return has no note.
    """
    document = editor.document
    if outcome == "signed_off" and (blockers := sign_off_blockers(document, signer, force_list)):
        raise ValueError("The IMR cannot be signed off: " + "; ".join(blockers) + ".")
    if outcome == "returned" and not note.strip():
        raise ValueError("Say what needs amending before returning the IMR.")
    if outcome not in DECISIONS:
        raise ValueError(f"“{outcome}” is not a decision.")
    texts = current_texts(document)
    with editor.group(outcome_label(outcome)):
        editor.set(DECIDED_TEXTS, texts)
        _append(editor, signer, outcome_label(outcome), at, kind=outcome, text=note.strip(),
                content_hash=content_digest(document), texts_hash=texts_fingerprint(texts))


def record_response(
    editor: DocumentEditor, signer: Signer, kind: str, item_id: str = "", text: str = "", *, at: str | None = None
) -> None:
    """The author's signed reply on ``item_id`` ("reply"), or their sending the IMR to the review lead ("submitted")."""
    if kind == "reply" and not text.strip():
        raise ValueError("Write the reply first: say what was done about the comment.")
    record = signed_record(signer, tip(editor.document.quality.history), at or now_stamp(),
                           kind=kind, item_id=item_id, text=text.strip(), content_hash=content_digest(editor.document))
    label = f"Reply on {item_id}" if kind == "reply" else "Send to the review lead"
    with editor.group(label):
        editor.set(RESPONSES, [*editor.document.quality.responses, record])
    note_writer(editor.document, signer.account, record.at, wrote=True)  # who answers as the author is one
