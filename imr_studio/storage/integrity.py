"""What a project's types cannot express: every id and every key used once.

Every list item has an id unique within the whole document (links rely on
it), and lists keyed by something else -- characteristics profiles by
subject, a profile's entries by characteristic, checklist verdicts by item --
hold each key once.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterator

from msgspec import Struct

from ..model.addressing import Path, key_of, title_at
from ..model.document import Document, Item
from ..model.errors import describe_place


def _is_keyed_list(tp: object) -> bool:
    return typing.get_origin(tp) is list and hasattr(typing.get_args(tp)[0], "key_field")


@functools.cache
def _fields_to_visit(cls: type[Struct]) -> tuple[str, ...]:
    """The fields of ``cls`` that are structures or lists of keyed items.

    Worked out once per class from the types, so that the walk below skips
    the many fields (text, dates, narratives) that cannot hold keyed items.
    """
    types = typing.get_type_hints(cls)  # without the Annotated layers
    return tuple(
        name
        for name in cls.__struct_fields__
        if _is_keyed_list(types[name]) or (isinstance(types[name], type) and issubclass(types[name], Struct))
    )


def _keyed_lists(node: Struct, path: Path) -> Iterator[tuple[Path, list]]:
    """Yield ``(path, items)`` for every non-empty list of keyed items under ``node``.

    Paths step into lists by index, so that they can be described as "item N".
    """
    for name in _fields_to_visit(type(node)):
        value = getattr(node, name)
        if not isinstance(value, list):
            yield from _keyed_lists(value, path + (name,))
        elif value:
            yield path + (name,), value
            if _fields_to_visit(type(value[0])):
                for index, element in enumerate(value):
                    yield from _keyed_lists(element, path + (name, index))


def find_duplicate(document: Document) -> str | None:
    """Describe the first id or key that is used twice, or return None when all are unique."""
    first_use: dict[str, Path] = {}
    for path, items in _keyed_lists(document, ()):
        if isinstance(items[0], Item):
            for index, item in enumerate(items):
                if item.id in first_use:
                    return (
                        f"The identifier “{item.id}” is used twice, by {describe_place(first_use[item.id])} "
                        f"and by {describe_place(path + (index,))}; each item needs its own."
                    )
                first_use[item.id] = path + (index,)
            continue
        keys: set[object] = set()
        for item in items:
            key = key_of(item)
            if key in keys:
                key_title = title_at(Document, path + (0, type(item).key_field)).lower()
                return f"{describe_place(path)}: two entries have the same {key_title}, “{key}”; each may appear once."
            keys.add(key)
    return None
