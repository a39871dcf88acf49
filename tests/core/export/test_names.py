"""Text normalised as a reader sees it: the quick path for plain ASCII gives what reading each character does."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from imr_studio.export.names import normalise, original_span

SPECIAL = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e\u00a0\u2007\u202f\u3000\u2019\u2018\u02bc\u2032`\u00b4\u2010\u2013"
"""Invisible characters, odd spaces, apostrophes (the grave accent among them) and hyphens."""


def _character_by_character(text: str) -> tuple[str, list[int]]:
    """The rule of :func:`normalise` applied to each character on its own, as its definition reads."""
    out, origin = [], []
    for index, char in enumerate(text):
        if char in "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e":
            continue
        char = (" " if char in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"
                else "'" if char in "\u2019\u2018\u02bc\u2032\u0060\u00b4"
                else "-" if char in "\u2010\u2011\u2012\u2013" else char)
        for piece in unicodedata.normalize("NFKC", char).casefold():
            out.append(piece)
            origin.append(index)
    return "".join(out), origin


@given(st.text(st.characters(codec="ascii") | st.sampled_from(SPECIAL) | st.characters(blacklist_categories=("Cs",))))
def test_normalising_is_reading_each_character_on_its_own(text):
    assert normalise(text) == _character_by_character(text)


@given(st.text(st.characters(codec="ascii")))
def test_plain_ascii_keeps_one_character_for_one(text):
    plain, origin = normalise(text)
    assert plain == text.lower().replace("`", "'") and origin == list(range(len(text)))


def test_a_match_maps_back_to_exactly_the_characters_typed():
    text = "Mrs NATALIE\u00ad Hart’s car"
    plain, origin = normalise(text)
    start = plain.index("natalie hart's")
    assert text[slice(*original_span(origin, start, start + len("natalie hart")))] == "NATALIE\u00ad Hart"
