"""Importing an IMR written in Word: ``import_word(path)`` gives a project and a summary of what went where.

Qt-free. The headings, table columns and labels it recognises are data
(``resources/import_layout.json``) a force can extend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..model.document import Document
from ..storage import dumps, loads
from .assemble import Placed, assemble
from .blocks import WordImportError, read_blocks

MIN_SECTIONS = 2
"""A Word file is taken for an IMR when at least this many of its headings are sections of one."""

__all__ = ["ImportResult", "Placed", "Progress", "WordImportError", "import_word"]

Progress = Callable[[int, int, str], None]
"""``progress(done, total, what)``: called as each step of an import starts."""

STEPS = ("Reading the Word file", "Placing the text in the sections of the IMR", "Checking the imported values")
"""The steps of an import, in order, as progress names them."""


@dataclass
class ImportResult:
    """The imported project and the summary: each part, what it got, and how sure the import was."""

    document: Document
    summary: list[Placed]


def import_word(path: str | Path, progress: Progress | None = None) -> ImportResult:
    """Read the Word IMR at ``path`` into a new project, calling ``progress`` as each of :data:`STEPS` starts.

    Raises :class:`WordImportError` (one line, nothing written) for a file that
    is not a .docx, is password-protected, is too large, or has fewer than
    :data:`MIN_SECTIONS` headings the layout recognises as sections of an IMR.
    """
    path = Path(path)
    step = progress or (lambda done, total, what: None)
    step(0, len(STEPS), STEPS[0])
    blocks = read_blocks(path)
    step(1, len(STEPS), STEPS[1])
    document, summary = assemble(blocks)
    step(2, len(STEPS), STEPS[2])
    document = loads(dumps(document))  # as a saved file would be read back: every value checked against the model
    if len({line.part for line in summary if line.what.startswith("from the heading")}) < MIN_SECTIONS:
        raise WordImportError(f"{path.name} does not read as an IMR: IMR Studio recognises fewer than "
                              f"{MIN_SECTIONS} of its headings as sections of one (such as Methodology, Chronology, "
                              "Analysis or Recommendations)")
    return ImportResult(document, summary)
