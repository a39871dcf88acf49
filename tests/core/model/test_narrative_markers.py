"""Lists pasted as paragraphs with typed markers become list items."""

from __future__ import annotations

import pytest

from imr_studio.model.narrative import Mark, Paragraph, lists_from_typed_markers, replace_span


@pytest.mark.parametrize(
    ("text", "style", "words"),
    [
        ("\u00b7\u00a0\u00a0\u00a0\u00a0 No risk assessment was completed.", "bullet", "No risk assessment was completed."),
        ("\u2022 The PNC was checked.", "bullet", "The PNC was checked."),
        ("- A referral was made.", "bullet", "A referral was made."),
        ("\uf0b7\tSymbol-font bullet from Word.", "bullet", "Symbol-font bullet from Word."),
        ("1. Officers attended.", "number", "Officers attended."),
        ("12)\u00a0\u00a0Officers left.", "number", "Officers left."),
        ("(b) A second limb.", "number", "A second limb."),
        ("iv. A fourth point.", "number", "A fourth point."),
    ],
)
def test_typed_markers_become_list_items(text: str, style: str, words: str) -> None:
    [paragraph] = lists_from_typed_markers([Paragraph(text=text)])
    assert (paragraph.style, paragraph.text) == (style, words)


@pytest.mark.parametrize(
    "text",
    ["Officer 1 attended the address.", "a row of houses", "-", "1.", "2024 was the year of the review.", "-5 degrees outside"],
)
def test_ordinary_paragraphs_stay_as_they_are(text: str) -> None:
    assert lists_from_typed_markers([Paragraph(text=text)]) == [Paragraph(text=text)]


def test_formatting_moves_with_the_words_and_list_items_are_left_alone() -> None:
    pasted = [
        Paragraph(text="1.  The PNC check", marks=(Mark(start=0, end=3, style="bold"), Mark(start=8, end=11, style="italic"))),
        Paragraph(text="- already a list item", style="bullet"),
    ]
    first, second = lists_from_typed_markers(pasted)
    assert first == Paragraph(text="The PNC check", style="number", marks=(Mark(start=4, end=7, style="italic"),))
    assert second == pasted[1]


def test_replacing_a_span_keeps_the_formatting_around_it() -> None:
    paragraph = Paragraph(
        text="She refused to engage with officers.",
        marks=(Mark(start=0, end=3, style="bold"), Mark(start=4, end=21, style="italic"), Mark(start=27, end=35, style="bold")),
    )
    replaced = replace_span(paragraph, 4, 21, "did not take up the offer")
    assert replaced.text == "She did not take up the offer with officers."
    assert replaced.marks == (
        Mark(start=0, end=3, style="bold"),
        Mark(start=4, end=29, style="italic"),
        Mark(start=35, end=43, style="bold"),
    )
