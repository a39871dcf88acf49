"""Turning the words a Word IMR shows back into the values the project holds: pick-list labels, dates, references."""

from __future__ import annotations

import datetime
import re

from .. import vocab
from ..model.dates import parse_date
from .layout import words

_EMPTY = {"", "none", "not given", "not graded", "none recorded", "n a", "na", "nil", "not set", "not yet chosen"}


def blank(text: str) -> bool:
    """True for the words a report prints where nothing was recorded ("None", "Not given")."""
    return words(text) in _EMPTY


def choice(vocabulary: str, text: str) -> str:
    """The key of the pick-list entry whose label is ``text`` ("" when none is, or the text is blank)."""
    wanted = words(text)
    for entry in vocab.choices(vocabulary):
        if entry.key and (words(entry.label) == wanted or entry.key == wanted.replace(" ", "_")):
            return entry.key
    return ""


def day(text: str) -> datetime.date | None:
    """A whole date written any way authors write one, or None when there is none to read."""
    if blank(text):
        return None
    try:
        return parse_date(text)
    except ValueError:
        return None


def period(text: str) -> tuple[datetime.date | None, datetime.date | None]:
    """The two ends of "14 March 2019 to 14 March 2024" (or "… - …", "from … until …")."""
    parts = re.split(r"\s+(?:to|until|till|-|–|—)\s+", re.sub(r"^\s*from\s+", "", text, flags=re.IGNORECASE), maxsplit=1)
    return (day(parts[0]), day(parts[1])) if len(parts) == 2 else (None, None)


def numbers(text: str, *names: str) -> list[int]:
    """The numbers in references such as "Event 3, Event 5" or "ToR 1 and 2" (``names``: the words before them)."""
    if blank(text):
        return []
    pattern = r"(?:" + "|".join(map(re.escape, names)) + r")s?\s*(\d+(?:\s*(?:,|and|&)\s*\d+)*)"
    found: list[int] = []
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        found += [int(n) for n in re.findall(r"\d+", match.group(1))]
    return found


def characteristic_keys(text: str) -> list[str]:
    """The characteristics named in "Mental health, Sex" by their labels."""
    labels = {words(spec.label): spec.key for spec in vocab.characteristics()}
    return [labels[words(part)] for part in re.split(r",\s*", text) if words(part) in labels]


def review_kind(text: str) -> tuple[str, str]:
    """``(review type, kind of death)`` from "Domestic abuse related death review after a death by suicide"."""
    wanted = words(text)
    review_type = next((c.key for c in vocab.choices("review_types") if c.key and words(c.label) in wanted), "")
    if not review_type and re.search(r"\bdhr\b|homicide review", wanted):
        review_type = "dhr"
    death = next((key for key, marker in (("suicide", "suicide"), ("other", "unexplained"), ("other", "another"),
                                          ("homicide", "after a homicide")) if marker in wanted), "")
    return review_type, death
