"""What ``imr-studio info`` counts as a filled section."""

from __future__ import annotations

import datetime

from imr_studio.model.document import (
    Characteristics,
    Document,
    KeyDates,
    Methodology,
    QualityAssurance,
    ReviewRecord,
    ReviewDetails,
)
from imr_studio.model.narrative import Paragraph
from imr_studio.storage.summary import filled_sections


def _filled(document: Document) -> set[str]:
    return {name for name, filled in filled_sections(document).items() if filled}


def test_a_new_project_has_nothing_filled() -> None:
    assert _filled(Document()) == set()


def test_blank_text_and_blank_paragraphs_do_not_count() -> None:
    document = Document(
        review=ReviewDetails(reference="   ", protective_marking="OFFICIAL-SENSITIVE "),
        characteristics=Characteristics(relevance=[Paragraph(text=""), Paragraph(text="  \t")]),
    )
    assert _filled(document) == set()


def test_any_entered_value_counts(full_document: Document) -> None:
    assert _filled(Document(review=ReviewDetails(protective_marking="OFFICIAL"))) == {"review"}
    assert _filled(Document(review=ReviewDetails(key_dates=KeyDates(imr_requested=datetime.date(2024, 1, 1))))) == {"review"}
    assert _filled(Document(methodology=Methodology(all_sources_accessed=True))) == {"methodology"}
    assert _filled(Document(characteristics=Characteristics(relevance=[Paragraph(text="x")]))) == {"characteristics"}
    assert _filled(Document(quality=QualityAssurance(history=[ReviewRecord(kind="returned")]))) == {"quality"}
    assert _filled(full_document) == set(filled_sections(full_document))
