"""Reading and showing dates the way authors write them: one parser for every date field and importer.

Authors type dates the British way (31/12/2024), as police systems print them
(31.12.24, 2024-12-31T14:05), in words (31st December 2024, Tue 31 Dec 2024)
or only to the month (Dec 2024, 12/2024), sometimes marked approximate
("c. 14/03/2024"). :func:`parse_event_date` reads all of these for the
chronology and its importer; :func:`parse_date` reads a full date for the
other date fields. The approximate markers are data, in
``resources/chronology_import.json``.

Qt-free.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import json
import re
from dataclasses import dataclass

from .. import paths

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_name) if name})
_MONTHS["sept"] = 9


@functools.lru_cache(maxsize=1)
def _approximate_markers() -> tuple[str, ...]:
    """The words that mark a date approximate ("c.", "approx" ...), longest first."""
    raw = json.loads(paths.resource("chronology_import.json").read_text(encoding="utf-8"))
    return tuple(sorted((m.lower() for m in raw["approximate_markers"]), key=len, reverse=True))


@dataclass(frozen=True)
class ParsedDate:
    """A date read from a cell: the model's ``date`` and ``date_precision``, and a time if the cell had one."""

    date: str
    precision: str = "exact"
    time: str = ""
    approximate_month: bool = False
    """The text marked a month-only date as approximate ("c. 03/2024"); the model holds it as month only."""


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        this_year = datetime.date.today().year
        year += 2000 if 2000 + year <= this_year + 1 else 1900
    return year


def _strip_approximate(text: str) -> tuple[str, bool]:
    """The text without a marker such as "c.", "approx" or "(approx)", and whether it had one."""
    lowered = text.lower()
    for marker in _approximate_markers():
        if lowered.startswith(marker) and not text[len(marker) : len(marker) + 1].isalpha():
            rest = text[len(marker) :].lstrip(" .")
            if rest:
                return rest, True
        if len(marker) > 2 and lowered.endswith(" " + marker):
            return text[: -len(marker)].rstrip(" ,"), True
    return text, False


_WEEKDAY = re.compile(
    r"^(?:" + "|".join([*calendar.day_name, *calendar.day_abbr]) + r")\.?,?\s+(?=\d)", re.IGNORECASE
)
_TIME_TAIL = re.compile(
    r"^(.*?\d)(?:\s+|T)(\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|(?<=\s)\d{4})$", re.IGNORECASE
)


def parse_event_date(text: str) -> ParsedDate:
    """Read a date as authors write it in chronologies.

    31/12/2024, 31/12/24, 31.12.2024, 2024-12-31 and 31 Dec 2024 are exact;
    Dec 2024, December 2024, 12/2024 and 2024-12 are month only; a leading
    "c.", "approx" or "about" (or a trailing "approx") makes a date
    approximate (a month-only date stays month only, flagged
    ``approximate_month``, since the model keeps no day for it). A time after the date (31/12/2024 14:05) is read too.
    Empty text gives an empty date. Raises ValueError saying what is wrong.
    """
    original = " ".join(text.split())
    if not original:
        return ParsedDate("")
    body, approximate = _strip_approximate(original)
    time = ""
    if match := _TIME_TAIL.match(body):
        body, time = match.group(1), parse_time(match.group(2))
    body = _WEEKDAY.sub("", body)
    body = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", body, flags=re.IGNORECASE)
    day: int | None
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", body):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    elif match := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", body):
        day, month, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
    elif match := re.fullmatch(r"(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4}|\d{2})", body):
        day, month, year = int(match.group(1)), _MONTHS.get(match.group(2).lower(), 0), _year(match.group(3))
    elif match := re.fullmatch(r"([A-Za-z]+)\.?[\s-]+(\d{4})", body):
        day, month, year = None, _MONTHS.get(match.group(1).lower(), 0), int(match.group(2))
    elif match := re.fullmatch(r"(\d{1,2})[/.-](\d{4})", body):
        day, month, year = None, int(match.group(1)), int(match.group(2))
    elif match := re.fullmatch(r"(\d{4})-(\d{1,2})", body):
        day, month, year = None, int(match.group(2)), int(match.group(1))
    else:
        raise ValueError(f"“{original}” is not a date in a form IMR Studio can read, such as 31/12/2024 or Dec 2024")
    try:
        if day is None:
            datetime.date(year, month, 1)
            return ParsedDate(f"{year:04d}-{month:02d}", "month", time, approximate)
        value = datetime.date(year, month, day)
    except ValueError:
        raise ValueError(f"“{original}” is not a real date") from None
    return ParsedDate(value.isoformat(), "approximate" if approximate else "exact", time)


def parse_time(text: str) -> str:
    """Read a time (14:05, 1405, 14.05, 14:05:00, 2.05pm) as HH:MM; empty for empty text.

    Raises ValueError saying what is wrong.
    """
    original = text.strip()
    if not original:
        return ""
    match = re.fullmatch(r"(\d{1,2})(?:[:.]?(\d{2}))(?::\d{2})?\s*(?:([ap])\.?m\.?)?", original, re.IGNORECASE)
    if match is None:
        match = re.fullmatch(r"(\d{1,2})()\s*([ap])\.?m\.?", original, re.IGNORECASE)
    if match is None:
        raise ValueError(f"“{original}” is not a time: write it as 14:05 or 1405")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            raise ValueError(f"“{original}” is not a real time")
        hour = hour % 12 + (12 if match.group(3).lower() == "p" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"“{original}” is not a real time")
    return f"{hour:02d}:{minute:02d}"


def parse_date(text: str) -> datetime.date | None:
    """Read a full date (31/12/2024, 2024-12-31, 31 Dec 2024 ...) for a field that holds one day.

    Returns None for empty text; raises ValueError with a plain message for
    anything else that is not one whole, exact day.
    """
    if not text.strip():
        return None
    try:
        parsed = parse_event_date(text)
    except ValueError:
        parsed = None
    if parsed is None or parsed.precision != "exact" or parsed.time:
        raise ValueError(f"“{text.strip()}” is not a date: type it as day/month/year, for example 31/12/2024")
    return datetime.date.fromisoformat(parsed.date)


def format_date(value: datetime.date | None) -> str:
    """Show a date the British way (31/12/2024); empty for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def when_words(at: str) -> str:
    """A recorded time (ISO 8601) in words: ``6 December 2024 at 10:30`` (the text itself if it is not a time)."""
    try:
        moment = datetime.datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return at
    return f"{moment.day} {moment:%B %Y} at {moment:%H:%M}"
