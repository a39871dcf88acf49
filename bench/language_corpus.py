"""Recall and false alarms of the language rules on the project's corpus, category by category.

    .venv/bin/python bench/language_corpus.py [--json OUT]

The corpus is in ``tests/core/checks/corpus/`` (see its README). The baseline in
the same run is the number of phrases to flag and clean lines: recall and
precision are ratios against them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.core.checks.corpus_scores import score, table  # noqa: E402


def main() -> None:
    """Score the corpus and print the table (and write it as JSON when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    started = time.perf_counter()
    result = score()
    print(table(result))
    print(f"scored in {time.perf_counter() - started:.2f} s")
    if args.json:
        args.json.write_text(json.dumps({
            name: {"to_flag": part.expected, "found": part.found, "recall": part.recall, "clean_lines": part.clean_lines,
                   "false_alarms": part.false_positives}
            for name, part in {**result.by_category, "all": result}.items()}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
