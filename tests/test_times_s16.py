"""Session 16 (s16-time): TimeML readings checked with our own sentences, each failing on the code before
it (the cases marked "edge pinned" pass before and guard a rule's limits)."""

import datetime as dt

import pytest

from newsgraph.timex import normalize
from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- a stretch of unstated length: "for a while", "for a fairly lengthy period" (TimeML: DURATION PXX) ---

@pytest.mark.parametrize("text, expr", [
    ("Thousands of homes will be without power for a while, the utility said.", "a while"),
    ("The peacekeepers expect to stay for a fairly lengthy period.", "a fairly lengthy period"),
    ("The two leaders have not spoken for quite a while.", "quite a while"),
    ("The border crossing was closed for a short period on Tuesday.", "a short period"),
    ("The dispute has simmered for a long time.", "a long time"),
    ("After a while, the crowd began to disperse.", "a while"),
])
def test_a_stretch_of_unstated_length_is_a_vague_duration(times, text, expr):
    assert (expr, "PXX", "DURATION") in times(text, "2027-11-17")


@pytest.mark.parametrize("text", [
    "The plant will stay shut for the time being.",  # "for now", no stretch
    "While the talks went on, fighting continued in the north.",
    "She was, for a time, the party's only candidate.",  # not one of the forms taken
])
def test_no_vague_duration_without_its_words(times, text):  # edges pinned (pass before)
    assert not [v for _, v, _ in times(text, "2027-11-17") if v == "PXX"]


def test_a_while_ago_is_no_stretch():  # an edge pinned: "ago" makes a point, not a duration
    got = normalize("a while ago")
    assert got is None or got.type != "DURATION"


# --- "daily" classifying a noun is no SET, as "annual meeting", "quarterly dividend" are not ---

@pytest.mark.parametrize("text", [
    "Average daily output at the mine rose to 3,000 tonnes.",
    "The agency publishes a daily tally of new cases.",
    "The paper's daily circulation fell 5 percent last year.",
])
def test_daily_before_a_noun_is_no_set(times, text):
    assert "daily" not in [t for t, _, _ in times(text, "2027-11-17")]


@pytest.mark.parametrize("text, expr, value", [
    ("Prices are checked daily by the ministry.", "daily", "P1D"),  # an adverb (edge pinned: passes before)
    ("Inspectors report to the ministry on a daily basis.", "daily", "P1D"),  # edge pinned
    ("Dividends are paid on a quarterly basis.", "quarterly", "P3M"),  # "on a ... basis" is the adverb
    ("The figures are updated on a weekly basis.", "weekly", "P1W"),
])
def test_a_frequency_as_an_adverbial_is_a_set(times, text, expr, value):
    assert (expr, value, "SET") in times(text, "2027-11-17")


# --- "the last quarter of 2026": "last" owned by a year is the final one (TimeML 2026-Q4) ---

@pytest.mark.parametrize("text, expr, value", [
    ("The company lost money in the last quarter of 2026.", "the last quarter of 2026", "2026-Q4"),
    ("Sales slowed in the last quarter of last year, the bank said.", "the last quarter of last year", "2026-Q4"),
])
def test_the_last_quarter_of_a_year_is_its_fourth(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, "2027-11-17")


def test_last_quarter_alone_is_still_the_previous_one(times):  # an edge pinned (passes before)
    assert value_of(times("The firm lost money in the last quarter.", "2027-11-17"), "the last quarter") == "2027-Q3"


# --- "for the second consecutive quarter": a count of quarters (as "in a row"), not this year's Q2 ---

@pytest.mark.parametrize("text", [
    "The retailer posted a loss for the second consecutive quarter.",
    "Profits fell for the third straight quarter, the company said.",
    "Output rose for the fourth successive quarter.",
])
def test_an_ordinal_counting_quarters_is_no_quarter(times, text):
    assert not [v for _, v, _ in times(text, "2027-11-17") if v and "-Q" in v]


# --- "by the end of the decade", "the end of the century": the current one with its position ---

@pytest.mark.parametrize("text, expr, value, mod", [
    ("The government wants every home connected by the end of the decade.", "the end of the decade", "202", "END"),
    ("Sea levels could rise a metre by the end of the century.", "the end of the century", "20", "END"),
    ("The plant is due to reopen at the start of the decade.", "the start of the decade", "202", "START"),
])
def test_a_position_in_the_decade_or_century(pipeline, text, expr, value, mod):
    doc = pipeline.extract(text, published="2027-11-17")
    assert (expr, value, mod) in [(t.text, t.value, t.mod) for t in doc.times]


def test_a_past_position_in_the_decade_is_the_decade_under_discussion(pipeline):
    doc = pipeline.extract("The band formed in 1986. The end of the decade marked a turning point for them.",
                           published="2027-11-17")
    assert ("The end of the decade", "198", "END") in [(t.text, t.value, t.mod) for t in doc.times]


def test_a_coming_end_of_the_decade_is_the_current_one_after_a_past_decade(pipeline):
    doc = pipeline.extract("Output peaked in the eighties. Officials hope to double output by the end of the decade.",
                           published="2027-11-17")
    assert ("the end of the decade", "202", "END") in [(t.text, t.value, t.mod) for t in doc.times]


def test_the_decade_alone_is_still_unread(times):  # an edge pinned: "the worst storm of the decade" (generic)
    assert times("It was the worst storm of the decade.", "2027-11-17") == []


# --- "since year-end": the last year-end before the document date (this year's is still to come) ---

