"""The review history as a chain of signed entries, and how to tell that it is intact.

Each :class:`~imr_studio.model.document.ReviewRecord` holds the SHA-256 hash
of the entry before it and an Ed25519 signature, by the key of the person
who made it, over everything it records (what it decides, who decided, when,
and the fingerprint of the content it rests on). Changing, removing or
reordering an entry outside IMR Studio breaks a link; changing what an entry
says breaks its signature. The author's responses (replies and submissions)
are signed the same way and each names the history entry it answers.

Entries that an older version of IMR Studio recorded carry no signature:
they are kept and shown, but never count as signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import msgspec

from ..model.dates import when_words
from ..model.document import ReviewRecord
from ..model.text import replace_lone_surrogates
from .force_list import ForceList
from .keys import Signer, signature_matches
from .links import record_hash

_DOMAIN = b"IMR Studio review record 1\0"
"""Put before every signed message, so that a signature made here means nothing anywhere else."""


def signed_message(record: ReviewRecord) -> bytes:
    """The bytes a record's signature covers: every field but the signature."""
    return _DOMAIN + msgspec.json.encode(msgspec.structs.replace(record, signature=""))


def signed_record(signer: Signer, previous: str, at: str, **fields: str) -> ReviewRecord:
    """A new record of ``fields``, made by ``signer`` at ``at``, linked to ``previous`` and signed.

    Text is signed as the file will hold it: half of a broken character (pasted from another program) becomes
    U+FFFD first, as saving would make it, so that the signature still matches once the file is reopened.
    """
    record = ReviewRecord(
        **{key: replace_lone_surrogates(value) for key, value in fields.items()},
        name=replace_lone_surrogates(signer.name), role=replace_lone_surrogates(signer.role),
        account=replace_lone_surrogates(signer.account), public_key=signer.public_key, at=at, previous=previous,
    )
    return msgspec.structs.replace(record, signature=signer.sign(signed_message(record)))


class Trust(Enum):
    """What a record's signature shows."""

    LISTED = "listed"
    """Signed, by a key on the force's list."""
    UNLISTED = "unlisted"
    """Signed, by a key the force's list does not hold."""
    NO_LIST = "no_list"
    """Signed; the force keeps no list to check the key against."""
    BROKEN = "broken"
    """The signature does not match what the record says."""
    UNSIGNED = "unsigned"
    """Recorded by an older version of IMR Studio, before decisions were signed."""

    @property
    def signed(self) -> bool:
        """The signature matches (whoever's key it is)."""
        return self in (Trust.LISTED, Trust.UNLISTED, Trust.NO_LIST)


def trust_of(record: ReviewRecord, force_list: ForceList) -> Trust:
    """What ``record``'s signature shows, checked against ``force_list``."""
    if not record.signature:
        return Trust.UNSIGNED
    if not signature_matches(record.public_key, record.signature, signed_message(record)):
        return Trust.BROKEN
    if not force_list.exists:
        return Trust.NO_LIST
    return Trust.LISTED if force_list.lookup(record.public_key) else Trust.UNLISTED


def trust_words(record: ReviewRecord, force_list: ForceList) -> str:
    """Who signed ``record``, as the app shows it: "signed by NAME, ROLE (on the force's list)" and the like."""
    trust = trust_of(record, force_list)
    if trust is Trust.LISTED:
        listed = force_list.lookup(record.public_key)
        return f"signed by {listed.name}, {listed.role} (on the force's list)"
    if trust is Trust.UNLISTED:
        return f"signed by a key the force does not list (it gives the name {record.name}, {record.role})"
    if trust is Trust.NO_LIST:
        return f"signed by {record.name}, {record.role} (the force keeps no list of review leads to check it against)"
    if trust is Trust.BROKEN:
        return f"signature does not match (the entry gives the name {record.name or 'nobody'})"
    return f"not signed: recorded by an earlier version of IMR Studio as {record.name or 'nobody'}"


@dataclass(frozen=True)
class Break:
    """Something about the history that only an edit outside IMR Studio could have done."""

    where: str
    """"entry 3 of the review history, the verdict of ...", "the author's response 2, ..."."""
    what: str
    index: int | None = None
    """The entry's place in the history (from 0); None for one of the author's responses."""

    def __str__(self) -> str:
        return f"{self.where[:1].upper()}{self.where[1:]}: {self.what}"


def describe_record(record: ReviewRecord) -> str:
    """A record in a few words: "verdict on CHK-3", "sign-off"."""
    about = f" on {record.item_id}" if record.item_id else ""
    words = {"verdict": "verdict", "comment": "comment", "returned": "return for amendment", "signed_off": "sign-off",
             "submitted": "submission to the review lead", "reply": "reply", "earlier": "earlier note"}
    return words[record.kind] + about


def _signature_problem(record: ReviewRecord, signed_before: bool) -> str:
    """What is wrong with ``record``'s signature ("" when nothing): changed, removed, or missing where it must be.

    Only entries an older version recorded (with neither key nor signature,
    and before any signed entry) may go unsigned.
    """
    if record.signature:
        matches = signature_matches(record.public_key, record.signature, signed_message(record))
        return "" if matches else "its signature no longer matches what it records"
    if record.public_key:
        return "its signature was removed"
    if signed_before:
        return "it is not signed, though every entry since signing began must be"
    return ""


def chain_breaks(history: list[ReviewRecord], responses: list[ReviewRecord]) -> list[Break]:
    """Every broken link and signature in the history and the author's responses, in order."""
    breaks = []
    hashes = {""}
    previous, previous_changed, signed_before = "", False, False
    for number, record in enumerate(history, 1):
        where = f"entry {number} of the review history, the {describe_record(record)} of {when_words(record.at) or 'no time'}"
        problem = _signature_problem(record, signed_before)
        if record.previous != previous and not previous_changed:  # after a changed entry, the link is bound to fail
            breaks.append(Break(where, "it does not follow the entry before it, so an entry before it was changed, "
                                       "removed or moved", number - 1))
        if problem:
            breaks.append(Break(where, problem, number - 1))
        previous, previous_changed = record_hash(record), bool(problem)
        signed_before = signed_before or bool(record.signature)
        hashes.add(previous)
    for number, record in enumerate(responses, 1):
        where = f"the author's response {number}, the {describe_record(record)} of {when_words(record.at) or 'no time'}"
        if record.previous not in hashes:
            breaks.append(Break(where, "it answers a history entry that is no longer there"))
        problem = _signature_problem(record, signed_before=True)  # responses are always signed
        if problem:
            breaks.append(Break(where, problem))
    return breaks
