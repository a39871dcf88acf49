"""Importing a Word IMR: IMR Studio's own report comes back as the project it was written from, Word IMRs in other
layouts have every section found, nothing is dropped, and bad input gets one line and no project."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imr_studio.checks import run_checks
from imr_studio.cli import main
from imr_studio.export import export_report
from imr_studio.importer import WordImportError, import_word
from imr_studio.importer import blocks
from imr_studio.model.search import texts
from imr_studio.storage import load_project

from .word_layouts import LAYOUTS

GLOSSARY_ADDED = {"LAN-2"}
"""The report's glossary lists every acronym the rule packs can expand, so the imported project defines THRIVE."""


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory, monkeypatch) -> None:
    monkeypatch.setenv("IMR_STUDIO_PROFILE", str(tmp_path_factory.mktemp("profile")))


def _statuses(document) -> dict[str, str]:
    return {item.id: item.status for item in run_checks(document).items}


def _share(pairs: list[tuple[object, object]]) -> float:
    return sum(a == b for a, b in pairs) / len(pairs) if pairs else 1.0


def test_the_samples_report_imports_back_to_the_same_statuses_chronology_and_recommendations(sample, tmp_path, capsys):
    result = import_word(export_report(sample, tmp_path / "report.docx"))
    imported = result.document
    before, after = _statuses(sample), _statuses(imported)
    assert {item for item in before if before[item] != after[item]} <= GLOSSARY_ADDED
    assert imported.imported == []  # every paragraph found its place

    events = sorted(sample.contact.events, key=lambda e: (e.date, e.time))
    assert len(imported.contact.events) == len(events)
    names = {s.id: s.real_name for s in sample.review.subjects}
    new_names = {s.id: s.real_name for s in imported.review.subjects}
    closeness = {}
    for name in ("date", "date_precision", "time", "event_type", "summary", "action_taken", "risk_grading", "source_ref",
                 "significant"):
        closeness[name] = _share([(getattr(a, name), getattr(b, name)) for a, b in zip(events, imported.contact.events)])
    closeness["subjects"] = _share([(sorted(names[i] for i in a.subject_ids), sorted(new_names[i] for i in b.subject_ids))
                                    for a, b in zip(events, imported.contact.events)])
    recs = list(zip(sample.recommendations, imported.recommendations))
    assert len(recs) == len(sample.recommendations) == len(imported.recommendations)
    for name in ("text", "outcome", "measure", "owner_name", "owner_role", "scope", "target_date", "strand"):
        closeness[f"recommendation {name}"] = _share([(getattr(a, name), getattr(b, name)) for a, b in recs])
    actions = [(a, b) for x, y in recs for a, b in zip(x.actions, y.actions)]
    assert len(actions) == sum(len(r.actions) for r in sample.recommendations)
    for name in ("action", "owner", "milestone", "target_date", "status", "completion_date", "evidence"):
        closeness[f"action {name}"] = _share([(getattr(a, name), getattr(b, name)) for a, b in actions])
    with capsys.disabled():
        print("\nround trip, share of values the same: " + ", ".join(f"{k} {v:.0%}" for k, v in closeness.items()))
    assert all(value == 1.0 for value in closeness.values()), closeness


def test_the_well_written_imr_and_the_publication_version_keep_their_statuses(tmp_path):
    well_written = load_project(Path(__file__).parents[1] / "checks" / "corpus" / "well_written.imr")
    after = _statuses(import_word(export_report(well_written, tmp_path / "w.docx")).document)
    assert {item for item, status in _statuses(well_written).items() if after[item] != status} <= GLOSSARY_ADDED


def test_the_publication_version_imports_with_pseudonyms_only(sample, tmp_path):
    result = import_word(export_report(sample, tmp_path / "p.docx", publication=True))
    words = " ".join(text for _, text in texts(result.document))
    for subject in sample.review.subjects:
        assert subject.real_name.split()[-1] not in words
    assert {s.pseudonym for s in result.document.review.subjects} == {s.pseudonym for s in sample.review.subjects}


def test_each_step_of_an_import_is_reported_as_it_starts(sample, tmp_path):
    steps = []
    result = import_word(export_report(sample, tmp_path / "report.docx"), progress=lambda *step: steps.append(step))
    assert steps == [(0, 3, "Reading the Word file"), (1, 3, "Placing the text in the sections of the IMR"),
                     (2, 3, "Checking the imported values")]
    assert len(result.document.contact.events) == len(sample.contact.events)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_word_imrs_in_other_layouts_have_every_section_found(layout: str, tmp_path):
    path = tmp_path / "imr.docx"
    expected = LAYOUTS[layout](path)
    result = import_word(path)
    d = result.document
    found = {"events": len(d.contact.events), "analysis": len(d.analysis), "learning": len(d.learning),
             "recommendations": len(d.recommendations), "glossary": len(d.dissemination.glossary),
             "terms": len(d.review.terms_of_reference)}
    assert found == expected
    sections = {line.part for line in result.summary if line.what.startswith("from the heading")}
    assert {"Overview of police contact", "Analysis of police practice", "Learning", "Recommendations", "Glossary"} <= sections
    assert all(e.date for e in d.contact.events) and [e.date_precision for e in d.contact.events] == ["exact", "month", "exact"]
    assert d.contact.events[0].time == "21:40" and d.contact.events[0].source_ref == "CAD 2203-1144"


