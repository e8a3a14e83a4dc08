"""Session 12 (s12-mut-struct): tests written against the survivors of timex.py's functions changed since
their last mutation run (docs/testing.md, "Session 12, s12-mut-struct"). Own phrases, exact values."""

import datetime as dt

import pytest

from newsgraph.timex import normalize

MAY = dt.date(2026, 5, 14)


def reading(text, anchor=MAY, tense=None, **kw):
    n = normalize(text, anchor, tense, **kw)
    return n and (n.value, n.granularity)


# --- "the November quarter": the calendar quarter of the middle of the three months ending then ---

@pytest.mark.parametrize("text, value", [
    ("the November quarter", "2025-Q4"),   # September-November: its middle, October, is in Q4 (not Q3)
    ("the May quarter", "2026-Q2"),        # March-May: April, Q2
    ("the February quarter", "2026-Q1"),   # December-February: January, Q1 (not the December's Q4)
    ("the January quarter", "2025-Q4"),    # November-January: December of the year before
])
def test_a_quarter_named_by_its_last_month_is_the_quarter_of_its_middle_month(text, value):
    assert reading(text) == (value, "quarter")
    assert reading(text, tense="past") == (value, "quarter")


# --- "the July-December period": a half when the months are a calendar half ---

@pytest.mark.parametrize("text, value, gran", [
    ("the July-December period", "2025-H2", "half"),
    ("the July to December period", "2025-H2", "half"),
    ("the January to June period", "2026-H1", "half"),
    ("the April-June quarter", "2026-Q2", "quarter"),
])
def test_a_span_of_months_making_a_calendar_half_or_quarter(text, value, gran):
    assert reading(text) == (value, gran)


# --- "the first Monday in September": counted from the 1st, which may be that weekday itself ---

@pytest.mark.parametrize("text, value", [
    ("the first Sunday in March 2026", "2026-03-01"),     # 1 March 2026 is a Sunday: the 1st itself
    ("the second Sunday in March 2026", "2026-03-08"),
    ("the first Monday in September 2026", "2026-09-07"),  # 1 September 2026 is a Tuesday: six days on
])
def test_the_nth_weekday_counts_from_the_first_of_the_month(text, value):
    assert reading(text) == (value, "day")


# --- "1988's second half", "last year's first half": a half of a year named before it ---

@pytest.mark.parametrize("text, anchor, value", [
    ("1988's second half", MAY, "1988-H2"),
    ("1988's first half", None, "1988-H1"),           # a year given needs no document date
    ("last year's second half", MAY, "2025-H2"),
    ("next year's first half", MAY, "2027-H1"),
    ("last year's second half", None, None),          # no document date: a half, relative, of no value
])
def test_a_half_of_a_year_named_in_the_genitive(text, anchor, value):
    assert reading(text, anchor) == (value, "half")


# --- "that same day" after a month: a day of that month ---

@pytest.mark.parametrize("text", ["the same day", "that same day", "that day"])
def test_the_same_day_after_a_month_is_a_day_of_that_month(text):
    assert reading(text, ref="2025-10") == ("2025-10-XX", "day")


# --- "half an hour" is a duration, "twice monthly" a set: the granularity says which ---

@pytest.mark.parametrize("text, value, gran, type_", [
    ("half an hour", "PT30M", "duration", "DURATION"),
    ("half a century", "P50Y", "duration", "DURATION"),
    ("twice monthly", "P1M", "set", "SET"),
    ("three times weekly", "P1W", "set", "SET"),
])
def test_half_a_unit_and_so_many_times_per_unit(text, value, gran, type_):
    n = normalize(text, MAY)
    assert (n.value, n.granularity, n.type) == (value, gran, type_)


# --- _month_rule: "the same March", "the following March" after a time under discussion ---

@pytest.mark.parametrize("text, ref, value", [
    ("the same March", "1994-06", "1994-03"),       # the year under discussion, whatever the tense
    ("that March", "1994-06", "1994-03"),
    ("the following March", "1994", "1995-03"),      # a year: the March after it
    ("the following March", "1994-06", "1995-03"),   # June: the next March is the next year's
    ("the following March", "1994-03", "1995-03"),   # March itself: the next one
    ("the following March", "1994-02", "1994-03"),   # February: March of the same year
    ("the following March", "1994-11", "1995-03"),   # a two-digit month read whole
    ("the following March", "1994-02-05", "1994-03"),  # a day: its month
    ("the following March", "1994-11-20", "1995-03"),
    ("the following March", "1994-W10", "1995-03"),  # no month to compare: the next year's
])
def test_a_month_told_from_the_time_under_discussion(text, ref, value):
    assert reading(text, tense="past", ref=ref) == (value, "month")
