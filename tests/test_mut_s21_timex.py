"""Session 21, s21-mut: survivors of timex's `_r_ago` and `_clock_ago` (changed or new since their last run,
0259a20) against every timex test file (docs/testing.md, "Session 21, s21-mut"). Own phrases, through
`normalize`."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.timex import normalize

DOC_DAY = dt.date(2026, 5, 4)


@pytest.mark.parametrize("text", ["forty-five minutes ago", "two hours ago", "30 seconds ago"])
def test_a_moment_ago_without_a_document_date_is_an_unknown_day(text):
    # _clock_ago 5, 8, 9 (the granularity of the unknown value): a day, as with a date it is that day
    n = normalize(text)
    assert (n.value, n.granularity, n.type) == (None, "day", "DATE")
    assert normalize(text, DOC_DAY).value == "2026-05-04"


def test_later_with_no_time_named_before_stays_unknown():
    # (the rule _r_ago 99/100 mutate, `sign <= 0` / `sign < 1`: equivalent, the sign is -1 or 1) "two months
    # later" with nothing named is not counted from the document date, as "two months earlier" is
    later = normalize("two months later", DOC_DAY)
    assert (later.value, later.granularity) == (None, "month")
    assert normalize("two months after", DOC_DAY).value is None
    assert normalize("two months earlier", DOC_DAY).value == "2026-03"
    assert normalize("two months later", DOC_DAY, ref="2025-01").value == "2025-03"
