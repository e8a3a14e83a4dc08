"""Session 39 (s39-tspan): a length said in its next smaller unit after a comma or a space, as race times and prison
terms are written in wire news ("1 hour 58 minutes", "3 hours, 5 minutes and 12 seconds", "four years, six
months"), is one TIMEX3 DURATION whose value adds the units (docs/accuracy.md "Session 39, s39-tspan"). Before,
each unit came out as a length of its own: two expressions where the guideline has one, the first an extra, the
second a wrong value. Sentences are our own; the "edge" cases pass before the change and guard its limits."""

import pytest

from newsgraph.timex import normalize
from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DAY = "2026-03-18"


@pytest.mark.parametrize("text, extent, value", [
    ("She won the marathon in 2 hours 21 minutes.", "2 hours 21 minutes", "PT2H21M"),
    ("The stage winner finished in 4 hours, 12 minutes and 5 seconds.", "4 hours, 12 minutes and 5 seconds",
     "PT4H12M5S"),
    ("The former governor was jailed for four years, six months.", "four years, six months", "P4Y6M"),
    ("The world record stands at 3 minutes 26 seconds.", "3 minutes 26 seconds", "PT3M26S"),
    ("The blockade lasted 12 days, 6 hours before the army withdrew.", "12 days, 6 hours", "P12DT6H"),
    ("The rescue took two hours, 40 minutes.", "two hours, 40 minutes", "PT2H40M"),
    ("The climb took 1 hour and 5 minutes and 12 seconds.", "1 hour and 5 minutes and 12 seconds", "PT1H5M12S"),
])
def test_a_length_in_several_units_is_one_duration(times, text, extent, value):
    assert [(t, v, ty) for t, v, ty in times(text, DAY)] == [(extent, value, "DURATION")]


@pytest.mark.parametrize("text", ["1 hour 58 minutes", "3 hours, 5 minutes and 12 seconds", "ten years, 8 months",
                                  "2 minutes, 3 seconds", "5 days 4 hours"])
def test_the_units_add_in_the_value(text):
    got = normalize(text)
    assert got.type == "DURATION" and got.value == {
        "1 hour 58 minutes": "PT1H58M", "3 hours, 5 minutes and 12 seconds": "PT3H5M12S",
        "ten years, 8 months": "P10Y8M", "2 minutes, 3 seconds": "PT2M3S", "5 days 4 hours": "P5DT4H"}[text]


@pytest.mark.parametrize("text", ["5 minutes, 3 hours", "2 hours 3 hours", "4 months, 2 years", "3 seconds 2 minutes",
                                  "2 years, 18 months", "3 hours 60 minutes", "1 minute, 75 seconds", "4 days, 24 hours"])
def test_no_single_length_unless_each_part_is_smaller_than_one_of_the_unit_before(text):
    assert normalize(text) is None


@pytest.mark.parametrize("text, expected", [
    # edges: a rate ("a day"), a number of another thing, a second term longer than a year
    ("The nurses worked 12 hours a day.", [("12 hours", "PT12H", "DURATION"), ("a day", "P1D", "SET")]),
    ("Rescuers dug for 3 days 300 metres into the rock.", [("3 days", "P3D", "DURATION")]),
    ("He was given 2 years, 18 months of it suspended.", [("2 years", "P2Y", "DURATION"),
                                                           ("18 months", "P18M", "DURATION")]),
])
def test_what_stays_apart(times, text, expected):
    assert times(text, DAY) == expected
