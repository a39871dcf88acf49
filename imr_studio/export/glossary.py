"""The report's glossary: the project's own entries and the acronyms the text uses."""

from __future__ import annotations

from collections.abc import Iterable

from ..checks.acronyms import terms_in, terms_used
from ..checks.rules import load_rules
from ..model.document import Document


def glossary_rows(document: Document, report_texts: Iterable[str] = ()) -> list[list[str]]:
    """``[term, meaning]`` rows sorted by term.

    The project's glossary entries come first in authority; every acronym
    the report uses whose expansion the rule packs know is added unless the
    project's glossary already has it, including those in the report's own
    fixed wording (``report_texts``: its headings, labels and title page).
    Acronyms nobody has expanded are left out (the checks report them to the
    author).
    """
    rules = load_rules()
    rows = {e.term.strip(): e.definition for e in document.dissemination.glossary if e.term.strip()}
    for term, expansion in [*terms_used(document, rules), *terms_in(report_texts, rules)]:
        if expansion and term not in rows:
            rows[term] = expansion
    return [[term, rows[term]] for term in sorted(rows, key=str.casefold)]
