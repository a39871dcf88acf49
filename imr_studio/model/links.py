"""Links between items, and what removing an item would unlink.

Items link to each other by id through fields whose names end in ``_ids``
(an analysis entry's ``event_ids``, a recommendation's ``learning_ids`` ...).
A characteristics profile belongs to its subject (``subject_id``): removing
the subject removes the profile with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from msgspec import Struct

from .addressing import Path
from .document import CharacteristicProfile, Document, Item, Subject
from .ids import iter_items
from .narrative import plain_text

_LABEL_FIELDS = ("title", "real_name", "term", "text", "statement", "system", "source", "audience", "action", "summary")


def item_label(item: Any, limit: int = 60) -> str:
    """A short human label for an item: its title, name or first words."""
    for name in _LABEL_FIELDS:
        value = getattr(item, name, None)
        if isinstance(value, list):
            value = plain_text(value)
        if isinstance(value, str) and value.strip():
            words = " ".join(value.split())
            return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
    return "(untitled)"


def subject_name(subject: Subject) -> str:
    """The name the author knows a subject by: the real name, else the agreed pseudonym, else the id.

    The author writes with real names; the pseudonyms are for the publication version.
    """
    return subject.real_name.strip() or subject.pseudonym.strip() or subject.id


def short_subject_names(subjects: list[Subject]) -> dict[str, str]:
    """Each subject's first name, for tight spaces; the full name where two subjects share a first name.

    A subject with no real name yet keeps its pseudonym whole ("Child 1").
    """
    firsts = {s.id: s.real_name.split()[0] if s.real_name.strip() else subject_name(s) for s in subjects}
    shared = {name for name in firsts.values() if list(firsts.values()).count(name) > 1}
    return {s.id: subject_name(s) if firsts[s.id] in shared else firsts[s.id] for s in subjects}


@dataclass(frozen=True)
class Unlink:
    """One consequence of removing an item.

    Either a link list at ``path`` loses the id (``remaining`` is what stays),
    or an owned item goes too (``owned`` is its list path and key).
    """

    description: str
    path: Path = ()
    remaining: tuple[str, ...] = ()
    owned: tuple[Path, Any] | None = None


def _link_fields(node: Struct, path: Path) -> Iterator[tuple[Path, list[str]]]:
    for name in node.__struct_fields__:
        if name.endswith("_ids"):
            yield path + (name,), getattr(node, name)


def iter_links(document: Document) -> Iterator[tuple[Path, Item, list[str]]]:
    """Yield ``(field path, owning item, ids)`` for every link field in the document."""
    for item_path, item in iter_items(document):
        for field_path, ids in _link_fields(item, item_path):
            yield field_path, item, ids


def citing_items(document: Document, item_id: str) -> list[tuple[Path, Item]]:
    """The items that link to ``item_id``, with their paths, in document order."""
    return [(field_path[:-1], owner) for field_path, owner, ids in iter_links(document) if item_id in ids]


def unlinks_for_removal(document: Document, item: Any) -> list[Unlink]:
    """What removing ``item`` from ``document`` would unlink or remove with it."""
    if not isinstance(item, Item):
        return []
    result = []
    for field_path, owner, ids in iter_links(document):
        if item.id in ids:
            result.append(
                Unlink(
                    description=f"the {type(owner).noun} “{item_label(owner)}” will no longer link to it",
                    path=field_path,
                    remaining=tuple(i for i in ids if i != item.id),
                )
            )
    if isinstance(item, Subject):
        for profile in document.characteristics.profiles:
            if profile.subject_id == item.id:
                result.append(
                    Unlink(
                        description="their recorded characteristics will be removed",
                        owned=(("characteristics", "profiles"), profile.subject_id),
                    )
                )
    return result


def profile_for(document: Document, subject_id: str) -> CharacteristicProfile | None:
    """The characteristics profile of a subject, if one has been started."""
    for profile in document.characteristics.profiles:
        if profile.subject_id == subject_id:
            return profile
    return None
