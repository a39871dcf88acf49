"""Recall and precision of the language rules on the corpus in ``corpus/``.

Run it directly to print the figures: ``python tests/core/checks/corpus_scores.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from imr_studio.checks import load_rules
from imr_studio.checks.language import language_findings
from imr_studio.checks.texts import TextSpot

CORPUS = Path(__file__).with_name("corpus")
_MARKED = re.compile(r"\[\[(.+?)\]\]")


@dataclass
class Scores:
    """Counts from one pass over the corpus, with the misses and false alarms for messages."""

    expected: int = 0
    found: int = 0
    true_positives: int = 0
    false_positives: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0


def corpus_lines(name: str) -> list[str]:
    """The sentences of one corpus file, without comments and blank lines."""
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def _unmark(line: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans, offset = "", [], 0
    for match in _MARKED.finditer(line):
        text += line[offset : match.start()]
        spans.append((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        offset = match.end()
    return text + line[offset:], spans


def score() -> Scores:
    """Run the built-in language rules over both corpus files."""
    rules = load_rules()
    scores = Scores()
    for line in corpus_lines("flagged.txt") + corpus_lines("neutral.txt"):
        text, wanted = _unmark(line)
        spans = [f.location.span for f in language_findings([TextSpot("text", ("text", 0), text)], rules)]
        scores.expected += len(wanted)
        for start, end in wanted:
            if any(s[0] < end and start < s[1] for s in spans):
                scores.found += 1
            else:
                scores.missed.append(text[start:end] + "  ←  " + text)
        for s in spans:
            if any(s[0] < end and start < s[1] for start, end in wanted):
                scores.true_positives += 1
            else:
                scores.false_positives += 1
                scores.false_alarms.append(text[s[0] : s[1]] + "  ←  " + text)
    return scores


if __name__ == "__main__":
    result = score()
    print(f"phrases to flag: {result.expected}, found: {result.found}, recall {result.recall:.3f}")
    print(f"findings: {result.true_positives + result.false_positives}, false alarms: {result.false_positives}, "
          f"precision {result.precision:.3f}")
    for line in result.missed:
        print("missed:", line)
    for line in result.false_alarms:
        print("false alarm:", line)
