"""What a project's types cannot express: every id and every key used once.

Every list item has an id unique within the whole document (links rely on
it), and lists keyed by something else -- characteristics profiles by
subject, a profile's entries by characteristic, checklist verdicts by item --
hold each key once.
"""

from __future__ import annotations

from collections.abc import Iterator

from msgspec import Struct

from ..model.addressing import Path, key_of, title_at
from ..model.document import Document, Item
from ..model.errors import describe_place


def _keyed_lists(node: Struct, path: Path) -> Iterator[tuple[Path, list]]:
    """Yield ``(path, items)`` for every non-empty list of keyed items under ``node``.

    Paths step into lists by index, so that they can be described as "item N".
    """
    for name in node.__struct_fields__:
        value = getattr(node, name)
        if isinstance(value, Struct):
            yield from _keyed_lists(value, path + (name,))
        elif isinstance(value, list) and value and hasattr(type(value[0]), "key_field"):
            yield path + (name,), value
            for index, element in enumerate(value):
                yield from _keyed_lists(element, path + (name, index))


def find_duplicate(document: Document) -> str | None:
    """Describe the first id or key that is used twice, or return None when all are unique."""
    first_use: dict[str, Path] = {}
    for path, items in _keyed_lists(document, ()):
        if isinstance(items[0], Item):
            for index, item in enumerate(items):
                earlier = first_use.setdefault(item.id, path + (index,))
                if earlier != path + (index,):
                    return (
                        f"The identifier “{item.id}” is used twice, by {describe_place(earlier)} "
                        f"and by {describe_place(path + (index,))}; each item needs its own."
                    )
            continue
        keys: set[object] = set()
        for item in items:
            key = key_of(item)
            if key in keys:
                key_title = title_at(Document, path + (0, type(item).key_field)).lower()
                return f"{describe_place(path)}: two entries have the same {key_title}, “{key}”; each may appear once."
            keys.add(key)
    return None
