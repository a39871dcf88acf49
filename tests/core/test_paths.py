"""Where IMR Studio keeps the user's files: platformdirs' folders, or all under one override."""

from __future__ import annotations

from pathlib import Path

from imr_studio import paths


def test_the_profile_override_holds_every_user_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(paths.PROFILE_VARIABLE, str(tmp_path / "profile"))
    assert paths.config_dir() == tmp_path / "profile" / "config"
    assert paths.state_dir() == tmp_path / "profile" / "state"
    assert paths.config_dir().is_dir() and paths.state_dir().is_dir()


def test_without_the_override_the_folders_are_the_platforms_own(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(paths.PROFILE_VARIABLE)
    monkeypatch.setattr(paths.platformdirs, "user_config_dir", lambda *args, **kwargs: str(tmp_path / "platform-config"))
    assert paths.config_dir() == tmp_path / "platform-config"


def test_the_test_session_never_uses_a_real_profile() -> None:
    assert Path(paths.config_dir()).is_relative_to(Path(__import__("os").environ[paths.PROFILE_VARIABLE]))