def test_the_numbered_layouts_action_plan_joins_its_recommendations(tmp_path):
    path = tmp_path / "imr.docx"
    LAYOUTS["numbered headings"](path)
    recs = import_word(path).document.recommendations
    assert [len(r.actions) for r in recs] == [1, 1]
    assert recs[0].actions[0].owner == "DCI Public Protection" and recs[0].actions[0].status == "in_progress"
    assert str(recs[0].actions[0].target_date) == "2025-03-31"


def _docx(path: Path, parts: list[tuple[str, str]]) -> Path:
    document = docx.Document()
    for kind, text in parts:
        if kind == "heading":
            document.add_heading(text, 1)
        else:
            document.add_paragraph(text)
    document.save(path)
    return path


_HEADINGS = st.sampled_from(["Introduction", "Methodology", "Chronology", "Analysis", "Lessons learned", "Conclusions",
                             "Recommendations", "Foreword", "Appendix A", "Equality and diversity", "Action plan"])
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
    lambda t: t.strip() and t == t.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(st.sampled_from(["heading", "paragraph", "paragraph"]), _TEXT), max_size=25), data=st.data())
def test_nothing_is_dropped_every_paragraph_is_somewhere_in_the_project(parts, data, tmp_path):
    parts = [("heading", "Methodology"), ("heading", "Analysis"),
             *[(kind, data.draw(_HEADINGS) if kind == "heading" else text) for kind, text in parts]]
    path = _docx(tmp_path / "random.docx", parts)
    document = import_word(path).document
    held = " ".join(" ".join(text.split()) for _, text in texts(document))
    for kind, text in parts:
        if kind == "paragraph":
            assert " ".join(text.split()) in held, text


@pytest.mark.parametrize("content, expected", [
    (b"just some text, not a Word file", "is not a Word document (.docx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "password-protected or in the old .doc format"),
])
def test_bad_input_gets_one_line_and_no_project(content: bytes, expected: str, tmp_path, capsys):
    report = tmp_path / "report.docx"
    report.write_bytes(content)
    out = tmp_path / "out.imr"
    assert main(["import", str(report), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_a_zip_that_is_not_a_word_file_and_a_file_with_no_imr_headings_are_refused(tmp_path):
    archive = tmp_path / "a.docx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("hello.txt", "hello")
    with pytest.raises(WordImportError, match="not a Word document that can be read"):
        import_word(archive)
    plain = _docx(tmp_path / "letter.docx", [("paragraph", "Dear colleague, thank you for your letter.")])
    with pytest.raises(WordImportError, match="does not read as an IMR"):
        import_word(plain)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = _docx(tmp_path / "big.docx", [("heading", "Methodology"), ("heading", "Analysis")])
    monkeypatch.setattr(blocks, "MAX_BYTES", 100)
    with pytest.raises(WordImportError, match="imports Word files of up to"):
        import_word(path)


def test_the_command_writes_the_project_and_says_what_went_where(sample, tmp_path, capsys):
    report = export_report(sample, tmp_path / "report.docx")
    out = tmp_path / "imported.imr"
    assert main(["import", str(report), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Chronology" in printed and "16 events" in printed and "(sure)" in printed and f"Wrote {out}" in printed
    assert len(load_project(out).contact.events) == 16
    assert main(["import", str(report), "-o", str(out)]) == 2  # never replaces a project without --force


def test_every_imported_item_has_an_id_of_its_own(tmp_path):
    from imr_studio.importer.assemble import _tidy
    from imr_studio.model.document import Document, Event
    from imr_studio.model.ids import iter_items

    document = Document()
    document.contact.events = [Event(id="ev-1"), Event(id="ev-1"), Event(id="")]
    _tidy(document)
    ids = [item.id for _path, item in iter_items(document)]
    assert len(ids) == len(set(ids)) == 3 and all(ids)
    for layout in LAYOUTS.values():
        layout(tmp_path / "layout.docx")
        imported = import_word(tmp_path / "layout.docx").document
        ids = [item.id for _path, item in iter_items(imported)]
        assert len(ids) == len(set(ids)) and all(ids)
