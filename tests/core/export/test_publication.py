"""The publication version: pseudonyms everywhere, and a leak blocks the export."""

from __future__ import annotations

import docx
import pytest

import imr_studio.export.report as report_module
from imr_studio.export import LeakError, export_report
from imr_studio.export.pseudonyms import Pseudonymiser, leak_names
from imr_studio.model.document import GlossaryEntry
from imr_studio.model.narrative import Mark, Paragraph
from .conftest import all_text


def test_sample_publication_has_no_real_name(sample, tmp_path):
    out = export_report(sample, tmp_path / "pub.docx", publication=True)
    text = all_text(out).casefold()
    for name in leak_names(sample):
        assert name.casefold() not in text.split() and f"{name.casefold()} " not in text
    assert "wren" in text and "travis" in text
    assert "publication version" in text


def test_replacement_handles_possessives_capitals_titles_and_first_names(sample):
    replace = Pseudonymiser(sample).text
    assert replace("Natalie's mother") == "Wren's mother"
    assert replace("Natalie’s son") == "Wren’s son"
    assert replace("NATALIE HALLOWAY") == "WREN"
    assert replace("natalie jane halloway") == "Wren"
    assert replace("Mr Fenner and Danny") == "Travis and Travis"
    assert replace("National records") == "National records"
    assert replace("Halloway") == "Halloway"  # shared by three subjects: left for the scan to report


def test_marks_stay_on_the_same_words(sample):
    paragraph = Paragraph(text="Natalie called. Daniel left.", marks=(Mark(start=16, end=22, style="bold"),))
    replaced = Pseudonymiser(sample).paragraph(paragraph)
    assert replaced.text == "Wren called. Travis left."
    bold = replaced.marks[0]
    assert replaced.text[bold.start : bold.end] == "Travis"


def _planted(tmp_path, sample, where):
    out = tmp_path / "pub.docx"
    with pytest.raises(LeakError) as caught:
        export_report(sample, out, publication=True)
    assert not out.exists()
    assert any(where in w for w, _ in caught.value.leaks), caught.value.leaks
    return caught.value


def test_shared_surname_in_a_table_cell_blocks_the_export(sample, tmp_path):
    sample.contact.events[0].summary += " Ms Halloway was not at home."
    error = _planted(tmp_path, sample, "body table")
    assert "Halloway" in str(error)


def test_shared_surname_in_a_glossary_entry_blocks_the_export(sample, tmp_path):
    sample.dissemination.glossary.append(GlossaryEntry(id="gl-x", term="Halloway", definition="the family"))
    _planted(tmp_path, sample, "body table")


def test_a_name_in_the_template_header_blocks_the_export(sample, tmp_path):
    from imr_studio.export import default_template

    template = docx.Document(str(default_template()))
    template.sections[0].header.add_paragraph("Prepared about Natalie Halloway")
    custom = tmp_path / "custom.docx"
    template.save(str(custom))
    out = tmp_path / "pub.docx"
    with pytest.raises(LeakError) as caught:
        export_report(sample, out, publication=True, template=custom)
    assert not out.exists()
    assert any(w.startswith("header") for w, _ in caught.value.leaks)


def test_the_scan_catches_what_replacement_misses(sample, tmp_path, monkeypatch):
    """With replacement switched off, names in tables, headers and the glossary are all reported."""
    monkeypatch.setattr(report_module, "pseudonymise", lambda document, is_word: document)
    sample.review.protective_marking = "OFFICIAL-SENSITIVE (Natalie)"
    sample.dissemination.glossary.append(GlossaryEntry(id="gl-x", term="Daniel", definition="the suspect"))
    error = _planted(tmp_path, sample, "body table")
    places = {where.split(" ")[0] for where, _ in error.leaks}
    assert {"body", "header", "footer"} <= places
    assert any(where.startswith("body table") and text == "Daniel" for where, text in error.leaks)  # the glossary term
