"""Examples for empty fields, drawn from the fictional sample, so an author sees what a good answer looks like.

:func:`example_for` finds the value the sample IMR holds at the same place as
a field (for an item in a list, the sample's first item), so the examples are
never a second copy of text that could drift from the sample.

Qt-free.
"""

from __future__ import annotations

import datetime
import functools

from msgspec import Struct

from .model.addressing import Path
from .model.dates import format_date
from .model.document import Document
from .model.narrative import Paragraph

LONGEST = 90
"""How many characters of an example are shown."""


@functools.lru_cache(maxsize=1)
def _sample() -> Document | None:
    from .paths import sample_project
    from .storage import ProjectFileError, load_project  # storage builds on the model: imported when first needed

    try:
        return load_project(sample_project())
    except ProjectFileError:
        return None


def example_for(path: Path) -> str:
    """The sample's value at ``path`` as short text ("" when the sample has none there)."""
    node: object = _sample()
    for step in path:
        if isinstance(node, list):
            if not node:
                return ""
            node = node[step] if isinstance(step, int) and step < len(node) else node[0]
        elif isinstance(node, Struct) and isinstance(step, str) and step in node.__struct_fields__:
            node = getattr(node, step)
        else:
            return ""
    if isinstance(node, datetime.date):
        return format_date(node)
    if isinstance(node, list) and node and isinstance(node[0], Paragraph):
        node = node[0].text
    elif isinstance(node, list) and all(isinstance(part, str) for part in node):
        node = "; ".join(node)
    if not isinstance(node, str):
        return ""
    text = " ".join(node.split())
    return text if len(text) <= LONGEST else text[: LONGEST - 1].rstrip() + "…"
