"""The WordprocessingML the export writes as text is the XML python-docx would have built, element for element."""

from __future__ import annotations

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.oxml.text.paragraph import CT_P
from docx.shared import Emu
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from imr_studio.export import wordml
from imr_studio.export.writer import _merges

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
               | st.sampled_from("\t\n\r -&<>\"'"))
"""Any text a Word file can hold, with plenty of tabs, breaks, spaces and characters XML escapes."""


def _flag(tag: str):
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    return flag


def _body(document) -> bytes:
    return etree.tostring(document.element.body)


def _with_python_docx(build) -> bytes:
    document = docx.Document()
    build(document)
    return _body(document)


def _with_wordml(xml: str) -> bytes:
    document = docx.Document()
    document.element.body.sectPr.addprevious(wordml.element(xml))
    return _body(document)


@given(TEXT)
def test_a_run_is_what_python_docx_writes_for_the_same_text(text):
    def build(document):
        paragraph = document.add_paragraph()
        paragraph._p.style = "Normal"
        paragraph.add_run(text)

    assert _with_wordml(wordml.paragraph("Normal", wordml.run(text))) == _with_python_docx(build)


@given(TEXT, st.sets(st.sampled_from(["bold", "italic", "underline"])))
def test_a_marked_run_is_what_python_docxs_bold_and_italic_setters_write(text, marks):
    def build(document):
        paragraph = document.add_paragraph()
        paragraph._p.style = "Normal"
        run = paragraph.add_run(text)
        run.bold = True if "bold" in marks else None
        run.italic = True if "italic" in marks else None

    assert _with_wordml(wordml.paragraph("Normal", wordml.run(text, marks))) == _with_python_docx(build)


def test_hyphens_inside_reference_numbers_do_not_break_and_others_do():
    assert wordml.code_run("CAD log 220625-0871") == (
        '<w:r><w:t>CAD log 220625</w:t><w:noBreakHyphen/><w:t xml:space="preserve">0871</w:t></w:r>')
    assert wordml.code_run("RMS-22-1") == (
        '<w:r><w:t>RMS</w:t><w:noBreakHyphen/><w:t xml:space="preserve">22</w:t><w:noBreakHyphen/>'
        '<w:t xml:space="preserve">1</w:t></w:r>')
    assert wordml.code_run("body-worn video") == "<w:r><w:t>body-worn video</w:t></w:r>"
    assert wordml.code_run("") == "<w:r></w:r>"


def test_cell_lines_are_made_xml_safe_one_paragraph_each():
    xml = wordml.lines("first\x0bline\nsecond\x01", "TableText")
    paragraphs = wordml.elements(xml)
    assert [p.style for p in paragraphs] == ["TableText", "TableText"]
    assert ["".join(t.text for t in p.iter(qn("w:t"))) for p in paragraphs] == ["first line", "second"]


def test_a_table_is_what_python_docx_writes_for_the_same_table():
    widths = [Emu(1_270_000), Emu(2_540_000)]

    def build(document):
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            column.set(qn("w:w"), str(width.twips))
        for index, values in enumerate([("Date", "What"), ("1 May", "A & B\nC"), ("", None)]):
            row = table.add_row()
            properties = row._tr.get_or_add_trPr()
            properties.extend(_flag(tag) for tag in (["w:tblHeader"] if index == 0 else []) + ["w:cantSplit"])
            for cell, value, width in zip(row.cells, values, widths):
                cell.width = width
                if value is None:
                    continue
                for number, line in enumerate(value.split("\n")):
                    paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                    paragraph._p.style = "TableHeading" if index == 0 else "TableText"
                    paragraph.add_run(line)

    twips = [width.twips for width in widths]
    rows = [wordml.row([wordml.cell(title, "TableHeading", width) for title, width in zip(("Date", "What"), twips)],
                       header=True),
            wordml.row([wordml.cell("1 May", "TableText", twips[0]), wordml.cell("A & B\nC", "TableText", twips[1])]),
            wordml.row([wordml.cell("", "TableText", twips[0]), wordml.cell(None, "TableText", twips[1])])]
    assert _with_wordml(wordml.table(rows, twips, "TableGrid", centred=True)) == _with_python_docx(build)


def test_a_cell_puts_its_properties_in_the_order_the_export_always_wrote_them():
    cell = wordml.elements(wordml.cell("x", "TableText", 100, fill="D9E2F3", merge="restart", upright=True))[0]
    assert [etree.QName(e).localname for e in cell.tcPr] == ["tcW", "vMerge", "textDirection", "shd"]
    continuing = wordml.elements(wordml.cell(None, "TableText", 100, merge="continue"))[0]
    assert continuing.tcPr.vMerge.get(qn("w:val")) is None and len(continuing.p_lst[0]) == 0


def test_an_element_is_python_docxs_own_and_joins_a_document_without_declaring_its_namespace_again():
    table = wordml.element(wordml.table([], [100], None, centred=False))
    paragraph = wordml.element(wordml.paragraph("Normal", wordml.run("x")))
    assert isinstance(table, CT_Tbl) and isinstance(paragraph, CT_P)
    document = docx.Document()
    document.element.body.sectPr.addprevious(paragraph)
    assert b"<w:p><w:pPr>" in _body(document)


def test_rows_with_the_same_leading_values_merge_down_their_group():
    rows = [["1", "a", "x"], ["1", "a", "y"], ["1", "a", "z"], ["2", "b", "x"], ["3", "c", "x"], ["3", "c", "y"]]
    assert _merges(rows, 2) == ["restart", "continue", "continue", "", "restart", "continue"]
    assert _merges(rows, 0) == [""] * 6
    assert _merges([], 2) == []
