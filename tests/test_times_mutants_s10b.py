"""Session 10 (s10-mutate3): tests written to kill the mutants of times.run that s10-mutate left open
(docs/testing.md, "Session 10, s10-mutate3"). Each pins today's behaviour at its exact values, through
the pipeline with the text's own publication date."""

import pytest


def _times(pipeline, text, published):
    return [(t.text, t.value, t.type) for t in pipeline.extract(text, published=published).times]


def test_the_night_an_event_names_drops_only_itself(pipeline):
    # "the night of the attack" is no time of its own, but the times after it in the text still count
    text = "Police arrived on the night of the attack and left on Friday."
    assert _times(pipeline, text, "2026-05-06") == [("Friday", "2026-05-01", "DATE")]


@pytest.mark.parametrize("text", [
    "Profit rose in the third quarter of 2025. In December, sales fell. The quarter ended well for the firm.",
    "Profit rose in the third quarter of 2025. In December, sales fell. The quarter was strong, the firm said.",
])
def test_the_quarter_is_the_last_quarter_named_not_the_last_month(pipeline, text):
    # a month named since ("In December") is the time under discussion, but "the quarter" is still the
    # quarter the report is about, not the one after December
    assert _times(pipeline, text, "2026-05-06") == [("the third quarter of 2025", "2025-Q3", "DATE"),
                                                    ("December", "2025-12", "DATE"),
                                                    ("The quarter", "2025-Q3", "DATE")]


def test_the_period_a_year_before_the_nine_months_with_no_time_named_before(pipeline):
    # with no time named before "the nine months", the year to date is the document's year
    text = "For the nine months, sales rose 5%. Sales in the period a year earlier fell."
    assert _times(pipeline, text, "2026-11-02") == [("the nine months", "P9M", "DURATION"),
                                                    ("the period a year earlier", "2025", "DATE")]


def test_the_period_a_year_before_the_nine_months_after_a_quarter(pipeline):
    # the year to date is the year of the quarter named before (its first four characters, "2026")
    text = "In the third quarter, sales rose. For the nine months, sales rose 5%. Sales in the period a year earlier fell."
    assert _times(pipeline, text, "2026-11-02") == [("the third quarter", "2026-Q3", "DATE"),
                                                    ("the nine months", "P9M", "DURATION"),
                                                    ("the period a year earlier", "2025", "DATE")]


def test_quarters_of_something_after_a_capitalised_article_are_a_time(pipeline):
    # "The last two quarters of the slump" at a sentence's start is a stretch of time, as with "the"
    # (only "three quarters of its loans", with no article, is a fraction)
    text = "The last two quarters of the slump were hard."
    assert _times(pipeline, text, "2026-05-06") == [("The last two quarters", "P2Q", "DURATION")]


@pytest.mark.parametrize("after", [', "to prepare,"', ' "to prepare"', " 'to prepare'"])
def test_the_day_before_closing_a_clause_is_no_new_topic_whatever_follows(pipeline, after):
    # "the day before" closing a clause is a comparison: "that night" is still Monday's, whether a comma
    # or a quotation follows it
    text = f"Officials met on Monday. Police said they came the day before{after} and left that night."
    got = _times(pipeline, text, "2026-05-06")
    assert got == [("Monday", "2026-05-04", "DATE"), ("the day before", "2026-05-03", "DATE"),
                   ("that night", "2026-05-04TNI", "TIME")]


@pytest.mark.parametrize("signal, mod", [("Since", "ON_OR_AFTER"), ("Until", "ON_OR_BEFORE")])
def test_a_dated_month_day_after_a_signal_keeps_the_year_the_text_gave(pipeline, signal, mod):
    # "Since Sept. 11" after "Sept. 11, 2001" is that day, as "the Sept. 11 attacks" is (was: last year's
    # Sept. 11, the signal hiding the month and day from the check; found studying mutants 748/753)
    text = f"On Sept. 11, 2001, planes struck. {signal} Sept. 11, nothing was the same."
    got = pipeline.extract(text, published="2026-05-09").times
    assert [(t.text, t.value, t.mod) for t in got] == [("Sept. 11, 2001", "2001-09-11", None),
                                                       ("Sept. 11", "2001-09-11", mod)]


@pytest.mark.parametrize("gap", [" ", "   ", " " * 17, " \n  "])
def test_a_cue_before_a_time_counts_behind_any_run_of_whitespace(pipeline, gap):
    # the cues read in a few characters before an expression count whitespace runs as one space
    # (was: a run longer than the window's slack hid them; found by run's one-character window mutants)
    published = "2026-05-06"  # a Wednesday
    assert _times(pipeline, f"Polls tightened ahead of{gap}Friday's vote.", published) == [("Friday", "2026-05-08", "DATE")]
    assert _times(pipeline, f"Good{gap}evening from Havana.", published) == []
    assert _times(pipeline, f"The plan costs $5 million{gap}a year.", published) == [("a year", "P1Y", "SET")]
