"""The audit of many IMRs as a Word report, a CSV file or JSON.

The Word report opens with a chart a reader takes in at a glance: for each
checklist group, a bar of met, partly met and not met results, drawn as
shaded table cells so that Word and LibreOffice show it alike without a
picture library. Then the share of IMRs meeting each item, a table of every
IMR against the 24 items with its main findings, the wording and acronyms
raised most often, and the files that could not be read.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Emu

from ..audit import COUNTED, Audit
from ..checks.checklist import checklist
from ..model.document import Document, ReviewDetails
from . import ooxml
from .action_plan import spreadsheet_safe
from .labels import label
from .qa_report import STATUS_WORDS
from .report import fill_template, to_bytes, write
from .writer import HEADER_FILL, ReportWriter

BAR_CELLS = 40
"""The chart's bars are this many cells wide: 100% of the results."""
FILLS = {"met": "70AD47", "partly": "FFC000", "not_met": "C00000"}
LETTERS = {"met": "M", "partly": "P", "not_met": "N", "judgement": "J", "not_started": "–"}


def audit_rows(audit: Audit) -> list[list[str]]:
    """One row per audited IMR: its file name and the status of each item by :data:`LETTERS`."""
    items = [item.id for item in checklist()]
    return [[imr.name, *(LETTERS.get(imr.statuses.get(i, ""), "") for i in items)] for imr in audit.imrs]


def audit_csv(audit: Audit) -> bytes:
    """The audit as CSV: one row per IMR with each item's status in words, then the files that could not be read."""
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\r\n")
    items = [item.id for item in checklist()]
    table.writerow(["File", *items, "Main findings", "Problem"])
    for imr in audit.imrs + audit.skipped:
        statuses = [STATUS_WORDS.get(imr.statuses.get(i, ""), "") for i in items]
        table.writerow([spreadsheet_safe(v) for v in (imr.name, *statuses, " | ".join(imr.main_findings), imr.problem)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def audit_json(audit: Audit) -> bytes:
    """The audit as JSON: every IMR's statuses and findings, the share meeting each item, the counts by group."""
    data = {
        "imrs": [{"file": imr.name, "statuses": imr.statuses, "main_findings": imr.main_findings,
                  "language": imr.language, "acronyms": imr.acronyms} for imr in audit.imrs],
        "skipped": [{"file": imr.name, "problem": imr.problem} for imr in audit.skipped],
        "share_met": {item.id: round(audit.share_met(item.id), 4) for item in checklist()},
        "by_group": {group: dict(counts) for group, counts in audit.by_group().items()},
        "language": audit.most_frequent("language"),
        "acronyms": audit.most_frequent("acronyms"),
    }
    return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def audit_docx(audit: Audit, today: datetime.date | None = None) -> bytes:
    """The audit as a Word report in the IMR template's styles, on landscape pages."""
    document = fill_template(Document(review=ReviewDetails(reference=label("audit"))), None, publication=False)
    _edition(document)
    writer = ReportWriter(document)
    writer.keep_only_body()
    writer.landscape_throughout()
    writer.heading(label("audit"), 1)
    writer.paragraph(label("audit_summary", count=str(len(audit.imrs)), skipped=str(len(audit.skipped)),
                           day=(today or datetime.date.today()).strftime("%d %B %Y").lstrip("0")), numbered=False)
    writer.heading(label("audit_chart"), 2)
    _chart(writer, audit)
    writer.heading(label("audit_shares"), 2)
    writer.table([(label("checklist_item"), 1), (label("checklist_question"), 8), (label("share_met"), 1.4)],
                 [[item.id, item.question, f"{audit.share_met(item.id):.0%}"] for item in checklist()])
    writer.heading(label("audit_table"), 2)
    writer.paragraph(label("audit_key"), numbered=False)
    writer.table([(label("imr_file"), 4), *((item.id, 0.4) for item in checklist())], audit_rows(audit), upright_from=1)
    writer.heading(label("main_findings"), 2)
    writer.table([(label("imr_file"), 2), (label("main_findings"), 8)],
                 [[imr.name, "\n".join(imr.main_findings) or label("none")] for imr in audit.imrs])
    for kind, title in (("language", "audit_language"), ("acronyms", "audit_acronyms")):
        writer.heading(label(title), 2)
        writer.table([(label("term"), 4), (label("times"), 1)],
                     [[word, str(count)] for word, count in audit.most_frequent(kind)] or [[label("none"), ""]])
    if audit.skipped:
        writer.heading(label("audit_skipped"), 2)
        writer.table([(label("imr_file"), 3), (label("reason"), 8)], [[imr.name, imr.problem] for imr in audit.skipped])
    writer.finish(contents=False)
    return to_bytes(document)


def write_audit(audit: Audit, out: Path) -> Path:
    """Write the audit to ``out`` as Word (.docx), CSV (.csv) or JSON (.json), by its suffix."""
    writers = {".docx": audit_docx, ".csv": audit_csv, ".json": audit_json}
    return write(out, writers[out.suffix.lower()](audit))


def _edition(document) -> None:
    """Say on every page that this is an audit, in place of an IMR's edition line."""
    edition = label("edition_restricted")
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            if paragraph.text.startswith(edition):
                for run in paragraph.runs[1:]:
                    run.text = ""
                paragraph.runs[0].text = label("audit_edition")


def _chart(writer: ReportWriter, audit: Audit) -> None:
    """Per checklist group, a bar of shaded cells (green met, amber partly, red not met) and the shares in words."""
    groups = audit.by_group()
    table = writer.document.add_table(rows=0, cols=BAR_CELLS + 2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    total = int(writer.text_width())
    widths = [Emu(int(total * 0.16))] + [Emu(int(total * 0.52 / BAR_CELLS))] * BAR_CELLS + [Emu(int(total * 0.32))]
    ooxml.set_grid(table, widths)
    for group, counts in groups.items():
        results = sum(counts[s] for s in COUNTED)
        cells = table.add_row().cells
        writer.cell_text(cells[0], group, "Table Heading", widths[0])
        ooxml.shade_cell(cells[0], HEADER_FILL)
        filled = 0
        for status in COUNTED if results else ():
            share = counts[status] / results if results else 0.0
            span = round(share * BAR_CELLS) if status != "not_met" else BAR_CELLS - filled
            for cell in cells[1 + filled: 1 + filled + span]:
                ooxml.shade_cell(cell, FILLS[status])
            filled += span
        words = ", ".join(f"{STATUS_WORDS[s].lower()} {counts[s] / results:.0%}" for s in COUNTED) if results else label("none")
        writer.cell_text(cells[-1], words[:1].upper() + words[1:], "Table Text", widths[-1])
        for cell, width in zip(cells[1:-1], widths[1:-1]):
            cell.width = width
    ooxml.keep_row_together(table)
    writer.paragraph("", numbered=False)
