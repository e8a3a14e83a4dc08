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
    got = [(t.value, t.type, t.granularity) for t in doc.times if t.text.lower() == "the day"]
    assert got == [(value, "DATE", "day")]


def test_the_day_beside_the_second_date_of_a_text(pipeline):
    doc = pipeline.extract("After talks on Monday, shares fell on Tuesday, the day after the vote.", published="2027-06-04")
    assert [(t.text, t.value) for t in doc.times] == [("Monday", "2027-05-31"), ("Tuesday", "2027-06-01"),
                                                      ("the day", "2027-06-01")]


@pytest.mark.parametrize("text", [
    "Shares fell on Tuesday, the day before yesterday.",  # one expression of its own
    "Shares fell in 2026, the day after the vote.",  # beside a year: no day
    "Shares fell on Tuesday. The day after the vote, they rose.",  # not beside it
    "Shares fell on Tuesday, the day they voted.",  # no before/after/of
])
def test_the_day_not_beside_a_date_is_not_taken_from_it(pipeline, text):
    doc = pipeline.extract(text, published="2027-06-04")
    assert not [t for t in doc.times if t.text.lower() == "the day"]


# --- "the 1800s" is a century, "the 1980s" a decade ---

@pytest.mark.parametrize("text, value, gran", [
    ("the 1800s", "18", "century"), ("the late 1800s", "18", "century"), ("the early 1900s", "19", "century"),
    ("1700s", "17", "century"),
    ("the 1980s", "198", "decade"), ("the 1910s", "191", "decade"), ("the 2000s", "200", "decade"),
    ("the 2010s", "201", "decade"),
    # the decades in words and in two digits (the older branches of the same rule)
    ("the nineties", "199", "decade"), ("the '20s", "192", "decade"), ("the '10s", "201", "decade"),
    ("the 90s", "199", "decade"),
])
def test_a_hundred_years_in_s_is_a_century(text, value, gran):
    from newsgraph.timex import normalize

    n = normalize(text)
    assert (n.value, n.granularity) == (value, gran)


def test_the_late_1800s_keeps_its_modifier():
    from newsgraph.timex import normalize

    assert normalize("the late 1800s").mod == "END"


# --- two ordinals sharing one quarter (half) and its year: two periods ---

@pytest.mark.parametrize("text, expected", [
    ("Sales rose in the second and fourth quarters of 2026, it said.",
     [("second", "2026-Q2"), ("fourth quarters of 2026", "2026-Q4")]),
    ("Sales rose in the first and third quarters in fiscal 2025.",
     [("first", "2025-Q1"), ("third quarters in fiscal 2025", "2025-Q3")]),
    ("Margins narrowed in fiscal 2025's first and second halves, it said.",
     [("fiscal 2025's first", "2025-H1"), ("second halves", "2025-H2")]),
    ("Costs rose in the First and Second Halves of 2024.",
     [("First", "2024-H1"), ("Second Halves of 2024", "2024-H2")]),
])
def test_coordinated_quarters_with_their_year(pipeline, text, expected):
    doc = pipeline.extract(text, published="2027-06-04")
    assert [(t.text, t.value) for t in doc.times] == expected
    assert [(t.type, t.granularity) for t in doc.times] == [("DATE", "quarter" if "-Q" in v else "half") for _, v in expected]


@pytest.mark.parametrize("text, expected", [
    # the other times of the text stay; a pair that names no period does not stop the search
    ("In March, sales rose in the second and fourth quarters of 2026, and fell on Monday.",
     [("March", "2027-03"), ("second", "2026-Q2"), ("fourth quarters of 2026", "2026-Q4"), ("Monday", "2027-05-31")]),
    ("Costs rose in the second and third halves of 2024 and in the first and second quarters of 2025.",
     [("2024", "2024"), ("first", "2025-Q1"), ("second quarters of 2025", "2025-Q2")]),
])
def test_coordinated_quarters_among_other_times(pipeline, text, expected):
    doc = pipeline.extract(text, published="2027-06-04")
    assert [(t.text, t.value) for t in doc.times] == expected


