"""The report says only what the author recorded: every piece of text in it is the project's own words, the
report's fixed wording (headings, titles, labels, pick-list words, the template), or one of a few joining phrases
that state nothing by themselves. A default that reads like a fact ("No interviews were held.") would be left over."""

from __future__ import annotations

import datetime
import json
import re

import docx
import msgspec
import pytest
from docx.oxml.ns import qn
from msgspec import Struct

from imr_studio import paths, vocab
from imr_studio.checks.review_status import Stage
from imr_studio.checks.rules import load_rules
from imr_studio.export import export_report
from imr_studio.export.context import long_date
from imr_studio.export.pseudonyms import pseudonymise
from imr_studio.export.report import is_english_word
from imr_studio.export.template import default_template
from imr_studio.model.document import Document

JOINING = {
    # the opening paragraph of Review details, around the agency, review name, reference, type and dates
    "prepared this for commissioned by It covers the period from to",
    "prepared this for a domestic review commissioned by It covers the period from to",
    # the template's own sentence on the title page, around the agency
    "This report is the contribution to the review named above It is written for the independent chair and the "
    "review panel and its paragraphs are numbered so that they can be referred to in discussion",
    "to",  # a date range
    "of",  # "Characteristics of NAME"
    "About",  # an approximate chronology date
}
"""What is left of a generated paragraph once the project's words and the fixed wording are taken out."""
_REFERENCE_WORDS = re.compile(r"\b(?:Event|Analysis|ToR|Conclusion|Learning point|Recommendation)\b")
_MONTHS = re.compile(r"\b(?:" + "|".join(datetime.date(2000, m, 1).strftime("%B") for m in range(1, 13)) + r")\b")


def _strings(node: object, out: set[str]) -> set[str]:
    if isinstance(node, str):
        out.add(node)
    elif isinstance(node, datetime.date):
        out.add(long_date(node))
    elif isinstance(node, list):
        for item in node:
            _strings(item, out)
    elif isinstance(node, Struct):
        for name in node.__struct_fields__:
            _strings(getattr(node, name), out)
    return out


def _titles(node: object, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        out.update(v for k, v in node.items() if k == "title" and isinstance(v, str))
        for value in node.values():
            _titles(value, out)
    elif isinstance(node, list):
        for value in node:
            _titles(value, out)
    return out


STATEMENTS = {"all_sources_accessed": lambda d: d.methodology.all_sources_accessed is True}
"""Fixed wording that states a fact, allowed only where the project records that fact."""


def _fixed_wording(document: Document) -> set[str]:
    labels = json.loads((paths.bundled("templates") / "report_labels.json").read_text(encoding="utf-8"))
    out = {text for key, text in labels.items()
           if "{" not in text and (key not in STATEMENTS or STATEMENTS[key](document))}
    out |= {stage.value for stage in Stage}
    out |= _titles(msgspec.json.schema(Document), set())
    for section in json.loads(paths.resource("sections.json").read_text(encoding="utf-8"))["sections"]:
        out |= {section["title"], section["report_heading"]}
    for name in json.loads(paths.resource("vocabularies.json").read_text(encoding="utf-8")):
        out |= {choice.label for choice in vocab.choices(name)}
    out |= {spec.label for spec in vocab.characteristics()}
    template = docx.Document(str(default_template()))
    out |= {p.text for p in template.paragraphs} | {c.text for t in template.tables for r in t.rows for c in r.cells}
    rules = load_rules()
    out |= {a.term for a in rules.acronyms.values()} | {a.expansion for a in rules.acronyms.values()}
    return out


def _left_over(document: Document, tmp_path, *, publication: bool = False) -> dict[str, str]:
    path = export_report(document, tmp_path / "report.docx", publication=publication)
    told = pseudonymise(document, is_english_word) if publication else document  # what the report is written from
    atoms = sorted({a.strip() for a in _strings(told, set()) | _fixed_wording(document) if a and a.strip()},
                   key=len, reverse=True)
    known = re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, atoms)) + r")(?![^\W\d_])")  # whole words
    left = {}
    for p in docx.Document(str(path)).element.body.iter(qn("w:p")):
        text = "".join((t.text or "") if t.tag == qn("w:t") else "-" for t in p.iter(qn("w:t"), qn("w:noBreakHyphen")))
        rest = known.sub(" ", text)
        rest = _MONTHS.sub(" ", _REFERENCE_WORDS.sub(" ", rest))
        rest = re.sub(r"[\d\W_]+", " ", rest).strip()
        if rest and rest not in JOINING:
            left[rest] = text
    return left


def test_an_empty_project_states_nothing_it_was_not_told(tmp_path) -> None:
    assert _left_over(Document(), tmp_path) == {}


@pytest.mark.parametrize("publication", [False, True], ids=["restricted", "publication"])
def test_every_sentence_of_the_samples_report_comes_from_the_project_or_the_fixed_wording(sample, tmp_path,
                                                                                         publication: bool) -> None:
    assert _left_over(sample, tmp_path, publication=publication) == {}


@pytest.mark.parametrize("sentence", ["No interviews were held.", "Every source identified for this review was accessed."])
def test_a_default_that_reads_like_a_fact_would_be_caught(sentence: str, tmp_path, monkeypatch) -> None:
    from imr_studio.export import report

    def stating(write):
        def write_and_state(w, d, publication):
            write(w, d, publication)
            w.paragraph(sentence)
        return write_and_state

    monkeypatch.setattr(report, "SECTIONS", tuple((what, stating(write)) for what, write in report.SECTIONS))
    left = _left_over(Document(), tmp_path)
    assert sentence in left.values()
