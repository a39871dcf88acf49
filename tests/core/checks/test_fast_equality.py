"""Characteristics discussed, found with less reading, agree with the plain version (see :mod:`.oracles`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from imr_studio import vocab
from imr_studio.checks.equality import _Discussion, discusses

from . import oracles

_SPECS = vocab.characteristics()
_WORDS = sorted({word for spec in _SPECS for term in spec.terms for word in re.findall(r"\w+", term)}
                | {"Polish", "Sikh", "Straße", "police", "officers", "recorded", "12345", "Ⓐ", "É"})
_MARKS = [" ", " ", "  ", "\n", ". ", "! ", "? ", ".\n", ".", "-", "’", "'", ",", "(", ")", "1"]
texts = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_MARKS), st.sampled_from(_MARKS)),
                 max_size=30).map("".join)
values = st.one_of(st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join), st.sampled_from(["", "None", "STRASSE"]))
keys = st.sampled_from([spec.key for spec in _SPECS] + ["not_a_key"])
thorough = settings(max_examples=400, deadline=None)


@thorough
@given(keys, values, texts)
def test_a_characteristic_is_discussed_as_before(key: str, value: str, text: str) -> None:
    assert discusses(key, value, text) is oracles.discusses(key, value, text)


@thorough
@given(keys, values, st.lists(texts, max_size=4))
def test_paragraphs_discuss_a_characteristic_when_one_of_them_does(key: str, value: str, paragraphs: list[str]) -> None:
    assert _Discussion(paragraphs).covers(key, value) is any(oracles.discusses(key, value, p) for p in paragraphs)

