"""timex.normalize at anchors in every part of the year: the date arithmetic of relative
expressions, checked where a month, quarter or year boundary is near (test_timex.py anchors on
January dates, where `(month - 1) // 3` and `month // 3` agree)."""

import datetime as dt

import pytest

from newsgraph.timex import normalize

MAR15, APR1, JUN30, JUL1, DEC31 = (dt.date(2026, 3, 15), dt.date(2026, 4, 1), dt.date(2026, 6, 30),
                                   dt.date(2026, 7, 1), dt.date(2025, 12, 31))
QUARTERS = ["last quarter", "the previous quarter", "this quarter", "the current quarter", "next quarter",
            "two quarters ago", "in two quarters"]


@pytest.mark.parametrize("anchor, values", [
    (MAR15, ["2025-Q4", "2025-Q4", "2026-Q1", "2026-Q1", "2026-Q2", "2025-Q3", "2026-Q3"]),
    (APR1, ["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q2", "2026-Q3", "2025-Q4", "2026-Q4"]),
    (JUN30, ["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q2", "2026-Q3", "2025-Q4", "2026-Q4"]),
    (JUL1, ["2026-Q2", "2026-Q2", "2026-Q3", "2026-Q3", "2026-Q4", "2026-Q1", "2027-Q1"]),
    (DEC31, ["2025-Q3", "2025-Q3", "2025-Q4", "2025-Q4", "2026-Q1", "2025-Q2", "2026-Q2"]),
])
def test_relative_quarters(anchor, values):
    assert [normalize(t, anchor).value for t in QUARTERS] == values


@pytest.mark.parametrize("anchor, third, first", [
    (MAR15, "2025-Q3", "2026-Q1"), (JUL1, "2026-Q3", "2026-Q1"), (DEC31, "2025-Q3", "2025-Q1"),
])
def test_quarter_without_year_at_other_anchors(anchor, third, first):
    assert (normalize("the third quarter", anchor).value, normalize("the first quarter", anchor).value) == (third, first)
