"""Session 38 (s38-tcal): calendar units (docs/accuracy.md "Session 38, s38-tcal"). A weekday after "a", "an" or
"one" is no particular week's: TIMEX3 leaves the digits the text does not give as X ("XXXX-WXX-1"), a part of the
day kept ("XXXX-WXX-5TNI"). A weekday that modifies a noun the article belongs to ("a Friday deadline") is a known
day's and stays dated. "The start/middle/end of the quarter" in a text that has named no quarter is the current
quarter (in a past clause the last whose position the document date has reached). Sentences are our own; "edge
pinned" cases pass before the change and guard its limits."""

import datetime as dt

import pytest

from newsgraph.times import _indefinite_weekdays
from newsgraph.timex import Norm, normalize
from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DAY = "2025-10-22"  # a Wednesday


@pytest.mark.parametrize("text, extent, value, type_", [
    ("The two leaders first met on a Monday, the memoir recalls.", "Monday", "XXXX-WXX-1", "DATE"),
    ("The crash happened on a Friday, survivors recalled.", "Friday", "XXXX-WXX-5", "DATE"),
    ("One Tuesday in May, the bank ran out of cash.", "Tuesday", "XXXX-WXX-2", "DATE"),
    ("The referendum will be held on a Sunday.", "Sunday", "XXXX-WXX-7", "DATE"),
    ("The robbery took place on a Saturday night in June.", "Saturday night", "XXXX-WXX-6TNI", "TIME"),
    ("Such trains rarely ran late on a  Thursday.", "Thursday", "XXXX-WXX-4", "DATE"),
    ("Ballots are always counted on a Sunday", "Sunday", "XXXX-WXX-7", "DATE"),  # (the text's last word)
])
def test_an_indefinite_weekday_leaves_week_and_year_unknown(times, text, extent, value, type_):
    assert (extent, value, type_) in times(text, DAY)


@pytest.mark.parametrize("text, extent, value", [
    # edges pinned: a weekday a noun's article belongs to, a definite weekday, a weekday after a word ending in "a"
    ("The union faces a Friday deadline to accept the offer.", "Friday", "2025-10-24"),
    ("Lawmakers passed the bill in a Tuesday vote.", "Tuesday", "2025-10-21"),
    ("Markets fell on Monday after the report.", "Monday", "2025-10-20"),
    ("The talks in Havana Tuesday ended without a deal.", "Tuesday", "2025-10-21"),
    ("Protests in Manila Monday turned violent.", "Monday", "2025-10-20"),
])
def test_a_known_weekday_stays_dated(times, text, extent, value):
    assert (extent, value, "DATE") in times(text, DAY)


@pytest.mark.parametrize("text, extent, value", [
    # through a part of its day: "a Saturday night raid" is the raid's article, a known Saturday night
    ("Police blamed rebels for a Saturday night raid on the barracks.", "Saturday night", "2025-10-18TNI"),
    ("Thousands attended a Sunday morning service at the cathedral.", "Sunday morning", "2025-10-19TMO"),
    # a noun or -ing word right after it, whatever the parse makes of it ("stabbing" may be read as a verb)
    ("Residents mourned after a Sunday morning stabbing at the market.", "Sunday morning", "2025-10-19TMO"),
])
def test_a_known_weekday_part_stays_dated(times, text, extent, value):
    assert (extent, value, "TIME") in times(text, DAY)


class _NoSpan:  # a parse with no tags (a blank tokenizer's): no noun can be seen to follow
    def __init__(self, text: str):
        import spacy

        self.doc = spacy.blank("en")(text)


def test_only_a_day_value_is_opened():
    # a weekday the stage already made a set or left without a value is not rewritten
    text = "They meet on a Monday"
    a = text.index("Monday")
    kept = [((a, a + 6), Norm("XXXX-WXX-1", "set", "SET")), ((a, a + 6), Norm(None, None))]
    assert [n for _, n in _indefinite_weekdays(text, _NoSpan(text), kept)] == [n for _, n in kept]


def test_the_opened_value_keeps_granularity_type_and_mod():
    text = "It came on a Friday night"
    a = text.index("Friday")
    kept = [((a, len(text)), Norm("2025-10-17TNI", "day", "TIME", "END"))]
    assert _indefinite_weekdays(text, _NoSpan(text), kept) == [((a, len(text)), Norm("XXXX-WXX-5TNI", "day", "TIME", "END"))]


# "the start/middle/end of the quarter" with no quarter named before: the current quarter, as "the end of the
# year" is the current year; in a past clause the last whose start, middle or end the document date has reached
@pytest.mark.parametrize("text, value", [
    ("The airline expects to break even by the end of the quarter.", "2025-Q4"),
    ("The merger should close before the middle of the quarter.", "2025-Q4"),
    ("The bank had $2 billion in cash at the end of the quarter.", "2025-Q3"),
    ("Orders slowed in the middle of the quarter, the company said.", "2025-Q3"),
    ("Orders slowed at the start of the quarter, the company said.", "2025-Q4"),
    # edges pinned: a quarter the text named stays the one under discussion; "the quarter" alone the latest ended
    ("Profit rose 5% in the second quarter. Cash fell at the end of the quarter.", "2025-Q2"),
    ("Profit rose 5% in the quarter, the company said.", "2025-Q3"),
    ("The chain expects sales to rise in the quarter.", "2025-Q3"),
])
def test_a_positioned_quarter_is_the_current_one(times, text, value):
    found = times(text, DAY)
    assert found[-1][1] == value


@pytest.mark.parametrize("text, day, tense, value", [
    ("the end of the quarter", "2027-05-06", "future", "2027-Q2"),  # (a month whose quarter is not the next month's)
    ("the middle of the quarter", "2027-05-06", "past", "2027-Q1"),  # its middle (May 16) not yet reached
    ("the start of the quarter", "2025-10-01", "past", "2025-Q4"),  # reached on its first day
    ("the middle of the quarter", "2025-11-10", "past", "2025-Q3"),  # Q4's middle is Nov. 15 ...
    ("the middle of the quarter", "2025-11-20", "past", "2025-Q4"),  # ... reached by Nov. 20
    ("the end of the quarter", "2025-12-31", "past", "2025-Q4"),  # reached on its last day
    ("the end of the quarter", "2025-12-30", "past", "2025-Q3"),
    # edge pinned: "the latest quarter" names the latest ended one, its end included
    ("the end of the latest quarter", "2025-10-22", "future", "2025-Q3"),
])
def test_the_position_reached_decides_in_a_past_clause(text, day, tense, value):
    assert normalize(text, dt.date.fromisoformat(day), tense).value == value


def test_a_positioned_quarter_without_a_date_is_a_quarter_with_no_value():
    assert normalize("the end of the quarter", None, "future") == Norm(None, "quarter", "DATE", "END", relative=True)
