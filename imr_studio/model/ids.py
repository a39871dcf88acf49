"""Stable identifiers for list items, and walking a document's items."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

from msgspec import Struct

from .addressing import Path, key_of
from .document import Item


def iter_items(node: Any, path: Path = ()) -> Iterator[tuple[Path, Item]]:
    """Yield ``(path, item)`` for every :class:`Item` under ``node``, depth first."""
    if isinstance(node, Struct):
        for name in node.__struct_fields__:
            yield from iter_items(getattr(node, name), path + (name,))
    elif isinstance(node, list):
        for index, element in enumerate(node):
            if not isinstance(element, Struct):
                continue
            element_path = path + (key_of(element) if hasattr(type(element), "key_field") else index,)
            if isinstance(element, Item):
                yield element_path, element
            yield from iter_items(element, element_path)


def all_ids(document: Any) -> set[str]:
    """Every item id used in the document."""
    return {item.id for _, item in iter_items(document)}


def new_id(item_type: type[Item], taken: set[str]) -> str:
    """A fresh id for an item of ``item_type``, not in ``taken`` (which it joins)."""
    while True:
        candidate = f"{item_type.id_prefix}-{secrets.token_hex(4)}"
        if candidate not in taken:
            taken.add(candidate)
            return candidate
