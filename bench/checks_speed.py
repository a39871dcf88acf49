"""How long the checks take, against loading the same project, on the sample and on a large project.

For each project this prints, in milliseconds and as a ratio to the baseline
(``storage.loads`` of the same file's bytes, measured in the same run):

* cold: the first ``run_checks`` with freshly loaded rules (nothing remembered yet);
* warm: ``run_checks`` again on the unchanged document (median of ``--repeats``);
* edit: ``run_checks`` after one chronology summary changed, as in the app after a keystroke.

The large project repeats the sample's own chronology and analysis (so the
wording is realistic) up to ``--events`` events, each summary made distinct.

    .venv/bin/python bench/checks_speed.py [--events 1000] [--repeats 15]
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import time
from collections.abc import Callable

import msgspec

from imr_studio.checks import rules as rule_packs
from imr_studio.checks import run_checks
from imr_studio.model.document import Document
from imr_studio.paths import sample_project
from imr_studio.storage import dumps, loads

replace = msgspec.structs.replace


def large_project(sample: Document, events: int) -> Document:
    """The sample with its chronology and analysis repeated up to ``events`` events."""
    start = datetime.date(2019, 3, 14)
    chronology = []
    for n in range(events):
        model = sample.contact.events[n % len(sample.contact.events)]
        chronology.append(replace(model, id=f"ev-{n}", date=(start + datetime.timedelta(days=n % 1800)).isoformat(),
                                  date_precision="exact", summary=f"{model.summary} Entry {n} of the log."))
    analysis = []
    for n in range(events // 10):
        model = sample.analysis[n % len(sample.analysis)]
        paragraphs = [replace(p, text=f"{p.text} (Point {n}.)") for p in model.analysis]
        analysis.append(replace(model, id=f"an-{n}", event_ids=[f"ev-{n * 10 + k}" for k in range(10)],
                                analysis=paragraphs))
    return replace(sample, contact=replace(sample.contact, events=chronology), analysis=analysis)


def timed(action: Callable[[], object]) -> float:
    """Seconds taken by one call of ``action``."""
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def median(action: Callable[[], object], repeats: int) -> float:
    """Median seconds of ``repeats`` calls."""
    return statistics.median(timed(action) for _ in range(repeats))


def measure(name: str, document: Document, repeats: int) -> None:
    """Print the timings for one project."""
    data = dumps(document)
    baseline = median(lambda: loads(data), repeats)
    rule_packs._load.cache_clear()
    loading = timed(rule_packs.load_rules)
    rules = rule_packs.load_rules()
    cold = timed(lambda: run_checks(document, rules))
    warm = median(lambda: run_checks(document, rules), repeats)
    events = document.contact.events

    def edit_and_check() -> None:
        changed = replace(events[0], summary=events[0].summary + f" {time.perf_counter_ns()}")
        run_checks(replace(document, contact=replace(document.contact, events=[changed, *events[1:]])), rules)

    edit = median(edit_and_check, repeats)
    findings = len(run_checks(document, rules).findings())
    print(f"{name}: {len(events)} events, {len(data) / 1e6:.2f} MB, {findings} findings")
    print(f"  baseline storage.loads  {baseline * 1e3:8.1f} ms")
    for label, seconds in (("cold run_checks", cold), ("warm run_checks", warm), ("after one edit", edit)):
        print(f"  {label:<22} {seconds * 1e3:8.1f} ms   {seconds / baseline:6.2f} x baseline")
    print(f"  (loading and compiling the rule packs once: {loading * 1e3:.0f} ms)")


def main() -> None:
    """Measure the sample and the large project."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    sample = loads(sample_project().read_bytes())
    measure("sample", sample, args.repeats)
    measure("large", large_project(sample, args.events), args.repeats)


if __name__ == "__main__":
    main()
