"""The exported report read back with python-docx: sections, tables, marking, contents, properties."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from imr_studio.export import export_report, suggested_file_name
from imr_studio.export.report_sections import SECTIONS
from imr_studio.model.addressing import title_at
from imr_studio.model.document import Document


@pytest.fixture(params=[False, True], ids=["restricted", "publication"])
def exported(request, sample, tmp_path):
    """The sample exported as each version, opened with python-docx."""
    out = export_report(sample, tmp_path / "report.docx", publication=request.param)
    return docx.Document(str(out)), request.param


def test_headings_are_every_section_in_order(exported):
    document, _ = exported
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = [title_at(Document, (f,)) for f in ("review", "characteristics", "methodology", "context", "contact",
                                                   "analysis", "learning", "conclusions", "recommendations",
                                                   "dissemination", "quality")]
    assert headings == expected + ["Glossary"]
    assert len(headings) == len(SECTIONS)


def test_tables_have_shaded_header_rows_that_repeat(exported, sample):
    document, _ = exported
    by_first_cell = {t.rows[0].cells[0].text: t for t in document.tables}
    chronology = by_first_cell["No."]
    assert [c.text for c in chronology.rows[0].cells][1:3] == ["Date", "Event type"]
    assert len(chronology.rows) == 1 + len(sample.contact.events)
    action_plan = by_first_cell["Rec."]
    for table in (chronology, action_plan):
        header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true"


def test_action_plan_shows_each_recommendation_once_for_all_its_actions(exported, sample):
    document, _ = exported
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Rec.")
    actions = [a for r in sample.recommendations for a in (r.actions or [None])]
    assert len(table.rows) == 1 + len(actions)
    numbers = [row._tr.tc_lst[0] for row in table.rows[1:]]
    shown = [_text(tc) for tc in numbers if _text(tc)]
    assert shown == [str(n) for n in range(1, len(sample.recommendations) + 1)]
    merges = [tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}") for tc in numbers]
    continued = [m for m in merges if m is not None and m.get(qn("w:val"), "continue") == "continue"]
    assert len(shown) + len(continued) == len(actions)


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def test_chronology_and_action_plan_are_on_landscape_pages(exported):
    document, _ = exported
    orientations = [s.page_width > s.page_height for s in document.sections]
    assert orientations == [False, True, False, True, False]


def test_marking_and_page_numbers_in_every_header_and_footer(exported):
    document, publication = exported
    edition = "PUBLICATION VERSION" if publication else "NOT FOR PUBLICATION"
    for section in document.sections:
        assert not section.different_first_page_header_footer
        header = "\n".join(p.text for p in section.header.paragraphs)
        footer = "\n".join(p.text for p in section.footer.paragraphs)
        assert "OFFICIAL-SENSITIVE" in header and edition in header
        assert "OFFICIAL-SENSITIVE" in footer
        instructions = " ".join(t.text for t in section.footer._element.iter(qn("w:instrText")))
        assert "PAGE" in instructions and "NUMPAGES" in instructions


def test_contents_lists_each_heading_with_a_page_reference_to_it(exported):
    document, _ = exported
    headings = {}  # bookmark name -> heading text
    for paragraph in document.paragraphs:
        if paragraph.style.name in ("Heading 1", "Heading 2"):
            (mark,) = paragraph._p.findall(qn("w:bookmarkStart"))
            headings[mark.get(qn("w:name"))] = paragraph.text
    entries = [p for p in document.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert len(entries) == len(headings) > 30
    for entry in entries:
        (link,) = entry._p.findall(qn("w:hyperlink"))
        target = link.get(qn("w:anchor"))
        (instruction,) = [t.text.split() for t in link.iter(qn("w:instrText"))]
        assert instruction == ["PAGEREF", target, "\\h"]
        assert entry.text.split("\t")[-2] == headings[target]
    assert document.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_paragraphs_are_numbered_and_no_placeholder_is_left(exported):
    document, _ = exported
    numbered = [p for p in document.paragraphs if p.style.name == "Numbered Paragraph"]
    assert len(numbered) > 50
    everything = "\n".join(p.text for p in document.paragraphs) + "".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    for marker in ("{{", "{%", "}}", "%}", "\u2063"):
        assert marker not in everything


def test_characteristics_show_labels_and_the_blank_entry(sample, tmp_path):
    document = docx.Document(str(export_report(sample, tmp_path / "r.docx")))
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "Characteristic"]
    assert len(tables) == 2
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in tables[1].rows}
    assert rows["Care experience"][2] == "Not given"  # the sample's deliberate blank
    statuses = {r.cells[2].text for t in tables for r in t.rows[1:]}
    assert "Not known" in statuses and "not_known" not in statuses


def test_properties_come_from_the_project_only(sample, tmp_path):
    properties = docx.Document(str(export_report(sample, tmp_path / "r.docx"))).core_properties
    assert properties.title == sample.review.review_name
    assert properties.author == sample.review.author_name
    assert properties.last_modified_by == ""
    assert properties.comments == ""


def test_narrative_formatting_becomes_word_formatting(sample, tmp_path):
    from imr_studio.model.narrative import Mark, Paragraph

    sample.methodology.narrative = [
        Paragraph(text="Plain then bold then italic.", marks=(Mark(start=11, end=15, style="bold"), Mark(start=21, end=27, style="italic"))),
        Paragraph(text="First point", style="bullet"),
        Paragraph(text="Step one", style="number"),
        Paragraph(text="Step two", style="number"),
    ]
    document = docx.Document(str(export_report(sample, tmp_path / "r.docx")))
    paragraph = next(p for p in document.paragraphs if p.text == "Plain then bold then italic.")
    assert [r.text for r in paragraph.runs if r.bold] == ["bold"]
    assert [r.text for r in paragraph.runs if r.italic] == ["italic"]
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["First point"] == "List Bullet"
    assert styles["Step one"] == styles["Step two"] == "List Number"


def test_file_names_say_which_version(sample):
    restricted, publication = suggested_file_name(sample, False), suggested_file_name(sample, True)
    assert restricted != publication and "/" not in restricted
    assert "not for publication" in restricted and "pseudonymised" in publication
    assert restricted.startswith("Kettlemere DHR 2024-01") and publication.endswith(".docx")


def test_progress_is_reported_to_the_end(sample, tmp_path):
    calls = []
    export_report(sample, tmp_path / "r.docx", progress=lambda done, total, what: calls.append((done, total, what)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)
    assert "Overview of police contact" in [c[2] for c in calls]


def test_glossary_has_the_project_entries_and_the_acronyms_used(sample, tmp_path):
    from imr_studio.export.glossary import glossary_rows

    sample.dissemination.glossary = sample.dissemination.glossary[:1]
    rows = dict(glossary_rows(sample))
    first = sample.dissemination.glossary[0]
    assert rows[first.term] == first.definition
    assert len(rows) > 5  # acronyms such as MARAC come from the text, expanded by the rule packs
    assert list(rows) == sorted(rows, key=str.casefold)


def test_a_section_with_no_writer_of_its_own_gets_its_heading_and_texts(sample, tmp_path, monkeypatch):
    from imr_studio.export import report, report_sections
    from imr_studio.model.narrative import plain_text
    from imr_studio.model.sections import section

    plain = report_sections._plain_section(section("methodology"))
    monkeypatch.setattr(report, "SECTIONS", tuple((h, plain if h == "Methodology" else w) for h, w in SECTIONS))
    document = docx.Document(str(export_report(sample, tmp_path / "plain.docx")))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Methodology", texts.index("Overview of police contact") - 40)
    written = texts[start: texts.index("Overview of police contact", start)]
    assert title_at(Document, ("methodology", "narrative")) in written
    first = plain_text(sample.methodology.narrative[:1])
    assert any(first[:60] in text for text in written)


def test_an_empty_methodology_says_it_is_not_yet_written_and_never_states_a_default(tmp_path):
    out = export_report(Document(), tmp_path / "empty.docx")
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "No interviews were held." not in texts
    assert "Every source identified for this review was accessed." not in texts
    gaps = [t for t in texts if t.startswith("[Not yet written]")]
    assert any("interviews" in t for t in gaps) and any("systems were searched" in t for t in gaps)
    assert any("could not be accessed" in t for t in gaps)


def test_the_statement_that_every_source_was_accessed_appears_only_when_the_author_recorded_it(tmp_path):
    document = Document()
    document.methodology.all_sources_accessed = True
    texts = [p.text for p in docx.Document(str(export_report(document, tmp_path / "r.docx"))).paragraphs]
    assert "Every source identified for this review was accessed." in texts


def test_the_printable_reading_copy_names_choices_and_leaves_out_the_review_leads_records(sample):
    from imr_studio.export.printable import printable_html

    html = printable_html(sample)
    assert "Organisational context" in html and "Conclusions" in html
    assert "Partly consistent with policy" in html and "not_consistent" not in html  # labels, not keys
    assert "Quality assurance and sign-off" not in html
    assert sample.methodology.narrative[0].text[:40] in html


def test_the_review_type_and_kind_of_death_are_stated_only_as_recorded(sample, tmp_path):
    from imr_studio.export.context import review_kind

    from .conftest import all_text

    assert (sample.review.review_type, sample.review.death_type) == ("dhr", "homicide")
    out = export_report(sample, tmp_path / "typed.docx")
    text = all_text(out)
    assert "Domestic homicide review after a homicide" in text
    assert ", a domestic homicide review after a homicide, commissioned by" in text

    unset = Document()
    assert review_kind(unset.review) == ""
    blank = all_text(export_report(unset, tmp_path / "blank.docx"))
    assert "homicide review" not in blank.casefold() and "death review" not in blank.casefold()
    unset.review.death_type = "suicide"
    assert review_kind(unset.review) == "Not given (after a death by suicide)"
    unset.review.review_type = "dardr"
    assert review_kind(unset.review) == "Domestic abuse related death review after a death by suicide"
