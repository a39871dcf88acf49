"""Readability counts and the acronym scan, made faster, agree with the plainer versions (see :mod:`.oracles`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from imr_studio.checks import acronyms
from imr_studio.checks.readability import _text_stats, sentence_spans, syllables

from . import oracles

_PIECES = ["the", "The", "THE", "officer", "OFFICERS", "MARAC", "MARACs", "ToR", "ViSOR", "PC", "DASH", "IDVA", "XIV",
           "agree", "able", "little", "tree", "queue", "rhythm", "why", "o'er", "isn’t", "caf", "é", "Ⓐ", "ß", "İ",
           "CAD", "2211", "RMS/22/", " ", " ", " ", "  ", "\n", "\t", ".", "!", "?", "...", ",", ";", "(", ")", "'",
           "’", "“", "”", '"', "-", "/", "1", "a", "E", "e"]
_CAPITALS = ["MARAC", "PC", "DASH", "A", "I", "OFFICIAL", "(MARAC)", "“DV”", "ⒶⒷ", "É", "POLICE,", "x", "Mr"]
texts = st.one_of(
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=60).map("".join),
    st.lists(st.sampled_from(_CAPITALS), max_size=12).map(" ".join),  # words in capitals, in runs of all lengths
)
thorough = settings(max_examples=400, deadline=None)


@thorough
@given(texts)
def test_text_stats_and_sentences_are_as_before(text: str) -> None:
    words, sentences, syllable_count, spans = oracles.text_stats(text)
    assert _text_stats(text)[:3] == (words, sentences, syllable_count)
    assert tuple(sentence_spans(text)) == spans


def test_syllables() -> None:
    assert [syllables(w) for w in ("the", "agree", "little", "make", "rhythm", "queue", "MARAC")] == [1, 2, 2, 1, 1, 1, 2]


@thorough
@given(texts)
def test_acronym_candidates_are_as_before(text: str) -> None:
    fast = acronyms._candidates(text)
    token, capitals = acronyms._TOKEN, acronyms._words_in_capitals
    acronyms._TOKEN, acronyms._words_in_capitals = oracles.TOKEN, oracles.words_in_capitals
    try:
        assert fast == acronyms._candidates(text)
    finally:
        acronyms._TOKEN, acronyms._words_in_capitals = token, capitals


@thorough
@given(texts)
def test_words_in_capitals_are_as_before(text: str) -> None:
    assert acronyms._words_in_capitals(text) == oracles.words_in_capitals(text)


@thorough
@given(texts)
def test_a_reference_number_before_a_word_is_found_in_its_last_three_characters(text: str) -> None:
    for end in range(len(text) + 1):
        whole = re.search(r"\d[-/]$", text[:end]) is not None  # the search over the whole text before, as it was
        assert (acronyms._CODE_BEFORE.search(text, max(0, end - 3), end) is not None) == whole
