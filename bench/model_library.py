"""msgspec or pydantic v2 for the document model? Measure start-up and load cost.

Builds a large fictional project (1,000 chronology events, long narratives),
generates a pydantic v2 model equivalent to IMR Studio's msgspec model
(same fields, defaults, constraints, unknown fields forbidden, strict types,
the paragraph check), checks that both accept the project and refuse the
same bad ones, then times each candidate in fresh Python processes:

* start-up: a process that only imports the library, or the library and the
  model, against ``python -c pass``;
* load: reading the project's bytes into validated objects (the first call
  in a fresh process, and the median of warm calls), against ``json.loads``
  of the same bytes (no validation at all).

Every figure is the median over ``--repeats`` processes. Run it with the
project's virtual environment, after ``pip install "pydantic>=2,<3"``::

    .venv/bin/python bench/model_library.py
"""

from __future__ import annotations

import argparse
import datetime
import json
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import msgspec

from imr_studio.model.document import (
    ActionRow,
    AnalysisEntry,
    CharacteristicEntry,
    CharacteristicProfile,
    Characteristics,
    ContactOverview,
    Document,
    Event,
    LearningPoint,
    Recommendation,
    ReviewDetails,
    Subject,
)
from imr_studio.model.narrative import Mark, Paragraph
from imr_studio.storage import dumps

PYDANTIC_MODULE = "imr_pydantic_model"

# --- a large fictional project --------------------------------------------------------

_WORDS = (
    "officers attended the address after a call from a neighbour who reported shouting and a "
    "door slamming the victim said that nothing had happened and declined to make a statement "
    "the suspect had left before police arrived a risk assessment was completed and graded "
    "standard no referral was made to the local safeguarding partnership at that time"
).split()


def _prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _narrative(rng: random.Random, paragraphs: int, words: int) -> list[Paragraph]:
    result = []
    for _ in range(paragraphs):
        text = _prose(rng, words)
        result.append(Paragraph(text=text, marks=(Mark(start=0, end=8, style="bold"),)))
    return result


