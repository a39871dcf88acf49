"""The publication version: real names replaced by the agreed pseudonyms.

For every subject the names to replace are their full real name, each alias,
first name and surname together, and the first name and surname alone. A
surname that more than one subject shares ("Halloway" for a mother and her
daughter) is ambiguous: it is not replaced, so the leak scan reports it and
the author rewrites the sentence. Titles go with the name ("Mr Fenner"
becomes the pseudonym), possessives keep their ending ("Natalie's" becomes
"Wren's"), matching ignores capitals, and a name written in capitals gets a
pseudonym in capitals.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import msgspec

from ..model.document import Document, Subject
from ..model.narrative import Mark, Paragraph

_TITLES = r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?"


@dataclass(frozen=True)
class NameRule:
    """One way of writing a subject's name, and the pseudonym it becomes."""

    name: str
    pseudonym: str


def _tokens(name: str) -> list[str]:
    return name.split()


def _forms(subject: Subject) -> list[str]:
    """Every way of writing the subject's name, longest first."""
    forms: set[str] = set()
    for name in [subject.real_name, *subject.aliases]:
        tokens = _tokens(name)
        if not tokens:
            continue
        forms.add(" ".join(tokens))
        forms.add(tokens[0])
        if len(tokens) > 1:
            forms.add(f"{tokens[0]} {tokens[-1]}")
            forms.add(tokens[-1])
    return sorted(forms, key=len, reverse=True)


def _ambiguous(subjects: list[Subject]) -> set[str]:
    """Name forms more than one subject shares (a family surname)."""
    counts = Counter(form.casefold() for s in subjects for form in set(_forms(s)))
    return {form for form, count in counts.items() if count > 1}


def name_rules(document: Document) -> list[NameRule]:
    """The replacements for the publication version, longest name first."""
    subjects = [s for s in document.review.subjects if s.real_name.strip() or s.aliases]
    shared = _ambiguous(subjects)
    rules = [
        NameRule(form, s.pseudonym.strip())
        for s in subjects
        for form in _forms(s)
        if form.casefold() not in shared and s.pseudonym.strip()
    ]
    return sorted(rules, key=lambda r: len(r.name), reverse=True)


def leak_names(document: Document) -> list[str]:
    """Every real name form to look for in a finished publication version, shared ones included."""
    return sorted({f for s in document.review.subjects for f in _forms(s)}, key=len, reverse=True)


def name_pattern(names: list[str], *, titles: bool = False) -> re.Pattern[str] | None:
    """A pattern finding any of ``names`` as whole words, ignoring capitals."""
    if not names:
        return None
    words = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<!\w){_TITLES if titles else ''}(?:{words})(?!\w)", re.IGNORECASE)


class Pseudonymiser:
    """Replaces real names in any text of one document."""

    def __init__(self, document: Document) -> None:
        rules = name_rules(document)
        self._by_name = {" ".join(r.name.split()).casefold(): r.pseudonym for r in rules}
        self._pattern = name_pattern([r.name for r in rules], titles=True)

    def _replacement(self, match: re.Match[str]) -> str:
        text = re.sub(rf"^{_TITLES}", "", match.group(0), flags=re.IGNORECASE)
        pseudonym = self._by_name[" ".join(text.split()).casefold()]
        return pseudonym.upper() if text.isupper() and len(text) > 1 else pseudonym

    def text(self, text: str) -> str:
        """``text`` with every real name replaced."""
        return self._pattern.sub(self._replacement, text) if self._pattern and text else text

    def paragraph(self, paragraph: Paragraph) -> Paragraph:
        """The paragraph with names replaced, its bold and italic kept on the same words."""
        if not paragraph.marks:
            return msgspec.structs.replace(paragraph, text=self.text(paragraph.text))
        cuts = sorted({0, len(paragraph.text), *(m.start for m in paragraph.marks), *(m.end for m in paragraph.marks)})
        new_text, new_cuts = "", {0: 0}
        for start, end in zip(cuts, cuts[1:]):
            new_text += self.text(paragraph.text[start:end])
            new_cuts[end] = len(new_text)
        marks = tuple(
            Mark(start=new_cuts[m.start], end=new_cuts[m.end], style=m.style)
            for m in paragraph.marks
            if new_cuts[m.start] < new_cuts[m.end]
        )
        return Paragraph(text=new_text, style=paragraph.style, marks=marks)

    def value(self, value):
        """Any model value (structure, list, text) with names replaced throughout."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Paragraph):
            return self.paragraph(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, msgspec.Struct):
            changes = {name: self.value(getattr(value, name)) for name in value.__struct_fields__}
            return msgspec.structs.replace(value, **changes)
        return value


def pseudonymise(document: Document) -> Document:
    """A copy of ``document`` fit for publication: names replaced, real names and aliases dropped."""
    replaced = Pseudonymiser(document).value(document)
    subjects = [
        msgspec.structs.replace(s, real_name=s.pseudonym, aliases=[])
        for s in replaced.review.subjects
    ]
    return msgspec.structs.replace(replaced, review=msgspec.structs.replace(replaced.review, subjects=subjects))
