"""The report's glossary.

Only the project's own glossary entries for now (``project_glossary_rows``);
the acronyms found in the text will join them once the acronym check
(``imr_studio.checks.acronyms``) exists.
"""

from __future__ import annotations

from ..model.document import Document


def project_glossary_rows(document: Document) -> list[list[str]]:
    """``[term, definition]`` for every glossary entry of the project, sorted by term."""
    entries = [e for e in document.dissemination.glossary if e.term.strip()]
    return [[e.term, e.definition] for e in sorted(entries, key=lambda e: e.term.casefold())]

