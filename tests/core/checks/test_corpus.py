"""Recall and precision of the language rules on the corpus of IMR-style sentences, category by category."""

from __future__ import annotations

from .corpus_scores import score, table

# Categories the issue names, each with problem sentences of its own in the corpus.
CATEGORIES = {"mutual", "minimising", "passive", "labels", "jargon", "leaving", "judgement", "exploitation"}


def test_language_rules_recall_and_precision(capsys) -> None:
    result = score()
    with capsys.disabled():
        print("\n" + table(result))
    assert result.expected >= 200 and result.clean_lines >= 140
    assert result.recall >= 0.95, result.missed
    assert result.false_positives == 0, result.false_alarms


def test_every_category_is_measured_and_found() -> None:
    result = score()
    for name in CATEGORIES:
        part = result.by_category[name]
        assert part.expected >= 5 and part.recall >= 0.8, (name, part.missed)
