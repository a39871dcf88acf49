"""Paragraphs, runs and table rows written as WordprocessingML text and parsed in one go.

python-docx builds a document one element at a time, each step a search of
its parent's children (and a run's text one character at a time), which made
long narratives and long tables (the chronology) the slowest part of an
export. These functions write the same XML as text instead: the same
elements, attributes and order that python-docx's ``add_paragraph``,
``add_run``, ``bold``/``italic``, ``add_row`` and ``cell.width`` and
:mod:`.ooxml`'s helpers produce, so the file is unchanged. :func:`element`
and :func:`elements` turn the text into elements of python-docx's own
classes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from html import escape  # not xml.sax.saxutils, whose import loads the HTTP client

from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml

from .safe_text import xml_safe

_CODE_HYPHEN = re.compile(r"(?<=\w)-(?=\w)(?=[^\s]*\d)|(?<=\d)-(?=\w)")
"""A hyphen inside a code with digits ("2102-1102", "CAD-2211-0394"), where a line must never break."""
_RUN_BREAKS = re.compile(r"(\t|\r|\n)")
_BREAK_ELEMENTS = {"\t": "<w:tab/>", "\r": "<w:br/>", "\n": "<w:br/>"}
_NAME_END = re.compile(r"[\s/>]")
_MARKS = (("bold", "<w:b/>"), ("italic", "<w:i/>"))
"""Run marks and their elements, in the order Word's schema puts them."""


def _t(text: str, *, preserve: bool) -> str:
    space = ' xml:space="preserve"' if preserve else ""
    return f"<w:t{space}>{escape(text, quote=False)}</w:t>"


def _run_content(text: str) -> str:
    """What python-docx's ``run.text = text`` puts in a run: text, tabs and line breaks (space kept at either end)."""
    parts = []
    for piece in _RUN_BREAKS.split(text):
        if piece in _BREAK_ELEMENTS:
            parts.append(_BREAK_ELEMENTS[piece])
        elif piece:
            parts.append(_t(piece, preserve=len(piece.strip()) < len(piece)))
    return "".join(parts)


def run(text: str, marks: Collection[str] | None = None) -> str:
    """A ``w:r`` of ``text`` as python-docx's ``add_run(text)`` writes it.

    ``marks`` ("bold", "italic") are set as python-docx's ``bold`` and ``italic`` setters write them; an empty
    collection gives the empty properties (``<w:rPr/>``) those setters leave when given ``None``, and ``None``
    no properties at all.
    """
    properties = "" if marks is None else f"<w:rPr>{''.join(e for mark, e in _MARKS if mark in marks)}</w:rPr>"
    return f"<w:r>{properties}{_run_content(text)}</w:r>"


def code_run(text: str) -> str:
    """A ``w:r`` of ``text`` with every hyphen inside a reference number non-breaking (``w:noBreakHyphen``)."""
    first, *rest = _CODE_HYPHEN.split(text)
    content = [_run_content(first)]
    for piece in rest:
        content.append("<w:noBreakHyphen/>")
        if piece:
            content.append(_t(piece, preserve=True))
    return f"<w:r>{''.join(content)}</w:r>"


def paragraph(style_id: str, runs: str = "") -> str:
    """A ``w:p`` in style ``style_id`` holding ``runs`` (written by :func:`run` or :func:`code_run`)."""
    return f'<w:p><w:pPr><w:pStyle w:val="{escape(style_id)}"/></w:pPr>{runs}</w:p>'


def lines(text: str, style_id: str) -> str:
    """A :func:`paragraph` in style ``style_id`` for each line of ``text``, made XML-safe, in a :func:`code_run`."""
    return "".join(paragraph(style_id, code_run(xml_safe(line))) for line in text.split("\n"))


def cell(text: str | None, style_id: str, width_twips: int, *, fill: str = "", merge: str = "",
         upright: bool = False) -> str:
    """A ``w:tc`` of ``width_twips`` holding the :func:`lines` of ``text`` (``None``: one empty paragraph).

    ``fill`` shades it (hex colour), ``merge`` ("restart" or "continue") joins it to the cells above or below,
    ``upright`` writes its text bottom to top.
    """
    properties = [f'<w:tcW w:type="dxa" w:w="{width_twips}"/>']
    if merge:
        properties.append('<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>")
    if upright:
        properties.append('<w:textDirection w:val="btLr"/>')
    if fill:
        properties.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{escape(fill)}"/>')
    content = "<w:p/>" if text is None else lines(text, style_id)
    return f"<w:tc><w:tcPr>{''.join(properties)}</w:tcPr>{content}</w:tc>"


def row(cells: Iterable[str], *, header: bool = False, height_twips: int | None = None) -> str:
    """A ``w:tr`` of ``cells`` that never splits across pages; a ``header`` row repeats on every page.

    ``height_twips`` makes the row at least that tall.
    """
    properties = f'<w:trHeight w:val="{height_twips}" w:hRule="atLeast"/>' if height_twips is not None else ""
    properties += '<w:tblHeader w:val="true"/>' if header else ""
    return f'<w:tr><w:trPr>{properties}<w:cantSplit w:val="true"/></w:trPr>{"".join(cells)}</w:tr>'


def table(rows: Iterable[str], widths_twips: Sequence[int], style_id: str | None, *, centred: bool) -> str:
    """A ``w:tbl`` of ``rows`` with python-docx's table properties, in style ``style_id`` (``None``: the template's
    default table style), its columns fixed at ``widths_twips`` and the table ``centred`` on the page if asked."""
    style = "" if style_id is None else f'<w:tblStyle w:val="{escape(style_id)}"/>'
    centre = '<w:jc w:val="center"/>' if centred else ""
    look = ('<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1"'
            ' w:val="04A0"/>')
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths_twips)
    properties = f'{style}<w:tblW w:type="auto" w:w="0"/>{centre}<w:tblLayout w:type="fixed"/>{look}'
    return f'<w:tbl><w:tblPr>{properties}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


def element(xml: str):
    """The one element written as ``xml``, as a python-docx element.

    It is parsed as the root of its own document: lxml moves such an element into the report at once, where moving
    a large element out from under another parsed one is slow (over a second for a 1,000-row table).
    """
    name_end = _NAME_END.search(xml).start()
    return parse_xml(f"{xml[:name_end]} {nsdecls('w')}{xml[name_end:]}")


def elements(xml: str) -> list:
    """The small elements written one after another as ``xml``, as python-docx elements."""
    return list(parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>"))
