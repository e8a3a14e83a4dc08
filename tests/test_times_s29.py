"""Session 29 (s29-quarter): two quarter families our own probe sets (scripts/timex_own_sets/s29_quarter.tsv and
s29_second.tsv, labelled from the TimeML/TIMEX3 guidelines before any run; docs/accuracy.md "Session 29,
s29-quarter") found wrong: "the previous/prior/preceding/following quarter" told from the quarter the text is about
(TimeML anchors "the previous X" to the time under discussion, as the stage already did for weeks and days), and
"the same period/quarter last year / a year earlier / a year before / of last year" as one expression, the quarter
under discussion a year back. Sentences are our own (none from the probe sets or a corpus); cases marked "edge
pinned" pass before the change and guard its limits."""

import pytest

from stageutil import checked

DATE = "2027-05-19"  # a Wednesday in the second quarter: the latest reported quarter is 2027-Q1


@pytest.fixture(scope="module")
def timexes(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.type) for t in checked(pipeline, text, published=published).times]
    return run


# --- "the previous quarter" after a quarter the text named ---------------------------------------------------------

@pytest.mark.parametrize("text, span, value", [
    ("Deliveries in the first quarter rose 6% from the preceding quarter.", "the preceding quarter", "2026-Q4"),
    ("Bookings fell in the fourth quarter of 2026 and recovered in the following quarter.", "the following quarter",
     "2027-Q1"),
    ("Output in the latest quarter was below the prior quarter.", "the prior quarter", "2026-Q4"),
    ("Profit in the second quarter of 2025 doubled from the previous quarter.", "the previous quarter", "2025-Q1"),
    ("Revenue in the first quarter of 2024 equalled the next quarter's.", "the next quarter", "2024-Q2"),
    # a month or a day the text named: the quarter it lies in is the one under discussion
    ("In August 2026, orders were higher than in the previous quarter.", "the previous quarter", "2026-Q2"),
    ("On Nov. 3, 2025, the lender said losses had narrowed from the previous quarter.", "the previous quarter",
     "2025-Q3"),
])
def test_the_previous_quarter_is_told_from_the_quarter_under_discussion(timexes, text, span, value):
    got = timexes(text)
    assert (span, value, "DATE") in got, got


@pytest.mark.parametrize("text, span, value", [
    ("Sales fell last quarter.", "last quarter", "2027-Q1"),  # edge pinned: no "the": from the document date
    ("Growth will pick up next quarter.", "next quarter", "2027-Q3"),  # edge pinned
    ("The company expects a profit in the current quarter.", "the current quarter", "2027-Q2"),  # edge pinned
    # edge pinned: no time named: the document's quarter
    ("Margins narrowed in the previous quarter.", "the previous quarter", "2027-Q1"),
    # edge pinned: a year the text named is coarser than a quarter: the document date says which quarter
    ("Sales in 2026 rose, but margins narrowed in the previous quarter.", "the previous quarter", "2027-Q1"),
])
def test_a_quarter_with_no_quarter_to_count_from_is_told_from_the_document_date(timexes, text, span, value):
    got = timexes(text)
    assert (span, value, "DATE") in got, got


# --- "the same period last year" -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, value, type_", [
    ("Freight volumes in the first quarter rose 3% from the same period last year.", "the same period last year",
     "2026-Q1", "DATE"),
    ("Bookings in the first quarter beat the same quarter a year earlier.", "the same quarter a year earlier",
     "2026-Q1", "DATE"),
    ("Sales in the fourth quarter of 2026 trailed the same period a year before.", "the same period a year before",
     "2025-Q4", "DATE"),
    ("Rents in the first quarter were up from the same quarter of last year.", "the same quarter of last year",
     "2026-Q1", "DATE"),
    ("Fares in the first quarter fell below the quarter a year before.", "the quarter a year before", "2026-Q1", "DATE"),
    # after "the nine months" the comparison is with nine months a year before: a length, as "the year-earlier period"
    ("For the nine months, net rose 5% from the same period last year.", "the same period last year", "P9M",
     "DURATION"),
    # a text about no quarter: last year at least, as "last year" alone said before
    ("Inflation stayed below the level of the same period last year.", "the same period last year", "2026", "DATE"),
])
def test_the_same_period_a_year_back_is_one_expression(timexes, text, span, value, type_):
    got = timexes(text)
    assert (span, value, type_) in got, got
    assert not any(t[0] in ("last year", "a year") for t in got), got  # no piece of it left as a time of its own


def test_the_same_period_without_a_year_back_is_no_time(timexes):
    got = timexes("Prices rose in the same period.")  # edge pinned: no comparison named, nothing to date
    assert got == [], got


def test_a_month_opening_a_quarter_lies_in_that_quarter(timexes):
    # April opens the second quarter: the quarter before it is the first (a month's quarter is (month - 1) // 3)
    got = timexes("In April 2026, orders fell below the previous quarter.")
    assert ("the previous quarter", "2026-Q1", "DATE") in got, got
    got = timexes("In January 2026, orders fell below the previous quarter.")
    assert ("the previous quarter", "2025-Q4", "DATE") in got, got


def test_the_granularity_is_the_quarter_or_the_year_the_value_names(pipeline):
    # what date inference and the stages after read: a quarter told from a quarter is a quarter; "the same period
    # last year" in a text about no quarter is a year
    doc = pipeline.extract("Sales in the third quarter of 2025 fell from the preceding quarter.", published=DATE)
    assert [(t.value, t.granularity) for t in doc.times] == [("2025-Q3", "quarter"), ("2025-Q2", "quarter")]
    doc = pipeline.extract("Inflation stayed below the level of the same period last year.", published=DATE)
    assert [(t.value, t.granularity) for t in doc.times] == [("2026", "year")]


def test_the_same_period_last_year_without_a_document_date(pipeline):
    # no document date, a month under discussion (no quarter): last year is unknown, relative, a year
    from newsgraph.timex import normalize
    got = normalize("the same period last year", None, "past", ref="2024-05")
    assert (got.value, got.granularity, got.type, got.relative) == (None, "year", "DATE", True)
