"""Table column widths sized to what the columns hold, so that no word or reference number breaks.

A table's columns share the text width by their relative weights, but a
column is never narrower than its longest unbreakable word (a reference such
as "220625-0871", or a header word such as "reference"), measured in the
table's font. The width a column needs beyond its weight is taken from the
columns that have room to spare, in proportion to that room.
"""

from __future__ import annotations

from collections.abc import Sequence

_EMU_PER_POINT = 12_700
_CELL_PADDING_PT = 11.0
"""Left and right cell margins (Word's default 0.19 cm each) and a little air."""
_NARROW = frozenset("iljtfr.,:;'’-/()|!1 ")
_WIDE = frozenset("MWmw@%")
MAX_SHARE = 0.4
"""No column is widened beyond this share of the table for one word: an overlong web address may break instead."""


def word_width_pt(word: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of ``word`` set in a proportional font like Calibri at ``size_pt``, in points (a slight overestimate)."""
    ems = sum(0.32 if ch in _NARROW else 0.85 if ch in _WIDE else 0.62 if ch.isupper() else 0.53 for ch in word)
    return ems * size_pt * (1.08 if bold else 1.0)


def _longest_word(texts: Sequence[str], size_pt: float, *, bold: bool = False) -> float:
    words = {word for text in texts for word in text.split()}  # each word measured once, however often it is used
    return max((word_width_pt(word, size_pt, bold=bold) for word in words), default=0.0)


def fitted_widths(weights: Sequence[float], titles: Sequence[str], rows: Sequence[Sequence[str]], total_emu: int,
                  size_pt: float) -> list[int]:
    """Widths in EMU for columns of relative ``weights`` sharing ``total_emu``, none narrower than its longest word."""
    count = len(weights)
    needed = []
    for column in range(count):
        cells = [row[column] for row in rows if column < len(row)]
        longest = max(_longest_word(cells, size_pt), _longest_word([titles[column]], size_pt, bold=True))
        needed.append(min((longest + _CELL_PADDING_PT) * _EMU_PER_POINT, total_emu * MAX_SHARE))
    if sum(needed) >= total_emu:  # cannot fit every word: share by need instead
        return [int(total_emu * n / sum(needed)) for n in needed]
    weight_sum = sum(weights)
    widths = [total_emu * w / weight_sum for w in weights]
    for _ in range(count):
        short = [i for i in range(count) if widths[i] < needed[i] - 1]
        if not short:
            break
        extra = sum(needed[i] - widths[i] for i in short)
        for i in short:
            widths[i] = needed[i]
        spare = {i: widths[i] - needed[i] for i in range(count) if i not in short and widths[i] > needed[i]}
        room = sum(spare.values())
        for i, slack in spare.items():
            widths[i] -= extra * slack / room
    return [int(width) for width in widths]
