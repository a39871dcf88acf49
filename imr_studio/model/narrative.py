"""Narrative text: paragraphs with a small, documented formatting subset.

A narrative field (for example the methodology narrative) is a list of
:class:`Paragraph`. Each paragraph holds its words in ``text`` (never a line
break: a new line starts a new paragraph), a ``style`` (ordinary body text,
a bullet-list item or a numbered-list item) and optional ``marks``: spans of
``text`` shown in bold or italic. This is the one representation the editor,
the checks and the Word export share; see ``docs/FILE_FORMAT.md``.

The plain text of a narrative is its paragraphs joined with ``"\\n"``, so a
character offset in that plain text identifies a place in the narrative.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from msgspec import Meta, Struct

ParagraphStyle = Literal["body", "bullet", "number"]
MarkStyle = Literal["bold", "italic"]


class Mark(Struct, kw_only=True, forbid_unknown_fields=True, frozen=True):
    """Bold or italic formatting over ``text[start:end]`` of one paragraph."""

    start: Annotated[int, Meta(ge=0, title="Start")]
    end: Annotated[int, Meta(ge=0, title="End")]
    style: Annotated[MarkStyle, Meta(title="Style")]


class Paragraph(Struct, kw_only=True, forbid_unknown_fields=True, omit_defaults=True, frozen=True):
    """One paragraph or list item of a narrative."""

    text: Annotated[str, Meta(title="Text")] = ""
    style: Annotated[ParagraphStyle, Meta(title="Paragraph style")] = "body"
    marks: Annotated[tuple[Mark, ...], Meta(title="Formatting")] = ()

    def __post_init__(self) -> None:
        if "\n" in self.text:
            raise ValueError("a paragraph cannot contain a line break; start a new paragraph instead")
        for mark in self.marks:
            if not mark.start < mark.end <= len(self.text):
                raise ValueError(
                    f"formatting from character {mark.start} to {mark.end} lies outside "
                    f"the paragraph's {len(self.text)} characters"
                )


Narrative = Annotated[list[Paragraph], Meta(title="Narrative")]


def plain_text(narrative: list[Paragraph]) -> str:
    """Return the narrative's words, one paragraph per line."""
    return "\n".join(p.text for p in narrative)


def from_plain_text(text: str) -> list[Paragraph]:
    """Build an unformatted narrative, one paragraph per line of ``text``.

    An empty or whitespace-only ``text`` gives an empty narrative.
    """
    if not text.strip():
        return []
    return [Paragraph(text=line) for line in text.split("\n")]


def is_blank(narrative: list[Paragraph]) -> bool:
    """True when the narrative has no words at all."""
    return not any(p.text.strip() for p in narrative)


def word_count(narrative: list[Paragraph]) -> int:
    """Number of whitespace-separated words in the narrative."""
    return sum(len(p.text.split()) for p in narrative)


_TYPED_MARKER = re.compile(r"(?:(?P<bullet>[\u00b7\u2022\u25aa\u25e6\u2023\u2043\uf0b7o§*-])|(?P<number>\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]))[\s\u00a0]+")


def lists_from_typed_markers(narrative: list[Paragraph]) -> list[Paragraph]:
    """Turn body paragraphs that begin with a typed bullet or number into list items.

    Word, web pages and plain-text sources often paste a list as paragraphs
    starting with "·", "•", "-" or "1." followed by spaces: the marker is
    dropped and the paragraph becomes a bullet or numbered item, its words and
    formatting kept.
    """
    result = []
    for paragraph in narrative:
        found = _TYPED_MARKER.match(paragraph.text) if paragraph.style == "body" else None
        if found is None or not paragraph.text[found.end() :].strip():
            result.append(paragraph)
            continue
        cut = found.end()
        marks = tuple(
            Mark(start=max(0, mark.start - cut), end=mark.end - cut, style=mark.style)
            for mark in paragraph.marks
            if mark.end > cut
        )
        style: ParagraphStyle = "bullet" if found.group("bullet") else "number"
        result.append(Paragraph(text=paragraph.text[cut:], style=style, marks=marks))
    return result


def replace_span(paragraph: Paragraph, start: int, end: int, text: str) -> Paragraph:
    """``paragraph`` with ``text[start:end]`` replaced by ``text``; formatting around it moves with the words.

    A mark that covered the replaced words covers the replacement.
    """
    shift = len(text) - (end - start)

    def moved(offset: int, is_end: bool) -> int:
        if offset < start or (offset == start and not is_end):
            return offset
        if offset >= end:
            return offset + shift
        return start + len(text) if is_end else start

    marks = tuple(
        Mark(start=moved(mark.start, False), end=moved(mark.end, True), style=mark.style)
        for mark in paragraph.marks
        if moved(mark.start, False) < moved(mark.end, True)
    )
    return Paragraph(text=paragraph.text[:start] + text + paragraph.text[end:], style=paragraph.style, marks=marks)
