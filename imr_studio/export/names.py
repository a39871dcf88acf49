"""Finding people's names (and dates of birth and identifiers) in text the way a reader sees it.

Text is matched after normalising it as a reader sees it: Unicode NFKC, case
folded, soft hyphens and zero-width characters removed, no-break spaces as
spaces, curly apostrophes as straight ones. Each match is mapped back to the
exact characters of the original, so a replacement covers the whole name,
however it was typed, and nothing else.

Qt-free.
"""

from __future__ import annotations

import functools
import unicodedata

_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e")
_SPACES = frozenset("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000")
_APOSTROPHES = frozenset("\u2019\u2018\u02bc\u2032\u0060\u00b4")
_HYPHENS = frozenset("\u2010\u2011\u2012\u2013")


def normalise(text: str) -> tuple[str, list[int]]:
    """``text`` as it reads (see the module), and for each of its characters the index of the original one."""
    if text.isascii():  # the common case, one character for one: only case and the grave accent change
        return text.lower().replace("`", "'"), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = _reads_as(char)
        out.append(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


@functools.lru_cache(maxsize=4096)
def _reads_as(char: str) -> str:
    """What one character reads as: nothing if it is invisible, else one or more normalised characters."""
    if char in _INVISIBLE:
        return ""
    if char in _SPACES:
        char = " "
    elif char in _APOSTROPHES:
        char = "'"
    elif char in _HYPHENS:
        char = "-"
    return unicodedata.normalize("NFKC", char).casefold()


def original_span(origin: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of the original text that the normalised characters ``start:end`` came from."""
    return origin[start], origin[end - 1] + 1


def near_miss(word: str, name: str) -> bool:
    """True when ``word`` is ``name`` with one letter added, dropped, changed or two swapped (case ignored)."""
    a, b = word.casefold(), name.casefold()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]]
                                   and a[diffs[1]] == b[diffs[0]])
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
