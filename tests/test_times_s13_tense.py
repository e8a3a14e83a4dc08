"""Session 13 (s13-timeml): the tense a weekday is read in, checked with our own sentences that fail on the code
before (or pin an edge)."""

import pytest

from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- a plan told in the pluperfect through an adjective ("had been due to"): overtaken, so a past day ---
# 2027-06-05 is a Saturday: the Friday before it 2027-06-04, the Friday after 2027-06-11

@pytest.mark.parametrize("text, expr, value", [
    ("The truce had been due to end on Friday, but both sides kept to it.", "Friday", "2027-06-04"),
    ("The permit, which had been due to lapse at midnight Friday, was renewed.", "midnight Friday", "2027-06-04T24:00"),
    ("The strike had been likely to spread on Thursday, union leaders said.", "Thursday", "2027-06-03"),
    # not in the present or the simple past: a plan still ahead
    ("The truce is due to end on Friday, the ministry said.", "Friday", "2027-06-11"),
    ("The truce was due to end on Friday, the ministry said.", "Friday", "2027-06-11"),
])
def test_a_plan_in_the_pluperfect_through_an_adjective_is_past(times, text, expr, value):
    assert value_of(times(text, "2027-06-05"), expr) == value
