"""British spelling, offline, that knows police words and the IMR's own names and never flags acronyms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imr_studio.checks.spelling import Speller, document_words, personal_words_file
from imr_studio.model.search import texts


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.load()


@pytest.fixture(autouse=True)
def own_profile(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path / "profile"))


@pytest.mark.parametrize("word", ["behavior", "organizaton", "recieved", "occured", "seperate", "harrassment", "neccessary"])
def test_misspellings_and_american_spellings_are_flagged(speller, word) -> None:
    assert speller.misspellings(f"The officer {word} it.") == [(12, 12 + len(word), word)]


@pytest.mark.parametrize("text", [
    "The neighbour's behaviour was recognised by the organisation.",
    "Officers safeguarded her and signposted her to the IDVA and MARAC on 29/02/2024.",
    "The DVPN was served; a non-molestation order followed, and bodycam footage was reviewed.",
    "It was the victim’s flat, and the officers’ notes were brief.",
])
def test_good_british_prose_with_police_words_is_not_flagged(speller, text) -> None:
    assert speller.misspellings(text) == []


def test_suggestions_offer_the_right_spelling_first(speller) -> None:
    assert speller.suggestions("recieved")[0] == "received"


def test_the_imrs_own_names_are_known_and_the_sample_reads_clean_of_them(sample) -> None:
    speller = Speller.load(document_words(sample))
    flagged = {word for _, text in texts(sample) for *_, word in speller.misspellings(text)}
    assert not flagged & document_words(sample)
    assert flagged <= {"Dunmoor", "Varley", "Pryde", "Ellery", "Kettlemere"}  # names in the text that no field records


def test_a_word_added_by_the_author_is_known_in_every_later_session() -> None:
    speller = Speller.load()
    assert speller.misspellings("Kettlemere")
    speller.add_personal("Kettlemere")
    assert speller.misspellings("Kettlemere") == []
    assert "Kettlemere" in personal_words_file().read_text(encoding="utf-8")
    assert Speller.load().misspellings("Kettlemere's station") == []


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_spans_that_are_words_of_it(text) -> None:
    speller = Speller.load()
    for start, end, word in speller.misspellings(text):
        assert text[start:end] == word and word.strip()


def test_the_dictionarys_objects_are_made_without_collections_then_set_aside_as_lasting() -> None:
    import gc

    from imr_studio.checks.spelling import _lasting_objects

    before = gc.get_freeze_count()
    try:
        with _lasting_objects():
            assert not gc.isenabled()
            made = [[index] for index in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= before + len(made)
        with pytest.raises(ValueError), _lasting_objects():
            raise ValueError("the dictionary could not be read")
        assert gc.isenabled()
    finally:
        gc.unfreeze()
