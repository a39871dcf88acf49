"""Importing an IMR written in Word: ``import_word(path)`` gives a project and a summary of what went where.

Qt-free. The headings, table columns and labels it recognises are data
(``resources/import_layout.json``) a force can extend.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model.document import Document
from ..storage import dumps, loads
from .assemble import Placed, assemble
from .blocks import WordImportError, read_blocks

MIN_SECTIONS = 2
"""A Word file is taken for an IMR when at least this many of its headings are sections of one."""

__all__ = ["ImportResult", "Placed", "WordImportError", "import_word"]


@dataclass
class ImportResult:
    """The imported project and the summary: each part, what it got, and how sure the import was."""

    document: Document
    summary: list[Placed]


def import_word(path: str | Path) -> ImportResult:
    """Read the Word IMR at ``path`` into a new project.

    Raises :class:`WordImportError` (one line, nothing written) for a file that
    is not a .docx, is password-protected, is too large, or has fewer than
    :data:`MIN_SECTIONS` headings the layout recognises as sections of an IMR.
    """
    path = Path(path)
    blocks = read_blocks(path)
    document, summary = assemble(blocks)
    document = loads(dumps(document))  # as a saved file would be read back: every value checked against the model
    if len({line.part for line in summary if line.what.startswith("from the heading")}) < MIN_SECTIONS:
        raise WordImportError(f"{path.name} does not read as an IMR: IMR Studio recognises fewer than "
                              f"{MIN_SECTIONS} of its headings as sections of one (such as Methodology, Chronology, "
                              "Analysis or Recommendations)")
    return ImportResult(document, summary)
