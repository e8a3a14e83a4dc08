"""Session 43 (s43-timeset), from the STUDY half of gold/timeml_unfitted_2: an "ago" time whose count is missing or is
"a couple" without "of" was not found unless the parser's entity held it. TIMEX3 marks "years ago" as a DATE before
the document's time, distance unknown (PAST_REF), and "a couple" counts two as "a couple of" does ("a couple months
ago" is the month two months back). Sentences are our own; the edges pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DAY = "2027-05-14"


@pytest.mark.parametrize("text, extent", [
    ("She said she first met the senator years ago in Chicago.", "years ago"),
    ("If someone had told him that years ago, he would have listened.", "years ago"),
    ("The well ran dry many decades ago, villagers said.", "many decades ago"),
    ("Some months ago the board quietly dropped the plan.", "Some months ago"),
    ("Years ago the square held a weekly market.", "Years ago"),
    ("The monks built the chapel centuries ago on the ridge.", "centuries ago"),
    ("The firm laid off staff some weeks ago, a spokesman said.", "some weeks ago"),
])
def test_a_plural_unit_ago_with_no_count_is_a_past_ref_date(times, text, extent):
    assert (extent, "PAST_REF", "DATE") in times(text, DAY)


@pytest.mark.parametrize("text, extent, value", [
    ("I think I was asked this a couple months ago, and I said no.", "a couple months ago", "2027-03"),
    ("He sold them this a couple weeks ago for cash.", "a couple weeks ago", "2027-W17"),
])
def test_a_couple_without_of_counts_two(times, text, extent, value):
    assert (extent, value, "DATE") in times(text, DAY)


@pytest.mark.parametrize("text, extent, value, type_", [
    ("The school opened ten years ago with forty pupils.", "ten years ago", "2017", "DATE"),
    ("A couple of years ago the band split up.", "A couple of years ago", "2025", "DATE"),
    ("They have lived there for years.", "years", "PXY", "DURATION"),  # no "ago": a length, as before
])
def test_the_edges_hold(times, text, extent, value, type_):
    assert (extent, value, type_) in times(text, DAY)



def test_a_singular_unit_before_ago_is_no_bare_ago_time(times):
    """"the year ago quarter" (a compound, not a time before the document's): only plurals count back unknown."""
    assert not [t for t in times("Profit rose 5% from the year ago quarter.", DAY) if t[1] == "PAST_REF"]
