"""The action plan on its own, as a Word table or a CSV file for tracking."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Literal

from ..model.document import Document
from .context import report_title
from .errors import LeakError
from .labels import label
from .leaks import find_names_in_text
from .pseudonyms import leak_names, name_pattern, pseudonymise
from .report import Progress, _no_progress, check_publication, fill_template, set_properties, to_bytes, write
from .report_sections import action_plan_columns, action_plan_rows, action_plan_table
from .safe_text import xml_safe
from .writer import ReportWriter


def _csv_bytes(document: Document) -> bytes:
    buffer = io.StringIO()
    table = csv.writer(buffer, lineterminator="\r\n")
    table.writerow([title for title, _ in action_plan_columns()])
    table.writerows([[xml_safe(v) for v in row] for row in action_plan_rows(document)])
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
    report = progress or _no_progress
    report(0, 2, "Action plan")
    source = pseudonymise(document) if publication else document
    data = _csv_bytes(source) if fmt == "csv" else _docx_bytes(source, template, publication)
    if publication and fmt == "csv":
        leaks = find_names_in_text(data.decode("utf-8"), name_pattern(leak_names(document)), "action plan")
        if leaks:
            raise LeakError(leaks)
    elif publication:
        check_publication(data, document)
    report(1, 2, "Saving")
    out = write(out_path, data)
    report(2, 2, "Saved")
    return out
