"""People named in the text who are not subjects: officers, staff, neighbours, witnesses.

:func:`suggest_people` lists names the author may need to add under Review
details › Other people named, so that the publication version shows a role in
their place: a name after a rank or title ("PC 1234 Jones", "DS Amy Patel",
"Mrs Green"), where no subject or other person already has it.

Qt-free.
"""

from __future__ import annotations

import re

from ..model.document import Document
from ..model.search import texts
from .names import normalise
from .pseudonyms import leak_names, rank_or_title

_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "it", "his", "her",
                        "their", "on", "in", "at", "to", "of", "and", "but", "when", "then", "there", "after", "before"})
"""Words that start a sentence after a rank or title written at the end of the last one."""
_NAME = r"((?:[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)*)(?:\s+[A-Z][a-z]+(?:['’\-][A-Z]?[a-z]+)*)?)"


def suggest_people(document: Document) -> list[str]:
    """Names after a rank or title in the author's text that belong to nobody recorded yet, in order of first use."""
    pattern = re.compile(rf"(?<![\w])(?i:{rank_or_title()}){_NAME}")
    known = set(leak_names(document))
    found: list[str] = []
    for _path, text in texts(document):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.split()[0].lower() in _NOT_NAMES:
                continue
            if normalise(name)[0] not in known and name not in found:
                found.append(name)
    return found
