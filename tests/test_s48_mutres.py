"""Session 48, s48-mutres: kills of surviving mutants of `times._Resolution`'s methods (docs/testing.md, "Session 48,
s48-mutres"); sentences of our own, through the pipeline. Each case is told once alone and once after a date named in
a sentence before it, so that a method reading the wrong neighbouring item (two back, not one) or the wrong resolved
value shows."""

from __future__ import annotations

import pytest

from stageutil import checked

_EARLIER = "The party met on Nov. 20. "  # a date in a sentence of its own, before the report


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        return [(t.text, t.value) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_past_a_report_tells_after_its_day_is_the_weekday_before_the_report(times, before):
    # told on Sunday Dec. 6: "Tuesday" is Dec. 1; the resignation she had made on "Friday" lies before that report,
    # so it is Friday Nov. 27, not Dec. 4, the Friday nearest the document date (`_from_report`, `before_last`)
    got = times(before + "Aides said Tuesday she had resigned on Friday.", "2026-12-06")
    assert got[-2:] == [("Tuesday", "2026-12-01"), ("Friday", "2026-11-27")]
    assert got[:-2] == ([("Nov. 20", "2026-11-20")] if before else [])


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_future_a_past_report_tells_is_the_weekday_after_the_report(times, before):
    # told on Wednesday Dec. 9: "Monday" is Dec. 7, and the vote that "would be held Tuesday" is the Tuesday after that
    # report, Dec. 8, not next week's (`_from_report`, `after_last`)
    got = times(before + "Officials said Monday the vote would be held Tuesday.", "2026-12-09")
    assert got[-2:] == [("Monday", "2026-12-07"), ("Tuesday", "2026-12-08")]


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_past_told_before_its_report_is_mended_from_the_reports_day(times, before):
    # the same past told first, the report's day after it: the "Friday" before is mended to the one before Tuesday
    # Dec. 1 once that day is known (`_mend_report_day`, `before_next`)
    got = times(before + "She had resigned on Friday, aides said Tuesday.", "2026-12-06")
    assert got[-2:] == [("Friday", "2026-11-27"), ("Tuesday", "2026-12-01")]
    assert got[:-2] == ([("Nov. 20", "2026-11-20")] if before else [])


@pytest.mark.parametrize("before", ["", _EARLIER])
def test_a_future_told_before_its_past_report_is_mended_from_the_reports_day(times, before):
    # "would be held Tuesday, officials said Monday", told on Wednesday Dec. 9: the Tuesday after Monday Dec. 7
    # (`_mend_report_day`, `after_next`)
    got = times(before + "The vote would be held Tuesday, officials said Monday.", "2026-12-09")
    assert got[-2:] == [("Tuesday", "2026-12-08"), ("Monday", "2026-12-07")]


@pytest.mark.parametrize("day, value", [("Monday", "2026-12-07"), ("Wednesday", "2026-12-02"),
                                        ("Thursday", "2026-12-03")])
def test_ahead_of_a_day_is_the_coming_one_only_when_one_or_two_days_ahead(times, day, value):
    # told on Sunday Dec. 6 with no report: "ahead of Monday's vote" is tomorrow; Wednesday (three days ahead, four
    # behind) and Thursday are the ones just past (`_relative_value`, the tense "ahead")
    assert times(f"Ahead of {day}'s vote, the party met.", "2026-12-06") == [(day, value)]


def test_a_month_after_the_document_month_takes_no_narrative_year(times):
    # "By May" after "March 2026", told in April 2026: May 2026 lies after now, so the narrative's year does not
    # carry to it; the pluperfect's strict past is May 2025 (`_in_narrative`)
    got = times("In March 2026 the talks collapsed. By May, fighting had resumed.", "2026-04-10")
    assert got == [("March 2026", "2026-03"), ("May", "2025-05")]


def test_a_day_in_the_document_month_continues_the_narrative(times):
    # told May 20, 2026: "May 25" in the narrative of March 2026 has the narrative's year (its month is not after the
    # document's), not the strict past's 2025 (`_in_narrative`: month against month, not month-and-day)
    got = times("In March 2026 the talks collapsed. On May 25, fighting had resumed.", "2026-05-20")
    assert got == [("March 2026", "2026-03"), ("May 25", "2026-05-25")]


@pytest.mark.parametrize("text, values", [
    ("On Oct. 16, 2019, the talks opened. On Oct. 22, they stalled. By Oct. 28, they had collapsed.",
     ["2019-10-16", "2019-10-22", "2019-10-28"]),
    ("In March 2019 the talks collapsed. By May, fighting had resumed. In July, the army withdrew.",
     ["2019-03", "2019-05", "2019-07"]),
])
def test_a_narrative_year_carries_past_the_second_date(times, text, values):
    # the third yearless date continues from the second, which itself took the narrative's year (`_relative_value`
    # records it in `narrated`)
    assert [v for _, v in times(text, "2026-12-06")] == values


def test_a_yearless_day_read_from_the_document_date_dates_no_later_day(times):
    # only a day written with its year dates a later mention of it: "March 3" told in the past is this year's, and
    # the future "March 3" after it is next year's, not the earlier one's year (`_dated_day`)
    text = "Voters went to the polls on March 3. The next election, on March 3, will be held abroad."
    assert times(text, "2026-06-10") == [("March 3", "2026-03-03"), ("March 3", "2027-03-03")]


@pytest.mark.parametrize("text, values", [
    ("The fire broke out on Tuesday morning. Later in the day, crews arrived.", ["2026-12-01TMO", "2026-12-01"]),
    ("The fire broke out at 9 a.m. Tuesday. The next morning, crews arrived.", ["2026-12-01T09:00", "2026-12-02TMO"]),
    ("The fire broke out on Tuesday morning, earlier than a year ago. Later in the day, crews arrived.",
     ["2026-12-01TMO", "2025", "2026-12-01"]),
])
def test_a_part_or_clock_time_of_a_day_makes_that_day_the_topic(times, text, values):
    # "later in the day", "the next morning" are told from the day a part or a clock time named, not the document
    # date; a comparison between them ("a year ago") is no topic (`_follow_topic`, its TIME branch)
    assert [v for _, v in times(text, "2026-12-06")] == values


def test_a_named_day_time_is_a_topic_with_no_since_bound(times):
    # told Jan. 2, 2027: "Tuesday morning" is Dec. 29, 2026 and makes that year the one "for the year" is about;
    # the stage starts with no "since" bound (`__init__`'s ref_bound)
    got = times("The store opened on Tuesday morning. For the year, sales rose.", "2027-01-02")
    assert got == [("Tuesday morning", "2026-12-29TMO"), ("the year", "2026")]


def test_the_year_after_a_since_bound_is_the_document_year(times):
    # "since 1997" starts a stretch reaching to now: "for the year" is not 1997 (`_reference`, `_follow_topic`'s
    # ref_bound)
    got = times("Exports are the highest since 1997. For the year, sales rose.", "2026-12-06")
    assert got == [("1997", "1997"), ("the year", "2026")]


@pytest.mark.parametrize("text, values", [
    ("Last weekend, protesters marched. That weekend, the police stayed away.", ["2026-W48-WE", "2026-W48-WE"]),
    ("The talks resumed last week. The following week, they ended.", ["2026-W49", "2026-W50"]),
])
def test_a_week_anaphor_reads_the_week_named_last(times, text, values):
    # "that weekend", "the following week" are told from the week named before (`_reference`'s week)
    assert [v for _, v in times(text, "2026-12-06")] == values


def test_two_apposed_quarters_keep_their_own_kind(pipeline):
    # "the year-ago quarter, the fiscal second quarter": one period, 2025-Q2 for both; each keeps its granularity,
    # type and mod when the year or the value is carried across (`_apposed_quarter`)
    text = "In the comparable year-ago quarter, the fiscal second quarter ended Oct. 31, the chain lost money."
    got = [(t.text, t.value, t.granularity, t.type, t.mod) for t in checked(pipeline, text, published="2026-12-06").times]
    assert got[:2] == [("the comparable year-ago quarter", "2025-Q2", "quarter", "DATE", None),
                       ("the fiscal second quarter", "2025-Q2", "quarter", "DATE", None)]