@pytest.mark.parametrize("text", [
    "Most sales come in the second and fourth quarters, it said.",  # no year: any year's
    "Sales rose in the third and fourth quarters, in 2025 and 2026.",  # the year is not theirs
    "Costs rose in the second and third halves of 2024.",  # no third half
])
def test_coordinated_quarters_without_their_year_name_no_period(pipeline, text):
    doc = pipeline.extract(text, published="2027-06-04")
    assert not [t for t in doc.times if "-Q" in (t.value or "") or "-H" in (t.value or "")]


# --- a part or a time of a named day makes that day the one under discussion ---
# 2027-06-04 is a Friday: the Tuesday before it 2027-06-01

@pytest.mark.parametrize("text, expr, value", [
    ("The minister arrived Tuesday morning and left later in the day.", "later in the day", "2027-06-01"),
    ("The minister arrived Tuesday morning. She met the president the next day.", "the next day", "2027-06-02"),
    ("The minister arrived at 9 a.m. Tuesday. She met the president the same day.", "the same day", "2027-06-01"),
    ("The minister arrived Tuesday night and met the president the following morning.", "the following morning",
     "2027-06-02TMO"),
])
def test_a_part_of_a_named_day_is_the_day_under_discussion(times, text, expr, value):
    assert value_of(times(text, "2027-06-04"), expr) == value


def test_a_clock_time_alone_does_not_move_the_day_under_discussion(times):
    # "at 9 a.m." takes the day last named; the day under discussion stays Tuesday
    found = times("The minister arrived Tuesday. At 9 a.m., she met the president, and left later in the day.", "2027-06-04")
    assert value_of(found, "later in the day") == "2027-06-01"


def test_a_night_told_from_the_day_does_not_become_the_day_under_discussion(times):
    # "the night before" is told from Tuesday, as "the day before" is: Tuesday stays the day under discussion
    found = times("The minister arrived Tuesday. She had slept little the night before, and left later in the day.",
                  "2027-06-04")
    assert value_of(found, "the night before") == "2027-05-31TNI"
    assert value_of(found, "later in the day") == "2027-06-01"


# --- a stretch of two units is one duration ---

@pytest.mark.parametrize("text, expr, value", [
    ("He has been in office for three years and two months.", "three years and two months", "P3Y2M"),
    ("The siege lasted two days and six hours.", "two days and six hours", "P2DT6H"),
    ("She served 10 years and six months in prison.", "10 years and six months", "P10Y6M"),
    ("It took an hour and 20 minutes to get there.", "an hour and 20 minutes", "PT1H20M"),
    ("The talks ran for one week and two days.", "one week and two days", "P1W2D"),
    ("The race took two minutes and five seconds.", "two minutes and five seconds", "PT2M5S"),
])
def test_two_units_make_one_duration(times, text, expr, value):
    found = times(text, "2027-06-04")
    assert [(t, v) for t, v, _ in found] == [(expr, value)]
    assert found[0][2] == "DURATION"
    from newsgraph.timex import normalize

    assert normalize(expr).granularity == "duration"


@pytest.mark.parametrize("text, expected", [
    ("The talks lasted two days and three nights.", [("two days", "P2D"), ("three nights", "P3D")]),
    ("The strike lasted two months and three years.", [("two months", "P2M"), ("three years", "P3Y")]),  # smaller first
    ("The project took five years and cost $2 million.", [("five years", "P5Y")]),
    ("It ended two years and two months ago.", [("two years", "P2Y"), ("two months ago", "2027-04")]),
])
def test_what_is_no_two_unit_duration(times, text, expected):
    assert [(t, v) for t, v, _ in times(text, "2027-06-04")] == expected


@pytest.mark.parametrize("text", ["three years and 2.5 months", "three years and two years", "two weeks and two quarters",
                                  "two months and three years", "zero years and two months", "two days and three nights"])
def test_a_two_unit_duration_needs_whole_numbers_and_a_smaller_second_unit(text):
    from newsgraph.timex import normalize

    assert normalize(text) is None
