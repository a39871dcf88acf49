"""Reading chronologies kept in spreadsheets: dates, columns, encodings, and rows that do not fit."""

from __future__ import annotations

import pytest

from imr_studio.model.chronology import analysed_event_ids, date_order, event_date_label
from imr_studio.model.chronology_import import (
    ChronologyImportError,
    build_rows,
    guess_mapping,
    looks_like_header,
    match_event_type,
    match_subjects,
    parse_csv,
    parse_flag,
    parse_pasted,
    parse_risk_grading,
    read_csv_file,
)
from imr_studio.model.document import AnalysisEntry, Document, Event, LearningPoint, Subject
from imr_studio.storage import load_project
from imr_studio import paths

SUBJECTS = [
    Subject(id="sub-1", role="victim", real_name="Natalie Hart", pseudonym="Anna"),
    Subject(id="sub-2", role="suspect", real_name="Daniel Cole", pseudonym="Ben", aliases=["Danny"]),
]


def test_event_types_match_labels_keys_and_abbreviations_else_other_keeps_the_words():
    assert match_event_type("Domestic ABUSE incident") == ("domestic_abuse_incident", "")
    assert match_event_type("call_for_service") == ("call_for_service", "")
    assert match_event_type("marac") == ("marac", "")
    assert match_event_type("Welfare check") == ("other", "Welfare check")
    assert match_event_type("") == ("", "")


def test_flags_and_risk_gradings():
    assert [parse_flag(t) for t in ("yes", "Y", "TRUE", "1", "no", "n", "", "0")] == [True] * 4 + [False] * 4
    with pytest.raises(ValueError):
        parse_flag("perhaps")
    assert [parse_risk_grading(t) for t in ("High", "medium risk", "standard", "", "n/a")] == ["high", "medium", "standard", "", ""]
    with pytest.raises(ValueError):
        parse_risk_grading("very high")


def test_subjects_match_pseudonyms_names_aliases_and_roles():
    assert match_subjects("Anna; Danny", SUBJECTS) == (["sub-1", "sub-2"], [])
    assert match_subjects("natalie hart and suspect", SUBJECTS) == (["sub-1", "sub-2"], [])
    assert match_subjects("Anna, Tom", SUBJECTS) == (["sub-1"], ["Tom"])


def test_pasted_excel_rows_with_a_quoted_cell_that_holds_line_breaks():
    text = 'Date\tSummary\tSource\r\n01/03/2024\t"Called 999.\nOfficers attended."\tCAD 1\r\n\r\n02/03/2024\tVisit\tCAD 2\r\n'
    rows = parse_pasted(text)
    assert [row.number for row in rows] == [1, 2, 4]  # the empty line is not a row, and numbers stay the spreadsheet's
    assert rows[1].cells == ["01/03/2024", "Called 999.\nOfficers attended.", "CAD 1"]
    assert looks_like_header(rows[0]) and not looks_like_header(rows[1])


def test_header_words_guess_the_mapping():
    rows = parse_pasted("Date of event\tTime\tType\tPeople involved\tWhat happened\tPolice action\tDASH risk\tURN\tKey event\tRemarks\n")
    assert guess_mapping(rows, has_header=True) == [
        "date", "time", "event_type", "subjects", "summary", "action_taken", "risk_grading", "source_ref", "significant", None,
    ]


def test_without_a_header_the_values_guess_the_date_and_summary_columns():
    rows = parse_pasted("CAD 1\t01/03/2024\tA long description of what happened\nCAD 2\t02/03/2024\tAnother description\n")
    assert not looks_like_header(rows[0])
    assert guess_mapping(rows, has_header=False) == [None, "date", "summary"]


@pytest.mark.parametrize(
    ("data", "cells"),
    [
        ("Date,Summary\n01/03/2024,Visit\n".encode("utf-8"), ["01/03/2024", "Visit"]),
        ("Date,Summary\n01/03/2024,Visit\n".encode("utf-8-sig"), ["01/03/2024", "Visit"]),
        ("Date;Summary\n01/03/2024;Visit, then advice\n".encode("utf-8"), ["01/03/2024", "Visit, then advice"]),
        ("Date;Summary\n01/03/2024;Zoë’s café – visit\n".encode("cp1252"), ["01/03/2024", "Zoë’s café – visit"]),
        ('Date,Summary\n01/03/2024,"Line one\nLine two, with ""quotes"""\n'.encode("utf-8"), ["01/03/2024", 'Line one\nLine two, with "quotes"']),
    ],
)
def test_csv_encodings_separators_and_quoting(data, cells):
    rows = parse_csv(data)
    assert rows[0].cells == ["Date", "Summary"]
    assert rows[1].cells == cells


