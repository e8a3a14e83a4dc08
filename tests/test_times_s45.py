"""Session 45 (s45-time): two readings the TIMEX3 guideline decides, found on the honest political-news set
gold/timeml_unfitted_3 and written here in our own sentences.

- A day whose name holds a weekday ("Super Tuesday", "Black Friday", "Ash Wednesday") is a named day: TIMEX3 marks
  the whole name and values the day it names, as it does a holiday, not the weekday nearest the document date.
- A range of days in one month written with a dash ("Dec. 6-9") is two dates, as the same range written with "to" or
  "and" is ("April 24 and 25": TimeML marks "25" on its own)."""

import datetime as dt

import pytest

from newsgraph import timex
from stageutil import checked


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value, t.type) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("year, day", [
    (1984, "1984-03-13"), (1988, "1988-03-08"), (1992, "1992-03-10"), (1996, "1996-03-12"), (2000, "2000-03-07"),
    (2004, "2004-03-02"), (2008, "2008-02-05"), (2012, "2012-03-06"), (2016, "2016-03-01"), (2020, "2020-03-03"),
    (2024, "2024-03-05"),
])
def test_super_tuesday_by_year(year, day):
    assert timex._super_tuesday(year).isoformat() == day


@pytest.mark.parametrize("name, value", [
    ("super tuesday", "2016-03-01"), ("black friday", "2016-11-25"), ("cyber monday", "2016-11-28"),
    ("ash wednesday", "2016-02-10"), ("palm sunday", "2016-03-20"), ("maundy thursday", "2016-03-24"),
    ("shrove tuesday", "2016-02-09"), ("fat tuesday", "2016-02-09"),
])
def test_days_named_with_a_weekday(name, value):
    """Each is the day it names in the year at hand (Easter 2016 was 27 March, Thanksgiving 24 November)."""
    n = timex.normalize(name + " 2016")
    assert (n.value, n.granularity, n.type) == (value, "day", "DATE")
    assert timex.HOLIDAYS[name](2016) == dt.date.fromisoformat(value)


@pytest.mark.parametrize("text, published, expected", [
    # before the day, in a story on a Tuesday: not that Tuesday
    ("The campaign bought air time in four Super Tuesday states.", "2016-02-09", [("Super Tuesday", "2016-03-01")]),
    # after it, in a past clause: not the Tuesday just gone
    ("Clinton won seven states on Super Tuesday.", "2016-04-20", [("Super Tuesday", "2016-03-01")]),
    ("Shoppers queued overnight for Black Friday.", "2016-12-02", [("Black Friday", "2016-11-25")]),
    ("The bishop will speak on Ash Wednesday.", "2017-01-10", [("Ash Wednesday", "2017-03-01")]),
])
def test_a_named_day_is_found_whole_and_valued_as_named(times, text, published, expected):
    assert [(t, v) for t, v, _ in times(text, published)] == expected


def test_a_weekday_alone_is_still_the_nearest_one(times):
    assert [(t, v) for t, v, _ in times("The poll was released on Tuesday.", "2016-02-11")] == [("Tuesday", "2016-02-09")]


@pytest.mark.parametrize("text, expected", [
    ("The poll surveyed 1,000 adults between Dec. 6-9 with a margin of error of 3 points.",
     [("Dec. 6", "2015-12-06"), ("9", "2015-12-09")]),
    ("The festival runs July 25–28, in the old town.", [("July 25", "2016-07-25"), ("28", "2016-07-28")]),
    ("The talks were held March 17-18.", [("March 17", "2016-03-17"), ("18", "2016-03-18")]),
])
def test_a_dash_between_two_days_of_a_month_is_a_range_of_two_dates(times, text, expected):
    assert [(t, v) for t, v, _ in times(text, "2016-04-20")] == expected


@pytest.mark.parametrize("text", [
    "The vote on March 12-3 went against him.",  # not a later day of the month: a tally
    "Rates rose on March 12-13% in all.",  # a number that goes on as a percentage
])
def test_a_dash_after_a_date_is_not_always_a_range(times, text):
    assert [t for t, _, _ in times(text, "2016-04-20")] == ["March 12"]