def large_document(events: int) -> Document:
    """A fictional project of realistic shape with ``events`` chronology entries."""
    rng = random.Random(2024)
    subjects = [Subject(id=f"sub-{n}", role=role, real_name=f"Person {n}", pseudonym=f"P{n}") for n, role in enumerate(("victim", "suspect", "child", "family", "other", "other"))]
    start = datetime.date(2015, 1, 1)
    chronology = [
        Event(
            id=f"ev-{n}",
            date=(start + datetime.timedelta(days=3 * n)).isoformat(),
            time="21:15",
            event_type="domestic_abuse_incident",
            subject_ids=["sub-0", "sub-1"],
            summary=_prose(rng, 90),
            action_taken=_prose(rng, 40),
            risk_grading="standard",
            source_ref=f"LOG-{n:05d}",
            significant=n % 10 == 0,
        )
        for n in range(events)
    ]
    analysis = [
        AnalysisEntry(
            id=f"an-{n}",
            title=_prose(rng, 6),
            event_ids=[f"ev-{n * 10}"],
            policy="Domestic abuse policy",
            verdict="partly",
            analysis=_narrative(rng, 5, 120),
            good_practice=_narrative(rng, 1, 60),
            missed_opportunities=_narrative(rng, 2, 60),
        )
        for n in range(events // 10)
    ]
    profiles = [
        CharacteristicProfile(
            subject_id=subject_id,
            entries=[CharacteristicEntry(key=f"char-{k}", value=_prose(rng, 4), status="recorded") for k in range(25)],
        )
        for subject_id in ("sub-0", "sub-1")
    ]
    return Document(
        review=ReviewDetails(reference="DHR-BENCH", subjects=subjects, independence=_narrative(rng, 2, 60)),
        characteristics=Characteristics(profiles=profiles, relevance=_narrative(rng, 6, 120)),
        contact=ContactOverview(narrative=_narrative(rng, 50, 120), events=chronology),
        analysis=analysis,
        learning=[LearningPoint(id=f"lp-{n}", statement=_narrative(rng, 1, 50), analysis_ids=[f"an-{n}"]) for n in range(30)],
        recommendations=[
            Recommendation(
                id=f"rec-{n}",
                text=_prose(rng, 30),
                learning_ids=[f"lp-{n}"],
                actions=[ActionRow(id=f"act-{n}-{k}", action=_prose(rng, 20), owner="DI Example") for k in range(5)],
            )
            for n in range(20)
        ],
    )


# --- the equivalent pydantic model, as generated source -------------------------------------

_PARAGRAPH_CHECK = '''
    @model_validator(mode="after")
    def _check_paragraph(self):
        if "\\n" in self.text:
            raise ValueError("a paragraph cannot contain a line break")
        for mark in self.marks:
            if not mark.start < mark.end <= len(self.text):
                raise ValueError("formatting lies outside the paragraph")
        return self
'''


def _structs_in(tp: Any) -> Iterator[type]:
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        yield tp
    for arg in get_args(tp):
        yield from _structs_in(arg)


def _struct_classes(root: type) -> list[type]:
    """``root`` and every structure it contains, each after those it uses."""
    order: list[type] = []

    def visit(cls: type) -> None:
        if cls in order:
            return
        for field in msgspec.structs.fields(cls):
            for inner in _structs_in(field.type):
                visit(inner)
        order.append(cls)

    visit(root)
    return order


def _render(tp: Any) -> str:
    """Python source of the pydantic annotation equivalent to the msgspec type ``tp``."""
    constraints: dict[str, Any] = {}
    while hasattr(tp, "__metadata__"):
        for meta in tp.__metadata__:
            for name in ("min_length", "pattern", "ge"):
                if isinstance(meta, msgspec.Meta) and getattr(meta, name) is not None:
                    constraints.setdefault(name, getattr(meta, name))
        tp = get_args(tp)[0]
    origin = get_origin(tp)
    if origin is Literal:
        source = f"Literal[{', '.join(map(repr, get_args(tp)))}]"
    elif origin in (Union, types.UnionType):
        source = " | ".join(_render(arm) for arm in get_args(tp))
    elif origin is list:
        source = f"list[{_render(get_args(tp)[0])}]"
    elif origin is tuple:
        source = f"tuple[{_render(get_args(tp)[0])}, ...]"
    elif tp is type(None):
        source = "None"
    elif tp is datetime.date:
        source = "datetime.date"
    else:
        source = tp.__name__
    if constraints:
        arguments = ", ".join(f"{name}={value!r}" for name, value in constraints.items())
        return f"Annotated[{source}, Field({arguments})]"
    return source


def _class_source(cls: type) -> str:
    frozen = cls.__struct_config__.frozen
    lines = [f"class {cls.__name__}(BaseModel):", f"    model_config = ConfigDict(extra='forbid', strict=True, frozen={frozen})"]
    for field in msgspec.structs.fields(cls):
        line = f"    {field.name}: {_render(field.type)}"
        if field.default_factory is not msgspec.NODEFAULT:
            line += f" = Field(default_factory={field.default_factory.__name__})"
        elif field.default is not msgspec.NODEFAULT:
            line += f" = {field.default!r}"
        lines.append(line)
    if "__post_init__" in vars(cls):
        assert cls is Paragraph, f"{cls.__name__} has a check the benchmark does not reproduce"
        lines.append(_PARAGRAPH_CHECK.rstrip())
    return "\n".join(lines)


def pydantic_source() -> str:
    """A Python module defining pydantic models equivalent to :class:`Document`."""
    header = (
        '"""Generated by bench/model_library.py: pydantic equivalent of the IMR Studio model."""\n'
        "import datetime\nfrom typing import Annotated, Literal\n"
        "from pydantic import BaseModel, ConfigDict, Field, model_validator\n"
    )
    return header + "\n\n" + "\n\n\n".join(_class_source(cls) for cls in _struct_classes(Document)) + "\n"


_BAD_PROJECTS = {
    "unknown role": {"review": {"subjects": [{"id": "s", "role": "boss"}]}},
    "impossible date": {"review": {"period_start": "2023-02-30"}},
    "number for text": {"review": {"reference": 5}},
    "unknown field": {"methodology": {"narative": []}},
    "line break in paragraph": {"contact": {"narrative": [{"text": "a\nb"}]}},
    "mark outside paragraph": {"contact": {"narrative": [{"text": "ab", "marks": [{"start": 0, "end": 5, "style": "bold"}]}]}},
    "bad event time": {"contact": {"events": [{"id": "e", "time": "9pm"}]}},
    "empty id": {"learning": [{"id": ""}]},
}


def check_equivalent(pydantic_document: Any, data: bytes) -> None:
    """Both models read ``data`` to the same content and refuse the same bad projects."""
    read = pydantic_document.model_validate_json(data)
    assert msgspec.convert(read.model_dump(mode="json"), Document) == msgspec.json.decode(data, type=Document)
    for name, raw in _BAD_PROJECTS.items():
        bad = json.dumps({"format_version": 1, **raw}).encode()
        for decode in (lambda: msgspec.json.decode(bad, type=Document), lambda: pydantic_document.model_validate_json(bad)):
            try:
                decode()
            except ValueError:
                continue
            raise AssertionError(f"a model accepted the bad project “{name}”")


# --- timing in fresh processes ----------------------------------------------------------------

_IMPORTS = {
    "baseline: python -c pass": "",
    "msgspec (library only)": "import msgspec",
    "pydantic (library only)": "from pydantic import BaseModel",
    "msgspec + IMR Studio model and storage": "import imr_studio.storage",
    "pydantic + equivalent model": f"import {PYDANTIC_MODULE}",
}

_LOADS = {
    "baseline: json.loads (no validation)": "import json; load = lambda: json.loads(data)",
    "msgspec: typed decode": (
        "import msgspec; from imr_studio.model.document import Document; "
        "load = lambda: msgspec.json.decode(data, type=Document)"
    ),
    "IMR Studio: storage.loads (decode + checks)": "from imr_studio.storage import loads as read; load = lambda: read(data)",
    "pydantic: model_validate_json": f"from {PYDANTIC_MODULE} import Document; load = lambda: Document.model_validate_json(data)",
}


def _child(code: str) -> tuple[float, str]:
    """Run ``code`` in a fresh interpreter; its wall time in seconds and its output."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode:
        raise RuntimeError(f"benchmark child failed:\n{code}\n{result.stderr}")
    return elapsed, result.stdout


def time_import(statement: str, folder: Path, repeats: int) -> tuple[float, float]:
    """Median wall time of a process running ``statement``, and median in-process import time (ms)."""
    code = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(folder)!r})
        started = time.perf_counter()
        {statement}
        print(time.perf_counter() - started)
        """
    )
    _child(code)  # warm the file cache and byte-code caches
    runs = [_child(code) for _ in range(repeats)]
    return statistics.median(w for w, _ in runs) * 1000, statistics.median(float(out) for _, out in runs) * 1000


