"""Text made safe for a Word file at the export boundary.

Word's XML cannot hold most control characters nor lone surrogates; the model
normally keeps them out, but the export must never fail on them.
"""

from __future__ import annotations

import re

from ..model.text import replace_lone_surrogates

_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029\r\n]")
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with breaks as spaces and characters XML cannot hold removed."""
    return _NOT_XML.sub("", _BREAKS.sub(" ", replace_lone_surrogates(text)))
