"""Session 20b (s20b-time): small general readings left by s20-time / s20-muttime (docs/accuracy.md "Session 20,
s20b-time"). An "ago" phrase is a point counted back from the document date (TimeML: a DATE, not a length), also
when an approximating modifier and a hyphenated number open it, and for a clock unit shorter than a day (the
document's own day: a text dated to the day says no finer). Sentences are our own; "edge pinned" cases pass before
the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"  # a Wednesday


@pytest.mark.parametrize("text, span, value", [
    ("The mill closed about twenty-five years ago.", "about twenty-five years ago", "2002"),
    ("Nearly twenty-one months ago the plant opened.", "Nearly twenty-one months ago", "2025-06"),
    ("The treaty was signed almost thirty-five years ago.", "almost thirty-five years ago", "1992"),
    ("She left the firm thirty-two years ago.", "thirty-two years ago", "1995"),  # edge pinned: no modifier
    ("The bridge fell about 25 years ago.", "about 25 years ago", "2002"),  # edge pinned: digits
])
def test_a_modified_hyphenated_ago_phrase_is_a_point(times, text, span, value):
    assert (span, value, "DATE") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text, span", [
    ("The alarm sounded about forty-five minutes ago.", "about forty-five minutes ago"),
    ("The polls closed two hours ago.", "two hours ago"),
    ("The quake struck roughly 90 minutes ago.", "roughly 90 minutes ago"),
])
def test_minutes_or_hours_ago_are_the_document_day(times, text, span):
    assert (span, DATE, "DATE") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text, span, value", [
    ("The works took about twenty-five years.", "about twenty-five years", "P25Y"),  # a length stays a length
    ("The meeting lasted forty-five minutes.", "forty-five minutes", "PT45M"),
])
def test_edge_pinned_a_length_without_ago_stays_a_length(times, text, span, value):
    assert (span, value, "DURATION") in times(text, DATE), times(text, DATE)


def test_a_day_or_more_of_hours_ago_is_no_point_of_that_day(times):
    found = times("The ship sank 30 hours ago.", DATE)
    assert not any(v == DATE for _, v, _ in found), found


# --- a part of every day: TimeML writes the part of day in a date of placeholders ("Tuesday nights" is
# XXXX-WXX-2TNI), so "every morning" is XXXX-XX-XXTMO, not the bare period P1D ---

@pytest.mark.parametrize("text, span, value", [
    ("The bakery opens at six each morning.", "each morning", "XXXX-XX-XXTMO"),
    ("Guards patrol the border every evening.", "every evening", "XXXX-XX-XXTEV"),
    ("The town floods every night in spring.", "every night", "XXXX-XX-XXTNI"),
    ("Each afternoon the market falls quiet.", "Each afternoon", "XXXX-XX-XXTAF"),
])
def test_a_part_of_every_day_is_a_set_of_that_part(times, text, span, value):
    assert (span, value, "SET") in times(text, DATE), times(text, DATE)


def test_edge_pinned_every_day_stays_p1d(times):
    assert ("every day", "P1D", "SET") in times("The ferry sails every day.", DATE)


# --- "per" a calendar unit: a rate, a SET as "a year" in "$50,000 a year" is ---

@pytest.mark.parametrize("text, span, value", [
    ("Exports grew 3% per year.", "per year", "P1Y"),
    ("The plant makes 200 cars per day.", "per day", "P1D"),
    ("Subscribers pay $9 per month.", "per month", "P1M"),
    ("The fund pays out twice per year.", "twice per year", "P1Y"),  # edge pinned: the count stays in the span
])
def test_per_a_calendar_unit_is_a_set(times, text, span, value):
    assert (span, value, "SET") in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text", [
    "The car reached 120 miles per hour.",  # a unit of measure, not a time
    "Her heart beat 90 times per minute.",
])
def test_no_set_in_a_rate_of_hours_or_minutes(times, text):
    assert not any(t.startswith("per ") for t, _, _ in times(text, DATE)), times(text, DATE)
