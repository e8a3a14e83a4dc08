"""Which occurrence of a season or weekday a news sentence means (session 8): TimeML anchors a
relative expression to the document date, and the side of it comes from what the sentence says of the
time, not only from the tense of its verb. Our own sentences, each a general construction of news."""

import pytest

from stageutil import checked


@pytest.fixture(scope="module")
def values(pipeline):
    def run(text, published):
        return {t.text: t.value for t in checked(pipeline, text, published=published).times}
    return run


# --- "this <season>": the one under way, else the nearer one, whatever the tense of the report ---

@pytest.mark.parametrize("text, published, value", [
    # a past report of a coming season (May: the summer ahead, not the last one)
    ("The senator promised to push for a contested convention this summer.", "2026-05-04", "2026-SU"),
    ("The minister said the new line would be tested this autumn.", "2026-07-20", "2026-FA"),
    # a past report in November of the summer just gone
    ("The stock began trading this summer at $14.", "2026-11-02", "2026-SU"),
    # the season under way
    ("This spring, the company hired 200 workers.", "2026-05-04", "2026-SP"),
])
def test_this_season_is_the_nearer_one(values, text, published, value):
    assert values(text, published)["this summer" if "this summer" in text else
                                    "this autumn" if "this autumn" in text else "This spring"] == value


# --- a weekday the sentence places ahead of its own time ---

@pytest.mark.parametrize("text, day, published, value", [
    # 2026-05-04 is a Monday: a present report looks ahead
    ("Polls show the governor is trailing just ahead of Tuesday's vote.", "Tuesday", "2026-05-04", "2026-05-05"),
    ("Campaigns are spending heavily heading into Thursday's caucuses.", "Thursday", "2026-05-04", "2026-05-07"),
    # a past report: the nearer of the two (the vote tomorrow; the caucuses held yesterday)
    ("The senator gained ground ahead of Tuesday's vote.", "Tuesday", "2026-05-04", "2026-05-05"),
    ("The senator gained ground ahead of Sunday's caucuses.", "Sunday", "2026-05-04", "2026-05-03"),
])
def test_a_weekday_ahead_of_the_clause(values, text, day, published, value):
    assert values(text, published)[day] == value


# --- "could not be reached for comment Saturday": a refusal already made, not a future ---

@pytest.mark.parametrize("text, day, value", [
    ("Officials could not be reached for comment Saturday.", "Saturday", "2026-05-02"),
    ("A spokesman would not say Friday whether the plant would close.", "Friday", "2026-05-01"),
    # a modal of the future is still the future
    ("The talks could not resume until Friday.", "Friday", "2026-05-08"),
    ("The minister would meet the unions on Friday.", "Friday", "2026-05-08"),
])
def test_a_negated_could_of_commenting_is_past(values, text, day, value):
    assert values(text, "2026-05-04")[day] == value


# --- a month and day the text has already dated keeps that year ---

def test_a_day_named_again_without_its_year_keeps_it(values):
    got = values("The attack came on Sept. 11, 2001. Officials who did not take part in the Sept. 11 attacks "
                 "have nothing to fear.", "2016-05-02")
    assert got["Sept. 11"] == "2001-09-11"


def test_another_day_without_a_year_is_still_read_from_the_document_date(values):
    # only the same month and day inherits a year; TimeBank anchors other yearless dates to the document date
    got = values("The plant opened on Sept. 11, 2001. The vote is set for Oct. 3.", "2016-05-02")
    assert got["Oct. 3"] == "2016-10-03"


# --- small span and reading conventions ---

def test_a_year_named_before_a_stretch_is_no_rate(pipeline):
    doc = pipeline.extract("In 1999, a year after the trial ended, he left the firm.", published="2016-05-02")
    assert [(t.text, t.type) for t in doc.times] == [("1999", "DATE"), ("a year", "DURATION")]


def test_an_amount_a_year_is_still_a_rate(pipeline):
    doc = pipeline.extract("The plant costs $500 million a year to run.", published="2016-05-02")
    assert [(t.text, t.type, t.value) for t in doc.times] == [("a year", "SET", "P1Y")]


def test_hoping_one_day_to_is_someday(values):
    assert values("Researchers hope one day to harness that power.", "2016-05-02")["one day"] == "FUTURE_REF"
    assert values("It took one day to finish the count.", "2016-05-02")["one day"] == "P1D"


def test_about_the_is_a_preposition_not_an_approximation(pipeline):
    doc = pipeline.extract("If the two spoke about the year-end budget agreement, neither said so.", published="2015-12-15")
    assert [(t.text, t.value, t.mod) for t in doc.times] == [("year-end", "2015", "END")]


@pytest.mark.parametrize("text, day, published, value", [
    # a past clause: the last day unless the coming one is a day or two ahead (2016-02-05 is a Friday)
    ("The campaign spread rumours in the minutes leading up to Monday's caucuses.", "Monday", "2016-02-05", "2016-02-01"),
    ("Clinton had won 1,944 delegates heading into Tuesday's primaries.", "Tuesday", "2016-04-27", "2016-04-26"),
    ("The timing suggested an effort to hurt her ahead of Monday's voting.", "Monday", "2016-01-31", "2016-02-01"),
])
def test_a_weekday_ahead_of_a_past_clause(values, text, day, published, value):
    assert values(text, published)[day] == value


# --- the edges of the rules above (hand-applied mutations, session 8) ---

@pytest.mark.parametrize("text, day, value", [
    # 2026-05-04 is a Monday. A future clause looks ahead however far the day is
    ("The party will hold rallies ahead of Friday's vote.", "Friday", "2026-05-08"),
    # a past clause: two days ahead is still the coming one
    ("The senator gained ground ahead of Wednesday's vote.", "Wednesday", "2026-05-06"),
    # a could without a negation is no refusal: still ahead
    ("A spokesman could say Friday whether the plant will close.", "Friday", "2026-05-08"),
])
def test_edges_of_the_weekday_rules(values, text, day, value):
    assert values(text, "2026-05-04")[day] == value


def test_only_a_month_and_day_inherits_the_year_of_the_same_day(values):
    # "Friday" falls on 05-08, a month and day dated 2001 before: a weekday is not that day
    got = values("The plant opened on May 8, 2001. The vote is on Friday.", "2026-05-04")
    assert got["Friday"] == "2026-05-08"


def test_a_day_read_from_the_document_date_gives_no_year_to_later_days(values):
    # "Monday" is 2025-12-29 by the document date; it does not make the coming "Dec. 29" last year's
    got = values("The council met on Monday. Its next meeting will be held on Dec. 29.", "2026-01-02")
    assert (got["Monday"], got["Dec. 29"]) == ("2025-12-29", "2026-12-29")
