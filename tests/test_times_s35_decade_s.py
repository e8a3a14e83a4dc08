"""Session 35 (s35-tval): a decade whose plural is spelt with an apostrophe ("the 1990's", the New York Times' house
style of the 1990s) is the decade, as "the 1990s" is (TIMEX3: three digits, mod START/MID/END for early/mid/late),
and its span keeps the "'s"; the possessive of a year ("1990's budget", no "the" or "mid-" before it) stays the year
(docs/accuracy.md "Session 35, s35-tval"; scripts/timex_own_sets/s35_decade_s.tsv, labelled before any run). Own
sentences, none from an evaluation corpus. On 1ad32c65's code every decade case here is the year (1990, 1980...)."""

import pytest

from newsgraph import timex
from newsgraph.times import _trim
from stageutil import checked

DATE = "2027-04-21"


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.type, t.mod) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, expected", [
    ("Unemployment soared in the 1980's, the report said.", ("the 1980's", "198", "DATE", None)),
    ("The mill closed in the early 1970's.", ("the early 1970's", "197", "DATE", "START")),
    ("Oil prices collapsed in the mid-1980's.", ("the mid-1980's", "198", "DATE", "MID")),
    ("Since the late 1990's, the city has doubled in size.", ("the late 1990's", "199", "DATE", "END")),
    ("The 2010's brought a wave of mergers.", ("The 2010's", "201", "DATE", None)),
    ("Building codes written in the 1920’s still apply.", ("the 1920’s", "192", "DATE", None)),
    ("Mid-1970's designs were copied widely.", ("Mid-1970's", "197", "DATE", "MID")),
])
def test_apostrophe_decade_is_the_decade(times, text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("2020's budget was cut twice.", ("2020", "2020", "DATE", None)),
    ("The bank repeated 1990's mistakes, critics said.", ("1990", "1990", "DATE", None)),
    ("Sales beat 1989's level by far.", ("1989", "1989", "DATE", None)),
    ("Unemployment soared in the 1980s.", ("the 1980s", "198", "DATE", None)),
])
def test_year_possessive_stays_the_year(times, text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, end, plural", [
    ("in the 1990's", 13, True),
    ("in the early 1990's", 19, True),
    ("in the late 1990's", 18, True),
    ("in the mid 1990's", 17, True),
    ("mid-1990's", 10, True),
    ("the 1990’s", 10, True),
    ("1990's", 6, False),       # a year's possessive
    ("the 1995's", 10, False),  # not a decade
    ("the 1490's", 10, False),  # before the years the stage reads
    ("the 2100's", 10, False),
    ("then 1990's", 11, False),  # "the" must be a word of its own
    ("the1990's", 9, False),
    ("the 1990's", 9, False),   # `end` must close the "'s"
])
def test_decade_plural(text, end, plural):
    assert timex.decade_plural(text, end) is plural


def test_decade_plural_reads_only_up_to_end():
    # the text after `end` does not count, and a long text before it is read only near `end`
    assert timex.decade_plural("x" * 100 + " the 1990's budget", 111)
    assert not timex.decade_plural("the 1990's budget", 17)


def test_trim_keeps_a_decade_plural_and_drops_a_possessive():
    assert _trim("in the 1990's", 3, 13) == (3, 13)
    assert _trim("in 1990's", 3, 9) == (3, 7)


def test_clean_keeps_a_decade_plural():
    assert timex.clean("the 1990's") == "the 1990's"
    assert timex.clean("1990's") == "1990"
    assert timex.clean("the mid-1980’s") == "the mid-1980's"
