"""Plain-English messages for values that do not fit the document model.

msgspec reports a value of the wrong shape with a terse, technical message
such as ``Expected `str`, got `int` - at `$.review.subjects[1].role```.
:func:`explain` turns that into words an IMR author can act on, naming the
place by the fields' titles (``Meta(title=...)``)::

    Review details › Subjects › item 2 › Role: must be one of victim, suspect,
    child, family, other, not a number

The same wording serves the project loader (a damaged file) and the
:class:`~imr_studio.model.editor.DocumentEditor` (a refused edit).
"""

from __future__ import annotations

import re
import types
from typing import Any, Literal, Union, get_args, get_origin

import msgspec

from .addressing import Path, _strip_annotated, title_at, type_at
from .document import Document

_MSGSPEC_STEP = re.compile(r"\.([A-Za-z_]\w*)|\[(\d+)\]")

_TYPE_WORDS = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "empty",
    "object": "a group of fields",
    "array": "a list",
    "date": "a date (YYYY-MM-DD)",
}


def _is_list(tp: Any) -> bool:
    return get_origin(_strip_annotated(tp)) in (list, tuple)


def _step_name(root: type, path: Path) -> str | None:
    """How the last step of ``path`` reads to a person; None for an item key."""
    step = path[-1]
    if _is_list(type_at(root, path[:-1])):
        return f"item {step + 1}" if isinstance(step, int) else None
    return title_at(root, path)


def describe_place(path: Path, *, root: type = Document, start: int = 0) -> str:
    """Name the place at ``path`` by field titles, from step ``start`` down.

    A step into a list reads "item N" when it is an index; a step by an item's
    key is left out, since ids mean nothing to a reader.
    """
    names = (_step_name(root, path[: index + 1]) for index in range(start, len(path)))
    return " › ".join(name for name in names if name)


def _choices(declared: Any) -> str | None:
    """The allowed values of a ``Literal`` field (optionally empty), as words."""
    bare = _strip_annotated(declared)
    arms = get_args(bare) if get_origin(bare) in (Union, types.UnionType) else (bare,)
    literals = [_strip_annotated(arm) for arm in arms if get_origin(_strip_annotated(arm)) is Literal]
    if not literals:
        return None
    words = [str(value) if value != "" else "blank" for literal in literals for value in get_args(literal)]
    if type(None) in arms:
        words.append("empty")
    return "one of " + ", ".join(words)


def _type_words(msgspec_type: str) -> str:
    return " or ".join(_TYPE_WORDS.get(part, part) for part in msgspec_type.split(" | "))


def _description(declared: Any) -> str:
    for meta in getattr(declared, "__metadata__", ()):
        if isinstance(meta, msgspec.Meta) and meta.description:
            return f" ({meta.description})"
    return ""


def _problem(text: str, declared: Any) -> str:
    """Reword msgspec's description of what is wrong (without the location)."""
    choices = _choices(declared) if declared is not None else None
    if match := re.fullmatch(r"Expected `([^`]+)`, got `([^`]+)`", text):
        expected = choices or _type_words(match[1])
        return f"must be {expected}, not {_type_words(match[2])}"
    if match := re.fullmatch(r"Invalid enum value (.+)", text):
        return f"must be {choices}, not {match[1]}" if choices else f"{match[1]} is not allowed"
    if text == "Invalid RFC3339 encoded date":
        return "must be a real date, written YYYY-MM-DD"
    if re.fullmatch(r"Expected `str` of length >= 1", text):
        return "must not be empty"
    if re.fullmatch(r"Expected `str` matching regex .*", text):
        return "is not in the expected form" + _description(declared)
    if match := re.fullmatch(r"Expected `int` >= (-?\d+)", text):
        return f"must be a whole number of at least {match[1]}"
    if match := re.fullmatch(r"Object contains unknown field `([^`]+)`", text):
        return f"has a field “{match[1]}” that IMR Studio does not know"
    return text


def _split(error: msgspec.ValidationError) -> tuple[str, Path]:
    """msgspec's message and the path it names, as model path steps."""
    text, _, location = str(error).partition(" - at `$")
    steps = tuple(int(index) if index else name for name, index in _MSGSPEC_STEP.findall(location))
    return text, steps


def _last_field_step(root: type, path: Path) -> int:
    """Index of the last step of ``path`` that names a field of a structure."""
    for index in range(len(path) - 1, -1, -1):
        if not _is_list(type_at(root, path[:index])):
            return index
    return 0


def explain(error: msgspec.ValidationError, *, at: Path = (), root: type = Document) -> str:
    """Plain-English message for ``error``, raised converting the value at ``at``.

    ``at`` is the path (under ``root``) of the value being converted: empty
    for a whole document, a field's path for an edit. The message names the
    place starting from the last field named in ``at`` (the field the person
    is editing), or from the top for a whole document.
    """
    text, steps = _split(error)
    path = at + steps
    if missing := re.fullmatch(r"Object missing required field `([^`]+)`", text):
        path, problem = path + (missing[1],), "is missing"
    else:
        problem = _problem(text, type_at(root, path) if path else None)
    place = describe_place(path, root=root, start=_last_field_step(root, at) if at else 0)
    return f"{place or 'Project'}: {problem}"
