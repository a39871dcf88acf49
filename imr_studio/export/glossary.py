"""The report's glossary: the project's own entries and the acronyms the text uses."""

from __future__ import annotations

from ..checks.acronyms import terms_used
from ..checks.rules import load_rules
from ..model.document import Document


def glossary_rows(document: Document) -> list[list[str]]:
    """``[term, meaning]`` rows sorted by term.

    The project's glossary entries come first in authority; every acronym
    the report uses whose expansion the rule packs know is added unless the
    project's glossary already has it. Acronyms nobody has expanded are left
    out (the checks report them to the author).
    """
    rows = {e.term.strip(): e.definition for e in document.dissemination.glossary if e.term.strip()}
    for term, expansion in terms_used(document, load_rules()):
        if expansion and term not in rows:
            rows[term] = expansion
    return [[term, rows[term]] for term in sorted(rows, key=str.casefold)]
