"""Every speed benchmark of IMR Studio in one run, each against its baseline measured in the same run.

    .venv/bin/python bench/run.py [--repeats 5] [--events 1000] [--json OUT]

Fresh processes for start-up; medians of ``--repeats`` runs. The package's
bytecode is compiled first, as an installed copy (or the bundle) has it. Rows:

* start to window with the sample, and with a 1,000-event IMR, against a bare
  PySide6 QMainWindow script (``probes/bare_window.py``);
* from the window shown to its checklist filled by the first checks (which
  start once the window has been drawn), for both;
* the full check of the 1,000-event IMR, cold (a fresh process);
* lint of a 61,000-word text against proselint (installed for the benchmark
  only: ``.venv/bin/python -m pip install proselint``), and lint of an empty
  file (what start-up alone costs);
* the Word export of the 1,000-event IMR against a plain python-docx script
  writing the same paragraphs and the chronology table (``probes/plain_docx.py``);
* peak memory with the 1,000-event IMR open.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from checks_speed import large_project  # noqa: E402

from imr_studio.model.search import texts  # noqa: E402
from imr_studio.paths import sample_project  # noqa: E402
from imr_studio.storage import dumps, load_project  # noqa: E402

LINT_WORDS = 61_000


def _env(profile: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IMR_STUDIO_PROFILE": str(profile), "PYTHONPATH": str(ROOT)}


def _until_shown(command: list[str], env: dict[str, str], repeats: int) -> tuple[float, str]:
    """Median seconds from starting ``command`` to the moment it prints (its window shown), and its last output."""
    times, out = [], ""
    for _ in range(repeats):
        started = time.time()
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
        times.append(float(out.split()[-1]) - started)
    return statistics.median(times), out


def _wall(command: list[str], env: dict[str, str], repeats: int) -> tuple[float, str]:
    """Median wall-clock seconds of ``command`` in fresh processes, and the last run's output."""
    times, out = [], ""
    for _ in range(repeats):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # lint exits 1 on findings
        times.append(time.perf_counter() - started)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-300:]}")
        out = done.stdout
    return statistics.median(times), out


def _shown_then_checked(command: list[str], env: dict[str, str], repeats: int) -> float:
    """Median seconds from the window shown to its checklist filled, ``command`` printing both moments last."""
    gaps = []
    for _ in range(repeats):
        shown, checked = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout.split()[-2:]
        gaps.append(float(checked) - float(shown))
    return statistics.median(gaps)


def _compiled(package: Path, python: str) -> None:
    """Compile the package's bytecode, as an installed copy has it, so start-up does not time compiling Python."""
    subprocess.run([python, "-m", "compileall", "-q", str(package)], check=True, capture_output=True,
                   env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})


def _printed(command: list[str], env: dict[str, str], repeats: int) -> float:
    """Median of the number each fresh run of ``command`` prints last."""
    return statistics.median(float(subprocess.run(command, env=env, capture_output=True, text=True, check=True)
                                   .stdout.split()[-1]) for _ in range(repeats))


def _lint_text(words: int) -> str:
    prose = [text for path, text in texts(load_project(sample_project())) if len(text.split()) > 8]
    out, count = [], 0
    while count < words:
        for text in prose:
            out.append(text)
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(out)


def main() -> None:
    """Measure every row and print the table (and the JSON file, when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    python, probes = sys.executable, HERE / "probes"
    rows: list[dict] = []

    def row(measure: str, figure: float, unit: str, baseline: float | None, base_name: str, goal: str,
            faster: bool = False) -> None:
        """One row; ``faster``: the ratio is how many times faster than the baseline (as the goal says it)."""
        ratio = (baseline / figure if faster else figure / baseline) if baseline else None
        rows.append({"measure": measure, "figure": round(figure, 3), "unit": unit, "baseline": baseline and round(baseline, 3),
                     "baseline_is": base_name, "ratio": ratio and round(ratio, 2),
                     "ratio_is": "times faster than the baseline" if faster else "times the baseline", "goal": goal})

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = _env(tmp / "profile")
        large = tmp / "large.imr"
        large.write_bytes(dumps(large_project(load_project(sample_project()), args.events)))
        _compiled(ROOT / "imr_studio", python)
        bare, _ = _until_shown([python, str(probes / "bare_window.py")], env, args.repeats)
        sample_start, _ = _until_shown([python, str(probes / "app_window.py")], env, args.repeats)
        large_start, rss = _until_shown([python, str(probes / "app_window.py"), str(large)], env, args.repeats)
        row("start to window with the sample", sample_start, "s", bare, "bare PySide6 QMainWindow", "≤ 1.5×")
        row(f"start with a {args.events}-event IMR", large_start, "s", bare, "bare PySide6 QMainWindow", "≤ 3×")
        row(f"peak memory, {args.events}-event IMR open", float(rss.split()[-2]), "MB", None, "", "≤ 300 MB")
        for name, project in (("the sample", []), (f"{args.events} events", [str(large)])):
            filled = _shown_then_checked([python, str(probes / "app_window.py"), *project, "--checked"], env, args.repeats)
            row(f"window shown to checklist filled, {name}", filled, "s", None, "", "within a moment")
        cold = _printed([python, str(probes / "check_cold.py"), str(large)], env, args.repeats)
        row(f"full check, {args.events} events, cold", cold, "ms", None, "", "≤ 100 ms")
        text = tmp / "long.txt"
        text.write_text(_lint_text(LINT_WORDS), encoding="utf-8")
        empty = tmp / "empty.txt"
        empty.write_text("", encoding="utf-8")
        lint = [python, "-m", "imr_studio", "lint", "--format", "json"]
        lint_long, _ = _wall(lint + [str(text)], env, args.repeats)
        lint_empty, _ = _wall(lint + [str(empty)], env, args.repeats)
        proselint = shutil.which("proselint", path=str(Path(python).parent))
        base = None
        if proselint:
            base, _ = _wall([proselint, "check", "-o", "json", str(text)], env, max(1, args.repeats // 2))
        row(f"lint of a {LINT_WORDS // 1000}k-word text", lint_long, "s", base,
            "proselint check -o json" if proselint else "proselint not installed", "≥ 20× faster than proselint",
            faster=True)
        row("lint of an empty file (start-up)", lint_empty, "s", None, "", "")
        exported = _printed([python, str(probes / "export_report.py"), str(large), str(tmp / "r.docx")], env, args.repeats)
        plain = _printed([python, str(probes / "plain_docx.py"), str(large), str(tmp / "p.docx")], env, args.repeats)
        row(f"export {args.events} events", exported / 1000, "s", plain / 1000, "plain python-docx script", "≤ 1.5×")
    print(f"{'measure':<48}{'figure':>10}  {'baseline':>10}  {'ratio':>14}  goal   (baseline is)")
    for r in rows:
        base = f"{r['baseline']:.3f}" if r["baseline"] else "-"
        ratio = (f"{r['ratio']:.2f}×" + (" faster" if "faster" in r["ratio_is"] else "")) if r["ratio"] else "-"
        print(f"{r['measure']:<48}{r['figure']:>8.3f} {r['unit']:<2}{base:>10}  {ratio:>14}  {r['goal']}  ({r['baseline_is']})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
