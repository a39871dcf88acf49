"""The ``check`` and ``lint`` commands: output formats and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imr_studio.cli import main
from imr_studio.paths import sample_project
from imr_studio.storage import save_project
from imr_studio.model.document import Document


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_lists_all_24_items(capsys) -> None:
    code, out, _ = run(["check", "--format", "json", str(sample_project())], capsys)
    assert code == 1
    items = json.loads(out)["items"]
    assert len(items) == 24
    assert set(items[0]) >= {"id", "group", "question", "status", "findings"}
    lan1 = next(i for i in items if i["id"] == "LAN-1")
    assert lan1["status"] == "partly"
    assert lan1["findings"][0]["path"] == ["contact", "events", "ev-09", "summary"]
    assert lan1["findings"][0]["text"] == "refused to engage"


def test_check_text_and_exit_codes(tmp_path: Path, capsys) -> None:
    code, out, _ = run(["check", str(sample_project())], capsys)
    assert code == 1 and "ANA-1  not met" in out and "refused to engage" in out
    bad = tmp_path / "bad.imr"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(["check", str(bad)], capsys)
    assert code == 2 and out == "" and err.startswith("imr-studio: ") and err.count("\n") == 1


def test_check_exits_0_when_nothing_remains(tmp_path: Path, capsys, monkeypatch) -> None:
    from imr_studio.commands import check

    project = tmp_path / "p.imr"
    save_project(Document(), project)
    monkeypatch.setattr(check, "run_checks", lambda doc: check.Report(items=[]))
    assert run(["check", str(project)], capsys)[0] == 0


def test_lint_json_offsets_index_the_decoded_text(tmp_path: Path, capsys) -> None:
    text = "Überblick: the log says “naïve” things.\nShe refused to engage. The THRIVE model was used.\nA row of houses.\n"
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(["lint", "--format", "json", str(path)], capsys)
    assert code == 1
    findings = json.loads(out)["findings"]
    assert [(f["rule"], text[f["start"]:f["end"]]) for f in findings] == [
        ("lang.refused-to-engage", "refused to engage"),
        ("acronym.defined-before-use", "THRIVE"),
    ]
    assert set(findings[0]) >= {"rule", "category", "item", "start", "end", "text", "message", "suggestion"}


def test_lint_clean_text_exits_0(tmp_path: Path, capsys) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Officers attended within nine minutes and spoke to her alone.\n", encoding="utf-8")
    code, out, _ = run(["lint", str(path)], capsys)
    assert code == 0 and out.strip() == "0 findings."


@pytest.mark.parametrize("content", [b"\xff\xfe\x00bad", None])
def test_lint_bad_input_exits_2_with_one_line(tmp_path: Path, capsys, content: bytes | None) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(["lint", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and ("UTF-8" in err or "no such file" in err)
