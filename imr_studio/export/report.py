"""Exporting a whole report (restricted or publication) to Word."""

from __future__ import annotations

import datetime
import functools
import io
import re
from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocxDocument

from ..model.document import Document
from ..storage.atomic import write_atomic
from .context import report_title, template_context
from .errors import ExportError, LeakError, PublicationRefused
from .labels import label
from .leaks import find_names
from .pseudonyms import LeakFinder, leak_places, publication_problems, pseudonymise
from .report_sections import SECTIONS
from .safe_text import xml_safe
from .template import chosen_template, render_template
from .writer import ReportWriter

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: called as each step of an export starts."""


def _no_progress(done: int, total: int, what: str) -> None:
    """The progress callback used when the caller gives none."""


def suggested_file_name(document: Document, publication: bool) -> str:
    """A file name that says which version this is, e.g. ``Kettlemere DHR 2024-01 - IMR - not for publication.docx``."""
    return _file_name(document, label("file_publication" if publication else "file_restricted"), "docx")


def suggested_qa_report_name(document: Document) -> str:
    """A file name for the QA report, e.g. ``Kettlemere DHR 2024-01 - quality assurance report.docx``."""
    return _file_name(document, label("file_qa_report"), "docx")


def suggested_action_plan_name(document: Document, extension: str = "docx") -> str:
    """A file name for the action plan alone, e.g. ``Kettlemere DHR 2024-01 - action plan.csv``."""
    return _file_name(document, label("file_action_plan"), extension)


_STEM_LIMIT = 120
"""The longest suggested file name, before its extension."""


def _file_name(document: Document, ending: str, extension: str) -> str:
    stem = " - ".join(p for p in (document.review.reference.strip(), ending) if p)
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", stem).strip(" .")
    if len(stem) > _STEM_LIMIT:  # a reference pasted whole: keep the name well inside what file systems allow
        stem = stem[: _STEM_LIMIT - 1].rstrip(" .") + "…"
    return f"{stem}.{extension}"


_PROPERTY_LIMIT = 255
"""The longest text a Word file's core properties hold."""


def _property(text: str) -> str:
    """``text`` fit for a document property: XML-safe, and cut with "…" at Word's limit."""
    text = xml_safe(text)
    return text if len(text) <= _PROPERTY_LIMIT else text[: _PROPERTY_LIMIT - 1] + "…"


def set_properties(docx_document: DocxDocument, document: Document) -> None:
    """Title and author from the project; nothing about the computer or its user."""
    properties = docx_document.core_properties
    properties.title = _property(report_title(document))
    properties.author = _property(document.review.author_name)
    properties.subject = _property(document.review.reference)
    properties.category = _property(document.review.protective_marking)
    for name in ("keywords", "comments", "last_modified_by", "content_status", "identifier", "language", "version"):
        setattr(properties, name, "")
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0, tzinfo=None)
    properties.created = properties.modified = now
    properties.last_printed = datetime.datetime(2000, 1, 1)
    properties.revision = 1


def fill_template(document: Document, template: Path | None, *, publication: bool) -> DocxDocument:
    """The chosen template with its title page, headers and footers filled in."""
    context = {k: xml_safe(v) if isinstance(v, str) else v for k, v in template_context(document, publication=publication).items()}
    return render_template(chosen_template(template), context)


def to_bytes(docx_document: DocxDocument) -> bytes:
    """The Word file's bytes."""
    buffer = io.BytesIO()
    docx_document.save(buffer)
    return buffer.getvalue()


@functools.lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """True for an ordinary English word (lower case), by the spelling dictionary (which never changes)."""
    from ..checks.spelling import Speller  # the dictionary loads only for a publication export

    return Speller().is_known(word.lower())


def leak_finder(original: Document) -> LeakFinder:
    """What the final scan of a publication version looks for; ordinary English words are not taken for names."""
    return LeakFinder(original, is_word=is_english_word)


def refuse_unready(document: Document) -> None:
    """Raise :class:`PublicationRefused` when a publication version cannot be made (see ``publication_problems``)."""
    problems = publication_problems(document)
    if problems:
        raise PublicationRefused(problems)


def check_publication(data: bytes, original: Document) -> None:
    """Raise :class:`LeakError` if ``data`` still holds any real name, alias, date of birth or identifier of ``original``."""
    leaks = find_names(data, leak_finder(original).spans)
    if leaks:
        raise LeakError(leaks, leak_places(original, is_english_word))


def write(out_path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``out_path`` in one step; :class:`ExportError` when it cannot."""
    out_path = Path(out_path)
    try:
        write_atomic(out_path, data)
    except OSError as exc:
        raise ExportError(f"could not save “{out_path}”: {exc.strerror or exc}") from exc
    return out_path


def export_report(
    document: Document,
    out_path: Path | str,
    *,
    publication: bool = False,
    template: Path | str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the whole report to ``out_path`` (.docx) and return the path.

    ``publication`` replaces real names with the pseudonyms, then checks the
    finished file and raises :class:`LeakError` (writing nothing) if any real
    name or alias is left. ``template`` defaults to the one chosen in
    Settings, else the one IMR Studio ships. Raises :class:`ExportError` when
    the template is unusable or the file cannot be written; the file is then
    untouched.
    """
    if publication:
        refuse_unready(document)
    report = progress or _no_progress
    total = len(SECTIONS) + 2 + (1 if publication else 0)
    report(0, total, "Filling in the template")
    source = pseudonymise(document, is_english_word) if publication else document
    docx_document = fill_template(source, template, publication=publication)
    writer = ReportWriter(docx_document)
    for done, (what, write_section) in enumerate(SECTIONS, 1):
        report(done, total, what)
        write_section(writer, source, publication)
    writer.finish()
    set_properties(docx_document, source)
    data = to_bytes(docx_document)
    if publication:
        report(total - 1, total, "Checking for real names")
        check_publication(data, document)
    report(total, total, "Saving")
    return write(out_path, data)
