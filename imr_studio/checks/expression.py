"""An expression for some patterns, compiled the first time it is used.

Compiling the rule packs' expressions is most of the cost of loading them,
and a run rarely needs them all: ``lint`` never reads the themes, a document
without recommendations never needs the vague verbs, and a rule is only
compiled when some text could match it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .patterns import FLAGS


class Expression:
    """The source of a regular expression, compiled with :data:`~.patterns.FLAGS` when first used."""

    __slots__ = ("source", "_compiled")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, FLAGS)
        return self._compiled

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, as :meth:`re.Pattern.search`."""
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        """A match at the start of ``text``, as :meth:`re.Pattern.match`."""
        return self.compiled.match(text)

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        """Every match in ``text`` (or in ``text[pos:endpos]``, as :meth:`re.Pattern.finditer`)."""
        return self.compiled.finditer(text, *span)
