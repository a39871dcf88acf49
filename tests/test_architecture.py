"""The package's layout holds: imports go one way between the GUI's rooms, and no module imports itself round a circle.

The rooms of ``imr_studio.gui``, from the top down (see ``docs/ARCHITECTURE.md``):
``app`` starts the window; ``window`` (the main window, its actions and menus)
may use pages; ``pages`` may use widgets; ``widgets`` may use dialogs; and
``bridge`` (the document's Qt face) uses none of them. The core never imports
the GUI, except the two commands that start it, lazily.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "imr_studio"
GUI_RANKS = {"bridge": 0, "dialogs": 1, "widgets": 2, "pages": 3, "window": 4, "app": 5}
CORE_MAY_START_THE_GUI = {"imr_studio.cli", "imr_studio.commands.shots"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in PACKAGE.rglob("*.py")}


MODULES = _modules()


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> list[str]:
    """The project modules an ``import from`` names: the module itself, or the submodules it imports by name."""
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    named = [f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES]
    return named or ([target] if target in MODULES else [])


def imports_of(module: str) -> set[str]:
    """Every project module that ``module`` imports, anywhere in it (type-checking imports included)."""
    path = MODULES[module]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.update(_resolve(module, path.name == "__init__.py", node))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in MODULES)
    found.discard(module)
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def _room(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] != ["imr_studio", "gui"] or len(parts) < 3:
        return None
    return parts[2]


def test_every_gui_module_sits_in_a_known_room() -> None:
    strays = sorted(m for m in MODULES if _room(m) is not None and _room(m) not in GUI_RANKS)
    assert not strays, f"GUI modules outside the rooms {sorted(GUI_RANKS)}: {strays}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _room(m) is not None))
def test_gui_imports_go_down_the_rooms(module: str) -> None:
    rank = GUI_RANKS[_room(module)]
    upward = sorted(t for t in GRAPH[module] if _room(t) is not None and GUI_RANKS[_room(t)] > rank)
    assert not upward, f"{module} ({_room(module)}) imports from a room above it: {upward}"


def test_the_core_never_imports_the_gui() -> None:
    offenders = {
        module: sorted(t for t in targets if _room(t) is not None)
        for module, targets in GRAPH.items()
        if _room(module) is None and module != "imr_studio.gui" and module not in CORE_MAY_START_THE_GUI
    }
    assert not {m: t for m, t in offenders.items() if t}


def _cycles() -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan's algorithm), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return groups


def _is_package_reexport(a: str, b: str) -> bool:
    """A package's ``__init__`` importing its own submodule, which imports a sibling through the package."""
    return b.startswith(a + ".") or a.startswith(b + ".")


def test_no_import_circles() -> None:
    circles = [group for group in _cycles() if not all(_is_package_reexport(group[0], m) for m in group[1:])]
    assert not circles, f"modules that import each other round a circle: {circles}"


def test_the_check_finds_a_circle_when_there_is_one(monkeypatch) -> None:
    monkeypatch.setitem(GRAPH, "imr_studio.gui.bridge", GRAPH["imr_studio.gui.bridge"] | {"imr_studio.gui.window.main_window"})
    assert any("imr_studio.gui.bridge" in group for group in _cycles())


def test_the_export_package_lists_each_public_name_once_and_loads_it_on_use() -> None:
    from imr_studio import export

    assert sorted(export.__all__) == sorted(export._HOMES)
    for name in export.__all__:
        assert getattr(export, name).__module__ == f"imr_studio.export.{export._HOMES[name]}"


def test_the_window_starts_without_loading_the_word_export() -> None:
    import subprocess
    import sys

    script = "import sys, imr_studio.gui.window.main_window; print(sorted(m for m in sys.modules if m.split('.')[0] == 'docx'))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
