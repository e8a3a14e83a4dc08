"""TimeML conventions for anchoring and sets (session 7): each test is a general rule of the TIMEX3
guidelines, written with our own sentences, not a sentence of a corpus."""

import datetime as dt

import pytest

from stageutil import checked

from newsgraph.timex import normalize


def by_text(doc):
    return {t.text: t for t in doc.times}


@pytest.fixture(scope="module")
def extract(pipeline):
    def run(text, **meta):
        return checked(pipeline, text, **meta)
    return run


# --- anaphora: "the next week", "that week", "the day before" count from the time under discussion ---

@pytest.mark.parametrize("follow, text, value", [
    ("The next week, workers went on strike.", "The next week", "1997-W24"),
    ("The following week, workers went on strike.", "The following week", "1997-W24"),
    ("The previous week, workers had gone on strike.", "The previous week", "1997-W22"),
    ("That week, workers went on strike.", "That week", "1997-W23"),
    ("Earlier that week, workers had gone on strike.", "Earlier that week", "1997-W23"),
    ("The day before, workers went on strike.", "The day before", "1997-06-02"),
    ("Workers went on strike the day after.", "the day after", "1997-06-04"),
    ("Workers had struck the night before.", "the night before", "1997-06-02TNI"),
    ("The week before, workers had gone on strike.", "The week before", "1997-W22"),
])
def test_week_and_day_anaphora_count_from_the_day_named(extract, follow, text, value):
    doc = extract("The plant opened on June 3, 1997. " + follow, published="2026-01-21")
    assert by_text(doc)[text].value == value


@pytest.mark.parametrize("first, follow, text, value", [
    ("in June 1997", "The next month, workers went on strike.", "The next month", "1997-07"),
    ("in June 1997", "The previous month, workers had struck.", "The previous month", "1997-05"),
    ("in June 1997", "The month after, workers went on strike.", "The month after", "1997-07"),
    ("in 1991", "The next year, workers went on strike.", "The next year", "1992"),
    ("in 1991", "The previous year, workers had struck.", "The previous year", "1990"),
    ("in 1991", "The year before, workers had struck.", "The year before", "1990"),
    ("in 1991", "In March the previous year, workers had struck.", "March the previous year", "1990-03"),
    ("in 1991", "That summer, workers went on strike.", "That summer", "1991-SU"),
    ("in March 1991", "Later that spring, workers went on strike.", "that spring", "1991-SP"),
])
def test_month_year_and_season_anaphora_count_from_the_time_named(extract, first, follow, text, value):
    doc = extract(f"The plant opened {first}. {follow}", published="2026-01-21")
    assert by_text(doc)[text].value == value


def test_the_next_year_as_a_stretch_ahead_is_counted_from_now(extract):
    # "over the next year": the year ahead of the document date, whatever the text named before
    doc = extract("The plant opened in 1991. Sales will grow over the next year.", published="2026-01-21")
    assert by_text(doc)["the next year"].value == "2027"


def test_without_a_time_named_the_next_week_is_the_document_dates():
    assert normalize("the next week", dt.date(2026, 1, 21)).value == "2026-W05"
    assert normalize("the previous month", dt.date(2026, 1, 21)).value == "2025-12"
    assert normalize("that week", dt.date(2026, 1, 21)).value is None  # "that" needs a time named


def test_the_day_before_an_event_is_not_read_alone(extract):
    doc = extract("The plant opened in 1991. Workers struck the day before the opening.", published="2026-01-21")
    assert [t.text for t in doc.times] == ["1991"]


# --- sets: TimeML's SET values for regular recurrences ---

@pytest.mark.parametrize("sentence, text, value", [
    ("The council meets every two weeks.", "every two weeks", "P2W"),
    ("The council meets every six months.", "every six months", "P6M"),
    ("The council meets every other day.", "every other day", "P2D"),
    ("The council meets every few days.", "every few days", "PXD"),
    ("The council meets twice a week.", "twice a week", "P1W"),
    ("Three times a year the council meets.", "Three times a year", "P1Y"),
    ("The council meets once a month.", "once a month", "P1M"),
    ("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("He works Friday nights.", "Friday nights", "XXXX-WXX-5TNI"),
    ("The council meets every Monday morning.", "every Monday morning", "XXXX-WXX-1TMO"),
    ("Floods come every spring.", "every spring", "XXXX-SP"),
])
def test_recurrences_are_sets(extract, sentence, text, value):
    t = by_text(extract(sentence, published="2026-01-21"))[text]
    assert (t.value, t.type) == (value, "SET")


def test_a_weekday_night_is_still_one_night(extract):
    t = by_text(extract("He worked Friday night.", published="2026-01-21"))["Friday night"]  # a Wednesday
    assert (t.value, t.type) == ("2026-01-16TNI", "TIME")


# --- tense: a past event's bare month is the last one, as for a finite past verb ---

@pytest.mark.parametrize("sentence, value", [
    ("The vote was held in November.", "2025-11"),  # a past passive
    ("The accord, signed in November, took effect.", "2025-11"),  # a reduced relative
    ("The vote was scheduled for November.", "2026-11"),  # a plan still looks ahead
    ("A dividend is payable in November.", "2026-11"),
])
def test_past_passives_take_the_last_month(extract, sentence, value):
    doc = extract(sentence, published="2026-10-15")
    assert by_text(doc)["November"].value == value


def test_a_year_earlier_before_any_time_is_named_is_a_year_before_the_document(extract):
    doc = extract("Prices were 4% higher than a year earlier.", published="2026-10-15")
    assert by_text(doc)["a year earlier"].value == "2025"


@pytest.mark.parametrize("sentence, text, value", [
    ("It lost money in the fourth quarter of fiscal 2025.", "the fourth quarter of fiscal 2025", "2025-Q4"),
    ("It reported results for the fiscal 2025 first quarter.", "the fiscal 2025 first quarter", "2025-Q1"),
])
def test_a_fiscal_quarter_with_its_year_is_one_expression(extract, sentence, text, value):
    doc = extract(sentence, published="2026-01-21")
    assert [(t.text, t.value) for t in doc.times] == [(text, value)]


def test_the_previous_year_is_a_comparison_not_a_new_topic(extract):
    # "up from 287 the previous year" compares with 2003; "for the year" is still the year reported, 2004
    doc = extract("Films released rose to 310 in 2004 from 287 the previous year. Sales were 497bn yen for the year.",
                  published="2005-03-15")
    got = by_text(doc)
    assert (got["the previous year"].value, got["the year"].value) == ("2003", "2004")


def test_plural_weekdays_in_a_name_are_no_set(extract):
    doc = extract("The series ends with Happy Mondays star Bez. On Sundays the show is repeated.", published="2026-01-21")
    assert [(t.text, t.value) for t in doc.times] == [("Sundays", "XXXX-WXX-7")]
