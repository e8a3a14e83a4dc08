"""Session 33 (s33-mutt): mutation kills for s33-time's `times._closing_weeks` ("the week to Friday") and the
"-long" lengths (`timex._r_unit_long`, the "a months-long" line of `timex._r_duration`); docs/testing.md "Session 33,
s33-mutt". Own sentences, none from an evaluation corpus. Each case pins what a surviving mutant changed: the
granularity and type of the new timexes (s33-time's tests read only text and value), a curly possessive, a day before
the closing one, "an" before a plural unit."""

import pytest

from stageutil import checked

DATE = "2026-06-10"  # a Wednesday of ISO week 24: last Friday 06-05 (week 23)


@pytest.fixture(scope="module")
def timexes(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.granularity, t.type) for t in checked(pipeline, text, published=published).times]
    return run


def test_the_week_a_day_closes_is_a_date_of_week_granularity(timexes):
    found = timexes("Oil fell 4% in the week to Friday.")
    assert ("the week", "2026-W23", "week", "DATE") in found, found


def test_a_day_before_the_closing_one_does_not_stop_the_search(timexes):
    # the first day ("On Monday") closes no week; the second does ("the week to Friday")
    found = timexes("On Monday, traders said oil fell in the week to Friday.")
    assert ("the week", "2026-W23", "week", "DATE") in found, found
    assert sum(t[0] == "the week" for t in found) == 1, found


@pytest.mark.parametrize("text", [
    "The minister gave the week to Friday’s summit a name.",  # a curly apostrophe, as typeset news writes it
    "The minister gave the week to Friday's summit a name.",
])
def test_a_possessive_day_closes_no_week_whichever_apostrophe(timexes, text):
    found = timexes(text)
    assert [t[0] for t in found] == ["Friday"], found


@pytest.mark.parametrize("text, found", [
    ("The week-long festival closed.", ("week-long", "P1W", "duration", "DURATION")),
    ("After a months-long standoff, the army withdrew.", ("months-long", "PXM", "duration", "DURATION")),
    ("Talks resumed in the decades-long conflict.", ("decades-long", "PXY", "duration", "DURATION")),
])
def test_a_long_adjective_is_a_duration_in_granularity_and_type(timexes, text, found):
    assert found in timexes(text), timexes(text)


@pytest.mark.parametrize("text, found", [
    # "an" is the noun's article as "a" is ("an hours-long meeting": a meeting, of an unsaid count of hours)
    ("They held an hours-long meeting.", ("hours-long", "PTXH")),
    ("It was an hours-long wait.", ("hours-long", "PTXH")),
    # "an" before a singular unit is its count, one
    ("They held an hour-long meeting.", ("hour-long", "PT1H")),
])
def test_an_before_a_plural_long_unit_is_the_nouns_article(timexes, text, found):
    assert found in [t[:2] for t in timexes(text)], timexes(text)


def test_a_length_after_the_cue_closes_no_week(timexes):
    # "to" belongs to the verb ("devoted the week to ..."), and a length is no day that could close a week
    assert timexes("He devoted the week to two days of talks.") == [("two days", "P2D", "duration", "DURATION")]


def test_a_timex_ending_where_the_week_begins_does_not_hide_it(timexes):
    # text whose line break was lost in scraping: "9 a.m." ends at the "T" of "The week", touching it, not covering it
    found = timexes("Trading resumed at 9 a.m.The week to Friday was calm.")
    assert [t[0] for t in found] == ["9 a.m.", "The week", "Friday"], found
    assert found[1][1:] == ("2026-W23", "week", "DATE"), found
