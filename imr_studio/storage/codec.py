"""The content of a ``.imr`` file: a :class:`Document` as UTF-8 JSON, and back.

Writing is deterministic: the same document always gives the same bytes
(fields in model order, two-space indent, a final newline), so opening and
saving a file changes nothing. Reading checks everything -- JSON syntax, the
format version, the shape of every field, unique ids and keys -- and reports
the first problem in plain English as a :class:`ProjectFileError`.
"""

from __future__ import annotations

import codecs
import copy
import json
from collections.abc import Callable
from typing import Any

import msgspec

from ..model.content import content_digest
from ..model.document import Document
from ..model.errors import explain
from ..model.text import without_lone_surrogates
from .errors import ProjectFileError
from .integrity import find_duplicate
from .migrations import needs_upgrade, upgrade

_INDENT = 2
_TOO_DEEP = "the file is damaged or not an IMR Studio project: its data is nested far deeper than any project's."
_NOT_A_PROJECT = "the file holds JSON data, but not an IMR Studio project (it has no format_version)."


class _Header(msgspec.Struct):
    """Just enough of a file to decide how to read the rest."""

    format_version: int | msgspec.UnsetType = msgspec.UNSET


# Any JSON value: a file that is not an object is read without a type error,
# so that it can be reported as "not a project" rather than as a wrong shape.
_AnyTop = _Header | list | str | int | float | bool | None


def dumps(document: Document) -> bytes:
    """The bytes of ``document``'s project file.

    A lone surrogate (half of a broken character, which UTF-8 cannot hold)
    is written as U+FFFD, so that saving never fails because of text.
    """
    try:
        compact = msgspec.json.encode(document)
    except UnicodeEncodeError:
        compact = msgspec.json.encode(without_lone_surrogates(msgspec.to_builtins(document)))
    return msgspec.json.format(compact, indent=_INDENT) + b"\n"


def copy_of(document: Document) -> Document:
    """An independent copy of ``document``: what a worker thread reads while the author goes on editing."""
    return msgspec.json.decode(msgspec.json.encode(document), type=Document)


def loads(data: bytes) -> Document:
    """Read a project from the bytes of a ``.imr`` file.

    Raises :class:`ProjectFileError` saying what is wrong when the bytes are
    not a project this version of IMR Studio can read. Files of an older
    format version are upgraded (see :mod:`.migrations`).
    """
    data = data.removeprefix(codecs.BOM_UTF8)
    if not data.strip():
        raise ProjectFileError("the file is empty.")
    try:
        try:
            return _read(lambda type_: msgspec.json.decode(data, type=type_))
        except (msgspec.DecodeError, UnicodeDecodeError):
            raw = _parse_leniently(data)
        return _read(lambda type_: msgspec.convert(raw, type_))
    except RecursionError:  # lists or objects inside each other thousands deep: no project is shaped so
        raise ProjectFileError(_TOO_DEEP) from None


def _read(decode: Callable[[Any], Any]) -> Document:
    """Read a document through ``decode(type)``, which decodes the file as ``type``.

    JSON syntax errors (``msgspec.DecodeError``) pass through to the caller.
    """
    try:
        header = decode(_AnyTop)
        if not isinstance(header, _Header) or header.format_version is msgspec.UNSET:
            raise ProjectFileError(_NOT_A_PROJECT)
        if needs_upgrade(header.format_version):
            original = decode(dict)
            document = msgspec.convert(upgrade(copy.deepcopy(original), header.format_version), Document)
            _after_upgrade(document, original)
        else:
            document = decode(Document)
    except msgspec.ValidationError as exc:
        raise _invalid(explain(exc) + ".") from None
    if duplicate := find_duplicate(document):
        raise _invalid(duplicate)
    return document


def _after_upgrade(document: Document, original: dict) -> None:
    """What an upgraded document needs beyond its migrations: verdicts kept fresh where nothing changed, and
    the content it was opened with taken as saved (so that nobody becomes its writer by opening it)."""
    from ..checks.review import refresh_upgraded_fingerprints  # only files of an older format need it

    if isinstance(original, dict):
        refresh_upgraded_fingerprints(document, original)
    if not document.quality.content_at_save:
        document.quality.content_at_save = content_digest(document)


def _invalid(detail: str) -> ProjectFileError:
    return ProjectFileError(f"it is not a valid IMR Studio project. {detail}")


def _parse_leniently(data: bytes) -> Any:
    """Parse bytes that msgspec refused, with Python's own JSON reader.

    Either this fails too, and its error says where the file is broken, or
    the file holds lone surrogate escapes (``"\\ud800"``, written by some
    other JSON tools), which msgspec refuses: they become U+FFFD.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ProjectFileError(
            f"the file is not UTF-8 text (line {line} holds bytes that are not), "
            "so it is damaged or not an IMR Studio project."
        ) from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            f"the file is damaged: it is not valid JSON ({exc.msg.lower()} at line {exc.lineno}, "
            f"column {exc.colno})."
        ) from None
    return without_lone_surrogates(raw)
