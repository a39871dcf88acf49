"""Every edit made to a reviewed project file outside IMR Studio is found, named, and undoes the sign-off.

The file is edited as a person with a text editor would: the JSON itself,
then opened again, by ``verify`` and by the review status every view shows.
"""

from __future__ import annotations

import hashlib
import json
import os

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imr_studio.checks.checklist import checklist
from imr_studio.checks.review import content_fingerprint
from imr_studio.checks.review_status import Stage, review_status
from imr_studio.cli import main
from imr_studio.commands.verify import findings
from imr_studio.signoff.force_list import NO_LIST
from imr_studio.storage import dumps, loads
from tests.core.reviewed import reviewed_sample

AT = "2024-12-06T10:30:00+00:00"


@pytest.fixture(scope="module")
def signed_off_bytes() -> bytes:
    """The sample, reviewed, returned once, answered and signed off, as the bytes of its file."""
    document = reviewed_sample()
    assert review_status(document, NO_LIST).signed_off
    return dumps(document)


def _edited(data: bytes, edit) -> bytes:
    raw = json.loads(data)
    edit(raw)
    return json.dumps(raw, indent=2, ensure_ascii=False).encode("utf-8")


def _fingerprint_like_the_docs_say(raw: dict, item_id: str) -> str:
    document = msgspec.convert(raw, type=type(loads(json.dumps(raw).encode())))
    return content_fingerprint(document, next(i for i in checklist() if i.id == item_id))


HAND_EDITS = {
    "rename the signer": lambda raw: raw["quality"]["history"][-1].update(name="Somebody Senior"),
    "change a verdict": lambda raw: raw["quality"]["history"][3].update(verdict="not_applicable"),
    "change a comment": lambda raw: raw["quality"]["history"][5].update(text="Excellent."),
    "change when it was signed": lambda raw: raw["quality"]["history"][-1].update(at="2024-12-01T09:00:00+00:00"),
    "remove an entry": lambda raw: raw["quality"]["history"].pop(4),
    "swap two entries": lambda raw: raw["quality"]["history"].insert(3, raw["quality"]["history"].pop(6)),
    "remove the return": lambda raw: raw["quality"]["history"].pop(1),
    "forge a signature": lambda raw: raw["quality"]["history"][-1].update(signature="A" * 86 + "=="),
    "strip every signature": lambda raw: [entry.update(signature="") for entry in raw["quality"]["history"]],
    "change an author's reply": lambda raw: raw["quality"]["responses"][0].update(text="Done."),
    "change the content": lambda raw: raw["review"].update(review_name="Another review"),
    "change a date": lambda raw: raw["review"]["key_dates"].update(imr_completed="2024-11-01"),
    "change the texts kept with the sign-off": lambda raw: raw["quality"]["decided_texts"][0].update(text="Other."),
    "make oneself not a writer": lambda raw: raw["quality"].update(writers=[]) or raw["review"].update(agency="X"),
}


@pytest.mark.parametrize("edit", HAND_EDITS.values(), ids=HAND_EDITS.keys())
def test_every_hand_edit_is_found_on_open_and_by_verify(signed_off_bytes, edit, tmp_path, capsys):
    document = loads(_edited(signed_off_bytes, edit))
    status = review_status(document, NO_LIST)
    assert status.stage is Stage.NO_LONGER_STANDS, status.sentence
    assert findings(document)
    path = tmp_path / "edited.imr"
    path.write_bytes(_edited(signed_off_bytes, edit))
    assert main(["verify", str(path)]) == 1
    assert capsys.readouterr().out.strip()


def test_editing_text_and_recomputing_the_documented_fingerprint_is_found(signed_off_bytes):
    def edit(raw):
        raw["review"]["review_name"] = "Another review"
        for entry in raw["quality"]["history"]:
            if entry["kind"] == "verdict":
                entry["content_hash"] = _fingerprint_like_the_docs_say(raw, entry["item_id"])
        sign_off = raw["quality"]["history"][-1]
        content = json.loads(json.dumps(raw))
        content["quality"] = {"dismissals": raw["quality"].get("dismissals", [])}
        sign_off["content_hash"] = hashlib.sha256(json.dumps(content).encode()).hexdigest()

    document = loads(_edited(signed_off_bytes, edit))
    assert review_status(document, NO_LIST).stage is Stage.NO_LONGER_STANDS
    assert any("signature no longer matches" in line for line in findings(document))


def test_an_untouched_file_verifies(signed_off_bytes, tmp_path, capsys):
    path = tmp_path / "signed.imr"
    path.write_bytes(signed_off_bytes)
    assert main(["verify", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Intact: ")
    assert main(["verify", str(tmp_path / "missing.imr")]) == 2


KIND_VALUES = {"kind": ["verdict", "comment", "returned", "signed_off", "submitted", "reply", "earlier"],
               "verdict": ["", "content", "not_content", "not_applicable", "not_reviewed"]}


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # the file is a fixture: shown whole
@settings(max_examples=max(150, int(os.environ.get("IMR_STUDIO_FUZZ_EXAMPLES", "0")) // 10), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.integers(min_value=0), field_number=st.integers(min_value=0), text=st.text(max_size=30))
def test_any_change_to_any_field_of_any_signed_entry_is_found(signed_off_bytes, which, field_number, text):
    raw = json.loads(signed_off_bytes)
    entries = raw["quality"]["history"] + raw["quality"]["responses"]
    entry = entries[which % len(entries)]
    field = sorted(entry)[field_number % len(entry)]
    old = entry[field]
    if field in KIND_VALUES:
        others = [value for value in KIND_VALUES[field] if value != old]
        new = others[len(text) % len(others)]
    else:
        new = text if text != old else old + "x"
    entry[field] = new
    document = loads(json.dumps(raw).encode("utf-8"))
    assert findings(document), f"changing {field} from {old!r} to {new!r} went unnoticed"
    assert review_status(document, NO_LIST).stage is Stage.NO_LONGER_STANDS
