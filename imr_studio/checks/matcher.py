"""Running many phrase rules over many texts quickly.

Trying every rule's expression at every position of every text is far too
slow for a live check. :class:`RuleMatcher` tries on a text only the rules its
words say could match (:class:`~.prefilter.Prefilter`), and it remembers the
result for each distinct text, so rerunning the checks after an edit only
looks again at the text that changed.
"""

from __future__ import annotations

import re

from .expression import Expression
from .memo import TextMemo
from .prefilter import Prefilter

Match = tuple[int, int, int]  # rule index, start, end
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
"""Characters nobody sees: a soft hyphen, zero-width spaces and joiners, direction marks. Text pasted from Word or a
web page can carry them inside a word, where they must not hide the word from the rules."""


class RuleMatcher:
    """Finds the matches of a list of rules, each a list of patterns compiled to one expression.

    A rule's expression is compiled the first time a text could match it, so
    that checking a short text, or starting the app, does not pay for
    compiling every rule.
    """

    def __init__(self, expressions: list[Expression], patterns: list[list[str]]) -> None:
        self._expressions = expressions
        self._prefilter = Prefilter(patterns)
        self.matches = TextMemo(self._find)

    def _find(self, text: str) -> tuple[Match, ...]:
        """Every ``(rule index, start, end)`` in ``text``, in rule order then text order.

        Call it as ``matcher.matches(text)``, which remembers the answer. Characters nobody sees are read past,
        and the spans are those of ``text`` as it is.
        """
        if _INVISIBLE.search(text) is None:
            return self._find_in(text)
        kept = [place for place, character in enumerate(text) if not _INVISIBLE.match(character)]
        seen = "".join(text[place] for place in kept)
        kept.append(len(text))
        return tuple((index, kept[start], kept[end - 1] + 1 if end > start else kept[start])
                     for index, start, end in self._find_in(seen))

    def _find_in(self, text: str) -> tuple[Match, ...]:
        return tuple(
            (index, match.start(), match.end())
            for index in self._prefilter.candidates(text)
            for match in self._expressions[index].finditer(text)
        )
