"""Session 22 (s22-time): wire-service (Xinhua / AP / NYT) ways of writing times, read as the TimeML guidelines
read them (docs/accuracy.md "Session 22, s22-time"). Sentences are our own; "edge pinned" cases pass before the
change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-12"  # a Friday: Wednesday 2027-03-10, Tuesday 2027-03-09, Sunday 2027-03-07


@pytest.mark.parametrize("text, span, value", [
    # a clock time whose zone is named by its place is still told on the day after it
    ("The earthquake struck at 3:15 p.m. Beijing time on Wednesday.", "3:15 p.m. Beijing time", "2027-03-10T15:15"),
    ("The ferry left at 6 a.m. Tokyo time on Tuesday.", "6 a.m. Tokyo time", "2027-03-09T06:00"),
    ("Polls closed at 8 p.m. Moscow time (1700 GMT) on Sunday.", "8 p.m. Moscow time", "2027-03-07T20:00"),
    ("The rocket was launched at 9:40 p.m. Eastern Standard Time on Wednesday.",
     "9:40 p.m. Eastern Standard Time", "2027-03-10T21:40"),
    ("The talks opened at 10:30 Brussels time on Tuesday.", "10:30 Brussels time", "2027-03-09T10:30"),
    # edges pinned: the zones read before
    ("The quake hit at 3:15 p.m. local time on Wednesday.", "3:15 p.m. local time", "2027-03-10T15:15"),
    ("The quake hit at 0715 GMT on Tuesday.", "0715 GMT", "2027-03-09T07:15"),
])
def test_a_clock_time_in_a_named_zone_takes_the_day_after_it(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "TIME") in found, found


@pytest.mark.parametrize("text, span, value", [
    # "time" after a determiner or pronoun is a noun of its own, not a zone
    ("The polls closed at 5 p.m. This time the turnout was higher.", "5 p.m.", "2027-03-12T17:00"),
    ("He calls at 2 p.m. Each time he asks for more.", "2 p.m.", "2027-03-12T14:00"),
    ("We left at 9 p.m. that time of year.", "9 p.m.", "2027-03-12T21:00"),
])
def test_time_after_a_determiner_is_no_zone(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "TIME") in found, found


@pytest.mark.parametrize("text, span, value", [
    # a day of a month named relative to now: that day, one DATE
    ("The envoy is due to arrive on the 15th of this month.", "the 15th of this month", "2027-03-15"),
    ("The vote was held on the 3rd of last month.", "the 3rd of last month", "2027-02-03"),
    ("The fair will open on the 21st of next month.", "the 21st of next month", "2027-04-21"),
    ("The treaty will be signed on the 15th of March.", "the 15th of March", "2027-03-15"),  # edge pinned
])
def test_a_day_of_this_or_last_month(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "DATE") in found, found


def test_a_day_the_month_does_not_have_is_not_made_up(times):
    found = times("The fair will open on the 31st of next month.", DATE)  # April has 30 days
    assert not any(v == "2027-04-31" or (v or "").startswith("2027-05") for _, v, _ in found), found


def test_a_day_of_this_month_without_a_document_date_has_no_value(pipeline):
    doc = pipeline.extract("The envoy is due to arrive on the 15th of this month.")
    assert [(t.text, t.value) for t in doc.times if "15th" in t.text] in ([], [("the 15th of this month", None)])


@pytest.mark.parametrize("text, span, value", [
    # "last" after "to" or a modal, before a count of units, is the verb: the duration is the count
    ("The talks are expected to last two days.", "two days", "P2D"),
    ("The strike could last several weeks.", "several weeks", "PXW"),
    ("The visit will last three days.", "three days", "P3D"),
    ("The scheme would not last five years.", "five years", "P5Y"),
    # edges pinned: "the last two days" is a stretch up to now, its "last" part of it
    ("In the last two days, prices fell.", "the last two days", "P2D"),
])
def test_last_as_a_verb_is_not_in_the_duration(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "DURATION") in found, found


@pytest.mark.parametrize("text, span, value", [
    # edges pinned: "to last year's" is the year before, not the verb
    ("Output returned to last year's level.", "last year", "2026"),
    ("Sales rose compared to last week.", "last week", "2027-W09"),
])
def test_last_before_a_unit_after_to_stays_a_date(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "DATE") in found, found


@pytest.mark.parametrize("text, stretch, value, year, year_value", [
    # "the first two months of this year": the stretch with its "the first" (TimeML's extent), the year apart
    ("Exports rose 10 percent in the first two months of this year.", "the first two months", "P2M",
     "this year", "2027"),
    ("Net income rose in the first nine months of the year.", "the first nine months", "P9M", "the year", "2027"),
    ("Output in the first 11 months of last year rose 9 percent.", "the first 11 months", "P11M", "last year", "2026"),
])
def test_the_first_months_of_a_year_keep_their_the_first(times, text, stretch, value, year, year_value):
    found = times(text, DATE)
    assert (stretch, value, "DURATION") in found and (year, year_value, "DATE") in found, found


def test_the_first_six_months_of_a_named_year_stay_its_half(times):  # edge pinned
    found = times("In the first six months of 2025, sales rose.", DATE)
    assert ("the first six months of 2025", "2025-H1", "DATE") in found, found


@pytest.mark.parametrize("text", [
    # a unit word opening a compound ("year-on-year", "day-to-day") is a way of comparing, not a time
    "The index rose 2 percent on a year-on-year basis.",
    "Prices rose 0.3 percent on a month-on-month basis.",
    "The office handles the work on a day-to-day basis.",
    "Sales rose 4 percent on a year-over-year basis.",
    "The rules are reviewed on a year-by-year basis.",
])
def test_a_unit_opening_a_compound_is_no_time(times, text):
    assert times(text, DATE) == [], times(text, DATE)


@pytest.mark.parametrize("text, span, value", [
    # edges pinned: months and weekdays so joined are a range, each kept
    ("The March-to-May harvest was poor.", "March", "2027-03"),
    ("The March-to-May harvest was poor.", "May", "2027-05"),
    ("The shop opens Monday-to-Friday.", "Monday", "2027-03-15"),
])
def test_months_and_weekdays_joined_by_to_stay(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "DATE") in found, found


@pytest.mark.parametrize("text, span, value", [
    # "a week from today": the day named moved on, one DATE (a day), not the length and the day apart
    ("The judge will rule a week from today.", "a week from today", "2027-03-19"),
    ("The vote is set for two weeks from Tuesday.", "two weeks from Tuesday", "2027-03-30"),
    ("The plant will reopen a month from tomorrow.", "a month from tomorrow", "2027-04-13"),
    ("The plant will reopen three months from now.", "three months from now", "2027-06"),  # edge pinned
])
def test_units_from_a_named_day(times, text, span, value):
    found = times(text, DATE)
    assert (span, value, "DATE") in found, found


def test_units_from_a_possessed_day_stay_apart(times):  # "Tuesday's hearing": the day is the hearing's
    found = times("The ruling came a week from Tuesday's hearing.", DATE)
    assert not any("from" in t for t, _, _ in found), found
