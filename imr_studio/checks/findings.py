"""What a check reports: a :class:`Finding` at a :class:`Location`.

A location names the document section, the addressing path of what is wrong
(see :mod:`imr_studio.model.addressing`) and, for text, the span of
characters. For a narrative the path ends with the paragraph index and the
span counts code points in that paragraph; for a plain text field the path is
the field's and the span counts in its value; an item-level finding has the
item's path and no span.

A finding's :attr:`Finding.fingerprint` identifies it across runs: the rule,
the place (:func:`location_key`, which leaves out the paragraph index so that
adding a paragraph above does not change it) and a hash of the text the
finding is about. When that text changes, the fingerprint changes too, which
is how a dismissed finding comes back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

from .. import vocab
from ..model.addressing import Path, PathError, get, key_of, title_at
from ..model.chronology import event_date_label
from ..model.document import CharacteristicEntry, CharacteristicProfile, Document, Event, Subject
from ..model.links import subject_name

Severity = Literal["error", "warning", "advice"]
Category = Literal["completeness", "language", "acronym", "smart", "dates", "duplicates", "readability", "links"]
Span = tuple[int, int]


@dataclass(frozen=True)
class Location:
    """Where a finding applies: section name, document path and optional character span."""

    section: str
    path: Path
    span: Span | None = None


def location_key(path: Path) -> str:
    """The dismissal location string for ``path``: its steps joined with ``/``, paragraph index left out.

    For example ``("analysis", "an-2", "analysis", 0)`` gives
    ``"analysis/an-2/analysis"``.
    """
    steps = path[:-1] if path and isinstance(path[-1], int) else path
    return "/".join(str(step) for step in steps)


def text_hash(text: str) -> str:
    """A short, stable hash of ``text`` with case and spacing normalised."""
    normal = " ".join(text.lower().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Finding:
    """One problem a rule found, with what to show the author and how to fix it.

    ``anchor`` is the text the finding is about (the sentence around a flagged
    phrase, or the value of the field); it feeds the fingerprint.
    """

    rule_id: str
    category: Category
    item_id: str
    severity: Severity
    location: Location
    message: str
    suggestion: str = ""
    replacements: tuple[str, ...] = ()
    text: str = ""
    anchor: str = field(default="", repr=False)

    @property
    def location_key(self) -> str:
        """The location as stored in a dismissal."""
        return location_key(self.location.path)

    @property
    def text_hash(self) -> str:
        """Hash of the text the finding refers to."""
        return text_hash(self.anchor or self.text)

    @property
    def fingerprint(self) -> str:
        """Stable identity: rule, place and text hash."""
        return f"{self.rule_id}|{self.location_key}|{self.text_hash}"

    def as_dict(self) -> dict:
        """The finding as plain JSON-ready values."""
        return {
            "rule": self.rule_id,
            "category": self.category,
            "item": self.item_id,
            "severity": self.severity,
            "section": self.location.section,
            "path": list(self.location.path),
            "span": list(self.location.span) if self.location.span else None,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "replacements": list(self.replacements),
            "fingerprint": self.fingerprint,
        }


class PlaceNamer:
    """Says where places of one document are, in words a reader knows (see :func:`place_label`).

    It remembers where each item sits in its list, so naming the places of
    many findings reads each list once rather than once a finding. Use one
    for one state of the document.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self._positions: dict[int, dict] = {}  # id of a list -> {key: index}

    def _index(self, items: list, key: object) -> int:
        positions = self._positions.get(id(items))
        if positions is None:
            positions = self._positions[id(items)] = {key_of(item): n for n, item in enumerate(items)}
        if key not in positions:
            raise PathError(f"no item {key!r} in this list")
        return positions[key]

    def __call__(self, path: Path) -> str:
        """Where ``path`` is: "Overview of police contact › Chronology › Event 13 (25/06/2022) › Summary"."""
        parts = []
        node: object = self.document
        for depth, step in enumerate(path, start=1):
            if isinstance(step, int):
                parts.append(f"paragraph {step + 1}")
                continue
            if isinstance(node, list):
                try:
                    index = self._index(node, step)
                except PathError:
                    parts.append(str(step))
                    break
                node = node[index]
                parts.append(_item_words(self.document, node, index))
                continue
            try:
                node = get(node, (step,))
                parts.append(title_at(Document, path[:depth]))
            except PathError:
                parts.append(str(step))
                break
        return " › ".join(parts)


def place_label(document: Document, path: Path) -> str:
    """Where ``path`` is, in words a reader knows: "Overview of police contact › Event 13 (25/06/2022) › Summary".

    Fields go by their titles, paragraphs are numbered from 1, and items by
    their number in their list and what they are about (a subject by name, a
    characteristic by its label), never by their internal ids. To name many
    places of one document, use one :class:`PlaceNamer`.
    """
    return PlaceNamer(document)(path)


def _item_words(document: Document, item: object, index: int) -> str:
    """An item of a list in words: "Event 13 (25/06/2022)", "Recommendation 3", "Natalie Jane Halloway"."""
    if isinstance(item, Event):
        return f"Event {index + 1} ({event_date_label(item) or 'no date'})"
    if isinstance(item, CharacteristicProfile):
        subject = next((s for s in document.review.subjects if s.id == item.subject_id), None)
        return subject_name(subject) if subject is not None else item.subject_id
    if isinstance(item, CharacteristicEntry):
        return next((c.label for c in vocab.characteristics() if c.key == item.key), item.key)
    if isinstance(item, Subject):
        return subject_name(item)
    noun = getattr(type(item), "noun", "item")
    return f"{noun[:1].upper()}{noun[1:]} {index + 1}"


def finding_at(
    path: Path,
    rule_id: str,
    category: Category,
    item_id: str,
    severity: Severity,
    message: str,
    suggestion: str = "",
    text: str = "",
) -> Finding:
    """A finding about a whole field or item at ``path`` (no span); ``text`` is what it is about."""
    return Finding(
        rule_id=rule_id,
        category=category,
        item_id=item_id,
        severity=severity,
        location=Location(str(path[0]), path),
        message=message,
        suggestion=suggestion,
        text=text,
    )
