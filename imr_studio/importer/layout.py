"""What the headings, tables and labels of a Word IMR mean, from ``resources/import_layout.json``.

Headings are compared by their words alone (no case, numbering or
punctuation). A heading is recognised exactly when its words are one of the
variants, and loosely when they start with one ("Analysis of the police
response to the 999 call" is an analysis heading); the summary says which.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from .. import paths

EXACT, LOOSE = "exact", "loose"


def words(text: str) -> str:
    """``text`` as lower-case words separated by single spaces, without numbering or punctuation."""
    text = re.sub(r"^\s*(?:section\s+)?(?:\d+(?:\.\d+)*|[ivxlc]+)[.):]?\s+", "", text.lower())
    return " ".join(re.findall(r"[^\W_]+", text.replace("’", "'").replace("'", "")))


@dataclass(frozen=True)
class Layout:
    """The variants of each section and part heading, the column words of each table kind, the field labels."""

    sections: dict[str, tuple[str, ...]]
    parts: dict[str, tuple[str, ...]]
    tables: dict[str, tuple[tuple[str, ...], ...]]
    fields: dict[str, tuple[str, ...]]

    def section_of(self, heading: str) -> tuple[str, str] | None:
        """``(section id, EXACT or LOOSE)`` for a top-level heading, or None."""
        return _match(self.sections, heading)

    def part_in(self, heading: str, section: str | None) -> tuple[str, str] | None:
        """``(part, EXACT or LOOSE)`` when ``heading`` is one of the parts of ``section``."""
        return _match({p: v for p, v in self.parts.items() if p.split(".")[0] == section}, heading)

    def part_of(self, heading: str, section: str | None) -> tuple[str, str] | None:
        """``(part, EXACT or LOOSE)`` for a heading inside ``section`` (a part of another section counts only if exact)."""
        found = self.part_in(heading, section)
        if found:
            return found
        anywhere = _match(self.parts, heading)
        return anywhere if anywhere and anywhere[1] == EXACT else None

    def table_kind(self, header: list[str]) -> str | None:
        """The kind of table whose header row is ``header``, or None when none fits."""
        cells = [words(cell) for cell in header]
        for kind, needs in self.tables.items():
            if all(any(cell in group or any(cell.startswith(g + " ") for g in group) for cell in cells) for group in needs):
                return kind
        return None

    def field_of(self, label: str, prefix: str = "") -> str | None:
        """The field a label in a two-column table of details names (``prefix`` "analysis." and so on for an item's)."""
        wanted = words(label)
        for name, variants in self.fields.items():
            if (name.startswith(prefix) if prefix else "." not in name) and wanted in variants:
                return name.removeprefix(prefix)
        return None


def _match(table: dict[str, tuple[str, ...]], heading: str) -> tuple[str, str] | None:
    wanted = words(heading)
    if not wanted:
        return None
    for name, variants in table.items():
        if wanted in variants:
            return name, EXACT
    best = None
    for name, variants in table.items():
        for variant in variants:
            if wanted.startswith(variant + " ") and (best is None or len(variant) > best[1]):
                best = (name, len(variant))
    return (best[0], LOOSE) if best else None


@functools.lru_cache(maxsize=1)
def layout() -> Layout:
    """The layout data, read once."""
    raw = json.loads(paths.resource("import_layout.json").read_text(encoding="utf-8"))
    norm = lambda values: tuple(words(v) for v in values)  # noqa: E731
    return Layout(
        sections={k: norm(v) for k, v in raw["sections"].items()},
        parts={k: norm(v) for k, v in raw["parts"].items()},
        tables={k: tuple(norm(group) for group in v["needs"]) for k, v in raw["tables"].items()},
        fields={k: norm(v) for k, v in raw["fields"].items()},
    )
