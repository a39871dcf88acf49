"""Small WordprocessingML helpers python-docx does not offer.

Fields (page numbers, page references), bookmarks and links to them, table
grids, rows and shading, section breaks, list restarts and the "update
fields on open" setting. Each works on python-docx objects and their
underlying XML elements. Paragraphs and tables in bulk are written by :mod:`.wordml`.
"""

from __future__ import annotations

import copy

from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.table import Table
from docx.text.paragraph import Paragraph


def _field_char(kind: str) -> OxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _field(instruction: str, shown: str = "") -> list:
    """The runs of a Word field: begin, instruction, separate, ``shown``, end."""
    instruction_run = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    instruction_run.append(text)
    runs = [_field_char("begin"), instruction_run, _field_char("separate")]
    if shown:
        shown_run = OxmlElement("w:r")
        shown_text = OxmlElement("w:t")
        shown_text.set(qn("xml:space"), "preserve")
        shown_text.text = shown
        shown_run.append(shown_text)
        runs.append(shown_run)
    return runs + [_field_char("end")]


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """Append a Word field (``PAGE``, ``NUMPAGES`` ...) showing ``shown`` until updated."""
    paragraph._p.extend(_field(instruction, shown))


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Put a bookmark called ``name`` (unique ``number``) around the paragraph's text."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    runs = paragraph._p.findall(qn("w:r"))
    if runs:
        runs[0].addprevious(start)
        runs[-1].addnext(end)
    else:
        paragraph._p.append(start)
        paragraph._p.append(end)


def largest_bookmark_number(document: DocxDocument) -> int:
    """The highest bookmark number already in the document's body (0 if none)."""
    numbers = [int(b.get(qn("w:id"), "0")) for b in document.element.body.iter(qn("w:bookmarkStart"))]
    return max(numbers, default=0)


def link_to_bookmark(paragraph: Paragraph, name: str) -> OxmlElement:
    """Wrap everything in the paragraph so far in a link to bookmark ``name``; returns the link.

    Runs appended to the link (``link.append(run)``) are part of it too.
    """
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), name)
    link.set(qn("w:history"), "1")
    for run in paragraph._p.findall(qn("w:r")):
        link.append(run)
    paragraph._p.append(link)
    return link


def page_reference(link: OxmlElement, name: str) -> None:
    """Append to ``link`` a field showing the page number of bookmark ``name``.

    Word works it out when it updates fields (on open, see
    :func:`update_fields_on_open`); LibreOffice works it out as it lays the
    pages out, so the number is right without any update.
    """
    link.extend(_field(f"PAGEREF {name} \\h"))


def set_grid(table: Table, widths) -> None:
    """Give the table's columns these widths (LibreOffice reads the grid, Word the cells)."""
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths):
        column.set(qn("w:w"), str(int(width.twips)))


def keep_row_together(table: Table) -> None:
    """Stop every row of the table from splitting across pages."""
    for row in table.rows:
        flag = OxmlElement("w:cantSplit")
        flag.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(flag)


def shade_cell(cell, fill: str) -> None:
    """Give a table cell a background colour (hex, e.g. ``"D9E2F3"``)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def end_section(paragraph: Paragraph, template_section, *, landscape: bool) -> None:
    """Make ``paragraph`` the last one of a section laid out like ``template_section``.

    The section shows the template's headers and footers on every page (a
    different first page is switched off) and is turned to landscape when asked.
    """
    properties = copy.deepcopy(template_section._sectPr)
    for child in properties.findall(qn("w:titlePg")):
        properties.remove(child)
    paragraph._p.get_or_add_pPr().append(properties)
    section = Section(properties, template_section.part)
    orient(section, template_section, landscape=landscape)


def orient(section: Section, model: Section, *, landscape: bool) -> None:
    """Lay ``section`` out like ``model`` (which may be ``section`` itself), portrait or landscape.

    Turning a page turns its margins with it: the portrait top margin becomes
    the landscape left margin.
    """
    width, height = sorted((model.page_width, model.page_height))
    margins = [model.left_margin, model.top_margin, model.right_margin, model.bottom_margin]
    if (model.page_width > model.page_height) != landscape:
        margins = [margins[1], margins[0], margins[3], margins[2]]
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.left_margin, section.top_margin, section.right_margin, section.bottom_margin = margins


def restart_numbering(document: DocxDocument, style_name: str) -> int:
    """A new list instance of the numbering ``style_name`` uses, starting again at 1.

    Returns its ``numId``, to set on the paragraphs of one numbered list.
    """
    style = document.styles[style_name]
    num_pr = style.element.pPr.numPr if style.element.pPr is not None else None
    if num_pr is None or num_pr.numId is None:
        raise ValueError(f"the style “{style_name}” has no list numbering")
    numbering = document.part.numbering_part.element
    abstract_id = numbering.num_having_numId(num_pr.numId.val).abstractNumId.val
    num = numbering.add_num(abstract_id)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    return num.numId


def set_list(paragraph: Paragraph, num_id: int) -> None:
    """Put the paragraph in list ``num_id`` (from :func:`restart_numbering`), first level."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def update_fields_on_open(document: DocxDocument) -> None:
    """Ask Word to refresh every field (the contents, page numbers) when it opens the file."""
    settings = document.settings.element
    flag = settings.find(qn("w:updateFields"))
    if flag is None:
        flag = OxmlElement("w:updateFields")
        settings.append(flag)
    flag.set(qn("w:val"), "true")

