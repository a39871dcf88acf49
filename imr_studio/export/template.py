"""The Word report template: finding it, checking it, and filling in its placeholders.

A template is an ordinary ``.docx`` whose text holds Jinja2 placeholders
(``{{ agency }}``, ``{{ marking }}`` ...; see ``docs/EXPORT.md``) in its
body, headers and footers. It must have the paragraph styles the export uses
and one paragraph holding only ``{{ body }}``, where the report's sections go.
Rendering uses docxtpl with ``StrictUndefined`` (a misspelt placeholder is
an error, never a silent blank) and autoescaping (so ``&`` and ``<`` in the
project survive).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import jinja2
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from .. import paths
from ..settings import Settings
from .errors import ExportError

BODY_SENTINEL = "\u2063IMR-STUDIO-REPORT-BODY\u2063"
"""What ``{{ body }}`` renders to, so the export can find the paragraph it replaces."""

REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Numbered Paragraph",
    "List Bullet",
    "List Number",
    "Table Grid",
    "Table Text",
    "Table Heading",
    "TOC Heading",
    "TOC 1",
    "TOC 2",
)
"""Paragraph and table styles the export applies; a template must define them all."""

PLACEHOLDERS = (
    "body",
    "marking",
    "edition",
    "publication",
    "title",
    "review_name",
    "review_type",
    "reference",
    "partnership",
    "agency",
    "author",
    "author_name",
    "author_role",
    "period",
    "date_of_death",
    "version",
    "requested",
    "completed",
    "quality_assured",
    "signed_off",
    "review_status",
)
"""Every name a template may use; ``body`` and ``marking`` are required."""

_TAG = re.compile(r"\{[{%#]|[}%#]\}")
_PARAGRAPH_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml$")


def default_template() -> Path:
    """The template IMR Studio ships."""
    return paths.bundled("templates") / "report.docx"


def chosen_template(template: Path | str | None = None) -> Path:
    """``template`` if given, else the one chosen in Settings, else the default."""
    if template:
        return Path(template)
    chosen = Settings.load().report_template
    return Path(chosen) if chosen else default_template()


def environment() -> jinja2.Environment:
    """The Jinja2 environment for templates: strict about unknown names, escaping for XML."""
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


def _open(path: Path) -> DocxDocument:
    if not path.is_file():
        raise ExportError(f"the report template “{path}” does not exist")
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ExportError(f"the report template “{path}” is not a Word document (.docx)") from exc


def _part_paragraph_texts(document: DocxDocument) -> list[tuple[str, str]]:
    """``(part name, text)`` for every paragraph of the body, headers and footers."""
    parts = [("the body", document.element.body)]
    for number, section in enumerate(document.sections, 1):
        for kind in ("header", "footer"):
            element = getattr(section, kind)._element
            parts.append((f"the {kind} of section {number}", element))
    found = []
    for where, element in parts:
        for paragraph in element.iter(qn("w:p")):
            text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
            found.append((where, text))
    return found


def _split_tags(texts: list[tuple[str, str]]) -> list[str]:
    problems = []
    for where, text in texts:
        opened = sum(1 for m in _TAG.finditer(text) if m.group().startswith("{"))
        closed = sum(1 for m in _TAG.finditer(text) if m.group().endswith("}"))
        if opened != closed:
            problems.append(
                f"a placeholder in {where} is split over more than one paragraph or left open: “{text.strip()[:60]}”"
            )
    return problems


def _names_used(path: Path) -> tuple[set[str], str | None]:
    try:
        source = DocxTemplate(str(path)).get_undeclared_template_variables(jinja_env=environment())
    except jinja2.TemplateSyntaxError as exc:
        return set(), f"a placeholder is not written correctly ({exc.message})"
    return set(source), None


def check_template(path: Path | str) -> list[str]:
    """The problems that stop ``path`` being used as a report template; empty when it is usable."""
    path = Path(path)
    try:
        document = _open(path)
    except ExportError as exc:
        return [str(exc)]
    problems = []
    style_names = {style.name for style in document.styles}
    problems += [f"the style “{name}” is missing" for name in REQUIRED_STYLES if name not in style_names]
    texts = _part_paragraph_texts(document)
    problems += _split_tags(texts)
    used, syntax = _names_used(path)
    if syntax:
        problems.append(syntax)
    unknown = sorted(used - set(PLACEHOLDERS))
    problems += [f"the placeholder {{{{ {name} }}}} is not one IMR Studio fills in" for name in unknown]
    body = [t for where, t in texts if where == "the body" and "body" in t and "{{" in t]
    if not any(re.fullmatch(r"\s*\{\{\s*body\s*\}\}\s*", t) for t in body):
        problems.append("the body has no paragraph holding only {{ body }}, where the report's sections go")
    for where in sorted({w for w, _ in texts if w != "the body"}):
        if not any(w == where and re.search(r"\{\{\s*marking\s*\}\}", t) for w, t in texts):
            problems.append(f"{where} does not show the protective marking ({{{{ marking }}}})")
    return problems


def render_template(path: Path, context: dict[str, object]) -> DocxDocument:
    """The template at ``path`` with its placeholders filled from ``context``.

    Raises :class:`ExportError` naming the problem when the template is unusable.
    """
    problems = check_template(path)
    if problems:
        raise ExportError(f"the report template “{path}” cannot be used: " + "; ".join(problems))
    template = DocxTemplate(str(path))
    try:
        template.render({**context, "body": BODY_SENTINEL}, jinja_env=environment(), autoescape=True)
    except jinja2.TemplateError as exc:
        raise ExportError(f"the report template “{path}” cannot be filled in: {exc}") from exc
    buffer = io.BytesIO()
    template.save(buffer)
    buffer.seek(0)
    return docx.Document(buffer)
