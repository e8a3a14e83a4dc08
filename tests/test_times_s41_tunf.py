"""Session 41 (s41-tunf), from the STUDY half of gold/timeml_unfitted: a degree word grading a length's bound is part
of the TIMEX3 extent ("a little over two hours", "slightly more than two weeks": the guideline marks a modifier with
its expression, as the stage already does "more than"), and "a handful of" counts a length as "a few" does ("a
handful of days", PXD). Values are unchanged by the extent. Sentences are our own; the pinned edges pass before the
change and guard its limits ("just"/"only" stay out, as `times._SIGNAL` leaves them; "over" as "across" stays out)."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DAY = "2026-11-10"


@pytest.mark.parametrize("text, extent, value", [
    ("The hearing lasted a little over three hours before the judge adjourned it.", "a little over three hours", "PT3H"),
    ("The dockers' strike ended after slightly more than two weeks.", "slightly more than two weeks", "P2W"),
    ("Talks collapsed a little less than a month after they began.", "a little less than a month", "P1M"),
    ("Repairs to the dam will take a bit more than a week.", "a bit more than a week", "P1W"),
    ("The trial ran for somewhat longer than six months.", "somewhat longer than six months", "P6M"),
    ("The bridge stayed closed for well over a year.", "well over a year", "P1Y"),
    ("The siege lasted far longer than four months.", "far longer than four months", "P4M"),
    ("The strike lasted much longer than ten days.", "much longer than ten days", "P10D"),
    ("The inquiry took a good deal more than a year.", "a good deal more than a year", "P1Y"),
    ("The vote was held a lot less than two weeks later.", "a lot less than two weeks", "P2W"),
    ("The outage lasted A little over two days.", "A little over two days", "P2D"),
])
def test_a_degree_word_before_a_bound_is_in_the_extent(times, text, extent, value):
    assert (extent, value, "DURATION") in times(text, DAY)


@pytest.mark.parametrize("text, extent, value", [
    ("The truce held for a handful of days before shelling resumed.", "a handful of days", "PXD"),
    ("She spent a handful of years teaching in Lagos.", "a handful of years", "PXY"),
    ("A handful of months later, the factory reopened.", "A handful of months", "PXM"),
])
def test_a_handful_of_units_is_a_vague_length(times, text, extent, value):
    assert (extent, value, "DURATION") in times(text, DAY)


@pytest.mark.parametrize("text, extent, value", [
    ("Passengers waited just over an hour on the platform.", "over an hour", "PT1H"),  # "just" stays out
    ("The council met for more than two hours on Monday.", "more than two hours", "PT2H"),
    ("Bread prices rose a little over the past two weeks.", "the past two weeks", "P2W"),  # no bound in the extent
    ("The debt was repaid over five years.", "five years", "P5Y"),  # "over" as "across": the stretch alone
    ("The ferry sank barely two days after its inspection.", "barely two days", "P2D"),
    ("It rained a little, for more than two hours.", "more than two hours", "PT2H"),  # not next to the bound
])
def test_the_edges_hold(times, text, extent, value):
    assert (extent, value, "DURATION") in times(text, DAY)


def test_a_handful_of_things_is_no_time(times):
    assert times("The firm keeps a handful of offices in Asia.", DAY) == []


def _norm(type_, mod):
    from newsgraph.timex import Norm

    return Norm("PT3H", "hour", type_, mod)


@pytest.mark.parametrize("text, a, type_, mod, start", [
    ("a little over three hours", 9, "DURATION", "MORE_THAN", 0),
    ("well under three hours", 5, "DURATION", "LESS_THAN", 0),
    ("a little over three hours", 9, "DURATION", None, 9),  # no bound read: nothing to grade
    ("a little over noon", 9, "TIME", "MORE_THAN", 9),  # only a length's bound
    ("much at least three hours", 5, "DURATION", "EQUAL_OR_MORE", 5),  # the extent opens with no bound word
    ("a little, over three hours", 10, "DURATION", "MORE_THAN", 10),  # the degree word is not next to the bound
])
def test_graded_bound_start(text, a, type_, mod, start):
    from newsgraph.times import _graded_bound_start

    assert _graded_bound_start(text, a, len(text), _norm(type_, mod)) == start


# a quarter or half of "the year" told in a past clause, when the document date has not reached its start, is last
# year's (TIMEX3: the DCT anchors, the clause's tense sets the direction, as for a bare month); forecasts a past
# report tells keep the coming one, and so does a period already begun
@pytest.mark.parametrize("text, day, extent, value", [
    ("The retailer lost money in the third quarter of the year.", "2027-02-10", "the third quarter of the year", "2026-Q3"),
    ("The senator raised $5 million during the second quarter of the year.", "2027-02-10",
     "the second quarter of the year", "2026-Q2"),
    ("Exports grew strongly in the second half of the year.", "2027-02-10", "the second half of the year", "2026-H2"),
    ("The carmaker sold 40,000 vehicles in the fourth quarter of the year.", "2027-03-02",
     "the fourth quarter of the year", "2026-Q4"),
])
def test_a_past_clause_s_quarter_of_the_year_not_yet_begun_is_last_year_s(times, text, day, extent, value):
    assert (extent, value, "DATE") in times(text, day)


@pytest.mark.parametrize("text, day, extent, value", [
    ("The plant will reopen in the second quarter of the year.", "2027-02-10", "the second quarter of the year", "2027-Q2"),
    ("The company said it expected profits to recover in the second half of the year.", "2027-02-10",
     "the second half of the year", "2027-H2"),
    ("Sales fell in the second quarter of the year.", "2027-08-30", "the second quarter of the year", "2027-Q2"),
    ("Sales fell in the first quarter of the year.", "2027-01-01", "the first quarter of the year", "2027-Q1"),  # begun today
    ("Sales fell in the third quarter of this year.", "2027-02-10", "the third quarter of this year", "2027-Q3"),
    ("Revenue rose in the third quarter of 2026.", "2027-02-10", "the third quarter of 2026", "2026-Q3"),
])
def test_the_quarter_rule_s_edges_hold(times, text, day, extent, value):
    assert (extent, value, "DATE") in times(text, day)


def test_a_quarter_of_the_year_with_no_document_date_waits_for_one_at_quarter_granularity():
    from newsgraph.timex import normalize

    n = normalize("the third quarter of the year", tense="past")
    assert (n.value, n.granularity, n.relative) == (None, "quarter", True)
