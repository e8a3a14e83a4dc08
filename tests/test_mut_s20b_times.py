"""Session 20 (s20-muttime): mutmut 3.8.1's surviving mutants on the lines s20-time changed in times.py and
timex.py (docs/testing.md, "Session 20, s20-muttime"). Our own phrases and sentences; `select` and `normalize`
called directly where only the rule is under test."""

import pytest

from newsgraph.times import select
from newsgraph.timex import normalize
from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"


@pytest.mark.parametrize("phrase", [
    "five to three years",   # the upper bound below the lower: no range (_r_duration 23-25, 30)
    "seven to five days",
    "three to three weeks",  # equal bounds: no range (34: `<` for `<=`)
    "2.5 to 3 years",        # a decimal lower bound: TimeBank's ranges count whole units (31)
    "1.5 to 2 hours",
])
def test_a_range_reads_only_with_whole_rising_bounds(phrase):
    assert normalize(phrase) is None


@pytest.mark.parametrize("phrase, value", [("two to three weeks", "P2W"), ("10 or 12 years", "P10Y"),
                                           ("twenty to twenty-five minutes", "PT20M")])
def test_a_range_is_valued_by_its_lower_bound(phrase, value):
    assert normalize(phrase).value == value


def _body(a):
    return "body"


def test_from_at_the_very_start_of_a_text_still_parts_a_range():
    # (select 51: the look-back window clipped at 1 misses a "From" at offset 0)
    text = "From two to three weeks the plant was shut."
    a = text.index("two")
    assert select(text, [(a, text.index(" the"))], _body) == []


@pytest.mark.parametrize("gap", ["\n", "  ", "\n   ", "\n\n  "])
def test_between_then_a_line_break_or_spaces_still_parts_a_range(gap):
    # (select 53: the window of 9 characters held "between" and ONE space only; widened to 20)
    text = f"The wait is between{gap}two to six days."
    a = text.index("two")
    assert select(text, [(a, a + len("two to six days"))], _body) == []


def test_a_range_not_after_between_or_from_is_kept():
    text = "The wait is about two to six days."
    a = text.index("two")
    assert [(x, y, n.value) for x, y, n in select(text, [(a, a + 15)], _body)] == [(a, a + 15, "P2D")]


@pytest.mark.parametrize("text, span, value", [
    # (pattern_spans 34, 46: a hyphenated number is three tokens, so a modifier before it and a counted word
    # after it put the match's start six tokens before the unit; fixed: "duration" and "unit" reach back six)
    ("The works took more than twenty-five trading days.", "more than twenty-five trading days", "P25D"),
    ("Up to forty-five more years of payments lie ahead.", "Up to forty-five more years", "P45Y"),
    ("The crew lost at least thirty-five working days.", "at least thirty-five working days", "P35D"),
    ("The loan runs for up to twenty-two more months.", "up to twenty-two more months", "P22M"),
    ("It took more than twenty trading days.", "more than twenty trading days", "P20D"),  # edge pinned: one token
])
def test_a_modifier_before_a_hyphenated_number_and_a_counted_word_is_in_the_span(times, text, span, value):
    assert (span, value, "DURATION") in times(text, DATE), times(text, DATE)
