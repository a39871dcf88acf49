"""Auditing a folder of IMRs: every .imr and Word IMR checked, one unreadable file skipped and named, and the
results as Word (with a chart by checklist group), CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from imr_studio.audit import audit_folder
from imr_studio.cli import main
from imr_studio.export import export_report
from imr_studio.export.audit_report import FILLS, audit_csv, audit_docx, audit_json
from imr_studio.paths import sample_project

WELL_WRITTEN = Path(__file__).parent / "checks" / "corpus" / "well_written.imr"


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory, monkeypatch) -> None:
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path_factory.mktemp("profile")))


@pytest.fixture
def folder(tmp_path, sample) -> Path:
    shutil.copy(sample_project(), tmp_path / "a-sample.imr")
    shutil.copy(WELL_WRITTEN, tmp_path / "b-well-written.imr")
    export_report(sample, tmp_path / "c-report.docx")
    (tmp_path / "d-broken.imr").write_text("{ not json", encoding="utf-8")
    (tmp_path / "e-notes.txt").write_text("not an IMR", encoding="utf-8")
    (tmp_path / "~$c-report.docx").write_bytes(b"Word's lock file")
    return tmp_path


def test_every_imr_is_audited_and_an_unreadable_one_is_named_and_skipped(folder):
    seen = []
    audit = audit_folder(folder, lambda done, total, name: seen.append((done, total)), workers=1)
    assert [imr.name for imr in audit.imrs] == ["a-sample.imr", "b-well-written.imr", "c-report.docx"]
    assert [imr.name for imr in audit.skipped] == ["d-broken.imr"] and "not valid JSON" in audit.skipped[0].problem
    assert seen[-1] == (4, 4)
    sample, well, report = audit.imrs
    assert sample.statuses["ANA-1"] == "not_met" and well.statuses["ANA-1"] == "met"
    assert report.statuses["ANA-1"] == "not_met"  # the Word copy of the sample fails where the sample does
    assert sample.main_findings[0].startswith("ANA-1:")
    assert audit.share_met("ANA-1") == pytest.approx(1 / 3)
    assert audit.most_frequent("language")[0] == ("refused to engage", 2)
    assert sum(audit.by_group()["Characteristics"].values()) == 3 * 4


def test_the_audit_is_the_same_shared_between_processes(folder):
    for n in range(4):
        shutil.copy(WELL_WRITTEN, folder / f"w{n}.imr")
    alone, shared = audit_folder(folder, workers=1), audit_folder(folder, workers=2)
    assert [(i.name, i.statuses) for i in alone.imrs] == [(i.name, i.statuses) for i in shared.imrs]


def test_the_word_audit_has_a_chart_by_group_the_shares_and_every_imr(folder, tmp_path):
    audit = audit_folder(folder, workers=1)
    document = docx.Document(io.BytesIO(audit_docx(audit)))
    chart = document.tables[0]
    assert [row.cells[0].text for row in chart.rows][:2] == ["Characteristics", "Language"]
    fills = [shd.get(qn("w:fill")) for shd in chart._tbl.iter(qn("w:shd"))]
    assert set(FILLS.values()) <= set(fills)
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "a-sample.imr" in text and "d-broken.imr" in text and "33%" in text
    header = "".join(p.text for s in document.sections for p in s.header.paragraphs)
    assert "CHECKLIST AUDIT" in header and "NOT FOR PUBLICATION: contains real names" not in header


def test_csv_and_json_hold_every_imr_and_are_safe_in_a_spreadsheet(folder):
    audit = audit_folder(folder, workers=1)
    rows = list(csv.reader(io.StringIO(audit_csv(audit).decode("utf-8-sig"))))
    assert rows[0][:2] == ["File", "CHR-1"] and len(rows) == 1 + 4
    assert rows[1][rows[0].index("ANA-1")] == "Not met"
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    data = json.loads(audit_json(audit))
    assert [i["file"] for i in data["imrs"]] == ["a-sample.imr", "b-well-written.imr", "c-report.docx"]
    assert data["skipped"][0]["file"] == "d-broken.imr" and data["share_met"]["LAN-3"] == 0


def test_the_command_shows_progress_and_writes_each_kind(folder, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    for suffix in (".docx", ".csv", ".json"):
        assert main(["audit", str(folder), "-o", str(out / f"audit{suffix}")]) == 0
        captured = capsys.readouterr()
        assert "Audited 4 of 4" in captured.err and "skipped d-broken.imr" in captured.err
        assert "3 IMRs audited, 1 skipped" in captured.out and (out / f"audit{suffix}").stat().st_size > 0
    assert main(["audit", str(folder), "-o", str(out / "audit.pdf")]) == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["audit", str(empty)]) == 2 and "no IMR" in capsys.readouterr().err
