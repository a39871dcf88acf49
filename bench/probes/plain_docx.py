"""Baseline for the export: a plain python-docx script writing the same paragraphs and tables, with no template,
no checks and no formatting; prints its milliseconds."""

import sys
import time

import docx

from imr_studio.storage import load_project
from imr_studio.model.search import texts

document = load_project(sys.argv[1])
started = time.perf_counter()
out = docx.Document()
for path, text in texts(document):
    if text.strip() and path[:2] != ("contact", "events"):
        out.add_paragraph(text)
events = document.contact.events
table = out.add_table(rows=1, cols=8)
for event in events:
    cells = table.add_row().cells
    for cell, value in zip(cells, (event.id, event.date, event.event_type, ", ".join(event.subject_ids), event.summary,
                                   event.action_taken, event.risk_grading, event.source_ref)):
        cell.text = value
out.save(sys.argv[2])
print((time.perf_counter() - started) * 1000)
