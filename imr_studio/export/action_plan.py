"""The action plan on its own, as a Word table or a CSV file for tracking."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Literal

from .. import vocab
from ..model.document import ActionRow, Document
from .context import report_title
from .errors import LeakError
from .labels import label
from .leaks import find_names_in_text
from .pseudonyms import leak_places, pseudonymise
from .report import Progress, _no_progress, check_publication, fill_template, is_english_word, leak_finder, refuse_unready, set_properties, to_bytes, write
from .report_sections import action_plan_table
from .safe_text import xml_safe
from .writer import ReportWriter


CSV_COLUMNS = ("Recommendation number", "Recommendation", "Action", "Owner", "Target date", "Measure of success",
               "Evidence", "Status", "Completion date", "Learning it answers")
"""The columns a partnership tracks an action plan by, one row per action."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """``value`` as a cell no spreadsheet will run as a formula (a leading =, +, -, @, tab or return is quoted)."""
    value = xml_safe(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_rows(document: Document) -> list[list[str]]:
    """The action plan as :data:`CSV_COLUMNS` rows, dates in ISO form (a recommendation with no action gets one row)."""
    learning = {point.id: number for number, point in enumerate(document.learning, 1)}
    rows = []
    for number, rec in enumerate(document.recommendations, 1):
        answers = ", ".join(f"Learning point {learning[i]}" for i in rec.learning_ids if i in learning)
        for act in rec.actions or [ActionRow(id="")]:
            rows.append([
                str(number), rec.text, act.action, act.owner or rec.owner_role, act.target_date.isoformat() if act.target_date else "",
                rec.measure, act.evidence, vocab.label_for("action_statuses", act.status) if act.status else "",
                act.completion_date.isoformat() if act.completion_date else "", answers,
            ])
    return rows


def _csv_bytes(document: Document) -> bytes:
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\r\n")
    table.writerow(CSV_COLUMNS)
    table.writerows([[spreadsheet_safe(v) for v in row] for row in csv_rows(document)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the mark lets Excel read UTF-8


def _docx_bytes(document: Document, template: Path | str | None, publication: bool) -> bytes:
    docx_document = fill_template(document, template, publication=publication)
    writer = ReportWriter(docx_document)
    writer.keep_only_body()
    writer.landscape_throughout()
    writer.heading(f"{label('action_plan')}: {report_title(document)}", 2)
    action_plan_table(writer, document)
    writer.finish(contents=False)
    set_properties(docx_document, document)
    return to_bytes(docx_document)


def export_action_plan(
    document: Document,
    out_path: Path | str,
    *,
    fmt: Literal["docx", "csv"] = "docx",
    publication: bool = False,
    template: Path | str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the action plan alone to ``out_path`` as ``fmt`` ("docx" or "csv"); return the path.

    A Word action plan uses the report template's headers, footers and
    styles on landscape pages. ``publication`` replaces real names as for the
    report and raises :class:`LeakError` (writing nothing) if any is left.
    """
    if publication:
        refuse_unready(document)
    report = progress or _no_progress
    report(0, 2, "Action plan")
    source = pseudonymise(document, is_english_word) if publication else document
    data = _csv_bytes(source) if fmt == "csv" else _docx_bytes(source, template, publication)
    if publication and fmt == "csv":
        leaks = find_names_in_text(data.decode("utf-8"), leak_finder(document).spans, "action plan")
        if leaks:
            raise LeakError(leaks, leak_places(document, is_english_word))
    elif publication:
        check_publication(data, document)
    report(1, 2, "Saving")
    out = write(out_path, data)
    report(2, 2, "Saved")
    return out
