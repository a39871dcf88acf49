"""Documents for tests, built by walking the model's types.

:func:`build_full_document` fills every field of every structure with a
value different from its default, so a field added to the model later is
covered by the round-trip tests without touching them.
"""

from __future__ import annotations

import datetime
import itertools
import re
import types
from collections.abc import Iterator
from typing import Any, Literal, Union, get_args, get_origin

import msgspec
from msgspec import Struct

from imr_studio.model.document import FORMAT_VERSION, Document

# Values for fields whose text must match a pattern (the event's date and time).
_PATTERNED_EXAMPLES = ("2024-03-05", "14:30")


def _unwrap(tp: Any) -> tuple[Any, list[msgspec.Meta]]:
    """The bare type under any ``Annotated`` layers, and their Meta constraints."""
    metas: list[msgspec.Meta] = []
    while get_origin(tp) is not None and hasattr(tp, "__metadata__"):
        metas += [m for m in tp.__metadata__ if isinstance(m, msgspec.Meta)]
        tp = get_args(tp)[0]
    return tp, metas


class _Filler:
    """Makes a value of any model type that differs from the field's default."""

    def __init__(self) -> None:
        self._serial = itertools.count(1)

    def value(self, tp: Any, default: Any, position: int) -> Any:
        tp, metas = _unwrap(tp)
        origin = get_origin(tp)
        if origin in (Union, types.UnionType):
            arm = next(a for a in get_args(tp) if a is not type(None))
            return self.value(arm, default, position)
        if origin is Literal:
            return next(choice for choice in get_args(tp) if choice != default)
        if origin is list:
            return [self.value(get_args(tp)[0], None, 0) for _ in range(2)]
        if origin is tuple:
            return (self.value(get_args(tp)[0], None, 0),)
        if isinstance(tp, type) and issubclass(tp, Struct):
            return self.struct(tp)
        if tp is bool:
            return True
        if tp is int:
            return position + 1  # a Mark becomes start=1, end=2: valid in any filled paragraph
        if tp is datetime.date:
            return datetime.date(2024, 1, 1) + datetime.timedelta(days=next(self._serial))
        if tp is str:
            return self._text(metas)
        raise AssertionError(f"the test filler does not know how to fill {tp!r}: teach it")

    def _text(self, metas: list[msgspec.Meta]) -> str:
        patterns = [m.pattern for m in metas if m.pattern]
        if not patterns:
            return f"text {next(self._serial)} — é ✓"
        for example in _PATTERNED_EXAMPLES:
            if all(re.fullmatch(pattern, example) for pattern in patterns):
                return example
        raise AssertionError(f"no example matches {patterns}: add one to _PATTERNED_EXAMPLES")

    def struct(self, cls: type[Struct]) -> Struct:
        values = {}
        for position, field in enumerate(msgspec.structs.fields(cls)):
            default = None if field.default is msgspec.NODEFAULT else field.default
            values[field.name] = self.value(field.type, default, position)
        return cls(**values)


def build_full_document() -> Document:
    """A document in which every field of every structure holds a non-default value."""
    document = _Filler().struct(Document)
    document.format_version = FORMAT_VERSION
    return document


def iter_default_fields(node: Any, path: str = "document") -> Iterator[str]:
    """Yield the path of every field under ``node`` that still holds its default value."""
    if isinstance(node, Struct):
        for field in msgspec.structs.fields(type(node)):
            value = getattr(node, field.name)
            if field.default is not msgspec.NODEFAULT:
                default = field.default
            elif field.default_factory is not msgspec.NODEFAULT:
                default = field.default_factory()
            else:
                default = msgspec.NODEFAULT
            if value == default:
                yield f"{path}.{field.name}"
            yield from iter_default_fields(value, f"{path}.{field.name}")
    elif isinstance(node, (list, tuple)):
        for index, element in enumerate(node):
            yield from iter_default_fields(element, f"{path}[{index}]")
