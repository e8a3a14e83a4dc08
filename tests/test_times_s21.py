"""Session 21 (s21-time): general TimeML readings chosen from the errors of the STUDY half of dev only (dev
documents whose sha1(file stem) ends in an even hex digit; docs/accuracy.md "Session 21, s21-time"). Sentences
are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"  # a Wednesday


@pytest.mark.parametrize("text, span, value, type_", [
    # "in past years" is "in recent years" said another way: PAST_REF, as "recent years"
    ("There were floods in past years, too.", "past years", "PAST_REF", "DATE"),
    ("Harvests failed during past decades as well.", "past decades", "PAST_REF", "DATE"),
    ("In past months the mill hired forty workers.", "past months", "PAST_REF", "DATE"),
    # with the determiner, a stretch whose length is not said, as "over the years" and "the past few years"
    ("Over the past years the port has doubled its trade.", "the past years", "PXY", "DURATION"),
    # (session 34: in a present perfect "recent years" is the stretch up to now, PXY; a past simple keeps PAST_REF)
    ("In recent years the port has doubled its trade.", "recent years", "PXY", "DURATION"),
    ("In recent years the port doubled its trade.", "recent years", "PAST_REF", "DATE"),  # edge pinned
    ("Over the past few years the port has grown.", "the past few years", "PXY", "DURATION"),  # edge pinned
])
def test_past_units_without_a_number_are_a_vague_past(times, text, span, value, type_):
    assert (span, value, type_) in times(text, DATE), times(text, DATE)


@pytest.mark.parametrize("text", [
    "The past tense is hard to learn.",  # edge pinned: no unit
    "He was tried for past crimes.",  # edge pinned: no unit
])
def test_past_without_a_time_unit_is_no_time(times, text):
    assert times(text, DATE) == [], times(text, DATE)


# 2027-03-10 is a Wednesday: Monday 2027-03-08, the Tuesday after it 2027-03-09 (yesterday)
@pytest.mark.parametrize("text, span, value", [
    # a future told from a past report is told from the report's day (TimeML's anchor is the time of telling)
    ("The minister said on Monday that the vote would be held on Tuesday.", "Tuesday", "2027-03-09"),
    ("The minister said Monday the vote would be held Tuesday.", "Tuesday", "2027-03-09"),
    ("The vote would be held Tuesday, the minister said Monday.", "Tuesday", "2027-03-09"),
    ("The board said on March 2 that the plant would reopen on Friday.", "Friday", "2027-03-05"),
    # edge pinned: a report made on the document's day, and "will" (told from now, not backshifted)
    ("The minister said on Wednesday that the vote would be held on Friday.", "Friday", "2027-03-12"),
    ("The minister said Monday the vote will be held Tuesday.", "Tuesday", "2027-03-16"),
    # edge pinned: a past told in the report lies before the report's day (session 18's reading)
    ("The minister said Monday that the vote was held Tuesday.", "Tuesday", "2027-03-02"),
])
def test_a_weekday_a_past_report_tells_as_its_future_follows_the_report(times, text, span, value):
    assert (span, value, "DATE") in times(text, DATE), times(text, DATE)


def test_a_reported_future_in_another_sentence_keeps_the_document_date(times):
    # edge pinned: the report's day anchors only the clause it governs
    found = times("The minister spoke on Monday. The vote would be held on Tuesday, aides hoped.", DATE)
    assert ("Tuesday", "2027-03-09", "DATE") not in found, found


@pytest.mark.parametrize("text, span", [
    # a year a relative clause closes is the stretch "the fiscal year ended June 30" already was: TimeML's P1Y
    ("Profit fell in the fiscal year that ended in June.", "the fiscal year"),
    ("Profit fell in the financial year, which ended in March.", "the financial year"),
    ("Sales will rise in the fiscal year that ends in June.", "the fiscal year"),
    ("Profit fell in the fiscal year ended June 30.", "the fiscal year"),  # edge pinned
    ("Profit fell in the year to June.", "the year"),  # edge pinned
])
def test_a_year_a_relative_clause_ends_is_a_stretch(times, text, span):
    assert (span, "P1Y", "DURATION") in times(text, DATE), times(text, DATE)


def test_a_year_that_ends_as_a_clause_of_its_own_stays_the_year(times):
    # edge pinned: "the fiscal year ends in June" says when this year ends; the year is this one
    assert ("The fiscal year", "2027", "DATE") in times("The fiscal year ends in June.", DATE)