def test_csv_file_problems_are_explained(tmp_path):
    with pytest.raises(ChronologyImportError, match="does not exist"):
        read_csv_file(tmp_path / "missing.csv")
    with pytest.raises(ChronologyImportError, match="folder"):
        read_csv_file(tmp_path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n\r\n")
    with pytest.raises(ChronologyImportError, match="no rows"):
        read_csv_file(empty)


def _import(text: str) -> list:
    rows = parse_pasted(text)
    has_header = looks_like_header(rows[0])
    return build_rows(rows, guess_mapping(rows, has_header), SUBJECTS, has_header)


def test_good_rows_become_event_values_that_the_model_accepts():
    (row,) = _import(
        "Date\tTime\tType\tSubjects\tSummary\tAction\tRisk\tSource\tSignificant\n"
        "c. 14/03/2024\t2105\tArrest\tAnna; Ben\tBen was arrested.\tCharged.\tHigh\tCustody 12\tyes\n"
    )
    assert row.problems == [] and not row.date_unread
    event = Event(id="ev-x", **row.values)
    assert (event.date, event.date_precision, event.time, event.event_type) == ("2024-03-14", "approximate", "21:05", "arrest")
    assert (event.subject_ids, event.risk_grading, event.significant) == (["sub-1", "sub-2"], "high", True)
    assert (event.summary, event.action_taken, event.source_ref) == ("Ben was arrested.", "Charged.", "Custody 12")


def test_values_that_do_not_fit_are_listed_and_kept_in_the_summary():
    rows = _import(
        "Date\tTime\tWho\tSummary\tRisk\tKey event\n"
        "32/13/2024\t25:00\tTom\tA visit.\tvery high\tperhaps\n"
        "01/03/2024\n"
        "02/03/2024\t\t\tToo many\t\t\textra cell\n"
    )
    bad, short, long = rows
    assert bad.date_unread and "date" not in bad.values
    assert len(bad.problems) == 5
    summary = bad.values["summary"]
    for original in ("A visit.", "32/13/2024", "25:00", "Tom", "very high", "perhaps"):
        assert original in summary
    Event(id="ev-x", **bad.values)  # still a valid event, only without a date
    assert short.problems == ["This row has fewer cells (1) than the header row (6)"]
    assert "more cells" in long.problems[0]


def test_an_approximate_month_keeps_its_marker_in_the_summary():
    (row,) = _import("Date\tSummary\nc. 03/2024\tVisit\n")
    assert row.values["date"] == "2024-03" and row.values["date_precision"] == "month"
    assert "c. 03/2024" in row.values["summary"] and not row.date_unread


def test_two_columns_mapped_to_the_summary_are_joined():
    rows = parse_pasted("01/03/2024\tFirst part\tSecond part\n")
    (row,) = build_rows(rows, ["date", "summary", "summary"], SUBJECTS, has_header=False)
    assert row.values["summary"] == "First part\nSecond part"


def test_date_labels_and_date_order():
    events = [
        Event(id="undated"),
        Event(id="exact-1", date="2024-03-01"),
        Event(id="month", date="2024-03", date_precision="month"),
        Event(id="approx", date="2024-02-20", date_precision="approximate"),
        Event(id="exact-2", date="2024-03-01"),
    ]
    assert date_order(events) == ["approx", "month", "exact-1", "exact-2", "undated"]
    assert [event_date_label(e) for e in events] == ["", "01/03/2024", "Mar 2024", "c. 20/02/2024", "01/03/2024"]


def test_analysed_event_ids_are_those_an_analysis_entry_covers():
    document = Document()
    document.analysis.append(AnalysisEntry(id="an-1", event_ids=["ev-1", "ev-2"]))
    document.learning.append(LearningPoint(id="lp-1", event_ids=["ev-3"]))
    assert analysed_event_ids(document) == {"ev-1", "ev-2"}


def test_the_sample_sorts_without_errors_and_its_labels_are_readable():
    document = load_project(paths.sample_project())
    assert len(date_order(document.contact.events)) == len(document.contact.events)
    assert all(event_date_label(e) for e in document.contact.events if e.date)
