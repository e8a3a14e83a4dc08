"""Session 17 (s17c-time): span and reading conventions of TimeML checked with our own sentences, each failing
on the code before this branch (the cases marked "edge pinned" pass before and guard a rule's limits)."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-11-17"  # a Wednesday


# --- ages are not times (TimeBank marks none of its "N-year-old" ages; docs/schema.md) ---

@pytest.mark.parametrize("text", [
    "The two families ended a quarter of a century-old feud on Tuesday.",  # the finder's window hid "-old"
    "The decades old rivalry flared again at the derby.",  # the parser's DATE entity "decades"
])
def test_an_age_is_not_a_duration(times, text):
    assert not [t for t in times(text, DATE) if t[2] == "DURATION"]


def test_a_quarter_century_not_an_age_stays(times):  # edge pinned
    assert ("a quarter of a century", "P25Y", "DURATION") in times("The dispute dragged on for a quarter of a century.", DATE)


# --- a possessive cannot anchor an "ago" phrase ---

def test_a_possessive_after_ago_is_its_own_expression(times):
    found = times("Ten years ago today's champion was still a schoolboy.", DATE)
    assert ("Ten years ago", "2017", "DATE") in found
    assert ("today", "2027-11-17", "DATE") in found


def test_ago_today_unpossessed_stays_one(times):  # edge pinned
    assert ("A year ago today", "2026-11-17", "DATE") in times("A year ago today, the plant closed.", DATE)


# --- span conventions: the preposition out, the modifier in, the article of the noun out ---

@pytest.mark.parametrize("text, expr, value", [
    ("The ceasefire could collapse within weeks, diplomats warned.", "weeks", "PXW"),
    ("The bridge should reopen within two months.", "two months", "P2M"),  # edge pinned (the entity left it out)
])
def test_within_is_a_signal_outside_the_span(times, text, expr, value):
    found = times(text, DATE)
    assert (expr, value, "DURATION") in found
    assert not [t for t in found if t[0].lower().startswith("within")]


def test_hyphenated_late_keeps_its_mod():
    from newsgraph.timex import normalize
    n = normalize("late-November")
    assert n is not None and (n.granularity, n.mod) == ("month", "END")


@pytest.mark.parametrize("text, expr, value", [
    ("The vote is expected in late-November.", "late-November", "2027-11"),
    ("Shares fell in late-2009 trading.", "late-2009", "2009"),
])
def test_hyphenated_late_is_in_the_span(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, expr, value", [
    ("A year-long inquiry found no fault.", "year-long", "P1Y"),
    ("A two-week-long strike shut the docks.", "two-week-long", "P2W"),  # edge pinned
])
def test_a_long_compound_is_one_duration_without_the_nouns_article(times, text, expr, value):
    assert (expr, value, "DURATION") in times(text, DATE)


# --- the first clock time of a 24-hour range is a time, not a year ---

@pytest.mark.parametrize("text, first, second", [
    ("The station will be closed between 2000 and 2100 GMT on Friday.", ("2000", "2027-11-19T20:00"),
     ("2100 GMT", "2027-11-19T21:00")),
    ("The curfew runs from 2200 to 0600 local time.", ("2200", "2027-11-17T22:00"),
     ("0600 local time", "2027-11-18T06:00")),  # past midnight: the end is the next morning
])
def test_first_clock_of_a_range_is_a_time(times, text, first, second):
    found = times(text, DATE)
    assert (*first, "TIME") in found
    assert (*second, "TIME") in found


def test_a_clock_range_past_midnight_ends_the_next_day(times):
    found = times("On Friday the coast road is shut from 2300 to 0400 GMT.", DATE)
    assert ("2300", "2027-11-19T23:00", "TIME") in found
    assert ("0400 GMT", "2027-11-20T04:00", "TIME") in found


def test_years_coordinated_stay_years(times):  # edge pinned
    found = times("Between 1999 and 2001 output fell.", DATE)
    assert ("1999", "1999", "DATE") in found and ("2001", "2001", "DATE") in found


# --- a fraction of a century "ago" places a year, as "25 years ago" does ---

@pytest.mark.parametrize("text, expr, value", [
    ("The two villages last met a quarter of a century ago.", "a quarter of a century ago", "2002"),
    ("The mill shut a quarter-century ago.", "a quarter-century ago", "2002"),
    ("The treaty was signed half a century ago.", "half a century ago", "1977"),
    ("The rule came in half a decade ago.", "half a decade ago", "2022"),
])
def test_a_fraction_of_a_century_ago_is_a_year(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, expr, value", [  # edge pinned: the lengths, and "half an hour ago" as before
    ("The siege lasted half a century.", "half a century", "P50Y"),
    ("The family fled half an hour ago.", "half an hour", "PT30M"),
])
def test_fraction_lengths_stay_durations(times, text, expr, value):
    assert (expr, value, "DURATION") in times(text, DATE)
