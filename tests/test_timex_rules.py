"""timex's rule functions one by one, with hand-made inputs (no spaCy): the TIMEX3 value and
granularity of each reading at anchors across the year (month ends, leap days, year ends, ISO week
53, quarters), and the granularity a relative expression keeps when there is no document date.

Written to kill the mutants `scripts/mutate.py timex` left alive (docs/testing.md, session 4): each
table row pins one reading a one-token change of the rule would get wrong."""

import datetime as dt

import pytest

from newsgraph import timex
from newsgraph.timex import normalize

D = dt.date


def _ctx(anchor=None, tense=None, ref=None, mod=None, strict=False):
    return timex._Ctx(anchor, tense, None, ref, mod, strict)


def _unit_rel(rel, unit, anchor=None, ref=None):
    return timex._r_unit_rel({"rel": rel, "the": None, "unit": unit}, _ctx(anchor, ref=ref))


def _rel_gran(fn):
    """The granularity a rule reports when it needs a date it has not got."""
    with pytest.raises(timex._Rel) as e:
        fn()
    return e.value.granularity


# --- _r_unit_rel: this/last/next day|week|weekend|month|year|decade|century -------------------------

BACK = ("last", "previous", "prior", "preceding")  # "past" too (below), read the same way
THIS = ("this", "current")
AHEAD = ("next", "coming", "upcoming")

# anchor -> unit -> (this, last, next); 2026 has an ISO week 53 (it starts on a Thursday)
UNIT_REL = {
    D(2026, 1, 1): {  # a Thursday, in ISO week 2026-W01
        "day": ("2026-01-01", "2025-12-31", "2026-01-02"),
        "week": ("2026-W01", "2025-W52", "2026-W02"),
        "weekend": ("2026-W01-WE", "2025-W52-WE", "2026-W02-WE"),
        "month": ("2026-01", "2025-12", "2026-02"),
        "year": ("2026", "2025", "2027"),
        "decade": ("202", "201", "203"),
        "century": ("20", "19", "21"),
    },
    D(2024, 2, 29): {  # leap day
        "day": ("2024-02-29", "2024-02-28", "2024-03-01"),
        "week": ("2024-W09", "2024-W08", "2024-W10"),
        "weekend": ("2024-W09-WE", "2024-W08-WE", "2024-W10-WE"),
        "month": ("2024-02", "2024-01", "2024-03"),
        "year": ("2024", "2023", "2025"),
    },
    D(2025, 12, 31): {  # a Wednesday in ISO week 2026-W01
        "day": ("2025-12-31", "2025-12-30", "2026-01-01"),
        "week": ("2026-W01", "2025-W52", "2026-W02"),
        "month": ("2025-12", "2025-11", "2026-01"),
        "year": ("2025", "2024", "2026"),
    },
    D(2027, 1, 3): {  # a Sunday, still in 2026-W53
        "week": ("2026-W53", "2026-W52", "2027-W01"),
        "weekend": ("2026-W53-WE", "2026-W52-WE", "2027-W01-WE"),
        "month": ("2027-01", "2026-12", "2027-02"),
    },
    D(2019, 7, 4): {
        "decade": ("201", "200", "202"),
        "century": ("20", "19", "21"),
    },
    D(2000, 6, 15): {  # 2000 is in the century "20" (values count centuries by their first two digits)
        "decade": ("200", "199", "201"),
        "century": ("20", "19", "21"),
    },
}
GRAN = {"weekend": "week"}


@pytest.mark.parametrize("anchor, unit, this, last, nxt",
                         [(a, u, *v) for a, units in UNIT_REL.items() for u, v in units.items()])
def test_unit_rel_every_word_at_anchors(anchor, unit, this, last, nxt):
    gran = GRAN.get(unit, unit)
    for words, value in ((THIS, this), (BACK, last), (AHEAD, nxt)):
        for rel in words:
            assert _unit_rel(rel, unit, anchor) == (value, gran), (rel, unit)


def test_unit_rel_past_reads_as_last():
    assert _unit_rel("past", "month", D(2026, 1, 1)) == ("2025-12", "month")


@pytest.mark.parametrize("text, value, gran", [
    ("the previous year", "2025", "year"), ("next month", "2026-04", "month"), ("last week", "2026-W10", "week"),
    ("this weekend", "2026-W11-WE", "week"), ("the coming decade", "203", "decade"),
    ("the current century", "20", "century"), ("the preceding day", "2026-03-14", "day"),
])
def test_unit_rel_through_normalize(text, value, gran):
    n = normalize(text, D(2026, 3, 15))
    assert (n.value, n.granularity, n.relative) == (value, gran, True)


@pytest.mark.parametrize("unit, gran", [("day", "day"), ("week", "week"), ("weekend", "week"),
                                        ("month", "month"), ("year", "year"), ("decade", "decade"),
                                        ("century", "century")])
def test_unit_rel_without_anchor_keeps_its_granularity(unit, gran):
    assert _rel_gran(lambda: _unit_rel("last", unit)) == gran


@pytest.mark.parametrize("rel, unit, ref, value", [
    ("same", "year", "2003", ("2003", "year")),
    ("that", "year", "2003-Q2", ("2003", "year")),
    ("following", "year", "2003-11-05", ("2004", "year")),
    ("same", "month", "2003-11", ("2003-11", "month")),
    ("that", "month", "2003-11-05", ("2003-11", "month")),
    ("following", "month", "2003-11", ("2003-12", "month")),
    ("following", "month", "2003-12-31", ("2004-01", "month")),  # across the year end
    ("same", "day", "2026-01-19", ("2026-01-19", "day")),
    ("that", "day", "2026-01-19TMO", ("2026-01-19", "day")),  # a part of a day: that day
    ("following", "day", "2024-02-28", ("2024-02-29", "day")),
    ("following", "day", "2025-12-31", ("2026-01-01", "day")),
])
def test_unit_rel_anaphoric_counts_from_the_last_time_named(rel, unit, ref, value):
    assert _unit_rel(rel, unit, D(2026, 3, 15), ref) == value


@pytest.mark.parametrize("rel, unit, ref, gran", [
    ("same", "day", None, "day"),  # no time named yet
    ("that", "month", None, "month"),
    ("same", "week", "2026-01-19", "week"),  # only day, month and year are counted from a time named
    ("following", "decade", "2003", "decade"),
    ("that", "month", "2003", "month"),  # a year names no month
    ("that", "month", "2003-Q2", "month"),
    ("same", "day", "2003-11", "day"),  # a month names no day
    ("following", "day", "PAST_REF", "day"),
])
def test_unit_rel_anaphoric_without_a_fitting_time_is_relative(rel, unit, ref, gran):
    assert _rel_gran(lambda: _unit_rel(rel, unit, D(2026, 3, 15), ref)) == gran
