"""The one declaration of the IMR's sections: their order, titles, report headings and pages.

The sections are data, in ``resources/sections.json``. The navigator and the
wizard's order, the pages' titles, the checks (which sections hold prose),
the Word report (its headings and their order), ``imr-studio info`` and
``shots`` all read them from here. Adding a section means adding it there,
its part of the :class:`~imr_studio.model.document.Document` and its page;
the report and the progress panel have a plain default for a section they
have no special way of showing.

Qt-free; this module imports nothing else from the model, so the document
itself can take its section titles from here.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from .. import paths


@dataclass(frozen=True)
class Section:
    """One section of the IMR (or a part of the report of its own, such as the glossary)."""

    id: str
    title: str
    """What the navigator and the page call it ("" for a part that only the report has)."""
    report_heading: str
    """Its heading in the Word report, and its name in messages ("" when the report has none)."""
    page: str
    """The page that edits it, as ``module.Class`` under ``imr_studio.gui.pages`` ("" for none)."""
    prose: bool
    """True when the language and readability checks read its text."""
    field: str
    """The part of the project file it edits."""
    guidance: str = ""
    """What the section is for and what the review panel looks for, shown at the top of its page."""


@functools.lru_cache(maxsize=1)
def sections() -> tuple[Section, ...]:
    """Every section in order."""
    raw = json.loads(paths.resource("sections.json").read_text(encoding="utf-8"))
    return tuple(
        Section(
            id=entry["id"],
            title=entry["title"],
            report_heading=entry["report_heading"],
            page=entry["page"],
            prose=bool(entry["prose"]),
            field=entry.get("field", entry["id"]),
            guidance=entry.get("guidance", ""),
        )
        for entry in raw["sections"]
    )


def section(section_id: str) -> Section:
    """The section called ``section_id``; KeyError when there is none."""
    for candidate in sections():
        if candidate.id == section_id:
            return candidate
    raise KeyError(section_id)


def with_pages() -> tuple[Section, ...]:
    """The sections the author edits, each on a page of its own, in the wizard's order."""
    return tuple(s for s in sections() if s.page)


def in_report() -> tuple[Section, ...]:
    """The parts of the Word report, in order."""
    return tuple(s for s in sections() if s.report_heading)


def prose_sections() -> tuple[str, ...]:
    """The sections whose text the language and readability checks read, in order."""
    return tuple(s.id for s in sections() if s.prose)


def report_heading(section_id: str) -> str:
    """The report heading of section ``section_id`` (its name in messages)."""
    return section(section_id).report_heading


def section_title(section_id: str) -> str:
    """The title of section ``section_id`` as the app shows it (for a part that is not in the report)."""
    return section(section_id).title
