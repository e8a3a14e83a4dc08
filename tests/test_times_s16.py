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
