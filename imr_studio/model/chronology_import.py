"""Turning a chronology kept in a spreadsheet into events: pasted rows or a CSV file.

Authors keep chronologies in Excel or in Word tables. This module reads the
rows (tab-separated clipboard text, or a CSV file in UTF-8 or the Windows
code page, separated by commas or semicolons), guesses which column holds
which field from the header row or from the values, and turns each row into
the values of a new :class:`~imr_studio.model.document.Event`.

Nothing is dropped silently: a value that does not fit its field (a date that
cannot be read, an unknown subject ...) is listed among the row's problems and
its original text is kept at the end of the event's summary, so no words are
lost when the row is imported. The header words, the approximate-date markers
and the yes/no words are data in ``resources/chronology_import.json``.

Qt-free.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import paths, vocab
from .dates import parse_event_date, parse_time
from .document import Subject
from .text import clean_line, clean_multiline

_MULTILINE = ("summary", "action_taken")


class ChronologyImportError(ValueError):
    """A chronology file cannot be read at all (missing, unreadable, empty)."""


@dataclass(frozen=True)
class ImportField:
    """A field a source column can be mapped to, with the header words that suggest it."""

    field: str
    label: str
    headers: tuple[str, ...]


@dataclass(frozen=True)
class _Words:
    fields: tuple[ImportField, ...]
    yes: frozenset[str]
    no: frozenset[str]
    not_graded: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    raw = json.loads(paths.resource("chronology_import.json").read_text(encoding="utf-8"))
    return _Words(
        fields=tuple(ImportField(e["field"], e["label"], tuple(_normal(h) for h in e["headers"])) for e in raw["fields"]),
        yes=frozenset(_normal(w) for w in raw["yes"]),
        no=frozenset(_normal(w) for w in raw["no"]),
        not_graded=frozenset(_normal(w) for w in raw["not_graded"]),
    )


def import_fields() -> tuple[ImportField, ...]:
    """The fields a column can be mapped to, in the order the mapping step offers them."""
    return _words().fields


def field_label(name: str) -> str:
    """The label of import field ``name``."""
    return next(f.label for f in import_fields() if f.field == name)


def _normal(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation: for comparing words."""
    return " ".join(text.casefold().replace("_", " ").split()).strip(" :.*#")


# --- dates, times and small values -------------------------------------------


def match_event_type(text: str) -> tuple[str, str]:
    """The ``(event_type, event_type_other)`` for a written type.

    Matches the labels and keys of the ``event_types`` pick-list (and an
    abbreviation in brackets, such as MARAC) ignoring case; anything else is
    "other" with the wording kept.
    """
    wanted = _normal(text)
    if not wanted:
        return "", ""
    for choice in vocab.choices("event_types"):
        names = {_normal(choice.key), _normal(choice.label)}
        if bracketed := re.search(r"\(([^)]+)\)", choice.label):
            names.add(_normal(bracketed.group(1)))
            names.add(_normal(choice.label[: bracketed.start()]))
        if wanted in names:
            return choice.key, ""
    return "other", clean_line(text).strip()


def parse_flag(text: str) -> bool:
    """Read yes/no, y/n, true/false, 1/0 (empty is no); raises ValueError for anything else."""
    wanted = _normal(text)
    if wanted in _words().yes:
        return True
    if wanted in _words().no:
        return False
    raise ValueError(f"“{text.strip()}” is not yes or no")


def parse_risk_grading(text: str) -> str:
    """Read a risk grading (standard, medium, high, or none); raises ValueError for anything else."""
    wanted = _normal(text)
    if wanted in _words().not_graded:
        return ""
    for choice in vocab.choices("risk_gradings"):
        if choice.key and wanted in (_normal(choice.key), _normal(choice.label), _normal(choice.label) + " risk"):
            return choice.key
    raise ValueError(f"“{text.strip()}” is not a risk grading (standard, medium or high)")


