"""A half or quarter of a written year is not relative to the document date (session 12, lead; shown by
s12-mut-struct's run of _r_half: "1988's second half" was flagged relative)."""

import datetime as dt

import pytest

from newsgraph.timex import normalize

ANCHOR = dt.date(2026, 3, 15)


@pytest.mark.parametrize("text, value", [
    ("1988's second half", "1988-H2"),
    ("the second half of 1988", "1988-H2"),
])
def test_a_written_year_is_absolute(text, value):
    n = normalize(text, ANCHOR)
    assert n.value == value and not n.relative


def test_a_year_told_from_the_date_stays_relative():
    n = normalize("last year's second half", ANCHOR)
    assert n.value == "2025-H2" and n.relative


@pytest.mark.parametrize("text", ["2003-05-12", "the 1990s", "three years", "every Monday"])
def test_an_absolute_rule_is_never_relative(text):
    n = normalize(text, ANCHOR)
    assert n is not None and not n.relative
