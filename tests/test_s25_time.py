"""Session 25 (s25-time): TimeML readings found from the study half's error classes (docs/accuracy.md "Session 25,
s25-time"). Sentences are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-12"  # a Friday


@pytest.mark.parametrize("text", [
    # "soon" on a past verb: shortly after a past event, no time after the document date (no FUTURE_REF)
    "The strike began in May and soon spread to the ports.",
    "Prices rose sharply, and the shortage soon became a crisis.",
    "Aid had soon run out, the agency said.",
    "The police soon arrested two men.",
])
def test_soon_after_a_past_event_is_no_future(times, text):
    assert not any(v == "FUTURE_REF" for _, v, _ in times(text, DATE))


@pytest.mark.parametrize("text", [
    # edges pinned: a future, a backshifted future, an infinitive or a verb of expecting still look ahead
    "The company will soon open a plant in Ohio.",
    "The ministry said talks would resume soon.",
    "Officials said they hoped to reopen the border soon.",
    "The minister said an agreement was expected soon.",
    "The talks are soon to resume.",
])
def test_soon_ahead_stays_future(times, text):
    assert ("soon", "FUTURE_REF", "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, first, value", [
    # the first bound of a range of lengths opened by "between" / "from": a length of its own, the unit said once
    ("Repairs will take between two and six days.", "two", "P2D"),
    ("The waiting time is between two to six days.", "two", "P2D"),
    ("Sentences range from three to five years.", "three", "P3Y"),
    ("The project will take from 10 to 15 years.", "10", "P10Y"),
    ("Each trial takes between three and four months.", "three", "P3M"),
])
def test_first_bound_of_a_range_is_a_length(times, text, first, value):
    assert (first, value, "DURATION") in times(text, DATE)


@pytest.mark.parametrize("text, found", [
    # edges pinned: a range with no "between"/"from" is one expression; counts of other things; years as bounds
    ("Talks are expected to last two to three weeks.", [("two to three weeks", "P2W", "DURATION")]),
    ("Inflation rose from 2 to 4 percent in two years.", [("two years", "P2Y", "DURATION")]),
    ("Between 10 and 20 people died over three days.", [("three days", "P3D", "DURATION")]),
    ("The war lasted from 1914 to 1918.", [("1914", "1914", "DATE"), ("1918", "1918", "DATE")]),
    ("The delay grew from a few to several weeks.", [("several weeks", "PXW", "DURATION")]),
])
def test_no_first_bound_elsewhere(times, text, found):
    assert times(text, DATE) == found


def test_soon_on_a_past_copula_is_no_future(times):
    # "soon" on the past copula "were" (spaCy's AUX), not on a main verb
    assert not any(v == "FUTURE_REF" for _, v, _ in times("Rescuers were soon at the scene.", DATE))


def test_times_after_a_dropped_soon_stay(times):
    # a "soon" left out does not end the reading of the text's later times
    assert ("June", "2026-06", "DATE") in times("The shortage soon became a crisis in June.", DATE)


@pytest.mark.parametrize("text, found", [
    # the first bound after other times in the text, and at the very start of the text
    ("On Tuesday, repairs took between two and six days.",
     [("Tuesday", "2027-03-09", "DATE"), ("two", "P2D", "DURATION"), ("six days", "P6D", "DURATION")]),
    ("After three weeks, repairs took between two and six days.",
     [("three weeks", "P3W", "DURATION"), ("two", "P2D", "DURATION"), ("six days", "P6D", "DURATION")]),
    ("Between two and six days passed before help came.",
     [("two", "P2D", "DURATION"), ("six days", "P6D", "DURATION")]),
])
def test_first_bound_among_other_times(times, text, found):
    assert times(text, DATE) == found


def test_no_first_bound_before_a_date(times):
    # the second bound must be a length: "last week" is a date, so "2" is no "2 weeks"
    assert not any(t == "2" for t, _, _ in times("The vote moved from 2 to last week.", DATE))
