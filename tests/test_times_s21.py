"""Session 21 (s21-time): general TimeML readings chosen from the errors of the STUDY half of dev only (dev
documents whose sha1(file stem) ends in an even hex digit; docs/accuracy.md "Session 21, s21-time"). Sentences
are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"  # a Wednesday


@pytest.mark.parametrize("text, span, value, type_", [
    # "in past years" is "in recent years" said another way: PAST_REF, as "recent years"
    ("There were floods in past years, too.", "past years", "PAST_REF", "DATE"),
    ("Harvests failed during past decades as well.", "past decades", "PAST_REF", "DATE"),
    ("In past months the mill hired forty workers.", "past months", "PAST_REF", "DATE"),
    # with the determiner, a stretch whose length is not said, as "over the years" and "the past few years"
    ("Over the past years the port has doubled its trade.", "the past years", "PXY", "DURATION"),
    ("In recent years the port has doubled its trade.", "recent years", "PAST_REF", "DATE"),  # edge pinned
    ("Over the past few years the port has grown.", "the past few years", "PXY", "DURATION"),  # edge pinned
])
def test_past_units_without_a_number_are_a_vague_past(times, text, span, value, type_):
    assert (span, value, type_) in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text", [
    "The past tense is hard to learn.",  # edge pinned: no unit
    "He was tried for past crimes.",  # edge pinned: no unit
])
def test_past_without_a_time_unit_is_no_time(times, text):
    assert times(text, DATE) == [], times(text, DATE)
