"""s21d-muttime: tests killing mutants on the lines session 21 changed in times.py (docs/testing.md "s21d-muttime").
Own sentences, document date Wednesday 2024-03-13, as tests/test_times_s21b.py."""

import pytest

from test_times_timebank import times  # noqa: F401

DATE = "2024-03-13"  # a Wednesday


def value(found, span):
    """The value of the last time read as `span` (the told weekday comes after the report's)."""
    return next((v for t, v, _ in reversed(found) if t == span), None)


# _day_after: the first such weekday after the report's day, a week on for the same weekday (mutants % 8, or 8)
@pytest.mark.parametrize("text, span, want", [
    ("Officials said Thursday the vote would be held Tuesday.", "Tuesday", "2024-03-12"),
    ("The mayor said Friday the bridge would reopen Friday.", "Friday", "2024-03-15"),
])
def test_a_weekday_a_past_report_tells_as_its_future_follows_the_report_day(times, text, span, want):
    found = times(text, DATE)
    assert value(found, span) == want, found


# _narrative_month: a bare month in the same month as the dated time before it continues that narrative
# (mutants `<` for `<=`, a slice [5:8] of the dated day)
def test_a_bare_month_equal_to_the_dated_month_before_it_keeps_its_year(times):
    found = times("On May 2, 2019 the talks collapsed. By May, fighting had resumed.", DATE)
    assert value(found, "May") == "2019-05", found


# run's narrative guard "(a past time, not after now)": a bare month after the document's month in the document's
# year stays the last such month (mutant: the year's slice [:5])
def test_a_narrative_month_that_would_lie_after_the_document_date_is_not_moved(times):
    found = times("On January 5, 2024 the talks collapsed. By May, fighting had resumed.", DATE)
    assert value(found, "May") == "2023-05", found


# the report's day is the time right before the told one (mutants: the time two back as the gap's start, a report
# verb not the told verb's head, the ";" guard)
@pytest.mark.parametrize("text, span, want", [
    ("On Monday the plant closed. Officials said Thursday the vote would be held Tuesday.", "Tuesday", "2024-03-12"),
    ("The union, which met Thursday, said the strike would end Friday.", "Friday", "2024-03-15"),
    ("Officials said Thursday; the vote would be held Tuesday.", "Tuesday", "2024-03-19"),
])
def test_only_the_reporting_verbs_own_day_anchors_its_told_weekday(times, text, span, want):
    found = times(text, DATE)
    assert value(found, span) == want, found
