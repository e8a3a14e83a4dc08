"""Session 10 (s10-mutate): tests written to kill the mutants of timex.py's functions changed since their
last mutation run (TimeML anchoring, SETs, fiscal quarters, US public days) that no earlier test
noticed. Each pins today's behaviour at its exact value (docs/testing.md, "Session 10, s10-mutate")."""

import datetime as dt

import pytest

from newsgraph.timex import _nth_weekday, normalize


# --- US public days: the n-th or last weekday of a month ---

def test_labor_day_when_september_opens_on_its_monday():
    # 1 September 2025 is a Monday: the first Monday is the 1st itself, not the 8th
    assert normalize("Labor Day 2025").value == "2025-09-01"
    assert normalize("Labor Day", dt.date(2025, 9, 10), "past").value == "2025-09-01"


@pytest.mark.parametrize("year, month, weekday, n, day", [
    (2026, 12, 4, -1, dt.date(2026, 12, 25)),  # the last Friday of a December ending on a Thursday
    (2026, 12, 3, -1, dt.date(2026, 12, 31)),  # the last Thursday: the month's last day
    (2027, 2, 0, -1, dt.date(2027, 2, 22)),
    (2026, 11, 3, 4, dt.date(2026, 11, 26)),  # the fourth Thursday of November
])
def test_nth_weekday_counts_from_either_end_of_any_month(year, month, weekday, n, day):
    assert _nth_weekday(year, month, weekday, n) == day


# --- "the previous year", "that summer": the year under discussion (TimeML's anchor), else the document's ---

SUN = dt.date(2026, 1, 25)


@pytest.mark.parametrize("text, ref, value", [
    ("the previous year", "1991-03", "1990"),  # the year before the one the text last named
    ("the previous year", "1991", "1990"),
    ("March the previous year", "1991-06-02", "1990-03"),
    ("the previous year", None, "2025"),  # nothing named yet: the year before the document's
    ("the previous year", "P3Y", "2025"),  # a duration names no year
    ("that summer", "2003-05", "2003-SU"),
    ("the same summer", "2003-05", "2003-SU"),
])
def test_years_and_seasons_of_the_year_under_discussion(text, ref, value):
    n = normalize(text, SUN, "past", ref=ref)
    assert (n.value, n.granularity, n.relative) == (value, "month" if "March" in text else
                                                    "season" if "summer" in text else "year", True)


@pytest.mark.parametrize("ref", [None, "P3Y"])
def test_that_summer_with_no_year_under_discussion_has_no_value(ref):
    n = normalize("that summer", SUN, "past", ref=ref)
    assert (n.value, n.granularity) == (None, "season")


@pytest.mark.parametrize("text", ["this summer", "current summer"])
def test_a_past_report_of_this_summer_in_february_is_the_coming_one(text):
    # the nearer of the last and the next summer, whatever the tense of the report (not last year's)
    n = normalize(text, dt.date(2026, 2, 2), "past")
    assert (n.value, n.granularity) == ("2026-SU", "season")
    assert normalize(text, dt.date(2026, 2, 2), "past", strict=True).value == "2025-SU"  # the verb's own time


# --- "that weekend", "the following day": k units from the time under discussion (TimeML), when it is as fine ---

@pytest.mark.parametrize("text, value, gran", [
    ("that weekend", "1991-W10-WE", "week"),
    ("the following weekend", "1991-W11-WE", "week"),
    ("the previous weekend", "1991-W09-WE", "week"),
    ("the day after", "2026-01-26", "day"),  # a week names no day: the day after the document date
    ("the day before", "2026-01-24", "day"),
])
def test_weekends_and_days_after_a_week_under_discussion(text, value, gran):
    n = normalize(text, SUN, "past", ref="1991-W10")
    assert (n.value, n.granularity) == (value, gran)


@pytest.mark.parametrize("text, ref, value, gran", [
    ("the preceding week", "1991-03-05", "1991-W09", "week"),  # anaphoric: from the day under discussion
    ("the prior month", "1991-03-05", "1991-02", "month"),
    ("the preceding week", None, "2026-W04", "week"),  # nothing named: from the document date
    ("the prior week", None, "2026-W04", "week"),
    ("that weekend", None, None, "week"),  # anaphoric with nothing to point back to: no value, a week's
    ("the following weekend", None, None, "week"),
])
def test_preceding_and_prior_point_back_and_weekends_are_weeks(text, ref, value, gran):
    n = normalize(text, SUN, "past", ref=ref)
    assert (n.value, n.granularity) == (value, gran)


def test_the_night_before_with_no_date_at_all_is_a_part_of_day_without_value():
    n = normalize("the night before", None, None)
    assert (n.value, n.granularity, n.type) == (None, "part_of_day", "TIME")


@pytest.mark.parametrize("text, ref, value, gran, type_", [
    ("the night after", "1991-03-05", "1991-03-06TNI", "part_of_day", "TIME"),
    ("the night before", "1991-03-05", "1991-03-04TNI", "part_of_day", "TIME"),
    ("the week after", None, "2026-W05", "week", "DATE"),  # nothing named: either side of the document date
    ("the month before", None, "2025-12", "month", "DATE"),
])
def test_the_unit_either_side_of_the_time_under_discussion(text, ref, value, gran, type_):
    n = normalize(text, SUN, "past", ref=ref)
    assert (n.value, n.granularity, n.type) == (value, gran, type_)


@pytest.mark.parametrize("text, value", [
    ("every two weeks", "P2W"), ("every other day", "P2D"), ("every few days", "PXD"), ("twice a week", "P1W"),
    ("three times a year", "P1Y"), ("every spring", "XXXX-SP"), ("Sundays", "XXXX-WXX-7"),
    ("every Monday morning", "XXXX-WXX-1TMO"),
])
def test_recurrences_are_sets_of_set_granularity(text, value):
    n = normalize(text)
    assert (n.value, n.granularity, n.type) == (value, "set", "SET")
