"""Session 19 (s19b-mut): tests that kill surviving mutants of s19's two-digit-year reading in
timex.py (`normalize`'s fallback and `_with_short_year`; docs/testing.md, "Session 19, s19b-mut").
Our own expressions."""

import datetime as dt

import pytest

from newsgraph.timex import normalize

ANCHOR = dt.date(1998, 6, 1)


def test_a_short_year_hangs_on_the_document_date():
    got = normalize("March '97", ANCHOR)
    assert (got.value, got.granularity, got.relative) == ("1997-03", "month", True)  # relative: 73, 75, 76
    got = normalize("'05", dt.date(2026, 3, 4))
    assert (got.value, got.relative) == ("2005", True)


def test_without_a_document_date_a_short_year_is_a_time_of_unknown_value():
    got = normalize("the summer of '96", None)
    assert (got.value, got.granularity, got.relative) == (None, "season", True)  # value None: 28


@pytest.mark.parametrize("anchor", [ANCHOR, None])
def test_a_short_year_in_no_time_expression_is_none(anchor):
    assert normalize("banana '96", anchor) is None  # (24, 71: no Norm to mark relative)


@pytest.mark.parametrize("anchor", [ANCHOR, None])
def test_the_other_arguments_reach_the_reading(anchor):
    # a tense, a day, a reference value and strict given: the written year still decides (14-18, 60-64)
    got = normalize("March '97", anchor, tense="PAST", day="1998-05-30", ref="1995", strict=True)
    assert got.granularity == "month" and got.value == ("1997-03" if anchor else None)
