"""Auditing many IMRs at once: every ``.imr`` and Word ``.docx`` IMR in a folder run through the 24-item checklist.

Each file is read (a Word IMR through :mod:`imr_studio.importer`), checked,
and reduced to its statuses, its main findings, and the wording and acronym
findings it raised. A file that cannot be read is reported and skipped; it
never stops the audit. The work is shared between processes, one per core.

Qt-free.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .checks import run_checks
from .checks.checklist import checklist
from .importer import WordImportError, import_word
from .storage import ProjectFileError, load_project

SUFFIXES = (".imr", ".docx")
MAIN_FINDINGS = 3
"""How many findings each IMR's row names (the first of its least satisfied items)."""
COUNTED = ("met", "partly", "not_met")
"""The statuses the chart and the shares count; "judgement" and "not started" are shown but not counted as met."""

Progress = Callable[[int, int, str], None]


@dataclass
class AuditedIMR:
    """One IMR's result: its file, the status of each checklist item, its main findings, its wording findings."""

    name: str
    statuses: dict[str, str] = field(default_factory=dict)
    main_findings: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    """The flagged wording of each language finding, as written."""
    acronyms: list[str] = field(default_factory=list)
    """The acronyms left undefined."""
    problem: str = ""
    """Why the file could not be audited ("" when it was)."""


@dataclass
class Audit:
    """The audit of a folder: one :class:`AuditedIMR` per file that could be read, and the files skipped."""

    imrs: list[AuditedIMR]
    skipped: list[AuditedIMR]

    def share_met(self, item_id: str) -> float:
        """The share of audited IMRs meeting checklist item ``item_id`` (0 when none was audited)."""
        return sum(imr.statuses.get(item_id) == "met" for imr in self.imrs) / len(self.imrs) if self.imrs else 0.0

    def by_group(self) -> dict[str, Counter]:
        """For each checklist group, how many item results were met, partly met and not met, across every IMR."""
        groups: dict[str, Counter] = {}
        for item in checklist():
            counts = groups.setdefault(item.group, Counter())
            for imr in self.imrs:
                status = imr.statuses.get(item.id, "")
                if status in COUNTED:
                    counts[status] += 1
        return groups

    def most_frequent(self, kind: str, limit: int = 10) -> list[tuple[str, int]]:
        """The wording (``kind`` "language") or undefined acronyms (``"acronyms"``) most IMRs raised, with counts."""
        counts = Counter(word.lower() if kind == "language" else word
                         for imr in self.imrs for word in set(getattr(imr, kind)))
        return counts.most_common(limit)


def audit_files(folder: Path) -> list[Path]:
    """The IMR files of ``folder`` (not its sub-folders), by name; Word's own lock files ("~$...") are left out."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("~$"))


def audit_one(path: Path) -> AuditedIMR:
    """Read and check one IMR file; a file that cannot be read comes back with its ``problem`` said."""
    result = AuditedIMR(path.name)
    try:
        document = load_project(path) if path.suffix.lower() == ".imr" else import_word(path).document
    except (ProjectFileError, WordImportError) as exc:
        result.problem = str(exc)
        return result
    except Exception as exc:  # noqa: BLE001 - one bad file must never end the audit
        result.problem = f"could not be read ({exc.__class__.__name__})"
        return result
    report = run_checks(document)
    result.statuses = {item.id: item.status for item in report.items}
    worst = sorted((item for item in report.items if item.findings and item.status in ("partly", "not_met")),
                   key=lambda item: item.status != "not_met")
    result.main_findings = [f"{item.id}: {item.findings[0].message}" for item in worst[:MAIN_FINDINGS]]
    for finding in report.findings():
        if finding.category == "language":
            result.language.append(finding.text)
        elif finding.category == "acronym":
            result.acronyms.append(finding.text)
    return result


def audit_folder(folder: Path, progress: Progress | None = None, workers: int | None = None) -> Audit:
    """Audit every IMR file in ``folder``; ``progress(done, total, name)`` is told after each file."""
    files = audit_files(folder)
    results: list[AuditedIMR] = []
    for done, result in enumerate(_audited(files, workers), 1):
        results.append(result)
        if progress is not None:
            progress(done, len(files), result.name)
    results.sort(key=lambda r: r.name)
    return Audit([r for r in results if not r.problem], [r for r in results if r.problem])


def _audited(files: list[Path], workers: int | None) -> Iterator[AuditedIMR]:
    workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
    if workers <= 1 or len(files) < 4:
        yield from map(audit_one, files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(audit_one, files, chunksize=max(1, len(files) // (workers * 8)))
