"""Recall and precision of the language rules on the corpus of IMR-style sentences."""

from __future__ import annotations

from .corpus_scores import score


def test_language_rules_recall_and_precision(capsys) -> None:
    result = score()
    with capsys.disabled():
        print(f"\nlanguage corpus: recall {result.recall:.3f} ({result.found}/{result.expected}), "
              f"precision {result.precision:.3f} ({result.false_positives} false alarms)")
    assert result.expected >= 90
    assert result.recall >= 0.9, result.missed
    assert result.precision >= 0.95, result.false_alarms
