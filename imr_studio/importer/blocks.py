"""Reading a Word file as a flat list of blocks: headings, paragraphs and tables, in the order they appear.

A heading is a paragraph in a heading or title style, or, in files whose
authors never used those styles, a short paragraph that is bold throughout
or a numbered line such as "3. Methodology" whose words are a known section
(decided later by :mod:`.layout`). Bad input raises :class:`WordImportError`
with one line for the user; nothing is written.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml.ns import qn

MAX_BYTES = 100 * 1024 * 1024
"""A Word file larger than this is refused rather than read into memory."""
MAX_BLOCKS = 200_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LEADING_NUMBER = re.compile(r"^\s*(?:section\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.):]?\s+", re.IGNORECASE)
_SHORT = 12
"""A paragraph of at most this many words, bold throughout, may be a heading."""


class WordImportError(ValueError):
    """A Word file that cannot be imported, with the reason in one line."""


@dataclass
class Block:
    """A heading (``level`` 1 or more), a paragraph (``level`` 0) or a table (``rows``)."""

    kind: str
    text: str = ""
    level: int = 0
    list_style: str = ""
    """"bullet" or "number" for a list item, "" for a plain paragraph."""
    rows: list[list[str]] = field(default_factory=list)
    numbered: bool = False
    """The heading's text began with a number ("3. Methodology"), which is left out of ``text``."""
    position: int = 0
    """The block's place in the file (1 = first), for messages."""


def read_blocks(path: Path) -> list[Block]:
    """The blocks of the Word file at ``path``; raises :class:`WordImportError` for anything that is not one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WordImportError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise WordImportError(f"{path.name} is {size // (1024 * 1024)} MB; IMR Studio imports Word files of up to "
                              f"{MAX_BYTES // (1024 * 1024)} MB")
    with path.open("rb") as handle:
        start = handle.read(8)
    if start == _OLE_MAGIC:
        raise WordImportError(f"{path.name} is password-protected or in the old .doc format: open it in Word, "
                              "remove the password or save it as a .docx, then import that")
    if not zipfile.is_zipfile(path):
        raise WordImportError(f"{path.name} is not a Word document (.docx)")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise WordImportError(f"{path.name} is not a Word document that can be read ({exc.__class__.__name__})") from None
    blocks: list[Block] = []
    styles = {style.style_id: style for style in document.styles}
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            block = _paragraph(element, styles)
        elif element.tag == qn("w:tbl"):
            block = Block("table", rows=_rows(element))
        else:
            continue
        if block is not None:
            block.position = len(blocks) + 1
            blocks.append(block)
        if len(blocks) > MAX_BLOCKS:
            raise WordImportError(f"{path.name} has more than {MAX_BLOCKS} paragraphs and tables, too many to import")
    return blocks


def _text(element) -> str:
    parts = []
    for node in element.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:noBreakHyphen")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:noBreakHyphen"):
            parts.append("-")
        else:
            parts.append(" " if node.tag == qn("w:tab") else "\n")
    return "".join(parts)


def _style_name(element, styles) -> str:
    style = element.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    if style is None:
        return ""
    found = styles.get(style.get(qn("w:val")))
    return (found.name if found is not None else style.get(qn("w:val"))) or ""


def _heading_level(name: str) -> int:
    lowered = name.lower()
    if lowered == "title":
        return 1
    match = re.match(r"heading\s*(\d)", lowered)
    return int(match.group(1)) if match else 0


def _all_bold(element) -> bool:
    runs = [r for r in element.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
    return bool(runs) and all(r.find(qn("w:rPr") + "/" + qn("w:b")) is not None
                              and r.find(qn("w:rPr") + "/" + qn("w:b")).get(qn("w:val"), "true") not in ("0", "false")
                              for r in runs)


def _paragraph(element, styles) -> Block | None:
    text = " ".join(_text(element).split())
    if not text:
        return None
    name = _style_name(element, styles)
    if re.match(r"(?i)^(toc|contents)\b", name) or element.find(".//" + qn("w:instrText")) is not None and "PAGEREF" in "".join(
            t.text or "" for t in element.iter(qn("w:instrText"))):
        return None  # a contents list: its entries repeat the headings
    level = _heading_level(name)
    numbered = bool(_LEADING_NUMBER.match(text))
    if level:
        return Block("heading", _LEADING_NUMBER.sub("", text) if numbered else text, level=level, numbered=numbered)
    short = len(text.split()) <= _SHORT and not text.endswith((".", ":", ";", ","))
    if short and _all_bold(element):
        return Block("heading", _LEADING_NUMBER.sub("", text) if numbered else text, level=2, numbered=numbered)
    list_style = ""
    if element.find(qn("w:pPr") + "/" + qn("w:numPr")) is not None or "list" in name.lower():
        list_style = "bullet" if "bullet" in name.lower() else "number"
    elif re.match(r"^[•\-–·▪]\s+", text):
        list_style, text = "bullet", re.sub(r"^[•\-–·▪]\s+", "", text)
    candidate = short and numbered and len(text.split()) <= 8
    return Block("paragraph", text, list_style=list_style, numbered=candidate)


def _rows(table) -> list[list[str]]:
    rows = []
    for tr in table.iter(qn("w:tr")):
        cells = []
        for tc in tr.findall(qn("w:tc")):
            paragraphs = ["".join(_text(p).split("\n")).strip() for p in tc.iter(qn("w:p"))]
            cells.append("\n".join(p for p in paragraphs if p))
        if any(cell.strip() for cell in cells):
            rows.append(cells)
    return rows
