"""The fixed words of an exported report, read from ``templates/report_labels.json``.

Headings and column titles come from the model's field titles; the few
other words the export writes (edition marks, "Glossary", the file-name
endings ...) live in this data file so a force can change them.
"""

from __future__ import annotations

import functools
import json

from .. import paths


@functools.lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return json.loads((paths.bundled("templates") / "report_labels.json").read_text(encoding="utf-8"))


def label(key: str, **values: str) -> str:
    """The wording ``key``, with ``{name}`` slots filled from ``values``."""
    return _labels()[key].format(**values)