def match_subjects(text: str, subjects: Sequence[Subject]) -> tuple[list[str], list[str]]:
    """The ids of the subjects named in ``text`` and the names that match no subject.

    Names are separated by commas, semicolons, slashes, "&" or "and", and are
    matched to pseudonyms, real names, aliases and roles, ignoring case.
    """
    found: list[str] = []
    unknown: list[str] = []
    for name in re.split(r"\s*(?:[;,/&+\n]|\band\b)\s*", text.strip()):
        if not name.strip():
            continue
        wanted = _normal(name)
        matches = [s.id for s in subjects if wanted in {_normal(n) for n in (s.pseudonym, s.real_name, *s.aliases, s.id) if n}]
        if not matches:
            matches = [s.id for s in subjects if _normal(s.role) == wanted]
            matches = matches if len(matches) == 1 else []
        if not matches:
            unknown.append(name.strip())
        for subject_id in matches:
            if subject_id not in found:
                found.append(subject_id)
    return found, unknown


# --- reading tables ------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    """One row of the source table: its row number as the author's spreadsheet shows it, and its cells."""

    number: int
    cells: list[str]


def _rows(text: str, delimiter: str) -> list[SourceRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [SourceRow(number, cells) for number, cells in enumerate(reader, 1) if any(cell.strip() for cell in cells)]


def parse_pasted(text: str) -> list[SourceRow]:
    """Rows of tab-separated text, as Excel and Word put a copied table on the clipboard."""
    return _rows(text, "\t")


def _delimiter(text: str) -> str:
    """The separator that gives the most rows with the same number of columns."""

    def score(delimiter: str) -> tuple[int, int]:
        counts = Counter(len(row.cells) for row in _rows(text, delimiter))
        if not counts:
            return (0, 0)
        width, frequency = counts.most_common(1)[0]
        return (frequency if width > 1 else 0, width)

    return max((",", ";", "\t"), key=score)


def decode_csv(data: bytes) -> str:
    """The text of a CSV file: UTF-8 (with or without a byte order mark), else the Windows code page."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_csv(data: bytes) -> list[SourceRow]:
    """Rows of a CSV file's bytes, separated by commas or semicolons (or tabs)."""
    text = decode_csv(data)
    return _rows(text, _delimiter(text))


def read_csv_file(path: Path) -> list[SourceRow]:
    """Rows of the CSV file at ``path``; a file that cannot be used raises :class:`ChronologyImportError`."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ChronologyImportError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise ChronologyImportError(f"{path} is a folder, not a CSV file") from None
    except OSError as exc:
        raise ChronologyImportError(f"{path} cannot be read: {exc.strerror or exc}") from None
    rows = parse_csv(data)
    if not rows:
        raise ChronologyImportError(f"{path} has no rows to import")
    return rows


# --- mapping columns to fields -------------------------------------------------

Mapping = list[str | None]
"""One entry per source column: the import field it fills, or None to ignore it."""


def _header_field(cell: str, taken: set[str]) -> str | None:
    wanted = _normal(cell)
    if not wanted:
        return None
    for spec in import_fields():
        if spec.field not in taken and wanted in spec.headers:
            return spec.field
    for spec in import_fields():
        if spec.field not in taken and any(re.search(rf"\b{re.escape(h)}\b", wanted) for h in spec.headers if len(h) > 3):
            return spec.field
    return None


def _is_date(cell: str) -> bool:
    try:
        return bool(parse_event_date(cell).date)
    except ValueError:
        return False


def looks_like_header(row: SourceRow) -> bool:
    """True when the row names columns (at least one known column name and no dates)."""
    taken: set[str] = set()
    named = [_header_field(cell, taken) for cell in row.cells]
    return any(named) and not any(_is_date(cell) for cell in row.cells)


def column_count(rows: Sequence[SourceRow]) -> int:
    """The number of columns of the widest row."""
    return max((len(row.cells) for row in rows), default=0)


def guess_mapping(rows: Sequence[SourceRow], has_header: bool) -> Mapping:
    """A first guess at what each column holds: from the header words, else from the values."""
    width = column_count(rows)
    mapping: Mapping = [None] * width
    taken: set[str] = set()
    if has_header and rows:
        for column, cell in enumerate(rows[0].cells):
            if (found := _header_field(cell, taken)) is not None:
                mapping[column] = found
                taken.add(found)
        return mapping
    for column in range(width):
        values = [row.cells[column] for row in rows if column < len(row.cells) and row.cells[column].strip()]
        if "date" not in taken and values and all(_is_date(v) for v in values):
            mapping[column] = "date"
            taken.add("date")
    lengths = {c: sum(len(row.cells[c]) for row in rows if c < len(row.cells)) for c in range(width) if mapping[c] is None}
    if lengths:
        mapping[max(lengths, key=lengths.__getitem__)] = "summary"
    return mapping


# --- rows to events ----------------------------------------------------------------


@dataclass
class ImportRow:
    """One source row turned into the values of a new event, with what did not fit."""

    number: int
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    date_unread: bool = False
    """The row had a date that could not be read: it is imported without one."""


def _joined(name: str, cells: list[str]) -> str:
    cells = [cell.strip() for cell in cells if cell.strip()]
    if name in _MULTILINE:
        return clean_multiline("\n".join(cells))
    return clean_line(("; " if name == "source_ref" else " ").join(cells))


def _values_by_field(row: SourceRow, mapping: Mapping) -> dict[str, str]:
    grouped: dict[str, list[str]] = {}
    for column, name in enumerate(mapping):
        if name is not None and column < len(row.cells):
            grouped.setdefault(name, []).append(row.cells[column])
    return {name: _joined(name, cells) for name, cells in grouped.items()}


def build_row(row: SourceRow, mapping: Mapping, subjects: Sequence[Subject], header_width: int = 0) -> ImportRow:
    """The event values for one source row; what does not fit is kept in the summary and listed as a problem."""
    cells = _values_by_field(row, mapping)
    result = ImportRow(row.number)
    values = result.values
    kept: list[str] = []

    def not_fitting(name: str, reason: str) -> None:
        label = field_label(name)
        result.problems.append(f"{label}: {reason}; kept in the summary")
        kept.append(f"{label} in the imported chronology: {cells[name]}")

    try:
        parsed = parse_event_date(cells.get("date", ""))
        if parsed.date:
            values.update(date=parsed.date, date_precision=parsed.precision)
        if parsed.time:
            values["time"] = parsed.time
        if parsed.approximate_month:
            not_fitting("date", "an approximate month is recorded as the month only")
    except ValueError as exc:
        result.date_unread = True
        not_fitting("date", f"{exc}, so the event is imported without a date")
    if cells.get("time"):
        try:
            values["time"] = parse_time(cells["time"])
        except ValueError as exc:
            not_fitting("time", str(exc))
    if cells.get("event_type"):
        values["event_type"], values["event_type_other"] = match_event_type(cells["event_type"])
    if cells.get("subjects"):
        values["subject_ids"], unknown = match_subjects(cells["subjects"], subjects)
        if unknown:
            names = ", ".join(f"“{name}”" for name in unknown)
            result.problems.append(f"Subjects involved: {names} not in the subjects list; kept in the summary")
            kept.append(f"Subjects named in the imported chronology: {cells['subjects']}")
    if "risk_grading" in cells:
        try:
            values["risk_grading"] = parse_risk_grading(cells["risk_grading"])
        except ValueError as exc:
            not_fitting("risk_grading", str(exc))
    if "significant" in cells:
        try:
            values["significant"] = parse_flag(cells["significant"])
        except ValueError as exc:
            not_fitting("significant", str(exc))
    for name in ("summary", "action_taken", "source_ref"):
        if cells.get(name):
            values[name] = cells[name]
    if kept:
        values["summary"] = "\n".join(filter(None, [values.get("summary", ""), *kept]))
    if header_width and len(row.cells) != header_width:
        relation = "more" if len(row.cells) > header_width else "fewer"
        result.problems.append(f"This row has {relation} cells ({len(row.cells)}) than the header row ({header_width})")
    return result


def build_rows(rows: Sequence[SourceRow], mapping: Mapping, subjects: Sequence[Subject], has_header: bool) -> list[ImportRow]:
    """Every data row (after the header, when there is one) turned into event values."""
    header_width = len(rows[0].cells) if has_header and rows else 0
    data = rows[1:] if has_header else rows
    return [build_row(row, mapping, subjects, header_width) for row in data]