def time_load(setup: str, folder: Path, project: Path, repeats: int, warm: int = 5) -> tuple[float, float, float]:
    """Median times (ms) of ``setup`` (imports, defining ``load``), the first ``load()`` and a warm one."""
    code = textwrap.dedent(
        f"""
        import statistics, sys, time
        sys.path.insert(0, {str(folder)!r})
        data = open({str(project)!r}, "rb").read()
        started = time.perf_counter()
        {setup}
        times = [time.perf_counter() - started]
        for _ in range({warm + 1}):
            started = time.perf_counter()
            load()
            times.append(time.perf_counter() - started)
        print(times[0], times[1], statistics.median(times[2:]))
        """
    )
    _child(code)
    runs = [[float(t) * 1000 for t in _child(code)[1].split()] for _ in range(repeats)]
    setup_ms, first_ms, warm_ms = (statistics.median(column) for column in zip(*runs))
    return setup_ms, first_ms, warm_ms


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [title, "  " + "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    for row in rows:
        lines.append("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Build the project and the pydantic model, check them, time everything, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=11, help="fresh processes per measurement (default 11)")
    parser.add_argument("--events", type=int, default=1000, help="chronology events in the project (default 1000)")
    args = parser.parse_args(argv)

    import pydantic  # here, so that --help works without it

    with tempfile.TemporaryDirectory(prefix="imr-bench-") as temporary:
        folder = Path(temporary)
        (folder / f"{PYDANTIC_MODULE}.py").write_text(pydantic_source(), encoding="utf-8")
        project = folder / "large.imr"
        data = dumps(large_document(args.events))
        project.write_bytes(data)
        sys.path.insert(0, str(folder))
        check_equivalent(__import__(PYDANTIC_MODULE).Document, data)

        print(
            f"Python {platform.python_version()}, msgspec {msgspec.__version__}, pydantic {pydantic.VERSION}; "
            f"{args.repeats} fresh processes per row, medians.\n"
            f"Project: {args.events:,} events, {len(data) / 1e6:.1f} MB. "
            "The pydantic model reads it to the same content and refuses the same bad projects.\n"
        )
        imports = {name: time_import(statement, folder, args.repeats) for name, statement in _IMPORTS.items()}
        base = imports["baseline: python -c pass"][0]
        print(_table(
            "Start-up: a fresh process that imports",
            ("", "process ms", "× baseline", "import ms"),
            [(name, f"{wall:.1f}", f"{wall / base:.2f}", f"{inner:.1f}") for name, (wall, inner) in imports.items()],
        ))
        loads = {name: time_load(setup, folder, project, args.repeats) for name, setup in _LOADS.items()}
        base_setup, base_first, base_warm = loads["baseline: json.loads (no validation)"]
        print()
        print(_table(
            f"Load: {len(data) / 1e6:.1f} MB of project bytes to validated objects, in a fresh process",
            ("", "import ms", "first load ms", "import + first", "× json.loads", "warm load ms", "× json.loads"),
            [
                (
                    name,
                    f"{setup:.1f}",
                    f"{first:.1f}",
                    f"{setup + first:.1f}",
                    f"{(setup + first) / (base_setup + base_first):.2f}",
                    f"{warm:.1f}",
                    f"{warm / base_warm:.2f}",
                )
                for name, (setup, first, warm) in loads.items()
            ],
        ))
        msgspec_times, pydantic_times = loads["msgspec: typed decode"], loads["pydantic: model_validate_json"]
        ratios = [p / m for p, m in zip(pydantic_times, msgspec_times)]
        print(
            f"\npydantic ÷ msgspec: import of library and model × {ratios[0]:.1f}, first load × {ratios[1]:.1f}, "
            f"import + first load × {sum(pydantic_times[:2]) / sum(msgspec_times[:2]):.1f}, warm load × {ratios[2]:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
