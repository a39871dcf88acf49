"""Build the default report template, ``templates/report.docx``, with python-docx.

Run it from the top of a checkout after changing the layout::

    .venv/bin/python templates/build_template.py

The output is the template IMR Studio ships. A force that wants its own look
edits a copy in Word instead (see ``docs/EXPORT.md``); this script only keeps
the default reproducible.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imr_studio.export.ooxml import add_field  # noqa: E402

HERE = Path(__file__).resolve().parent
NAVY = RGBColor(0x1F, 0x38, 0x64)
FONT = "Calibri"
REPORT_NUMBERING = 90  # abstractNum and num id of the heading / paragraph numbering

TITLE_ROWS = (
    ("Review reference", "reference"),
    ("Review type", "review_type"),
    ("Commissioning partnership", "partnership"),
    ("Agency", "agency"),
    ("Author", "author"),
    ("Period under review", "period"),
    ("Report version", "version"),
    ("IMR completed", "completed"),
    ("Quality assured", "quality_assured"),
    ("Signed off", "signed_off"),
    ("Review status", "review_status"),
    ("Protective marking", "marking"),
)


def _font(style, size: float, *, bold: bool = False, italic: bool = False, colour=None) -> None:
    style.font.name = FONT
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    if colour is not None:
        style.font.color.rgb = colour


def _spacing(style, before: float, after: float) -> None:
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)


def _paragraph_style(document, name: str, base: str = "Normal"):
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles[base]
        style.quick_style = True
        return style


def _report_numbering(document) -> None:
    """Headings numbered 1, 2 ... and body paragraphs 1.1, 1.2 ... under them."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{REPORT_NUMBERING}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="NumberedParagraph"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    numbering.insert(0, abstract)
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{REPORT_NUMBERING}">'
            f'<w:abstractNumId w:val="{REPORT_NUMBERING}"/></w:num>'
        )
    )


def _number_style(style, level: int) -> None:
    style.element.get_or_add_pPr().insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{REPORT_NUMBERING}"/></w:numPr>'
        ),
    )


def _styles(document, text_width) -> None:
    styles = document.styles
    _font(styles["Normal"], 11)
    _spacing(styles["Normal"], 0, 6)
    styles["Normal"].paragraph_format.line_spacing = 1.08
    _font(styles["Title"], 26, bold=True, colour=NAVY)
    _spacing(styles["Title"], 24, 12)
    styles["Title"].element.get_or_add_pPr().remove_all("w:pBdr")
    _font(styles["Subtitle"], 16, colour=NAVY)
    _spacing(styles["Subtitle"], 0, 24)
    for name, size, italic, before in (("Heading 1", 14, False, 18), ("Heading 2", 12, False, 12), ("Heading 3", 11, True, 8)):
        _font(styles[name], size, bold=True, italic=italic, colour=NAVY)
        _spacing(styles[name], before, 6)
        styles[name].paragraph_format.keep_with_next = True
    _number_style(styles["Heading 1"], 0)
    numbered = _paragraph_style(document, "Numbered Paragraph")
    _number_style(numbered, 1)
    for name in ("List Bullet", "List Number"):
        styles[name].paragraph_format.left_indent = Cm(1.6)
        styles[name].paragraph_format.first_line_indent = Cm(-0.6)
    table_text = _paragraph_style(document, "Table Text")
    _font(table_text, 9.5)
    _spacing(table_text, 2, 2)
    table_text.paragraph_format.line_spacing = 1.0
    table_heading = _paragraph_style(document, "Table Heading", "Table Text")
    _font(table_heading, 9.5, bold=True)
    table_heading.paragraph_format.keep_with_next = True
    marking = _paragraph_style(document, "Marking")
    _font(marking, 10, bold=True)
    _spacing(marking, 0, 0)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    edition = _paragraph_style(document, "Edition", "Marking")
    _font(edition, 8)
    _font(styles["TOC Heading"], 14, bold=True, colour=NAVY)
    _number_style(styles["TOC Heading"], 0)
    styles["TOC Heading"].element.pPr.numPr.numId.val = 0  # based on Heading 1, but not numbered
    for level, indent in ((1, 0), (2, 1.0)):
        toc = _paragraph_style(document, f"TOC {level}")
        toc.paragraph_format.left_indent = Cm(indent)
        _spacing(toc, 5, 1) if level == 1 else _spacing(toc, 0, 0)
        toc.paragraph_format.tab_stops.add_tab_stop(Cm(indent + 1), WD_TAB_ALIGNMENT.LEFT)
        toc.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        toc.font.bold = level == 1


def _header_footer(section) -> None:
    header = section.header
    header.paragraphs[0].text = "{{ marking }}"
    header.paragraphs[0].style = "Marking"
    header.add_paragraph("{{ edition }}", style="Edition")
    footer = section.footer
    footer.paragraphs[0].text = "{{ marking }}"
    footer.paragraphs[0].style = "Marking"
    pages = footer.add_paragraph("{{ reference }} · Page ", style="Edition")
    add_field(pages, "PAGE", "1")
    pages.add_run(" of ")
    add_field(pages, "NUMPAGES", "1")


def _title_page(document) -> None:
    document.add_paragraph("{{ agency }}", style="Subtitle")
    document.add_paragraph("Individual Management Review", style="Title")
    document.add_paragraph("{{ review_name }}", style="Subtitle")
    document.add_paragraph("{{ edition }}", style="Marking").alignment = WD_ALIGN_PARAGRAPH.LEFT
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, key in TITLE_ROWS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].text = label
        cells[0].paragraphs[0].style = "Table Heading"
        cells[1].paragraphs[0].text = "{{ " + key + " }}"
        cells[1].paragraphs[0].style = "Table Text"
        cells[0].width, cells[1].width = Cm(5.5), Cm(10.5)
    document.add_paragraph()
    document.add_paragraph(
        "This report is the {{ agency }} contribution to the review named above. It is written for the "
        "independent chair and the review panel, and its paragraphs are numbered so that they can be "
        "referred to in discussion."
    )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("{{ body }}")


def build(out: Path) -> None:
    """Write the default template to ``out``."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1)
    section.start_type = WD_SECTION.NEW_PAGE
    _report_numbering(document)
    _styles(document, section.page_width - section.left_margin - section.right_margin)
    _header_footer(section)
    _title_page(document)
    properties = document.core_properties
    for name in ("author", "title", "subject", "keywords", "comments", "last_modified_by", "category"):
        setattr(properties, name, "")
    properties.revision = 1
    document.save(out)


if __name__ == "__main__":
    build(HERE / "report.docx")
    print(f"Wrote {HERE / 'report.docx'}")
