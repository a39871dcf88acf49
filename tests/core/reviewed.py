"""The fictional sample taken through a whole review: returned once, answered, sent back, signed off.

Made with fixed keys (Ed25519 signs deterministically), so the file is the
same in every run: property-based tests can replay their cases.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from imr_studio.checks.checklist import checklist
from imr_studio.checks.review import record_decision, record_response, record_verdict
from imr_studio.model import DocumentEditor
from imr_studio.model.content import note_writer
from imr_studio.model.document import Document
from imr_studio.paths import sample_project
from imr_studio.signoff.keys import Signer
from imr_studio.storage import load_project

AT = "2024-12-06T10:30:00+00:00"
LEAD = Signer("Owen Pryde", "Detective Chief Inspector", "opryde", Ed25519PrivateKey.from_private_bytes(b"L" * 32))
AUTHOR = Signer("Sam Okafor", "Detective Sergeant", "sauthor", Ed25519PrivateKey.from_private_bytes(b"A" * 32))


def reviewed_sample() -> Document:
    """The sample, written by ``sauthor``, returned by the lead, answered, sent back and signed off."""
    document = load_project(sample_project())
    note_writer(document, AUTHOR.account, AT)
    editor = DocumentEditor(document)
    record_verdict(editor, LEAD, "MET-1", "not_content", "Name the systems.", at=AT)
    record_decision(editor, LEAD, "returned", "One point.", at=AT)
    record_response(editor, AUTHOR, "reply", "MET-1", "Addressed: named.", at=AT)
    record_response(editor, AUTHOR, "submitted", at=AT)
    for item in checklist():
        record_verdict(editor, LEAD, item.id, "content", "Checked.", at=AT)
    record_decision(editor, LEAD, "signed_off", "Ready.", at=AT)
    return document
