"""TimeML constructions found on the TimeBank/AQUAINT dev documents (session 9), each written here as a
general construction of news in our own sentences: a day an expression names becoming the day under
discussion, a time before a clause's complementizer, fractions, a coordinated day number, vague
stretches, a year-ago stretch of months, and the weekday-with-part-of-day setting."""

import pytest

from newsgraph.model import check_offsets
from newsgraph.pipeline import Pipeline
from newsgraph.stage import Options
from newsgraph.times import TimesSettings, TimesStage


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published):
        doc = pipeline.extract(text, published=published)
        assert check_offsets(doc) == []
        return [(t.text, t.value, t.type) for t in doc.times]
    return run


def value_of(found, text):
    return next(v for t, v, _ in found if t == text)


# 2026-05-08 is a Friday: last Tuesday 2026-05-05, the day before it 2026-05-04

def test_the_day_before_a_named_day_is_the_day_under_discussion(times):
    found = times("The day before last Tuesday's hearing, he went to his brother's home. He was taken to a "
                  "hospital and appeared in court the next morning.", "2026-05-08")
    assert value_of(found, "The day before last Tuesday") == "2026-05-04"
    assert value_of(found, "the next morning") == "2026-05-05TMO"  # not the morning after the document date


@pytest.mark.parametrize("text, value", [
    # the parser hangs "on Thursday" on "do" inside the that-clause (a modal: the coming Thursday)
    ("The prime minister, meanwhile, brushed aside sharp warnings from Beijing on Thursday that new tariffs "
     "on steel could do lasting damage to relations with the region.", "2026-05-07"),
    ("Officials said on Thursday that the talks would resume.", "2026-05-07"),
    # the matrix clause itself looks ahead
    ("The minister will announce on Thursday that the plant is closing.", "2026-05-14"),
])
def test_a_weekday_before_a_that_clause_takes_the_matrix_tense(times, text, value):
    assert value_of(times(text, "2026-05-08"), "Thursday") == value


@pytest.mark.parametrize("text", [
    "Junk funds account for more than a quarter of the entire high-yield market.",
    "The bank wrote off three quarters of its loans to developers.",
])
def test_a_quarter_of_something_is_a_fraction(times, text):
    assert times(text, "2026-05-08") == []


@pytest.mark.parametrize("text, expr, value", [
    ("Profits fell for two quarters in a row.", "two quarters", "P2Q"),
    ("The first quarter of the year was weak.", "The first quarter of the year", "2026-Q1"),
    # a stretch the article "the" opens is time whatever it is of
    ("Sales rose in the first two quarters of the company's fiscal year.", "the first two quarters", "P2Q"),
])
def test_quarters_of_time_stay_times(times, text, expr, value):
    assert value_of(times(text, "2026-05-08"), expr) == value


def test_a_day_number_coordinated_with_a_date_is_a_day(times):
    found = times("The alliance's summit will be held in Washington on April 24 and 25.", "2026-02-10")
    assert ("April 24", "2026-04-24", "DATE") in found
    assert ("25", "2026-04-25", "DATE") in found


@pytest.mark.parametrize("text", [
    "On April 24 and 25 delegates voted.",  # a count of delegates, not a day
    "The shares were sold on April 24 and 3 were bought back.",  # a count again
    "The shares traded on April 24 and 3.",  # not a later day of the month
])
def test_a_number_after_a_date_is_not_always_a_day(times, text):
    assert [t for t, _, _ in times(text, "2026-05-08")] == ["April 24"]


@pytest.mark.parametrize("text, expr, value", [
    ("Over the years, many more patients have died waiting.", "years", "PXY"),
    ("In the years that followed, the guerrillas waged war on the army.", "years", "PXY"),
    ("Funds may have to sell their bonds in the weeks ahead.", "weeks ahead", "PXW"),
])
def test_vague_stretches_of_the_units(times, text, expr, value):
    assert value_of(times(text, "2026-05-08"), expr) == value


@pytest.mark.parametrize("text", [
    "The car was seen near the house in the days before the shooting.",  # a stretch an event bounds
    "In the years of war, the town lost half its people.",
    "The firm owed back taxes for the years from 2000 onwards.",
])
def test_the_units_bounded_by_an_event_or_noun_are_not_marked(times, text):
    assert [v for _, v, _ in times(text, "2026-05-08") if v.startswith("PX")] == []


def test_a_year_ago_stretch_of_months_is_a_duration(times):
    found = times("Net for the nine months rose 56%. Net for the year-earlier nine months included a gain. "
                  "In the year-earlier period, the company had net of $77 million.", "2026-10-26")
    assert ("the year-earlier nine months", "P9M", "DURATION") in found
    assert ("the year-earlier period", "P9M", "DURATION") in found


def test_after_a_quarter_the_year_ago_period_is_still_the_quarter(times):
    found = times("Net for the nine months rose 56%. Third-quarter net rose 5%. In the year-ago period, it "
                  "lost money.", "2026-10-26")
    assert ("the year-ago period", "2025-Q3", "DATE") in found


# --- a weekday with its part of day: TimeML's value by default, TimeBank's day alone when asked ---

TEXT = "Police said the man was arrested on Friday night. The mayor spoke last night."


def test_weekday_parts_are_kept_by_default(times):
    found = times(TEXT, "2026-05-04")  # a Monday: last Friday 2026-05-01
    assert ("Friday night", "2026-05-01TNI", "TIME") in found
    assert ("last night", "2026-05-03TNI", "TIME") in found


def test_weekday_parts_as_timebank_writes_them():
    pipe = Pipeline(Options(check_language=False, stages={"times": TimesSettings(weekday_parts=False)}),
                    stages=[TimesStage])
    doc = pipe.extract(TEXT, published="2026-05-04")
    found = [(t.text, t.value, t.type) for t in doc.times]
    assert ("Friday night", "2026-05-01", "DATE") in found
    assert ("last night", "2026-05-03TNI", "TIME") in found  # a day word keeps its part


def test_the_timeml_evaluator_scores_the_times_stage_as_a_user_runs_it():
    from newsgraph.evaluate import timeml

    assert "times" not in timeml.pipeline_options().stages
    assert TimesSettings().weekday_parts is True
