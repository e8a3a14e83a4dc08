"""Session 12 (s12-timeml): TimeML readings checked with our own sentences, each failing on the code before
it (or pinning an edge of one)."""

import pytest

from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- a dated dateline is the day the story was written: its relative times are told from it ---
# 2027-06-04 is a Friday, 2027-06-05 a Saturday; 2026-12-31 a Thursday, 2027-01-01 a Friday

@pytest.mark.parametrize("text, published, expr, value", [
    ("LISBON, June 4 (Xinhua) --\n\nThe cabinet approved the budget today, the minister said.",
     "2027-06-05", "today", "2027-06-04"),
    ("LISBON, June 4 (Xinhua) --\n\nThe cabinet had met yesterday to discuss the budget.",
     "2027-06-05", "yesterday", "2027-06-03"),
    ("LISBON, June 4 (Xinhua) --\n\nThe cabinet will meet tomorrow to approve the budget.",
     "2027-06-07", "tomorrow", "2027-06-05"),  # three days before the publication date
    ("LISBON, December 31 (Xinhua) --\n\nThe cabinet approved the budget today, the minister said.",
     "2027-01-01", "today", "2026-12-31"),  # the year before
    ("LISBON, June 4 (Xinhua) --\n\nThe cabinet approved the budget today, the minister said.",
     "2027-06-04", "today", "2027-06-04"),  # the same day
])
def test_a_dated_dateline_anchors_the_story(times, text, published, expr, value):
    assert value_of(times(text, published), expr) == value


@pytest.mark.parametrize("text, published, expr, value", [
    # after the publication date, or more than three days before it: the publication date stays the anchor
    ("LISBON, June 6 (Xinhua) --\n\nThe cabinet approved the budget today, the minister said.",
     "2027-06-05", "today", "2027-06-05"),
    ("LISBON, June 1 (Xinhua) --\n\nThe cabinet approved the budget today, the minister said.",
     "2027-06-05", "today", "2027-06-05"),
    # no date in the dateline
    ("LISBON (Xinhua) --\n\nThe cabinet approved the budget today, the minister said.",
     "2027-06-05", "today", "2027-06-05"),
])
def test_a_dateline_far_from_the_publication_date_is_not_the_anchor(times, text, published, expr, value):
    assert value_of(times(text, published), expr) == value


def test_the_dateline_leaves_the_publication_date_as_given(pipeline):
    doc = pipeline.extract("LISBON, June 4 (Xinhua) --\n\nThe cabinet approved the budget today.", published="2027-06-05")
    assert doc.published.value == "2027-06-05"
    assert [(t.text, t.value) for t in doc.times] == [("June 4", "2027-06-04"), ("today", "2027-06-04")]


# --- "the day" set beside a date is that day ---
# 2027-06-04 is a Friday: the Tuesday before it 2027-06-01

@pytest.mark.parametrize("text, value", [
    ("Shares fell on Tuesday, the day after the vote, and recovered later.", "2027-06-01"),
    ("The index peaked on May 12, the day before the crash, traders said.", "2027-05-12"),
    ("The rally was held on May 3, the day of the election.", "2027-05-03"),
    ("The rally was held on May 3, The Day of the election.", "2027-05-03"),
])
def test_the_day_beside_a_date_is_that_day(pipeline, text, value):
    doc = pipeline.extract(text, published="2027-06-04")
    got = [(t.text, t.value, t.type) for t in doc.times if t.text.lower() == "the day"]
    assert [(g[1], g[2]) for g in got] == [(value, "DATE")]


@pytest.mark.parametrize("text", [
    "Shares fell on Tuesday, the day before yesterday.",  # one expression of its own
    "Shares fell in 2026, the day after the vote.",  # beside a year: no day
    "Shares fell on Tuesday. The day after the vote, they rose.",  # not beside it
    "Shares fell on Tuesday, the day they voted.",  # no before/after/of
])
def test_the_day_not_beside_a_date_is_not_taken_from_it(pipeline, text):
    doc = pipeline.extract(text, published="2027-06-04")
    assert not [t for t in doc.times if t.text.lower() == "the day"]
