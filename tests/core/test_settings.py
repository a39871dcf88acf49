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
    settings = Settings(reviewer="DCI Example", autosave_seconds=90, layout={"window": "AdnQywAD"})
    settings.add_recent(project)
    settings.last_sections[str(project.resolve())] = "analysis"
    settings.save()
    again = Settings.load()
    assert again == settings


def test_wrong_kinds_of_value_fall_back_to_defaults(tmp_path) -> None:
    Settings.location().write_text(json.dumps({
        "recent_files": ["a.imr", 3], "reviewer": 7, "autosave_seconds": -1,
        "layout": {"window": 5, "splitter.main": "AAAA"}, "last_sections": ["not", "a", "map"],
    }), encoding="utf-8")
    loaded = Settings.load()
    assert loaded.recent_files == ["a.imr"]
    assert (loaded.reviewer, loaded.autosave_seconds) == ("", AUTOSAVE_SECONDS)
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
