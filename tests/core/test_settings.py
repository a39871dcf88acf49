"""The user's settings: kept between sessions, and never a reason not to start."""

from __future__ import annotations

import json

import pytest

from imr_studio.settings import AUTOSAVE_SECONDS, Settings


@pytest.fixture(autouse=True)
def own_profile(tmp_path, monkeypatch) -> None:
    """A settings file of this test's own."""
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profile"))


def test_settings_come_back_as_they_were_saved(tmp_path) -> None:
    project = tmp_path / "review.imr"
    settings = Settings(report_template="force.docx", autosave_seconds=90, layout={"window": "AdnQywAD"})
    settings.add_recent(project)
    settings.last_sections[str(project.resolve())] = "analysis"
    settings.save()
    again = Settings.load()
    assert again == settings


def test_wrong_kinds_of_value_fall_back_to_defaults(tmp_path) -> None:
    Settings.location().write_text(json.dumps({
        "recent_files": ["a.imr", 3], "report_template": 7, "reviewer": "an old setting", "autosave_seconds": -1,
        "layout": {"window": 5, "splitter.main": "AAAA"}, "last_sections": ["not", "a", "map"],
    }), encoding="utf-8")
    loaded = Settings.load()
    assert loaded.recent_files == ["a.imr"]
    assert (loaded.report_template, loaded.autosave_seconds) == ("", AUTOSAVE_SECONDS)
    assert loaded.layout == {"splitter.main": "AAAA"} and loaded.last_sections == {}


def test_a_section_is_remembered_only_for_a_recent_file(tmp_path) -> None:
    Settings.location().write_text(json.dumps({
        "recent_files": ["/work/a.imr"], "last_sections": {"/work/a.imr": "learning", "/elsewhere/b.imr": "methodology"},
    }), encoding="utf-8")
    assert Settings.load().last_sections == {"/work/a.imr": "learning"}


def test_a_damaged_settings_file_is_set_aside_and_defaults_are_used() -> None:
    Settings.location().write_text("{not json", encoding="utf-8")
    assert Settings.load() == Settings()
    assert Settings.location().with_suffix(".damaged.json").read_text(encoding="utf-8") == "{not json"


def _force(tmp_path, monkeypatch, settings: dict) -> None:
    folder = tmp_path / "force"
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(folder))


def test_the_forces_defaults_apply_until_the_user_sets_their_own(tmp_path, monkeypatch) -> None:
    _force(tmp_path, monkeypatch, {"defaults": {"autosave_seconds": 120, "protective_marking": "OFFICIAL"}})
    settings = Settings.load()
    assert (settings.autosave_seconds, settings.origin("autosave_seconds")) == (120, "force")
    assert settings.protective_marking == "OFFICIAL"
    settings.add_recent(tmp_path / "a.imr")
    settings.save()
    assert "autosave_seconds" not in json.loads(Settings.location().read_text(encoding="utf-8"))  # still the force's
    assert settings.set_own("autosave_seconds", 300)
    settings.save()
    again = Settings.load()
    assert (again.autosave_seconds, again.origin("autosave_seconds")) == (300, "you")


def test_a_locked_setting_stays_the_forces_whatever_the_user_does(tmp_path, monkeypatch) -> None:
    _force(tmp_path, monkeypatch, {"defaults": {"report_template": "northshire.docx"}, "locked": ["report_template"]})
    Settings.location().write_text(json.dumps({"report_template": "/mine/other.docx"}), encoding="utf-8")
    settings = Settings.load()
    assert settings.report_template == str(tmp_path / "force" / "northshire.docx")  # read from the force's folder
    assert settings.locked("report_template") and settings.origin("report_template") == "force (locked)"
    assert not settings.set_own("report_template", "/mine/again.docx")
    assert settings.report_template.endswith("northshire.docx")


def test_a_damaged_force_file_is_passed_over(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "force"
    folder.mkdir()
    (folder / "settings.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("IMR_STUDIO_FORCE_FOLDER", str(folder))
    assert Settings.load() == Settings()


def test_imr_studio_config_says_where_each_setting_comes_from(tmp_path, monkeypatch, capsys) -> None:
    from imr_studio.cli import main

    _force(tmp_path, monkeypatch, {"defaults": {"autosave_seconds": 120}, "locked": ["autosave_seconds"]})
    assert main(["config", "--format", "json"]) == 0
    described = json.loads(capsys.readouterr().out)
    autosave = next(entry for entry in described["settings"] if entry["name"] == "autosave_seconds")
    assert autosave == {"name": "autosave_seconds", "value": 120, "from": "force (locked)", "locked": True}
    assert described["folders"]["force"] == str(tmp_path / "force")
    assert described["force_files"]["review leads' keys"] == {"path": str(tmp_path / "force" / "reviewers.json"),
                                                            "present": False}
    (tmp_path / "force" / "reviewers.json").write_text('{"reviewers": []}', encoding="utf-8")
    assert main(["config"]) == 0
    text = capsys.readouterr().out
    assert "reviewers.json (in use)" in text and "earlier_recommendations.json (none kept)" in text
