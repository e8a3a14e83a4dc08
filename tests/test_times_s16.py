"""Session 16 (s16-time): TimeML readings checked with our own sentences, each failing on the code before
it (the cases marked "edge pinned" pass before and guard a rule's limits)."""

import pytest

from newsgraph.timex import normalize
from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- a stretch of unstated length: "for a while", "for a fairly lengthy period" (TimeML: DURATION PXX) ---

@pytest.mark.parametrize("text, expr", [
    ("Thousands of homes will be without power for a while, the utility said.", "a while"),
    ("The peacekeepers expect to stay for a fairly lengthy period.", "a fairly lengthy period"),
    ("The two leaders have not spoken for quite a while.", "quite a while"),
    ("The border crossing was closed for a short period on Tuesday.", "a short period"),
    ("The dispute has simmered for a long time.", "a long time"),
    ("After a while, the crowd began to disperse.", "a while"),
])
def test_a_stretch_of_unstated_length_is_a_vague_duration(times, text, expr):
    assert (expr, "PXX", "DURATION") in times(text, "2027-11-17")


@pytest.mark.parametrize("text", [
    "The plant will stay shut for the time being.",  # "for now", no stretch
    "While the talks went on, fighting continued in the north.",
    "She was, for a time, the party's only candidate.",  # not one of the forms taken
])
def test_no_vague_duration_without_its_words(times, text):  # edges pinned (pass before)
    assert not [v for _, v, _ in times(text, "2027-11-17") if v == "PXX"]


def test_a_while_ago_is_no_stretch():  # an edge pinned: "ago" makes a point, not a duration
    got = normalize("a while ago")
    assert got is None or got.type != "DURATION"


# --- "daily" classifying a noun is no SET, as "annual meeting", "quarterly dividend" are not ---

@pytest.mark.parametrize("text", [
    "Average daily output at the mine rose to 3,000 tonnes.",
    "The agency publishes a daily tally of new cases.",
    "The paper's daily circulation fell 5 percent last year.",
])
def test_daily_before_a_noun_is_no_set(times, text):
    assert "daily" not in [t for t, _, _ in times(text, "2027-11-17")]


@pytest.mark.parametrize("text, expr, value", [
    ("Prices are checked daily by the ministry.", "daily", "P1D"),  # an adverb (edge pinned: passes before)
    ("Inspectors report to the ministry on a daily basis.", "daily", "P1D"),  # edge pinned
    ("Dividends are paid on a quarterly basis.", "quarterly", "P3M"),  # "on a ... basis" is the adverb
    ("The figures are updated on a weekly basis.", "weekly", "P1W"),
])
def test_a_frequency_as_an_adverbial_is_a_set(times, text, expr, value):
    assert (expr, value, "SET") in times(text, "2027-11-17")
