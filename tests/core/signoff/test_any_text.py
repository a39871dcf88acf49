"""Whatever a person types or pastes into a signed record, it still verifies after the file is saved and opened."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import example, given, settings
from hypothesis import strategies as st

from imr_studio.model.document import Document, QualityAssurance
from imr_studio.signoff.chain import chain_breaks, signed_record
from imr_studio.signoff.keys import Signer
from imr_studio.storage import dumps, loads

KEY = Ed25519PrivateKey.from_private_bytes(b"K" * 32)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=60)  # lone surrogates, controls, bidi …


@settings(max_examples=200, deadline=None)
@example(name="A\ud800", role="DCI", comment="pasted \ud800 half, \u202e mark", item="MET-1")
@given(name=ANY_TEXT.filter(str.strip), role=ANY_TEXT.filter(str.strip), comment=ANY_TEXT, item=ANY_TEXT)
def test_a_signed_record_with_any_text_verifies_after_save_and_open(name, role, comment, item) -> None:
    signer = Signer(name=name, role=role, account="acc\u202e", private_key=KEY)
    record = signed_record(signer, "", "2024-12-06T10:30:00+00:00", kind="comment", item_id=item, text=comment)
    reopened = loads(dumps(Document(quality=QualityAssurance(history=[record]))))
    assert chain_breaks(reopened.quality.history, []) == []


def test_a_verdict_on_text_with_a_broken_character_stays_fresh_and_signed_after_save_and_open(tmp_path) -> None:
    from imr_studio.checks.review import item_reviews, record_verdict
    from imr_studio.model import DocumentEditor
    from imr_studio.model.content import content_digest
    from imr_studio.model.narrative import Paragraph
    from imr_studio.signoff.force_list import NO_LIST
    from imr_studio.storage import load_project, save_project

    document = Document()
    document.methodology.narrative = [Paragraph(text="Pasted from the log: half \ud800 of a character.")]
    editor = DocumentEditor(document)
    record_verdict(editor, Signer("Owen Pryde", "DCI", "opryde", KEY), "MET-1", "content", "Fine \udc00.")
    save_project(document, tmp_path / "broken.imr")  # saving used to fail on the content's fingerprint
    reopened = load_project(tmp_path / "broken.imr")
    assert content_digest(reopened) == content_digest(document)
    met = next(r for r in item_reviews(reopened, NO_LIST) if r.item.id == "MET-1")
    assert met.trust is not None and met.trust.signed and not met.stale
