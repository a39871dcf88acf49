"""The IMR's content as one fingerprint, and who wrote it.

The content is everything the author writes: the whole document but its
review history and the bookkeeping of who saved it (the review lead's
records are signed on their own; see :mod:`imr_studio.signoff.chain`). A
sign-off rests on this fingerprint, and a save that changes it records the
computer account that saved as one of the IMR's writers, who then cannot
sign it off.
"""

from __future__ import annotations

import hashlib

import msgspec

from .canonical import canonical_bytes
from .document import Document, QualityAssurance, Writer


def content_digest(document: Document) -> str:
    """A SHA-256 fingerprint of everything the author wrote (the author's dismissals of findings included), in
    its canonical form (see :mod:`.canonical`)."""
    content = msgspec.structs.replace(
        document, format_version=0, quality=QualityAssurance(dismissals=document.quality.dismissals)
    )
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def note_writer(document: Document, account: str, at: str, *, wrote: bool = False) -> bool:
    """Before a save by ``account``: when the content changed since the last save (or ``wrote``: the account
    answered the review as the author), record ``account`` as a writer.

    Returns True when something was recorded. A review lead whose saves only
    add verdicts and decisions never becomes a writer.
    """
    digest = content_digest(document)
    quality = document.quality
    if digest == quality.content_at_save and not wrote:
        return False
    quality.content_at_save = digest
    others = [w for w in quality.writers if w.account != account]
    quality.writers = others + [Writer(account=account, at=at)]
    return True


def writer_accounts(document: Document) -> set[str]:
    """The accounts that saved a change to the content (case-insensitively, as Windows compares them)."""
    return {w.account.casefold() for w in document.quality.writers}
