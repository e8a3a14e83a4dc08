"""Session 15 (s15-time): TimeML readings checked with our own sentences, each failing on the code before
it."""

import datetime as dt

import pytest

from newsgraph.timex import normalize
from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- "since" points back even when a position inside takes the mod: "since early March" ---
# 2027-11-20 is a Saturday: the coming March (102 days ahead) is nearer than the last one (234 days back)

@pytest.mark.parametrize("text, expr, value", [
    ("The standoff had lasted since early March, diplomats said.", "early March", "2027-03"),
    ("Prices have climbed steadily since late March.", "late March", "2027-03"),
    ("The border has stayed shut ever since early March.", "early March", "2027-03"),
])
def test_since_a_part_of_a_month_is_the_past_one(times, text, expr, value):
    assert value_of(times(text, "2027-11-20"), expr) == value


@pytest.mark.parametrize("tense", ["past", "present", None])
def test_since_reads_back_whatever_the_tense(tense):
    got = normalize("since early March", dt.date(2027, 11, 20), tense)
    assert (got.value, got.mod) == ("2027-03", "START")


def test_from_a_part_of_a_month_may_still_look_ahead():
    # "from early March" starts a stretch that may lie ahead ("fares rise from early March"): unchanged
    assert normalize("from early March", dt.date(2027, 11, 20), "present").value == "2028-03"


# --- a year after "through" closing a stretch: "from 1995 through 1997" ---

@pytest.mark.parametrize("text, first, last", [
    ("The report covers the period from 1995 through 1997.", "1995", "1997"),
    ("The survey covers the years from 2003 through 2008.", "2003", "2008"),
])
def test_a_year_after_through_is_a_time(times, text, first, last):
    # the parser sometimes leaves the second year out of any entity; our year pattern now takes "through"
    found = times(text, "2027-11-20")
    assert value_of(found, first) == first
    assert value_of(found, last) == last


# --- wire copy's four-digit clock time in another zone: "10:30 a.m. local time (0230 GMT)" ---
# 2027-11-20 is a Saturday: Tuesday 2027-11-16

@pytest.mark.parametrize("text, expr, value", [
    ("The quake struck at 0230 GMT on Tuesday, the survey said.", "0230 GMT", "2027-11-16T02:30"),
    ("The ferry left at 1945 UTC Tuesday.", "1945 UTC Tuesday", "2027-11-16T19:45"),
])
def test_a_four_digit_clock_time_in_gmt(times, text, expr, value):
    assert value_of(times(text, "2027-11-20"), expr) == value


def test_a_clock_time_takes_the_day_past_its_time_in_another_zone(times):
    found = times("Flights resumed at 6:30 a.m. (1130 GMT) on Tuesday after a long delay.", "2027-11-20")
    assert value_of(found, "6:30 a.m.") == "2027-11-16T06:30"  # not the document date
    assert value_of(found, "1130 GMT") == "2027-11-16T11:30"
    assert "1130" not in [t for t, _, _ in found]  # no year 1130


def test_four_digits_without_a_zone_stay_a_year(times):  # an edge pinned (passes before)
    assert value_of(times("The castle was built in 1130, long before the town.", "2027-11-20"), "1130") == "1130"


# --- "every other Saturday": a SET with the weekday's (month's, season's) calendar value ---

@pytest.mark.parametrize("text, expr, value", [
    ("The museum stays open late every other Saturday.", "every other Saturday", "XXXX-WXX-6"),
    ("The festival is held every other summer in the old port.", "every other summer", "XXXX-SU"),
    ("The council meets every other March to set the budget.", "every other March", "XXXX-03"),
])
def test_every_other_weekday_month_or_season_is_a_set(times, text, expr, value):
    assert (expr, value, "SET") in times(text, "2027-11-20")


# --- a time the state of a past copula held: "shops were busy on Christmas Eve" (2027-11-20) ---

@pytest.mark.parametrize("text, expr, value", [
    ("Shops were busy on Christmas Eve, the retailers said.", "Christmas Eve", "2026-12-24"),
    ("The streets of the old town were empty on Christmas Day.", "Christmas Day", "2026-12-25"),
])
def test_a_past_copula_with_an_adjective_tells_the_last_such_day(times, text, expr, value):
    assert value_of(times(text, "2027-11-20"), expr) == value


def test_a_day_something_falls_due_may_still_lie_ahead(times):  # an edge pinned (passes before)
    assert value_of(times("The dividend was payable on Dec. 1.", "2027-11-20"), "Dec. 1") == "2027-12-01"


# --- "for the fourth quarter in a row": a count of quarters, no date ---

@pytest.mark.parametrize("text", [
    "Profits fell for the fourth quarter in a row, the bank said.",
    "Profits fell for the fourth quarter running.",
    "The company lost money for the third quarter in succession.",
])
def test_an_ordinal_quarter_in_a_row_is_no_date(times, text):
    assert not [t for t, _, _ in times(text, "2027-11-20") if "quarter" in t]


@pytest.mark.parametrize("text, expr, value", [
    ("Sales rose in the fourth quarter, the company said.", "the fourth quarter", "2027-Q4"),
    ("Costs in the fourth quarter running at a loss hurt.", "the fourth quarter", "2027-Q4"),
])
def test_the_fourth_quarter_itself_stays(times, text, expr, value):  # edges pinned (pass before)
    assert value_of(times(text, "2027-11-20"), expr) == value
