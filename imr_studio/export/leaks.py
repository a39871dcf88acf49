"""Looking through a finished Word file for real names that must not be published.

Every part a reader can see is searched: the body and its tables, headers,
footers, footnotes, endnotes, comments and the document properties. Text is
joined per paragraph first, so a name split over several runs is still found,
and normalised as a reader sees it (:mod:`.names`), so a soft hyphen or a
zero-width character inside a name hides nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from lxml import etree

from .names import normalise, original_span

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


Spans = Callable[[str, str, list[int]], list[tuple[int, int]]]
"""What must not be there: given normalised text, the original and each character's origin, spans of the
normalised text (see :meth:`~.pseudonyms.LeakFinder.spans`)."""


def _context(text: str, span: tuple[int, int]) -> str:
    start, end = max(0, span[0] - 30), min(len(text), span[1] + 30)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _found_in(text: str, spans: Spans) -> list[str]:
    plain, origin = normalise(text)
    return [_context(text, original_span(origin, *span)) for span in spans(plain, text, origin)]


def find_names(data: bytes, spans: Spans) -> list[tuple[str, str]]:
    """``(where, words around it)`` for everything ``spans`` finds in the .docx ``data``."""
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in sorted(n for n in archive.namelist() if _PARTS.match(n)):
            root = etree.fromstring(archive.read(part))
            if part.startswith("docProps/"):
                for element in root.iter():
                    place = f"document properties ({etree.QName(element).localname})"
                    found += [(place, context) for context in _found_in(element.text or "", spans)]
                continue
            for number, paragraph in enumerate(root.iter(f"{_W}p"), 1):
                text = "".join((t.text or "") if t.tag == f"{_W}t" else "-"
                               for t in paragraph.iter(f"{_W}t", f"{_W}noBreakHyphen"))
                found += [(_where(part, paragraph, number), context) for context in _found_in(text, spans)]
    return found


def find_names_in_text(text: str, spans: Spans, where: str) -> list[tuple[str, str]]:
    """``(where line N, words around it)`` for everything ``spans`` finds in plain ``text``."""
    return [(f"{where}, line {number}", context)
            for number, line in enumerate(text.splitlines(), 1) for context in _found_in(line, spans)]
