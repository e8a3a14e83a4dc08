"""Session 35 (s35-tval): a clock written without a.m./p.m. before a deictic part of day ("at 7:45 this morning", "at
11 last night", "at 9 o'clock tomorrow morning") is one TIME, the clock on the day the part names, its half of the day
given by the part (morning before noon; afternoon, evening, night after it): timex._r_clock_part, FIND_PATTERNS 50.
A bare number with no clock-introducing word before it is a count ("killed 11 last night": times._count_before_part).
Own sentences, none from an evaluation corpus (scripts/timex_own_sets/s35_clockpart.tsv, labelled before any run).
On 1ad32c65's code each clock case here gives the part of day alone (2027-04-21TMO ...)."""

import datetime as dt

import pytest

from newsgraph import timex
from newsgraph.times import _count_before_part
from stageutil import checked

DATE = "2027-04-21"  # a Wednesday


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.type) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, expected", [
    ("The first shots were fired at 7:45 this morning.", ("7:45 this morning", "2027-04-21T07:45", "TIME")),
    ("The blaze was put out at 11 last night.", ("11 last night", "2027-04-20T23:00", "TIME")),
    ("The president will speak at 9 tonight.", ("9 tonight", "2027-04-21T21:00", "TIME")),
    ("The convoy leaves at 6 tomorrow morning.", ("6 tomorrow morning", "2027-04-22T06:00", "TIME")),
    ("Rescuers reached the mine at 3:30 this afternoon.", ("3:30 this afternoon", "2027-04-21T15:30", "TIME")),
    ("The ship docked at 7 yesterday evening.", ("7 yesterday evening", "2027-04-20T19:00", "TIME")),
    ("The bells rang at 9 o'clock this morning.", ("9 o'clock this morning", "2027-04-21T09:00", "TIME")),
    ("The talks resume at 10 o’clock tomorrow morning.", ("10 o’clock tomorrow morning", "2027-04-22T10:00", "TIME")),
    ("AT 6:30 THIS EVENING the gates close.".capitalize(), ("6:30 this evening", "2027-04-21T18:30", "TIME")),
    ("The index closed at 14:30 this afternoon.", ("14:30 this afternoon", "2027-04-21T14:30", "TIME")),
])
def test_clock_before_a_deictic_part_of_day(times, text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("The storm killed 11 last night.", ("last night", "2027-04-20TNI", "TIME")),
    ("Shares rose 2.45 this morning in Tokyo.", ("this morning", "2027-04-21TMO", "TIME")),
    ("The home side scored 3 this afternoon, the coach said.", ("this afternoon", "2027-04-21TAF", "TIME")),
])
def test_a_count_before_a_part_of_day_is_no_clock(times, text, expected):
    assert times(text) == [expected]


@pytest.mark.parametrize("words, value", [
    ("7:45 this morning", "2027-04-21T07:45"),
    ("12 this morning", "2027-04-21T00:00"),   # midnight, the morning's first hour
    ("12 this afternoon", "2027-04-21T12:00"),  # noon
    ("11 this morning", "2027-04-21T11:00"),
    ("1 this afternoon", "2027-04-21T13:00"),
    ("6 last night", "2027-04-20T18:00"),
    ("11 last night", "2027-04-20T23:00"),
    ("10 tomorrow night", "2027-04-22T22:00"),
    ("15:30 this afternoon", "2027-04-21T15:30"),  # a 24-hour clock as written
    ("at 8 this evening", "2027-04-21T20:00"),
    ("9 o'clock tonight", "2027-04-21T21:00"),
    ("22:00 tonight", "2027-04-21T22:00"),
    ("18:30 last night", "2027-04-20T18:30"),
    ("23:15 tonight", "2027-04-21T23:15"),
])
def test_clock_part_values(words, value):
    got = timex.normalize(words, dt.date(2027, 4, 21), "past")
    assert (got.value, got.type, got.granularity) == (value, "TIME", "time")


@pytest.mark.parametrize("words", ["2 last night", "12 last night", "5 tonight", "13:00 tonight",
                                   "17 tonight", "24 tonight", "13 this morning", "20 this morning"])
def test_clock_part_left_unread(words):
    # a night hour after midnight or at twelve is ambiguous; a 24-hour clock is no morning hour
    assert timex.normalize(words, dt.date(2027, 4, 21), "past") is None


def test_clock_part_without_a_date_is_relative():
    got = timex.normalize("7:45 this morning", None, None)
    assert (got.value, got.type, got.granularity) == (None, "TIME", "time")


@pytest.mark.parametrize("text, a, b, count", [
    ("killed 11 last night", 7, 20, True),
    ("scored 3 this afternoon", 7, 23, True),
    ("said 9:30 tonight", 5, 17, True),
    ("at 11 last night", 3, 16, False),
    ("by 9 tonight", 3, 12, False),
    ("until  6 tomorrow morning", 7, 25, False),  # any whitespace after the cue
    ("before \n        9 tonight", 16, 25, False),  # a line break and an indent count as one space
    ("Around 9 tonight", 7, 16, False),
    ("thereat 9 tonight", 8, 17, True),
    ("Until 6 tomorrow morning", 6, 24, False),
    ("at last night", 3, 13, False),    # no number: not this shape
    ("killed 11 last nights", 7, 21, False),
    ("sat 9 tonight", 4, 13, True),     # "at" must be a word of its own
])
def test_count_before_part(text, a, b, count):
    assert _count_before_part(text, a, b) is count
