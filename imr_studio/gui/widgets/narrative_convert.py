"""Converting between narratives and Qt rich-text documents.

Only the model's formatting subset survives: paragraphs, bullet and numbered
lists, bold and italic. Anything else a rich-text source carries (fonts,
colours, tables, images, hidden styles) is dropped; its words are kept.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

from ...model.narrative import Mark, Paragraph
from ...model.text import clean_line

_BULLET_STYLES = {QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare}
PARAGRAPH_SPACING = 6
"""Space below each paragraph, in pixels, so paragraphs read as paragraphs."""
_LIST_FORMATS = {"bullet": QTextListFormat.Style.ListDisc, "number": QTextListFormat.Style.ListDecimal}


def _merge_marks(spans: list[tuple[int, int, str]]) -> tuple[Mark, ...]:
    merged: list[list] = []
    for start, end, style in sorted(spans, key=lambda s: (s[2], s[0])):
        if merged and merged[-1][2] == style and merged[-1][1] == start:
            merged[-1][1] = end
        else:
            merged.append([start, end, style])
    return tuple(Mark(start=s, end=e, style=st) for s, e, st in sorted(merged, key=lambda m: (m[0], m[2])))


def to_narrative(document: QTextDocument) -> list[Paragraph]:
    """Read a Qt document as a narrative (empty when it holds no words)."""
    paragraphs: list[Paragraph] = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        style = "body"
        if text_list is not None:
            style = "bullet" if text_list.format().style() in _BULLET_STYLES else "number"
        parts: list[str] = []
        spans: list[tuple[int, int, str]] = []
        offset = 0
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                piece = clean_line(fragment.text().replace("\ufffc", ""))
                fmt = fragment.charFormat()
                if piece:
                    end = offset + len(piece)
                    if fmt.fontWeight() >= QFont.Weight.DemiBold:
                        spans.append((offset, end, "bold"))
                    if fmt.fontItalic():
                        spans.append((offset, end, "italic"))
                    parts.append(piece)
                    offset = end
            iterator += 1
        paragraphs.append(Paragraph(text="".join(parts), style=style, marks=_merge_marks(spans)))
        block = block.next()
    if all(not p.text.strip() for p in paragraphs):
        return []
    return paragraphs


def _char_format(bold: bool, italic: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def _segments(paragraph: Paragraph) -> list[tuple[str, bool, bool]]:
    cuts = sorted({0, len(paragraph.text), *(m.start for m in paragraph.marks), *(m.end for m in paragraph.marks)})
    result = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m.style for m in paragraph.marks if m.start <= start and end <= m.end]
        result.append((paragraph.text[start:end], "bold" in covering, "italic" in covering))
    return result


def fill_document(document: QTextDocument, narrative: list[Paragraph]) -> None:
    """Replace the contents of a Qt document with a narrative."""
    document.clear()
    cursor = QTextCursor(document)
    spacing = QTextBlockFormat()
    spacing.setBottomMargin(PARAGRAPH_SPACING)
    cursor.setBlockFormat(spacing)
    current_list = None
    previous_style = "body"
    for index, paragraph in enumerate(narrative):
        if index:
            cursor.insertBlock()
        if paragraph.style == "body":
            inherited = cursor.block().textList()
            if inherited is not None:
                inherited.remove(cursor.block())
                block_format = cursor.blockFormat()
                block_format.setIndent(0)
                cursor.setBlockFormat(block_format)
            current_list = None
        elif current_list is None or paragraph.style != previous_style:
            list_format = QTextListFormat()
            list_format.setStyle(_LIST_FORMATS[paragraph.style])
            current_list = cursor.createList(list_format)
        else:
            current_list.add(cursor.block())
        previous_style = paragraph.style
        for text, bold, italic in _segments(paragraph):
            cursor.insertText(text, _char_format(bold, italic))
