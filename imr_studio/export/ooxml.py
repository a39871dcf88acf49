"""Small WordprocessingML helpers python-docx does not offer.

Fields (page numbers, contents), repeating table header rows, section breaks,
list restarts and the "update fields on open" setting. Each works
on python-docx objects and their underlying XML elements.
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


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """Append a Word field (``PAGE``, ``NUMPAGES``, ``TOC ...``) showing ``shown`` until updated."""
    element = paragraph._p
    element.append(_field_char("begin"))
    run = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run.append(text)
    element.append(run)
    element.append(_field_char("separate"))
    if shown:
        paragraph.add_run(shown)
    element.append(_field_char("end"))


def begin_field(paragraph: Paragraph, instruction: str) -> None:
    """Open a field whose result paragraphs follow; close it with :func:`end_field`."""
    add_field(paragraph, instruction)
    paragraph._p.remove(paragraph._p[-1])  # keep it open: drop the "end" just written


def end_field(paragraph: Paragraph) -> None:
    """Close the field opened by :func:`begin_field`."""
    paragraph._p.append(_field_char("end"))


def repeat_header_row(table: Table) -> None:
    """Make the table's first row repeat at the top of every page it runs onto."""
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row_properties.append(flag)


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
