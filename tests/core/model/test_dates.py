"""The one date parser: dates as authors write them, for the chronology, its importer and every date field."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from imr_studio.model.dates import ParsedDate, format_date, parse_date, parse_event_date, parse_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/2024", ParsedDate("2024-12-31")),
        ("1/2/2024", ParsedDate("2024-02-01")),
        ("31/12/24", ParsedDate("2024-12-31")),
        ("31.12.2024", ParsedDate("2024-12-31")),
        ("2024-12-31", ParsedDate("2024-12-31")),
        ("31 Dec 2024", ParsedDate("2024-12-31")),
        ("31st December 2024", ParsedDate("2024-12-31")),
        ("Tue 31 Dec 2024", ParsedDate("2024-12-31")),
        ("Dec 2024", ParsedDate("2024-12", "month")),
        ("December 2024", ParsedDate("2024-12", "month")),
        ("12/2024", ParsedDate("2024-12", "month")),
        ("2024-12", ParsedDate("2024-12", "month")),
        ("c. 14/03/2024", ParsedDate("2024-03-14", "approximate")),
        ("approx 14/03/2024", ParsedDate("2024-03-14", "approximate")),
        ("14/03/2024 (approx)", ParsedDate("2024-03-14", "approximate")),
        ("c. 03/2024", ParsedDate("2024-03", "month", approximate_month=True)),
        ("31/12/2024 14:05", ParsedDate("2024-12-31", time="14:05")),
        ("31/12/2024 1405", ParsedDate("2024-12-31", time="14:05")),
        ("2024-12-31T14:05:00", ParsedDate("2024-12-31", time="14:05")),
        ("  ", ParsedDate("")),
    ],
)
def test_dates_authors_write_are_read(text, expected):
    assert parse_event_date(text) == expected


def test_two_digit_years_are_never_in_the_future():
    next_year = datetime.date.today().year % 100 + 2
    assert parse_event_date(f"01/01/{next_year:02d}").date.startswith("19")


@pytest.mark.parametrize(("text", "reason"), [("32/13/2024", "not a real date"), ("31/02/2024", "not a real date"), ("next week", "31/12/2024"), ("13/2024", "not a real date")])
def test_bad_dates_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_event_date(text)


@pytest.mark.parametrize(("text", "expected"), [("14:05", "14:05"), ("1405", "14:05"), ("9.30", "09:30"), ("14:05:00", "14:05"), ("2pm", "14:00"), ("12.15am", "00:15"), ("", "")])
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "14:75", "noon", "13pm"])
def test_bad_times(text):
    with pytest.raises(ValueError):
        parse_time(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("31/12/2024", datetime.date(2024, 12, 31)),
    ("2024-12-31", datetime.date(2024, 12, 31)),
    ("31 Dec 2024", datetime.date(2024, 12, 31)),
    ("31st December 2024", datetime.date(2024, 12, 31)),
    ("31.12.24", datetime.date(2024, 12, 31)),
    ("", None),
    ("   ", None),
])
def test_a_date_field_reads_one_whole_day(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["Dec 2024", "c. 14/03/2024", "31/12/2024 14:05", "next week", "31/02/2024"])
def test_a_date_field_refuses_anything_but_one_exact_day_and_says_how_to_type_it(text):
    with pytest.raises(ValueError, match="for example 31/12/2024"):
        parse_date(text)


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_a_shown_date_reads_back_as_the_same_day(day):
    assert parse_date(format_date(day)) == day
    assert parse_event_date(day.isoformat()) == ParsedDate(day.isoformat())


@given(st.text(max_size=40))
def test_any_text_is_read_or_refused_with_a_reason_never_a_crash(text):
    try:
        parsed = parse_event_date(text)
    except ValueError as exc:
        assert str(exc)
    else:
        assert parsed.precision in ("exact", "approximate", "month")
