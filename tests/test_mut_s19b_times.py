"""Session 19 (s19b-mut): tests that kill surviving mutants of s19's changed lines in times.py (the
half of a thing, the season after "a", the weekday inside a name; docs/testing.md, "Session 19,
s19b-mut"). Our own sentences."""

import pytest

from test_times_timebank import times  # noqa: F401 (the fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"


@pytest.mark.parametrize("text, kept", [
    # an expression passed over is not the last one read: the times after it are still found (run 299, 358, 416)
    ("The second half of the match was played on Friday.", "Friday"),
    ("The children went to a summer camp on Friday.", "Friday"),
    ("The Sunday Times reported the story on Friday.", "Friday"),
])
def test_times_after_one_passed_over_are_read(times, text, kept):
    assert kept in [t for t, _, _ in times(text, DATE)]

