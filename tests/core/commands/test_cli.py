"""The ``imr-studio`` command line, in process and as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import msgspec
import pytest

from imr_studio import cli, paths
from imr_studio.model.document import (
    ActionRow,
    AnalysisEntry,
    ContactOverview,
    Document,
    Event,
    LearningPoint,
    QualityAssurance,
    Recommendation,
    ReviewDetails,
    Subject,
)
from imr_studio.storage import load_project, save_project
from imr_studio.storage.session import user_name


@pytest.fixture
def project(tmp_path: Path) -> Path:
    document = Document(
        review=ReviewDetails(
            reference="DHR-2024-07",
            protective_marking="OFFICIAL",
            subjects=[
                Subject(id="sub-1", role="victim", real_name="Alice Example", aliases=["Ally"], pseudonym="Jo"),
                Subject(id="sub-2", role="suspect", real_name="Bob Example", pseudonym="Sam"),
            ],
        ),
        contact=ContactOverview(
            events=[Event(id="ev-1", significant=True), Event(id="ev-2"), Event(id="ev-3", significant=True)]
        ),
        analysis=[AnalysisEntry(id="an-1", event_ids=["ev-1"])],
        learning=[LearningPoint(id="lp-1"), LearningPoint(id="lp-2")],
        recommendations=[
            Recommendation(id="rec-1", actions=[ActionRow(id="act-1"), ActionRow(id="act-2")]),
            Recommendation(id="rec-2", actions=[ActionRow(id="act-3")]),
        ],
    )
    path = tmp_path / "review.imr"
    save_project(document, path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str) -> str:
    assert err.startswith("imr-studio: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


# --- new -----------------------------------------------------------------------------


def test_new_writes_an_empty_project(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new.imr"
    assert _run(capsys, "new", str(path)) == (0, "", "")
    created = load_project(path)
    assert _written(created) == Document()
    assert [w.account for w in created.quality.writers] == [user_name()]  # who made it is its first writer


def _written(document: Document) -> Document:
    """``document`` without the record of who saved it."""
    return msgspec.structs.replace(document, quality=QualityAssurance())


def test_new_records_the_review_type_and_kind_of_death_and_info_and_check_show_them(tmp_path: Path, capsys) -> None:
    path = tmp_path / "suicide.imr"
    assert _run(capsys, "new", "--review-type", "dardr", "--death", "suicide", str(path)) == (0, "", "")
    review = load_project(path).review
    assert (review.review_type, review.death_type) == ("dardr", "suicide")
    code, out, _ = _run(capsys, "info", str(path))
    assert "Review type:         Domestic abuse related death review" in out and "Kind of death:       Suicide" in out
    code, out, _ = _run(capsys, "check", str(path))
    assert "no term of reference asks about the risk of suicide" in out
    code, _, err = _run(capsys, "new", "--death", "drowning", str(tmp_path / "x.imr"))
    assert code == 2 and "invalid choice" in err and not (tmp_path / "x.imr").exists()


def test_new_refuses_to_overwrite_without_force(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new.imr"
    path.write_bytes(b"precious")
    code, out, err = _run(capsys, "new", str(path))
    assert code == 2 and out == ""
    assert "already exists (use --force to replace it" in _one_line_error(err)
    assert path.read_bytes() == b"precious"
    assert _run(capsys, "new", "--force", str(path)) == (0, "", "")
    assert _written(load_project(path)) == Document()
    assert (tmp_path / "new.imr.bak").read_bytes() == b"precious"


def test_new_sample_copies_the_built_in_sample(tmp_path: Path, capsys) -> None:
    if not paths.sample_project().is_file():
        pytest.skip("the sample project has not been written yet (another engineer's work)")
    path = tmp_path / "sample.imr"
    assert _run(capsys, "new", "--sample", str(path)) == (0, "", "")
    assert _written(load_project(path)) == _written(load_project(paths.sample_project()))


# --- schema ----------------------------------------------------------------------------


def test_schema_prints_the_json_schema_of_a_document(capsys) -> None:
    code, out, err = _run(capsys, "schema")
    assert (code, err) == (0, "")
    assert json.loads(out) == json.loads(msgspec.json.encode(msgspec.json.schema(Document)))
    assert out.startswith('{\n  "$ref"')


# --- info --------------------------------------------------------------------------------


def test_info_text(project: Path, capsys) -> None:
    code, out, err = _run(capsys, "info", str(project))
    assert (code, err) == (0, "")
    assert "Review reference:    DHR-2024-07" in out
    assert "Protective marking:  OFFICIAL\n" in out
    assert "  [x] Review details\n  [ ] Characteristics\n" in out
    assert "  [x] Overview of police contact\n" in out
    assert "Events:              3 (2 significant)" in out
    assert "Analysis entries:    1" in out
    assert "Learning points:     2" in out
    assert "Recommendations:     2 (3 action rows)" in out


def test_info_json(project: Path, capsys) -> None:
    code, out, err = _run(capsys, "info", "--format", "json", str(project))
    assert (code, err) == (0, "")
    info = json.loads(out)
    assert info["reference"] == "DHR-2024-07"
    assert info["protective_marking"] == "OFFICIAL"
    assert info["counts"] == {
        "events": 3,
        "significant_events": 2,
        "analysis_entries": 1,
        "learning_points": 2,
        "recommendations": 2,
        "action_rows": 3,
    }
    assert info["subjects"] == [
        {"id": "sub-1", "role": "victim", "real_name": "Alice Example", "aliases": ["Ally"], "pseudonym": "Jo"},
        {"id": "sub-2", "role": "suspect", "real_name": "Bob Example", "aliases": [], "pseudonym": "Sam"},
    ]
    filled = {s["section"]: s["filled"] for s in info["sections"]}
    assert filled == {
        "review": True,
        "characteristics": False,
        "methodology": False,
        "context": False,
        "contact": True,
        "analysis": True,
        "learning": True,
        "conclusions": False,
        "recommendations": True,
        "dissemination": False,
        "quality": False,
        "imported": False,
    }


def test_info_on_a_bad_file_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bad.imr"
    path.write_bytes(b"{}")
    code, out, err = _run(capsys, "info", str(path))
    assert (code, out) == (2, "")
    assert _one_line_error(err) == f"imr-studio: Could not open “{path}”: the file holds JSON data, but not an IMR Studio project (it has no format_version).\n"


def test_info_on_a_missing_file(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "info", str(tmp_path / "gone.imr"))
    assert code == 2
    assert "there is no such file" in _one_line_error(err)


@pytest.mark.parametrize(
    "argv",
    [["info"], ["info", "x.imr", "--format", "xml"], ["new"], ["--bogus"], ["schema", "extra"], ["--sample", "x.imr"]],
)
def test_usage_errors_exit_2(capsys, argv: list[str]) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert "usage: imr-studio" in err and "error:" in err


def test_help_exits_0(capsys) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0 and "new, schema, info" in out


# --- opening the application ---------------------------------------------------------------


@pytest.fixture
def gui_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path | None, bool]]:
    """Stand in for ``imr_studio.gui.app`` and record how it is asked to run."""
    calls: list[tuple[Path | None, bool]] = []
    app = types.ModuleType("imr_studio.gui.app")

    def run(path: Path | None, sample: bool) -> int:
        calls.append((path, sample))
        return 7

    app.run = run
    monkeypatch.setitem(sys.modules, "imr_studio.gui.app", app)
    return calls


@pytest.mark.parametrize(
    ("argv", "expected"),
    [([], (None, False)), (["review.imr"], (Path("review.imr"), False)), (["--sample"], (None, True))],
)
def test_no_command_opens_the_application(gui_runs, argv: list[str], expected) -> None:
    assert cli.main(argv) == 7
    assert gui_runs == [expected]


def test_the_windowed_entry_point_treats_every_argument_as_a_file(gui_runs) -> None:
    assert cli.gui_main(["info"]) == 7
    assert gui_runs == [(Path("info"), False)]


# --- as a real process ----------------------------------------------------------------------


def _process(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "imr_studio", *argv], cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=60
    )


def test_python_m_imr_studio(tmp_path: Path) -> None:
    created = _process("new", "made.imr", cwd=tmp_path)
    assert (created.returncode, created.stdout, created.stderr) == (0, "", "")
    info = _process("info", "--format", "json", "made.imr", cwd=tmp_path)
    assert info.returncode == 0 and json.loads(info.stdout)["subjects"] == []
    missing = _process("info", "missing.imr", cwd=tmp_path)
    assert (missing.returncode, missing.stdout) == (2, "")
    assert _one_line_error(missing.stderr) == "imr-studio: Could not open “missing.imr”: there is no such file.\n"
    usage = _process("info", cwd=tmp_path)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr


def test_the_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("imr-studio")
    if not script.exists():
        pytest.skip(f"the imr-studio console script is not installed beside {sys.executable}")
    result = subprocess.run([script, "schema"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and json.loads(result.stdout)["$ref"] == "#/$defs/Document"


def test_building_the_command_line_does_not_load_the_word_export_the_importer_or_the_audit() -> None:
    import subprocess
    import sys

    code = ("import sys, imr_studio.commands as c; [c.load(name) for name in c.MODULES]; "
            "print(sorted(m for m in ('docx', 'imr_studio.export.report', 'imr_studio.importer', 'imr_studio.audit') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_command_loads_its_own_module_and_no_other_command(tmp_path) -> None:
    import subprocess
    import sys

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code = ("import sys; from imr_studio.cli import main; code = main(['lint', '--format', 'json', sys.argv[1]]); "
            "print(code, sorted(m for m in sys.modules if m.startswith('imr_studio.commands.')))")
    out = subprocess.run([sys.executable, "-c", code, str(empty)], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "0 ['imr_studio.commands.lint', 'imr_studio.commands.output']"
