"""Builds the generated part of a report with python-docx, in the template's styles.

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
from collections.abc import Iterator, Sequence

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Emu
from docx.text.paragraph import Paragraph as DocxParagraph

from ..model.narrative import Paragraph as NarrativeParagraph
from . import ooxml
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

    def _add(self, style: str, text: str = ""):
        """A new paragraph in ``style`` (looked up once: python-docx's lookup is slow)."""
        paragraph = self.document.add_paragraph(text)
        self.style(paragraph, style)
        return paragraph

    def style(self, paragraph, style: str) -> None:
        """Give ``paragraph`` the template's style called ``style``."""
        if style not in self._style_ids:
            self._style_ids[style] = self.document.styles[style].style_id
        paragraph._p.style = self._style_ids[style]

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
        paragraph = self._add("Numbered Paragraph" if numbered else "Normal")
        if bold_lead:
            paragraph.add_run(xml_safe(bold_lead) + " ").bold = True
        paragraph.add_run(xml_safe(text))

    def narrative(self, paragraphs: Sequence[NarrativeParagraph], *, numbered: bool = True) -> None:
        """A narrative: body paragraphs numbered, bullets and numbered lists in list styles."""
        list_id = None
        for item in paragraphs:
            if not item.text.strip():
                list_id = None
                continue
            if item.style == "bullet":
                paragraph, list_id = self._add("List Bullet"), None
            elif item.style == "number":
                paragraph = self._add("List Number")
                if list_id is None:
                    list_id = ooxml.restart_numbering(self.document, "List Number")
                ooxml.set_list(paragraph, list_id)
            else:
                paragraph = self._add("Numbered Paragraph" if numbered else "Normal")
                list_id = None
            _formatted_runs(paragraph, item)

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
        section = self.document.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        if self._landscape:
            width = section.page_height - section.top_margin - section.bottom_margin
        return Emu(width)

    def table(self, columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]], *,
              group_columns: int = 0, upright_from: int | None = None) -> None:
        """A table with a shaded header row that repeats on every page.

        ``columns`` are ``(title, relative width)``; the widths share the text width, none narrower than the
        longest word its column holds (see :mod:`.column_widths`). The titles of the columns from
        ``upright_from`` on are written bottom to top, so that narrow columns of short values can be many.
        Rows whose first ``group_columns`` values are the same as the row
        above's show them once, in cells merged down the group.
        """
        table = self.document.add_table(rows=1, cols=len(columns))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        titles = [title if upright_from is None or column < upright_from else ""
                  for column, (title, _) in enumerate(columns)]
        widths = [Emu(width) for width in fitted_widths([weight for _, weight in columns], titles,
                                                        rows, int(self.text_width()), self._table_font_pt())]
        ooxml.set_grid(table, widths)
        if upright_from is not None:
            for cell in table.rows[0].cells[upright_from:]:
                ooxml.upright_text(cell)
            longest = max((len(title) for title, _ in columns[upright_from:]), default=0)
            ooxml.row_height(table.rows[0], Emu(int((longest * 0.75 * self._table_font_pt() + 18) * 12_700)))
        for cell, (title, _), width in zip(table.rows[0].cells, columns, widths):
            self.cell_text(cell, title, "Table Heading", width)
            ooxml.shade_cell(cell, HEADER_FILL)
        group_starts = []  # (row index in the table, group values)
        for values in rows:
            row = table.add_row()
            key = tuple(values[:group_columns])
            repeated = bool(group_columns) and bool(group_starts) and group_starts[-1][1] == key
            if not repeated:
                group_starts.append((len(table.rows) - 1, key))
            for column, (cell, value, width) in enumerate(zip(row.cells, values, widths)):
                if repeated and column < group_columns:
                    cell.width = width  # left empty: merged into the group's first cell below
                else:
                    self.cell_text(cell, value, "Table Text", width)
        for (first, _), (after, _) in zip(group_starts, group_starts[1:] + [(len(table.rows), ())]):
            for column in range(group_columns if after - first > 1 else 0):
                table.cell(first, column).merge(table.cell(after - 1, column))
        ooxml.repeat_header_row(table)
        ooxml.keep_row_together(table)
        self._add("Normal").paragraph_format.space_after = Cm(0)

    def _table_font_pt(self) -> float:
        """The size of the template's table text, in points (10 when the style does not say)."""
        try:
            size = self.document.styles["Table Text"].font.size
        except KeyError:
            size = None
        return size.pt if size is not None else 10.0

    def fields(self, pairs: Sequence[tuple[str, str]]) -> None:
        """A two-column table of labelled values."""
        table = self.document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.autofit = False
        widths = (Emu(int(self.text_width() * 0.3)), Emu(int(self.text_width() * 0.7)))
        ooxml.set_grid(table, widths)
        for title, value in pairs:
            cells = table.add_row().cells
            self.cell_text(cells[0], title, "Table Heading", widths[0])
            ooxml.shade_cell(cells[0], HEADER_FILL)
            self.cell_text(cells[1], value, "Table Text", widths[1])
        ooxml.keep_row_together(table)
        self._add("Normal")

    def cell_text(self, cell, text: str, style: str, width: Emu) -> None:
        """Put ``text`` in ``cell``, a paragraph for each of its lines."""
        cell.width = width
        for number, line in enumerate(text.split("\n")):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            self.style(paragraph, style)
            ooxml.add_text_keeping_codes(paragraph, xml_safe(line))

    # --- layout --------------------------------------------------------------

    def landscape(self, on: bool) -> None:
        """Start (``on``) or end a run of landscape pages, for wide tables."""
        if on == self._landscape:
            return
        ooxml.end_section(self.document.add_paragraph(), self.document.sections[-1], landscape=self._landscape)
        self._landscape = on

    def landscape_throughout(self) -> None:
        """Lay every page out in landscape (for a document that is one wide table)."""
        section = self.document.sections[-1]
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
            paragraph = self._add(f"TOC {level}")
            paragraph.add_run(f"{number}\t{text}\t" if number else f"{text}\t")
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


def _formatted_runs(paragraph, item: NarrativeParagraph) -> None:
    """Runs of ``item.text`` with bold and italic where its marks say."""
    cuts = sorted({0, len(item.text), *(m.start for m in item.marks), *(m.end for m in item.marks)})
    for start, end in zip(cuts, cuts[1:]):
        run = paragraph.add_run(xml_safe(item.text[start:end]))
        styles = {m.style for m in item.marks if m.start <= start and end <= m.end}
        run.bold = True if "bold" in styles else None
        run.italic = True if "italic" in styles else None
