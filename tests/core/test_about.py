"""What IMR Studio says about itself: version, build, folders, and a licence for every component it ships."""

from __future__ import annotations

from imr_studio import __version__, about
from imr_studio.cli import main


def test_about_names_the_version_build_folders_and_every_licence() -> None:
    text = about.about_text()
    assert text.startswith(f"IMR Studio {__version__}\nBuild: Python package")
    for what, where in about.folders():
        assert f"{what}: {where}" in text
    names = [name for name, _, _ in about.components()]
    assert "Qt for Python (PySide6) and Qt" in names and "LGPL-3.0" in text
    assert all(licence and version != "not found" for _, version, licence in about.components())


def test_version_prints_it_all_and_exits_zero(capsys) -> None:
    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == about.about_text()
