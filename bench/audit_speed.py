"""How long ``imr-studio audit`` takes over a folder of IMRs (the goal: 500 in under a minute on 2 cores).

    .venv/bin/python bench/audit_speed.py [--count 500] [--word 100]

Builds COUNT fictional IMRs in a temporary folder: WORD of them Word reports
exported from the sample, the rest project files, each made different from
the others (every paragraph and event gets words of its own, so no result is
remembered from another file). Times the audit (all cores) against the
baseline of only reading the same files (projects loaded, Word files opened
and their paragraphs read), in the same run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: E402

from imr_studio.audit import audit_files, audit_folder  # noqa: E402
from imr_studio.export import export_report  # noqa: E402
from imr_studio.model.narrative import Paragraph  # noqa: E402
from imr_studio.paths import sample_project  # noqa: E402
from imr_studio.storage import dumps, load_project  # noqa: E402


def _variant(number: int):
    """The sample with words of its own in every narrative paragraph and event summary."""
    document = load_project(sample_project())
    tag = f" (copy {number})"
    for entry in document.analysis:
        entry.analysis = [Paragraph(text=p.text + tag, style=p.style) for p in entry.analysis]
    for event in document.contact.events:
        event.summary += tag
    document.contact.narrative = [Paragraph(text=p.text + tag, style=p.style) for p in document.contact.narrative]
    return document


def build(folder: Path, count: int, word: int) -> None:
    """Write ``count`` IMRs to ``folder``, ``word`` of them as Word reports."""
    for number in range(count):
        document = _variant(number)
        if number < word:
            export_report(document, folder / f"imr-{number:04d}.docx")
        else:
            (folder / f"imr-{number:04d}.imr").write_bytes(dumps(document))


def read_only(folder: Path) -> None:
    """The baseline: read every file the audit reads, and nothing more."""
    for path in audit_files(folder):
        if path.suffix == ".imr":
            load_project(path)
        else:
            [p.text for p in docx.Document(str(path)).paragraphs]


def main() -> None:
    """Build the folder, time the baseline and the audit, print both and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--word", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        started = time.perf_counter()
        build(folder, args.count, args.word)
        print(f"built {args.count} IMRs ({args.word} Word) in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        read_only(folder)
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        audit = audit_folder(folder)
        took = time.perf_counter() - started
    print(f"baseline: reading the files        {baseline:6.1f} s")
    print(f"audit: {len(audit.imrs)} IMRs, {len(audit.skipped)} skipped {took:8.1f} s  ({took / baseline:.1f} x baseline; "
          f"{took / max(len(audit.imrs), 1) * 1000:.0f} ms an IMR; goal: {args.count} in under 60 s)")


if __name__ == "__main__":
    main()
