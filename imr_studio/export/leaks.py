"""Looking through a finished Word file for real names that must not be published.

Every part a reader can see is searched: the body and its tables, headers,
footers, footnotes, endnotes, comments and the document properties. Text is
joined per paragraph first, so a name split over several runs is still found.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = re.compile(r"^(word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml|docProps/(core|app|custom)\.xml)$")
_KINDS = {"document": "body", "header": "header", "footer": "footer", "footnotes": "footnote",
          "endnotes": "endnote", "comments": "comment"}


def _where(part: str, paragraph, number: int) -> str:
    kind = re.sub(r"\d+$", "", part.rsplit("/", 1)[-1].removesuffix(".xml"))
    place = _KINDS.get(kind, kind)
    cell = next(paragraph.iterancestors(f"{_W}tc"), None)
    if cell is not None and place == "body":
        row = cell.getparent()
        table = row.getparent()
        return f"body table, row {table.index(row) - _leading(table) + 1}"
    return f"{place} ({part.rsplit('/', 1)[-1]}), paragraph {number}"


def _leading(table) -> int:
    """Children of a table before its first row (properties and grid)."""
    return sum(1 for child in table if child.tag != f"{_W}tr")


def _context(text: str, match: re.Match[str]) -> str:
    start, end = max(0, match.start() - 30), min(len(text), match.end() + 30)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def find_names(data: bytes, pattern: re.Pattern[str] | None) -> list[tuple[str, str]]:
    """``(where, words around it)`` for every match of ``pattern`` in the .docx ``data``."""
    if pattern is None:
        return []
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in sorted(n for n in archive.namelist() if _PARTS.match(n)):
            root = etree.fromstring(archive.read(part))
            if part.startswith("docProps/"):
                for element in root.iter():
                    for match in pattern.finditer(element.text or ""):
                        found.append((f"document properties ({etree.QName(element).localname})", _context(element.text, match)))
                continue
            for number, paragraph in enumerate(root.iter(f"{_W}p"), 1):
                text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t"))
                for match in pattern.finditer(text):
                    found.append((_where(part, paragraph, number), _context(text, match)))
    return found


def find_names_in_text(text: str, pattern: re.Pattern[str] | None, where: str) -> list[tuple[str, str]]:
    """``(where line N, words around it)`` for every match of ``pattern`` in plain ``text``."""
    if pattern is None:
        return []
    return [
        (f"{where}, line {number}", _context(line, match))
        for number, line in enumerate(text.splitlines(), 1)
        for match in pattern.finditer(line)
    ]
