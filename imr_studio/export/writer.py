"""Builds the generated part of a report in the template's styles, with python-docx and :mod:`.wordml`.

:class:`ReportWriter` appends headings, numbered paragraphs, narratives,
tables and landscape sections, then :meth:`ReportWriter.finish` puts the
contents list first and moves everything to where the template's
``{{ body }}`` paragraph was.

The contents list is not a Word TOC field: LibreOffice shows such a field as
it was written and never fills in its page numbers. Each entry is a link to a
bookmark on its heading with a page-reference field, which LibreOffice works
out as it lays out the pages and Word updates when it opens the file.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
from collections.abc import Iterator, Sequence

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Emu
from docx.text.paragraph import Paragraph as DocxParagraph

from ..model.narrative import Paragraph as NarrativeParagraph
from . import ooxml, wordml
from .column_widths import fitted_widths
from .errors import ExportError
from .labels import label
from .safe_text import xml_safe
from .template import BODY_SENTINEL

HEADER_FILL = "D9E2F3"
KEEP_TOGETHER_LIMIT = 30
"""Paragraphs (table cells included) a block kept on one page may have; a longer one flows across pages."""


class ReportWriter:
    """Writes report content into a rendered template, then puts it in place."""

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self._body = document.element.body
        self._first_new = len(self._body) - 1  # before the final section properties
        self._headings: list[tuple[int, str, str]] = []  # level, number, text
        self._first_bookmark = ooxml.largest_bookmark_number(document) + 1
        self._chapter = 0
        self._landscape = False
        self._style_ids: dict[str, str] = {}

    def _add(self, style: str, text: str = "", *, runs: str | None = None) -> DocxParagraph:
        """A new paragraph in ``style`` at the end of the body, holding ``text`` (if any) or ``runs`` (:mod:`.wordml`)."""
        if runs is None:
            runs = wordml.run(text) if text else ""
        return DocxParagraph(self._append(wordml.paragraph(self.style_id(style), runs)), self.document)

    def _append(self, xml: str):
        """The element written as ``xml`` (:mod:`.wordml`), added at the end of the body, before its section properties."""
        element = wordml.element(xml)
        self._body.sectPr.addprevious(element)
        return element

    def style_id(self, style: str) -> str:
        """The id of the template's style called ``style`` (looked up once: python-docx's lookup is slow)."""
        if style not in self._style_ids:
            self._style_ids[style] = self.document.styles[style].style_id
        return self._style_ids[style]

    @functools.cached_property
    def _table_style_id(self) -> str | None:
        """The id python-docx gives the "Table Grid" style (``None`` when it is the template's default table style)."""
        return self.document.part.get_style_id("Table Grid", WD_STYLE_TYPE.TABLE)

    # --- text ----------------------------------------------------------------

    def heading(self, text: str, level: int = 1) -> None:
        """A heading; level 1 headings are numbered 1, 2, 3 ... by the template.

        Levels 1 and 2 are bookmarked for the contents list.
        """
        paragraph = self._add(f"Heading {level}", xml_safe(text))
        if level == 1:
            self._chapter += 1
        if level <= 2:
            ooxml.bookmark(paragraph, self._bookmark_name(len(self._headings)), self._first_bookmark + len(self._headings))
            self._headings.append((level, str(self._chapter) if level == 1 else "", xml_safe(text)))

    @staticmethod
    def _bookmark_name(index: int) -> str:
        """The hidden bookmark (Word hides names starting "_") on contents entry ``index``."""
        return f"_TocImr{index:05d}"

    def paragraph(self, text: str, *, numbered: bool = True, bold_lead: str = "") -> None:
        """A body paragraph, numbered 1.1, 1.2 ... unless ``numbered`` is false."""
        lead = wordml.run(xml_safe(bold_lead) + " ", {"bold"}) if bold_lead else ""
        self._add("Numbered Paragraph" if numbered else "Normal", runs=lead + wordml.run(xml_safe(text)))

    def narrative(self, paragraphs: Sequence[NarrativeParagraph], *, numbered: bool = True) -> None:
        """A narrative: body paragraphs numbered, bullets and numbered lists in list styles."""
        list_id = None
        for item in paragraphs:
            if not item.text.strip():
                list_id = None
                continue
            runs = _formatted_runs(item)
            if item.style == "bullet":
                self._add("List Bullet", runs=runs)
                list_id = None
            elif item.style == "number":
                paragraph = self._add("List Number", runs=runs)
                if list_id is None:
                    list_id = ooxml.restart_numbering(self.document, "List Number")
                ooxml.set_list(paragraph, list_id)
            else:
                self._add("Numbered Paragraph" if numbered else "Normal", runs=runs)
                list_id = None

    def numbered_list(self, texts: Sequence[str]) -> None:
        """A list numbered 1, 2, 3 ... from the start."""
        self.narrative([NarrativeParagraph(text=xml_safe(t) or " ", style="number") for t in texts])

    @contextlib.contextmanager
    def kept_together(self, limit: int = KEEP_TOGETHER_LIMIT) -> Iterator[None]:
        """Keep what is written inside on one page (a heading, a learning statement and its table, say).

        Every paragraph but the last, table cells included, is kept with the next one; a block of more than
        ``limit`` paragraphs is left free, as it could not fit on a page anyway.
        """
        start = len(self._body) - 1
        yield
        added = list(self._body)[start : len(self._body) - 1]
        paragraphs = [p for element in added for p in element.iter(qn("w:p"))]
        if len(paragraphs) <= limit:
            for p in paragraphs[:-1]:
                DocxParagraph(p, None).paragraph_format.keep_with_next = True

    def texts(self) -> list[str]:
        """Every paragraph and table cell of the report as written so far, the template's fixed wording included."""
        return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in self._body.iter(qn("w:p"))]

    # --- tables --------------------------------------------------------------

    def text_width(self) -> Emu:
        """The width between the margins of the page being written."""
        section = self._last_section()
        width = section.page_width - section.left_margin - section.right_margin
        if self._landscape:
            width = section.page_height - section.top_margin - section.bottom_margin
        return Emu(width)

    def _last_section(self) -> Section:
        """The document's last section (``document.sections[-1]``, without searching the whole document for it)."""
        return Section(self._body.sectPr, self.document.part)

    def table(self, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]], *,
              group_columns: int = 0, upright_from: int | None = None) -> None:
        """A table with a shaded header row that repeats on every page.

        ``columns`` are ``(title, relative width)``; the widths share the text width, none narrower than the
        longest word its column holds (see :mod:`.column_widths`). The titles of the columns from
        ``upright_from`` on are written bottom to top, so that narrow columns of short values can be many.
        Rows whose first ``group_columns`` values are the same as the row
        above's show them once, in cells merged down the group.
        """
        titles = [title if upright_from is None or column < upright_from else ""
                  for column, (title, _) in enumerate(columns)]
        widths = [Emu(width).twips for width in fitted_widths([weight for _, weight in columns], titles,
                                                              rows, int(self.text_width()), self._table_font_pt)]
        height = None
        if upright_from is not None:
            longest = max((len(title) for title, _ in columns[upright_from:]), default=0)
            height = Emu(int((longest * 0.75 * self._table_font_pt + 18) * 12_700)).twips
        header = wordml.row(
            [wordml.cell(title, self.style_id("Table Heading"), width, fill=HEADER_FILL,
                         upright=upright_from is not None and column >= upright_from)
             for column, ((title, _), width) in enumerate(zip(columns, widths))],
            header=True, height_twips=height,
        )
        body = _body_rows(rows, widths, self.style_id("Table Text"), group_columns)
        self._append(wordml.table([header, *body], widths, self._table_style_id, centred=True))
        self._add("Normal").paragraph_format.space_after = Cm(0)

    @functools.cached_property
    def _table_font_pt(self) -> float:
        """The size of the template's table text, in points (10 when the style does not say)."""
        try:
            size = self.document.styles["Table Text"].font.size
        except KeyError:
            size = None
        return size.pt if size is not None else 10.0

    def fields(self, pairs: Sequence[tuple[str, str]]) -> None:
        """A two-column table of labelled values."""
        widths = [Emu(int(self.text_width() * 0.3)).twips, Emu(int(self.text_width() * 0.7)).twips]
        heading, text = self.style_id("Table Heading"), self.style_id("Table Text")
        rows = [wordml.row([wordml.cell(title, heading, widths[0], fill=HEADER_FILL),
                            wordml.cell(value, text, widths[1])]) for title, value in pairs]
        self._append(wordml.table(rows, widths, self._table_style_id, centred=False))
        self._add("Normal")

    def cell_text(self, cell, text: str, style: str, width: Emu) -> None:
        """Put ``text`` in a new, empty ``cell``, a paragraph for each of its lines."""
        cell.width = width
        tc = cell._tc
        for empty in tc.findall(qn("w:p")):
            tc.remove(empty)
        tc.extend(wordml.elements(wordml.lines(text, self.style_id(style))))

    # --- layout --------------------------------------------------------------

    def landscape(self, on: bool) -> None:
        """Start (``on``) or end a run of landscape pages, for wide tables."""
        if on == self._landscape:
            return
        ooxml.end_section(self.document.add_paragraph(), self._last_section(), landscape=self._landscape)
        self._landscape = on

    def landscape_throughout(self) -> None:
        """Lay every page out in landscape (for a document that is one wide table)."""
        section = self._last_section()
        ooxml.orient(section, section, landscape=True)

    def keep_only_body(self) -> None:
        """Drop the template's own pages (title page, fixed wording), keeping headers and footers."""
        for element in list(self._body)[:-1]:
            if BODY_SENTINEL not in "".join(element.itertext()):
                self._body.remove(element)
        self._first_new = len(self._body) - 1

    def page_break(self) -> None:
        """Start a new page."""
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- finishing -----------------------------------------------------------

    def _contents(self) -> None:
        """The contents list: each level 1 and 2 heading, linked to it, with its page number."""
        self._add("TOC Heading", label("contents"))
        for index, (level, number, text) in enumerate(self._headings):
            paragraph = self._add(f"TOC {level}", f"{number}\t{text}\t" if number else f"{text}\t")
            name = self._bookmark_name(index)
            ooxml.page_reference(ooxml.link_to_bookmark(paragraph, name), name)
        self.page_break()

    def finish(self, *, contents: bool = True) -> None:
        """Put the contents list first (if asked), then everything written in place of ``{{ body }}``."""
        self.landscape(False)
        generated = list(self._body)[self._first_new : -1]
        if contents:
            self._contents()
        contents = list(self._body)[self._first_new + len(generated) : -1]
        sentinel = next((p for p in self._body.iter(qn("w:p")) if BODY_SENTINEL in "".join(p.itertext())), None)
        if sentinel is None:
            raise ExportError("the report template lost its {{ body }} paragraph while being filled in")
        for element in contents + generated:
            sentinel.addprevious(element)
        sentinel.getparent().remove(sentinel)
        ooxml.update_fields_on_open(self.document)


