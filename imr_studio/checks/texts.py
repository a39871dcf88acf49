"""Every piece of prose in a document, in the reading order of the Word report.

The Word report presents the sections in the order the document model
declares them (review details, characteristics, methodology, overview of
police contact, analysis, learning, recommendations, dissemination with the
glossary last), and within each section the fields and list items in their
declared order. That is the reading order the acronym rule uses ("defined at
or before first use").

Each narrative paragraph is a separate :class:`TextSpot` whose path ends with
the paragraph index. Names, pseudonyms, pick-list keys and other fields that
are not prose are left out.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from msgspec import Struct

from ..model.addressing import Path, key_of
from ..model.document import Document
from ..model.narrative import Paragraph
from ..model.sections import prose_sections

REPORT_SECTIONS = prose_sections()
"""The sections whose text the checks read, in order (``resources/sections.json``)."""

# Fields that hold names, keys from pick-lists or identifiers rather than prose.
_NOT_PROSE = frozenset(
    {
        "id",
        "key",
        "subject_id",
        "role",
        "real_name",
        "aliases",
        "pseudonym",
        "identifiers",
        "publication_exceptions",
        "protective_marking",
        "date_precision",
        "time",
        "date",
        "event_type",
        "risk_grading",
        "verdict",
        "scope",
        "status",
        "strand",
        "format",
        "characteristics",
        "review_type",
        "death_type",
    }
)


@dataclass(frozen=True)
class TextSpot:
    """One string of prose: its section, its document path and its text."""

    section: str
    path: Path
    text: str


@functools.lru_cache(maxsize=None)
def _prose_fields(cls: type) -> tuple[str, ...]:
    return tuple(n for n in cls.__struct_fields__ if n not in _NOT_PROSE and not n.endswith("_ids"))


def _walk(node: object, section: str, path: Path) -> Iterator[TextSpot]:
    if isinstance(node, Struct):
        for name in _prose_fields(type(node)):
            value = getattr(node, name)
            if isinstance(value, str):
                if value:
                    yield TextSpot(section, path + (name,), value)
            elif isinstance(value, (list, Struct)):
                yield from _walk(value, section, path + (name,))
    elif isinstance(node, list):
        for index, element in enumerate(node):
            if isinstance(element, Paragraph):
                if element.text:
                    yield TextSpot(section, path + (index,), element.text)
            elif isinstance(element, Struct):
                yield from _walk(element, section, path + (key_of(element),))
    elif isinstance(node, str) and node:
        yield TextSpot(section, path, node)


def iter_texts(document: Document, sections: tuple[str, ...] = REPORT_SECTIONS) -> Iterator[TextSpot]:
    """Yield every piece of prose of ``sections`` in reading order."""
    for section in sections:
        yield from _walk(getattr(document, section), section, (section,))


def plain_document(text: str) -> list[TextSpot]:
    """A plain text file as prose to check: one spot per line, in a section called ``text``.

    The path of each spot is ``("text", line_index)``; the ``lint`` command
    turns spans back into offsets in the whole text.
    """
    return [TextSpot("text", ("text", index), line) for index, line in enumerate(text.split("\n")) if line]


def words_by_section(document: Document, spots: Iterable[TextSpot] | None = None) -> dict[str, int]:
    """How many words of prose each section holds (the word count an author sees per section).

    ``spots`` are ``document``'s texts when the caller has them already.
    """
    counts = dict.fromkeys(REPORT_SECTIONS, 0)
    for spot in iter_texts(document) if spots is None else spots:
        counts[spot.section] += _word_count(spot.text)
    return counts


@functools.lru_cache(maxsize=65536)
def _word_count(text: str) -> int:
    """Words in ``text`` (remembered: most texts are the same from one count to the next)."""
    return len(text.split())
