"""dates.py: the one place date strings become dates."""

import datetime as dt

import pytest

from newsgraph.dates import calendar_date, granularity, parse_date, period_end, period_start


@pytest.mark.parametrize("text", ["2023-06-01", "1 June 2023", "June 1, 2023", "1st June 2023", "Thu, 01 Jun 2023 10:00:00 +0000",
                                  "2023-06-01T23:30:00Z", "2023-06-01 08:00", "  June  1,  2023 ", "01/06/2023"])
def test_common_spellings_of_one_day(text):
    assert parse_date(text) == "2023-06-01"


@pytest.mark.parametrize("text", ["notadate", "", "   ", "2 hours ago", "Monday", "June 2023", "2023", "32 June 2023",
                                  "2023-13-01", None, "Sun, 31 Feb 2023 10:00:00 +0000"])
def test_what_names_no_day_is_refused(text):
    assert parse_date(text) is None


def test_date_objects_pass_through():
    assert parse_date(dt.date(2020, 2, 29)) == "2020-02-29"
    assert parse_date(dt.datetime(2020, 2, 29, 23, 59)) == "2020-02-29"


def test_rfc2822_keeps_the_day_it_names():
    # the sender's local day, not converted to UTC (a feed's date is the outlet's date)
    assert parse_date("Fri, 02 Jun 2023 01:30:00 +0300") == "2023-06-02"


@pytest.mark.parametrize("value, start, end", [
    ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2023-12", dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
    ("2023-06-07", dt.date(2023, 6, 7), dt.date(2023, 6, 7)),
    ("2023-06-07T10:00", dt.date(2023, 6, 7), dt.date(2023, 6, 7)),
    ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
])
def test_periods(value, start, end):
    assert period_start(value) == start and period_end(value) == end


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "2023-Q4", "2023-W05", "2023-02-30", "XXXX-06"])
def test_no_period(value):
    assert period_start(value) is None and period_end(value) is None


def test_granularity_and_calendar_date():
    assert [granularity(v) for v in ("2023", "2023-06", "2023-06-01", "199", None)] == ["year", "month", "day", "unknown", "unknown"]
    assert calendar_date("2023-06") == dt.date(2023, 6, 1)
    assert calendar_date(dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert calendar_date("199") is None and calendar_date("June") is None and calendar_date(5) is None


def test_rfc2822_and_iso_dates_are_read_without_dateparser(monkeypatch):
    import sys

    # dateparser is slow to import; the usual feed and ISO dates must not need it
    monkeypatch.setitem(sys.modules, "dateparser", None)  # `import dateparser` now fails
    assert parse_date("Thu, 01 Jun 2023 23:30:00 -0500") == "2023-06-01"
    assert parse_date("2023-06-01 10:00 local time") == "2023-06-01"


def test_only_english_spellings_are_read():
    assert parse_date("1 juin 2023") is None and parse_date("1 June 2023") == "2023-06-01"


def test_periods_of_values_that_are_not_strings():
    assert period_start(2003) is None and period_end(2003) is None
