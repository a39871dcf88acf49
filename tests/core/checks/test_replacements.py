"""One-click replacements: offered only where they fit the flagged words exactly."""

from __future__ import annotations

import json

import pytest

from imr_studio.checks import load_rules, run_checks
from imr_studio.checks.rules import force_rules_dir
from imr_studio.model.document import Document, ReviewDetails
from imr_studio.model.narrative import from_plain_text


def _language(text: str, rules=None) -> list[tuple[str, tuple[str, ...]]]:
    document = Document(review=ReviewDetails(independence=from_plain_text(text)))
    return [(f.text, f.replacements) for f in run_checks(document, rules).findings() if f.category == "language"]


@pytest.mark.parametrize(
    ("text", "flagged", "replacements"),
    [
        ("Officers attended a domestic incident at the flat.", "domestic incident", ("report of domestic abuse",)),
        ("She refused to engage with the IDVA service.", "refused to engage", ("did not take up the support offered",)),
        ("Domestic violence was reported twice.", "Domestic violence", ("Domestic abuse",)),
        ("The boy absconded from the unit.", "absconded", ("went missing",)),
    ],
)
def test_a_replacement_fits_the_words_it_replaces(text: str, flagged: str, replacements: tuple[str, ...]) -> None:
    assert (flagged, replacements) in _language(text)


def test_no_replacement_is_offered_for_a_form_it_does_not_fit() -> None:
    found = dict(_language("This was described as tragic by the press."))
    assert found == {"tragic": ()}


def test_a_force_pack_may_give_replacements_for_any_wording() -> None:
    folder = force_rules_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "force.json").write_text(
        json.dumps({"language": [{"id": "force.call-out", "patterns": ["domestic call out*"], "why": "It hides what was reported.",
                                  "replacements": ["report of domestic abuse"]}]}),
        encoding="utf-8",
    )
    try:
        assert ("domestic call-outs", ("report of domestic abuse",)) in _language("Two domestic call-outs that week.",
                                                                                 load_rules())
    finally:
        (folder / "force.json").unlink()
