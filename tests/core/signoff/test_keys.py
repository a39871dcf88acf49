"""Signing keys: made on first use, readable only by their owner, bound to name, role and account."""

from __future__ import annotations

import json
import os
import stat

import pytest

from imr_studio.signoff.force_list import ForceListError, current_force_list, list_path, load_force_list
from imr_studio.signoff.keys import SigningKeyError, key_path, load_signer, signature_matches, signer_for


def test_a_key_is_made_on_first_use_and_the_same_key_comes_back(person):
    person("arowe")
    assert load_signer() is None
    with pytest.raises(SigningKeyError, match="give your name and role"):
        signer_for()
    made = signer_for("Alex  Rowe", "Detective Superintendent")
    assert (made.name, made.role, made.account) == ("Alex Rowe", "Detective Superintendent", "arowe")
    again = signer_for()
    assert again.public_key == made.public_key
    assert signature_matches(made.public_key, again.sign(b"message"), b"message")
    assert not signature_matches(made.public_key, again.sign(b"message"), b"other message")


@pytest.mark.skipif(os.name == "nt", reason="Windows keeps a profile private by its folder's access list")
def test_only_its_owner_can_read_the_key_file(person):
    person("arowe")
    signer_for("Alex Rowe", "Detective Superintendent")
    assert stat.S_IMODE(key_path().stat().st_mode) == 0o600


def test_a_key_is_bound_to_its_name_role_and_account(person, monkeypatch):
    person("arowe")
    signer_for("Alex Rowe", "Detective Superintendent")
    with pytest.raises(SigningKeyError, match="bound to the name “Alex Rowe”"):
        signer_for("Someone Else", "Detective Superintendent")
    profile = os.environ["IMR_STUDIO_PROFILE"]
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "another")
    monkeypatch.setenv("IMR_STUDIO_PROFILE", profile)  # the profile copied to another account
    with pytest.raises(SigningKeyError, match="made for the account “arowe”"):
        load_signer()


def test_a_damaged_key_file_says_so_and_is_not_replaced(person):
    person("arowe")
    key_path().parent.mkdir(parents=True, exist_ok=True)
    key_path().write_text('{"name": "Alex"}', encoding="utf-8")
    with pytest.raises(SigningKeyError, match="damaged"):
        signer_for("Alex Rowe", "Detective Superintendent")
    assert key_path().read_text(encoding="utf-8") == '{"name": "Alex"}'


def test_the_force_list_is_read_and_a_damaged_one_lists_nobody(tmp_path, monkeypatch):
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(tmp_path))
    assert current_force_list().exists is False
    list_path().write_text(json.dumps({"reviewers": [{"name": "A", "role": "B", "public_key": "K"}]}), encoding="utf-8")
    assert load_force_list().lookup("K").role == "B"
    list_path().write_text('{"reviewers": [{"name": "A"}]}', encoding="utf-8")
    with pytest.raises(ForceListError, match="Entry 1"):
        load_force_list()
    broken = current_force_list()
    assert broken.exists and broken.problem and broken.lookup("K") is None
