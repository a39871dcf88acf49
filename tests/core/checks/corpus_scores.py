"""Recall and precision of the language rules on the corpus in ``corpus/``, per category.

``bench/language_corpus.py`` prints the figures; run this file directly for the same table.
A line ``## name: title`` starts a category; the lines after it belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from imr_studio.checks import load_rules
from imr_studio.checks.language import language_findings
from imr_studio.checks.texts import TextSpot

CORPUS = Path(__file__).with_name("corpus")
CORPUS_FILES = ("flagged.txt", "neutral.txt", "heldout.txt")
_MARKED = re.compile(r"\[\[(.+?)\]\]")


@dataclass
class Scores:
    """Counts from one pass over the corpus (or one category of it), with the misses and false alarms."""

    expected: int = 0
    found: int = 0
    true_positives: int = 0
    false_positives: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    clean_lines: int = 0
    by_category: dict[str, "Scores"] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0


def corpus_lines(name: str) -> list[tuple[str, str]]:
    """The sentences of one corpus file with the category each belongs to, without comments and blank lines."""
    category, lines = "", []
    for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            category = line[3:].split(":")[0].strip()
        elif line.strip() and not line.startswith("#"):
            lines.append((category, line))
    return lines


def _unmark(line: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans, offset = "", [], 0
    for match in _MARKED.finditer(line):
        text += line[offset : match.start()]
        spans.append((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        offset = match.end()
    return text + line[offset:], spans


def score() -> Scores:
    """Run the built-in language rules over the corpus files; the totals, and each category's in ``by_category``."""
    rules = load_rules()
    scores = Scores()
    for name in CORPUS_FILES:
        for category, line in corpus_lines(name):
            part = scores.by_category.setdefault(category, Scores())
            text, wanted = _unmark(line)
            spans = [f.location.span for f in language_findings([TextSpot("text", ("text", 0), text)], rules)]
            for counts in (scores, part):
                counts.clean_lines += not wanted
                _count(counts, text, wanted, spans)
    return scores


def _count(scores: Scores, text: str, wanted: list[tuple[int, int]], spans: list) -> None:
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


def table(result: Scores) -> str:
    """The figures as a plain-text table: per category, phrases to flag, found, recall, clean lines and false alarms."""
    rows = [f"{'category':<14}{'to flag':>8}{'found':>7}{'recall':>8}{'clean':>7}{'false alarms':>14}"]
    for name, part in sorted(result.by_category.items()):
        recall = f"{part.recall:.2f}" if part.expected else "-"
        rows.append(f"{name:<14}{part.expected:>8}{part.found:>7}{recall:>8}{part.clean_lines:>7}{part.false_positives:>14}")
    rows.append(f"{'all':<14}{result.expected:>8}{result.found:>7}{result.recall:>8.3f}{result.clean_lines:>7}"
                 f"{result.false_positives:>14}")
    rows.append(f"precision {result.precision:.3f} ({result.true_positives + result.false_positives} findings)")
    rows += [f"missed: {line}" for line in result.missed]
    rows += [f"false alarm: {line}" for line in result.false_alarms]
    return "\n".join(rows)


if __name__ == "__main__":
    print(table(score()))
