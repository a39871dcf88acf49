"""A chronology table in a Word IMR turned into events, by the same rules as a pasted or CSV chronology."""

from __future__ import annotations

import re
from collections.abc import Sequence

import msgspec

from ..model.chronology_import import SourceRow, build_rows, guess_mapping
from ..model.document import Event, Subject
from .layout import words

_NUMBER_COLUMN = {"no", "number", "ref no", "event", "event no", "#", ""}


def events_from_table(rows: list[list[str]], subjects: Sequence[Subject], first_id: int = 1) -> list[Event]:
    """The events of a chronology table whose first row is its header.

    A numbering column ("No.") whose values end with "*" marks the significant
    events, as IMR Studio's report does; anything a field cannot hold is kept in
    the event's summary (see :func:`~imr_studio.model.chronology_import.build_row`).
    """
    source = [SourceRow(number, cells) for number, cells in enumerate(rows, 1)]
    mapping = guess_mapping(source, has_header=True)
    starred = next((c for c, cell in enumerate(rows[0]) if words(cell) in _NUMBER_COLUMN and mapping[c] is None
                    and any(re.search(r"\*\s*$", r[c]) for r in rows[1:] if c < len(r))), None)
    events = []
    for offset, built in enumerate(build_rows(source, mapping, subjects, has_header=True)):
        values = dict(built.values)
        if starred is not None:
            cells = rows[offset + 1]
            values["significant"] = starred < len(cells) and cells[starred].rstrip().endswith("*")
        values["id"] = f"ev-{first_id + offset}"
        events.append(msgspec.convert(values, Event))
    return events
