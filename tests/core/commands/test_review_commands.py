"""``imr-studio review``, ``verify`` and ``key``: a scripted review by two people, each with their own profile."""

from __future__ import annotations

import json

from imr_studio.checks.checklist import checklist
from imr_studio.cli import main
from imr_studio.storage import load_project, save_project


def _out(capsys) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_a_review_by_command_with_two_people(sample, tmp_path, person, capsys, monkeypatch):
    path = tmp_path / "imr.imr"
    person("sokafor")  # the author
    save_project(sample, path)
    assert main(["review", str(path), "--submit", "--reviewer", "Sam Okafor", "--role", "Detective Sergeant"]) == 0
    assert "With the review lead." in _out(capsys)[0]

    person("opryde")  # the review lead, in their own profile
    assert main(["review", str(path), "--item", "MET-1", "--verdict", "content"]) == 1
    assert "no signing key yet" in _out(capsys)[1]
    assert main(["review", str(path), "--item", "MET-1", "--verdict", "not-content", "--comment",
                 "Name the systems searched.", "--reviewer", "Owen Pryde", "--role", "Detective Chief Inspector"]) == 0
    assert main(["review", str(path), "--return", "--note", "One point to address."]) == 0
    assert "Returned for amendment by Owen Pryde" in _out(capsys)[0]

    person("sokafor")
    assert main(["review", str(path), "--reply", "MET-1", "--note", "Addressed: named in paragraph 2."]) == 0
    _out(capsys)
    person("opryde")
    for item in checklist():
        code = main(["review", str(path), "--item", item.id, "--verdict", "content", "--comment", "Checked."])
        assert code == 0, _out(capsys)[1]
    _out(capsys)

    person("sokafor")
    assert main(["review", str(path), "--sign-off"]) == 1
    assert "cannot also sign it off" in _out(capsys)[1]
    person("opryde")
    assert main(["review", str(path), "--sign-off", "--note", "Ready for the panel."]) == 0
    _out(capsys)
    assert main(["review", str(path)]) == 0
    out = _out(capsys)[0]
    assert "Reply from Sam Okafor" in out and "Signed off by Owen Pryde" in out
    assert main(["verify", str(path)]) == 0
    _out(capsys)

    assert main(["check", "--format", "json", str(path)]) in (0, 1)
    report = json.loads(_out(capsys)[0])
    met = next(item for item in report["items"] if item["id"] == "MET-1")
    assert met["review"]["verdict"] == "content" and met["review"]["reviewer"] == "Owen Pryde"
    assert met["review"]["signature"] == "no_list" and met["review"]["stale"] is False
    assert report["review_status"]["stage"] == "signed_off"

    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["quality"]["history"][-1]["name"] = "Chief Constable"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["review", str(path), "--format", "json"]) == 1
    assert json.loads(_out(capsys)[0])["status"]["stage"] == "no_longer_stands"
    assert main(["verify", str(path)]) == 1
    assert "signature no longer matches" in _out(capsys)[0]


def test_the_key_command_prints_the_force_list_entry_and_a_listed_key_shows_as_listed(
        sample, tmp_path, person, capsys, monkeypatch):
    person("opryde")
    assert main(["key"]) == 1
    assert main(["key", "--reviewer", "Owen Pryde", "--role", "Detective Chief Inspector"]) == 0
    entry = json.loads(_out(capsys)[0])
    assert set(entry) == {"name", "role", "account", "public_key"}
    force = tmp_path / "force"
    force.mkdir()
    (force / "reviewers.json").write_text(json.dumps({"reviewers": [entry]}), encoding="utf-8")
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(force))
    path = tmp_path / "imr.imr"
    save_project(sample, path)
    assert main(["review", str(path), "--item", "MET-1", "--verdict", "not-applicable", "--comment", "n/a"]) == 0
    _out(capsys)
    main(["review", str(path), "--format", "json"])
    met = next(i for i in json.loads(_out(capsys)[0])["items"] if i["id"] == "MET-1")
    assert met["signature"] == "listed"
    assert met["signed_by"] == "signed by Owen Pryde, Detective Chief Inspector (on the force's list)"
    assert [w.account for w in load_project(path).quality.writers] == ["opryde"]  # they saved it first: a writer
    assert main(["review", str(path), "--sign-off"]) == 1
    assert "cannot also sign it off" in _out(capsys)[1]
