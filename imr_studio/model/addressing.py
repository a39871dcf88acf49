"""Addressing parts of a document by path.

A path is a tuple of steps from the :class:`~imr_studio.model.document.Document`
down to a value. A step into a structure is a field name; a step into a list
of items is the item's key (its ``id``, or for characteristics the subject id
or characteristic key), so a path keeps pointing at the same item when the
list is reordered. A step into a list of plain values (such as a subject's
aliases) is an ``int`` index.

Example: ``("review", "subjects", "sub-1", "real_name")``.
"""

from __future__ import annotations

import functools
from typing import Any, Union, get_args, get_origin

import msgspec
from msgspec import Struct

Path = tuple[Union[str, int], ...]


class PathError(LookupError):
    """A path does not lead to anything in the document."""


def key_of(item: Any) -> Any:
    """The key that identifies ``item`` within its list."""
    return getattr(item, type(item).key_field)


def find_index(items: list, key: Any) -> int:
    """Index of the item with ``key`` in ``items``; PathError when absent."""
    for index, item in enumerate(items):
        if key_of(item) == key:
            return index
    raise PathError(f"no item {key!r} in this list")


def _step(container: Any, step: str | int) -> Any:
    if isinstance(container, Struct):
        if not isinstance(step, str) or step not in container.__struct_fields__:
            raise PathError(f"{type(container).__name__} has no field {step!r}")
        return getattr(container, step)
    if isinstance(container, list):
        if isinstance(step, int):
            if not 0 <= step < len(container):
                raise PathError(f"index {step} is outside the list")
            return container[step]
        return container[find_index(container, step)]
    raise PathError(f"cannot step into {type(container).__name__} with {step!r}")


def get(root: Any, path: Path) -> Any:
    """The value at ``path`` under ``root``."""
    value = root
    for step in path:
        value = _step(value, step)
    return value


def set_value(root: Any, path: Path, value: Any) -> None:
    """Replace the value at ``path`` (a field, or an element of a plain list)."""
    if not path:
        raise PathError("cannot replace the whole document")
    parent = get(root, path[:-1])
    last = path[-1]
    if isinstance(parent, Struct):
        _step(parent, last)
        setattr(parent, last, value)
    elif isinstance(parent, list):
        index = last if isinstance(last, int) else find_index(parent, last)
        _step(parent, index)
        parent[index] = value
    else:
        raise PathError(f"cannot set inside {type(parent).__name__}")


def _strip_annotated(tp: Any) -> Any:
    while get_origin(tp) is not None and hasattr(tp, "__metadata__"):
        tp = get_args(tp)[0]
    return tp


@functools.lru_cache(maxsize=None)
def _field_types(cls: type) -> dict[str, Any]:
    return {f.name: f.type for f in msgspec.structs.fields(cls)}


def type_at(root_type: type, path: Path) -> Any:
    """The declared type (possibly ``Annotated``) of the value at ``path``.

    Works on types alone, so it also answers for items that do not exist.
    """
    tp: Any = root_type
    for step in path:
        bare = _strip_annotated(tp)
        if isinstance(bare, type) and issubclass(bare, Struct):
            types = _field_types(bare)
            if step not in types:
                raise PathError(f"{bare.__name__} has no field {step!r}")
            tp = types[step]
        elif get_origin(bare) in (list, tuple):
            tp = get_args(bare)[0]
        else:
            raise PathError(f"cannot step into {bare!r} with {step!r}")
    return tp


def item_type(root_type: type, list_path: Path) -> type:
    """The element type of the list at ``list_path``."""
    tp = _strip_annotated(type_at(root_type, list_path))
    if get_origin(tp) is not list:
        raise PathError(f"{list_path!r} is not a list")
    return _strip_annotated(get_args(tp)[0])


def title_at(root_type: type, path: Path) -> str:
    """The plain-English title of the field at ``path`` (its name when untitled).

    Where titles are nested (a narrative field is ``Annotated`` twice), the
    outermost, most specific one wins.
    """
    tp = type_at(root_type, path)
    for meta in reversed(getattr(tp, "__metadata__", ())):
        if isinstance(meta, msgspec.Meta) and meta.title:
            return meta.title
    last = path[-1] if path else "document"
    return str(last).replace("_", " ").capitalize()