@pytest.mark.parametrize("text, expr, value", [
    ("Shares in the bank have fallen 12 percent since year-end.", "year-end", "2026"),
    ("The index has gained 4 percent since the end of the year.", "the end of the year", "2026"),
    ("The index has gained 4 percent since the end of the month.", "the end of the month", "2027-10"),
    ("The firm returned to profit at the end of the year, it said.", "the end of the year", "2026"),
])
def test_a_passed_end_is_the_last_one(times, text, expr, value):
    assert value_of(times(text, "2027-11-17"), expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("The firm expects to complete the deal by year-end.", "year-end", "2027"),  # ahead: this year's (pinned)
    ("Prices have risen since the start of the year.", "the start of the year", "2027"),  # begun (pinned)
])
def test_an_end_still_to_come_is_this_one(times, text, expr, value):
    assert value_of(times(text, "2027-11-17"), expr) == value


def test_since_year_end_in_normalize():
    got = normalize("since year-end", dt.date(2027, 11, 17), None)
    assert (got.value, got.mod) == ("2026", "END")


# --- "the night the plane went down": a night a clause names, not the document date's night ---

@pytest.mark.parametrize("text", [
    "Rescuers recalled the chaos from the night the plane went down.",
    "Police were called on the night when the fire started.",
    "Investigators played recordings from the night the ferry sank.",
])
def test_a_night_a_clause_names_is_not_the_document_night(times, text):
    assert "the night" not in [t for t, _, _ in times(text, "2027-11-17")]


@pytest.mark.parametrize("text", [
    "Throughout the night rescuers searched the rubble.",  # the night of the day under discussion (pinned)
    "Other guests who turned up on the night included two ministers.",  # no clause of its own (pinned)
    "He worked through the night, the police said.",  # pinned
])
def test_the_night_of_the_day_stays(times, text):
    assert value_of(times(text, "2027-11-17"), "the night") == "2027-11-17TNI"


# --- "between Christmas and New Year": the holiday's bare name, both told from the past verb ---

@pytest.mark.parametrize("text, christmas, new_year", [
    ("The market was closed between Christmas and New Year.", "2026-12-25", "2027-01-01"),
    ("The pair spent Christmas and New Year in Spain.", "2026-12-25", "2027-01-01"),
    ("Shops close between Christmas and New Year.", "2027-12-25", "2028-01-01"),  # a habit: the coming ones
])
def test_christmas_and_new_year(times, text, christmas, new_year):
    found = times(text, "2027-11-17")
    assert value_of(found, "Christmas") == christmas
    assert value_of(found, "New Year") == new_year


@pytest.mark.parametrize("text", [
    "Sales usually pick up in the New Year, the retailer said.",  # the coming year, not Jan. 1
    "Millions travelled home for Chinese New Year.",
    "Lunar New Year celebrations began in Hong Kong.",
    "Crowds gathered to see in the new year.",
    "Following a strong New Year's bank holiday, trade fell.",
    "Sending friends a Happy New Year by text has become a habit.",  # a greeting
])
def test_new_year_that_is_no_january_first(times, text):  # edges pinned (pass before)
    assert not [v for _, v, _ in times(text, "2027-11-17") if v and v.endswith("-01-01")]


# --- a time granted or a schedule's day lies ahead, though the granting is told in the past ---
# 2027-11-17 is a Wednesday: the coming Thursday 2027-11-18, Sunday 2027-11-21; the last Sunday 2027-11-14

@pytest.mark.parametrize("text, expr, value", [
    ("The court gave the family until Thursday to respond.", "Thursday", "2027-11-18"),
    ("Rebels were given until Monday to lay down their arms.", "Monday", "2027-11-22"),
    ("The judge granted the firm until Friday to file its appeal.", "Friday", "2027-11-19"),
    ("The hearing was adjourned until Monday.", "Monday", "2027-11-22"),
])
def test_a_time_granted_runs_on_ahead(times, text, expr, value):
    assert value_of(times(text, "2027-11-17"), expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("The vote, originally set for Sunday, would be delayed, officials said.", "Sunday", "2027-11-21"),
    ("Officials said a rally planned for Saturday would go ahead.", "Saturday", "2027-11-20"),
])
def test_a_schedules_day_for_a_thing_still_to_come_lies_ahead(times, text, expr, value):
    assert value_of(times(text, "2027-11-17"), expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("The protest lasted until Thursday, police said.", "Thursday", "2027-11-11"),  # a past bound
    ("The family had been given until Monday to leave.", "Monday", "2027-11-15"),  # overtaken
    ("The meeting had been scheduled for Monday but was postponed.", "Monday", "2027-11-15"),  # overtaken
    ("The hearing was set on Monday for next month.", "Monday", "2027-11-15"),  # the day of the setting
    ("A rally planned for Saturday was called off.", "Saturday", "2027-11-13"),  # a thing told as past
])
def test_past_bounds_and_overtaken_plans_stay_past(times, text, expr, value):  # edges pinned (pass before)
    assert value_of(times(text, "2027-11-17"), expr) == value


# --- "the last week of March": the end of that month, not last week and a March of its own ---

@pytest.mark.parametrize("text, expr, value", [
    ("Sales slowed in the last week of March.", "the last week of March", "2027-03"),  # a past verb's: the last March
    ("The talks are due to end in the last week of March.", "the last week of March", "2028-03"),
    ("The strike began in the last week of last year.", "the last week of last year", "2026"),
])
def test_the_last_week_of_a_month_is_its_end(pipeline, text, expr, value):
    doc = pipeline.extract(text, published="2027-11-17")
    assert (expr, value, "END") in [(t.text, t.value, t.mod) for t in doc.times]


def test_last_week_alone_is_still_the_previous_week(times):  # an edge pinned (passes before)
    assert value_of(times("Prices fell last week.", "2027-11-17"), "last week") == "2027-W45"
