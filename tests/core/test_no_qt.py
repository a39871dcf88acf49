"""The core -- everything but ``imr_studio.gui`` -- never loads Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import imr_studio


def _core_modules() -> list[str]:
    """Every module of the package outside the GUI, including ones added later."""
    return sorted(
        info.name
        for info in pkgutil.walk_packages(imr_studio.__path__, "imr_studio.")
        if not info.name.startswith("imr_studio.gui") and info.name != "imr_studio.__main__"
    )


def test_the_core_modules_are_found() -> None:
    modules = _core_modules()
    for expected in ("imr_studio.model", "imr_studio.storage", "imr_studio.cli", "imr_studio.model.editor"):
        assert expected in modules


def test_importing_and_using_the_core_does_not_load_pyside6(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import importlib, sys
        for name in {_core_modules()!r}:
            importlib.import_module(name)
        from imr_studio.cli import main
        assert main(["new", {str(tmp_path / "p.imr")!r}]) == 0
        assert main(["info", "--format", "json", {str(tmp_path / "p.imr")!r}]) == 0
        assert main(["schema"]) == 0
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print("QT:", loaded)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "QT: []"
