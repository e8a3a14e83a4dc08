"""Session 26 (s26-time): three general readings of issue 13 (docs/accuracy.md "Session 26, s26-time"): a "since"
bound in what a report says, the part of a month or season a past verb happened in, and "the following day" with no
day named before it. Sentences are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

WED = "2024-03-13"  # a Wednesday: the Friday before it is 03-08, the Tuesday before that 03-05, the last Tuesday 03-12


@pytest.mark.parametrize("text", [
    # a "since" bound in what a report says looks back from the report's day, whatever the told verb's tense
    "Officials said Friday the vote would be the first since Tuesday.",
    "Officials said Friday that the vote will be the first since Tuesday.",
    "The vote would be the first since Tuesday, officials said Friday.",
    "The agency said on Friday the price would be the highest since Tuesday.",
])
def test_since_in_a_report_is_before_the_reports_day(times, text):
    found = times(text, WED)
    assert ("Friday", "2024-03-08", "DATE") in found
    assert ("Tuesday", "2024-03-05", "DATE") in found


@pytest.mark.parametrize("text, value", [
    # edges pinned: no report day (the document date), a told future day (after the report's day), the report's
    # own weekday, a bound "until", a past told clause (session 18's reading), a sentence between report and bound
    ("The vote has been delayed since Tuesday.", "2024-03-12"),
    ("Officials said Friday the vote would be held Tuesday.", "2024-03-12"),
    ("Officials said Friday the market had been closed until Tuesday.", "2024-03-12"),
    ("Officials said Friday that the vote was the first since Tuesday.", "2024-03-05"),
    ("Officials said Friday the border has been closed since Tuesday.", "2024-03-05"),
    ("Officials spoke Friday. The vote would be the first since Tuesday.", "2024-03-12"),
])
def test_other_tuesdays_stay(times, text, value):
    assert ("Tuesday", value, "DATE") in times(text, WED)


def test_since_the_reports_own_weekday_is_that_day(times):
    found = times("Officials said Friday the vote would be the first since Friday.", WED)
    assert [v for _, v, _ in found] == ["2024-03-08", "2024-03-08"]


@pytest.mark.parametrize("text, date, found", [
    # the part of a month or season a finite past verb happened in must have begun by the document date
    ("Fighting resumed in late March.", "2024-03-12", ("late March", "2023-03", "DATE")),
    ("Fighting resumed at the end of March.", "2024-03-12", ("the end of March", "2023-03", "DATE")),
    ("Fighting resumed in late March.", "2024-03-20", ("late March", "2023-03", "DATE")),
    ("Talks collapsed in mid-March.", "2024-03-10", ("mid-March", "2023-03", "DATE")),
    ("Fighting resumed in late spring.", "2024-03-12", ("late spring", "2023-SP", "DATE")),
    ("Fighting had resumed by late March, officials said.", "2024-03-12", ("late March", "2023-03", "DATE")),
])
def test_a_past_part_has_begun(times, text, date, found):
    assert found in times(text, date)


@pytest.mark.parametrize("text, date, found", [
    # edges pinned: the part has begun (the late third from the 21st, the middle third from the 11th of March);
    # an early part, a whole month; a plan, a future; another month
    ("Fighting resumed in late March.", "2024-03-21", ("late March", "2024-03", "DATE")),
    ("Talks collapsed in mid-March.", "2024-03-11", ("mid-March", "2024-03", "DATE")),
    ("Talks collapsed in early March.", "2024-03-02", ("early March", "2024-03", "DATE")),
    ("Talks collapsed in March.", "2024-03-02", ("March", "2024-03", "DATE")),
    ("The company agreed to sell the unit in late March.", "2024-03-12", ("late March", "2024-03", "DATE")),
    ("The company will sell the unit in late March.", "2024-03-12", ("late March", "2024-03", "DATE")),
    ("Talks collapsed in late February.", "2024-03-12", ("late February", "2024-02", "DATE")),
    ("Fighting resumed in late winter.", "2024-03-12", ("late winter", "2023-WI", "DATE")),
])
def test_a_begun_or_coming_part_stays(times, text, date, found):
    assert found in times(text, date)


@pytest.mark.parametrize("text, found", [
    # a day after a day the text never named, told as past: some past day, no value (not the day after the
    # document date, still to come)
    ("The minister resigned the following day.", ("the following day", None, "DATE")),
    ("The minister resigned the next day.", ("the next day", None, "DATE")),
    ("The minister resigned the next morning.", ("the next morning", None, "TIME")),
    ("Protests began last week. The following day, police moved in.", ("The following day", None, "DATE")),
])
def test_a_past_next_day_with_no_day_named_has_no_value(times, text, found):
    assert found in times(text, WED)


@pytest.mark.parametrize("text, found", [
    # edges pinned: a day named before it; a future; a plan (no finite past verb's own time: session 4's reading,
    # the day after the document date, stays); the previous day (the document date's eve)
    ("The minister was arrested on Monday. He resigned the following day.", ("the following day", "2024-03-12", "DATE")),
    ("The minister will resign the following day.", ("the following day", "2024-03-14", "DATE")),
    ("The minister agreed to resign the following day.", ("the following day", "2024-03-14", "DATE")),
    ("The result will be announced the next day.", ("the next day", "2024-03-14", "DATE")),
    ("The minister resigned the previous day.", ("the previous day", "2024-03-12", "DATE")),
])
def test_other_next_days_stay(times, text, found):
    assert found in times(text, WED)
