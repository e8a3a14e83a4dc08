"""Session 20 (s20-time): TIMEX3 classes found missing by our own sentences (scripts/timex_own_sets/s20_classes.tsv,
docs/accuracy.md "Session 20, s20-time"): hyphenated halves ("three-and-a-half years"), ranges of lengths ("two to
three weeks": one expression, its lower bound), numeric dates with a two-digit year ("03/02/98"). Sentences are our
own; cases marked "edge pinned" pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"  # a Wednesday


@pytest.mark.parametrize("text, span, value", [
    ("The drought lasted three-and-a-half years.", "three-and-a-half years", "P3Y6M"),
    ("The ban stayed in place for a year-and-a-half.", "a year-and-a-half", "P1Y6M"),
    ("The club gave him a two-and-a-half-year contract.", "two-and-a-half-year", "P2Y6M"),
    ("Talks ran for five-and-a-half hours.", "five-and-a-half hours", "PT5H30M"),
    ("The siege lasted two and a half years.", "two and a half years", "P2Y6M"),  # edge pinned: spaced
])
def test_hyphenated_half_is_one_duration(times, text, span, value):
    assert (span, value, "DURATION") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text, span, value", [
    ("Repairs will take two to three years.", "two to three years", "P2Y"),
    ("The strike could last three or four days.", "three or four days", "P3D"),
    ("Building the dam will take 10 to 15 years.", "10 to 15 years", "P10Y"),
    ("He faces seven to 10 years in prison.", "seven to 10 years", "P7Y"),
])
def test_a_range_of_lengths_is_one_expression_of_its_lower_bound(times, text, span, value):
    assert (span, value, "DURATION") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text, span, value", [
    ("The board cut the term from five to three years.", "three years", "P3Y"),  # "from": the new length
    ("The mine was shut for three years.", "three years", "P3Y"),
])
def test_edge_pinned_no_range_after_from(times, text, span, value):
    assert (span, value, "DURATION") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text", [
    "The wait is between two to six days.",  # "between": TimeML marks the bounds apart
    "The board cut the term from five to three years.",
])
def test_edge_pinned_no_range_after_between_or_from(times, text):
    assert not any(" to " in t for t, _, _ in times(text, DATE)), times(text, DATE)


@pytest.mark.parametrize("text, span, value", [
    ("The letter was dated 03/02/98.", "03/02/98", "1998-03-02"),
    ("The contract was signed on 2/14/98 in Paris.", "2/14/98", "1998-02-14"),
    ("The memo, dated 1/9/98, was leaked.", "1/9/98", "1998-01-09"),
    ("The 24/7 service opened on 3/1/98.", "3/1/98", "1998-03-01"),
])
def test_numeric_date_with_two_digit_year(times, text, span, value):
    assert (span, value, "DATE") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text", [
    "The ratio was 3/4/5 in the test.",
    "Visit www.example.com/1/2/98 for details.",
    "Shares rose 1/8 to 12 3/4.",
])
def test_no_numeric_date_in_figures_or_paths(times, text):
    assert times(text, DATE) == [], times(text, DATE)


@pytest.mark.parametrize("text, span", [
    ("Two or three years ago the plant was shut.", "three years ago"),  # a time: the ago reading stays
    ("Prices were lower 30 or 40 years ago.", "40 years ago"),
])
def test_a_range_before_ago_is_no_length(times, text, span):
    found = times(text, DATE)
    assert any(t == span and v[:1] != "P" for t, v, _ in found), found


@pytest.mark.parametrize("text", [
    "Only 17% of 18 to 24 year olds voted.",
    "The scheme pays 18 to 21 year olds less.",
])
def test_a_range_of_ages_is_no_time(times, text):
    assert times(text, DATE) == [], times(text, DATE)
