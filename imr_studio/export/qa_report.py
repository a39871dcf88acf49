"""The QA report: the review lead's record of the quality assurance, for the file and the panel chair.

Every checklist question with its verdict, comment, the author's replies and
the automatic evidence; then the review status, who signed what (with each
signature's standing) and the whole review history. It always names real
people: it is never a publication version.
"""

from __future__ import annotations

from pathlib import Path

from ..checks.engine import run_checks
from ..checks.review import item_reviews, review_history
from ..model.dates import when_words
from ..checks.review_status import review_status
from ..model.document import Document
from ..signoff.chain import chain_breaks
from ..signoff.force_list import current_force_list
from .context import assurance_fields, report_title
from .labels import label
from .report import Progress, _no_progress, fill_template, set_properties, to_bytes, write
from .writer import ReportWriter

STATUS_WORDS = {"met": "Met", "partly": "Partly met", "not_met": "Not met", "judgement": "A matter of judgement",
              "not_started": "Nothing written yet"}


def _evidence(result) -> str:
    """The automatic check on one question, in words, with up to three of its findings."""
    words = STATUS_WORDS[result.status]
    if result.findings:
        words += f" ({len(result.findings)} finding{'s' if len(result.findings) != 1 else ''})"
        words += "".join(f"\n• {finding.message}" for finding in result.findings[:3])
    return words


def qa_report_bytes(document: Document, template: Path | str | None = None, progress: Progress | None = None) -> bytes:
    """The QA report of ``document`` as the bytes of a Word file."""
    report = progress or _no_progress
    report(0, 3, "Running the checks")
    force_list = current_force_list()
    status = review_status(document, force_list)
    checks = run_checks(document)
    report(1, 3, "Writing the quality assurance report")
    docx_document = fill_template(document, template, publication=False)
    writer = ReportWriter(docx_document)
    writer.keep_only_body()
    writer.landscape_throughout()
    writer.heading(f"{label('qa_report')}: {report_title(document)}", 1)
    writer.paragraph(status.sentence, numbered=False)
    if force_list.problem:
        writer.paragraph(force_list.problem, numbered=False)
    fields = assurance_fields(document)
    if status.decision is not None and status.decision.text:
        fields.append((label("decision_note"), status.decision.text))
    writer.fields(fields)
    writer.heading(label("checklist_verdicts"), 2)
    rows = []
    for review in item_reviews(document, force_list):
        verdict = review.describe
        if review.reviewed:
            verdict += f"\n{review.reviewer}, {when_words(review.at)}\n{review.signed_by}"
        replies = "\n".join(f"{reply.name}, {when_words(reply.at)}: {reply.text}" for reply in review.replies)
        rows.append([review.item.id, review.item.question, _evidence(checks.item(review.item.id)), verdict,
                     review.comment, replies])
    writer.table(
        [(label("checklist_item"), 1), (label("checklist_question"), 4), (label("automatic_check"), 3.2),
         (label("verdict"), 3.2), (label("comment"), 3.2), (label("replies"), 3.2)],
        rows,
    )
    breaks = chain_breaks(document.quality.history, document.quality.responses)
    if breaks:
        writer.heading(label("history_breaks"), 2)
        writer.numbered_list([str(b) for b in breaks])
    writer.heading(label("review_history"), 2)
    history = review_history(document, force_list)
    writer.table([(label("when"), 3), (label("who"), 3), (label("what"), 11)],
                 [[when_words(at), who, what] for at, who, what in history] or [[label("none"), "", ""]])
    writer.finish(contents=False)
    set_properties(docx_document, document)
    return to_bytes(docx_document)


def export_qa_report(
    document: Document, out_path: Path | str, *, template: Path | str | None = None, progress: Progress | None = None
) -> Path:
    """Write the QA report of ``document`` to ``out_path`` (.docx) and return the path.

    Raises :class:`~.errors.ExportError` when the template is unusable or
    the file cannot be written.
    """
    data = qa_report_bytes(document, template, progress)
    (progress or _no_progress)(2, 3, "Saving")
    out = write(out_path, data)
    (progress or _no_progress)(3, 3, "Saved")
    return out