def _body_rows(rows: Sequence[Sequence[str]], widths: Sequence[int], style_id: str, group_columns: int) -> list[str]:
    """The rows of a table (see :mod:`.wordml`) holding ``rows``, the first ``group_columns`` cells merged by group.

    A row shorter than the table leaves its last cells empty.
    """
    written = []
    for values, merge in zip(rows, _merges(rows, group_columns)):
        cells = []
        for column, width in enumerate(widths):
            if column < group_columns and merge:
                cells.append(wordml.cell(values[column] if merge == "restart" else None, style_id, width, merge=merge))
            else:
                cells.append(wordml.cell(values[column] if column < len(values) else None, style_id, width))
        written.append(wordml.row(cells))
    return written


def _merges(rows: Sequence[Sequence[str]], group_columns: int) -> list[str]:
    """For each row, how its first ``group_columns`` cells merge with the rows holding the same values there.

    "restart" on the first row of such a group, "continue" on the rows below it, "" on a row alone (or when
    ``group_columns`` is 0).
    """
    keys = [tuple(values[:group_columns]) for values in rows]
    merges = []
    for index, key in enumerate(keys):
        if group_columns and index and keys[index - 1] == key:
            merges.append("continue")
        elif group_columns and index + 1 < len(keys) and keys[index + 1] == key:
            merges.append("restart")
        else:
            merges.append("")
    return merges


def _formatted_runs(item: NarrativeParagraph) -> str:
    """Runs of ``item.text`` (see :mod:`.wordml`) with bold and italic where its marks say."""
    cuts = sorted({0, len(item.text), *(m.start for m in item.marks), *(m.end for m in item.marks)})
    return "".join(
        wordml.run(xml_safe(item.text[start:end]), {m.style for m in item.marks if m.start <= start and end <= m.end})
        for start, end in itertools.pairwise(cuts)
    )
