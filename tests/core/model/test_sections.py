"""The section registry: one declaration of the IMR's sections that the model, checks, report and summary follow."""

from __future__ import annotations

from imr_studio.checks.texts import REPORT_SECTIONS
from imr_studio.export.report_sections import SECTIONS as REPORT_PARTS
from imr_studio.model import progress
from imr_studio.model.addressing import title_at
from imr_studio.model.document import Document, Dissemination, DisseminationRow
from imr_studio.model.sections import in_report, prose_sections, report_heading, section, sections, with_pages
from imr_studio.storage.summary import SECTIONS as SUMMARY_SECTIONS


def test_every_part_of_the_project_file_is_a_section_once_and_every_section_edits_a_part_of_it() -> None:
    fields = [name for name in Document.__struct_fields__ if name != "format_version"]
    own = [part.id for part in sections() if part.field == part.id]
    assert own == fields  # same parts, in the file's order
    assert all(part.field in fields for part in sections())
    assert len({part.id for part in sections()}) == len(sections())


def test_titles_and_headings_come_from_the_registry() -> None:
    for part in sections():
        if part.field == part.id:
            assert title_at(Document, (part.id,)) == (part.report_heading or part.title)
    assert section("dissemination").title == "Dissemination and glossary"
    assert report_heading("glossary") == "Glossary"


def test_the_report_writes_the_registry_parts_in_order() -> None:
    assert [heading for heading, _ in REPORT_PARTS] == [part.report_heading for part in in_report()]
    assert [heading for heading, _ in REPORT_PARTS][-1] == "Glossary"


def test_the_checks_read_the_prose_sections_and_the_summary_lists_every_section() -> None:
    assert REPORT_SECTIONS == prose_sections()
    assert "quality" not in REPORT_SECTIONS
    assert SUMMARY_SECTIONS == tuple(part.id for part in sections() if part.field == part.id)


def test_every_page_section_has_its_progress() -> None:
    optional = {"context"}  # written only where something in the organisation shaped decisions
    for part in with_pages():
        expected = ("complete",) if part.id in optional else ("empty", "started")
        assert progress.section_progress(Document(), part.id).status in expected


def test_a_section_with_no_requirements_of_its_own_counts_each_field(monkeypatch) -> None:
    monkeypatch.delitem(progress._SECTIONS, "dissemination")
    blank = progress.section_progress(Document(), "dissemination")
    assert blank.status == "empty"
    assert blank.missing == tuple(title_at(Document, ("dissemination", name)).lower() for name in Dissemination.__struct_fields__)
    started = Document(dissemination=Dissemination(plan=[DisseminationRow(id="dis-1", audience="Call handlers")]))
    assert progress.section_progress(started, "dissemination").status == "started"


def test_each_section_knows_the_checklist_questions_that_rest_on_it() -> None:
    from imr_studio.checks.checklist import checklist, questions_about

    assert [q.id for q in questions_about("methodology")] == ["LAN-1", "LAN-2", "LAN-3", "MET-1", "MET-2"]
    assert "SYS-4" in [q.id for q in questions_about("review")]
    assert not any(q.id.startswith("LAN") for q in questions_about("quality"))
    covered = {q.id for part in with_pages() for q in questions_about(part.id)}
    assert covered == {q.id for q in checklist()}


def test_every_page_has_guidance_that_passes_the_apps_own_language_rules() -> None:
    from imr_studio.commands.lint import lint_text

    for part in with_pages():
        assert len(part.guidance.split()) >= 20, part.id
        assert lint_text(part.guidance) == [], (part.id, lint_text(part.guidance))
