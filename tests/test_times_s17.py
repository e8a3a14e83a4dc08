"""Session 17 (s17-time): TimeML readings checked with our own sentences, each failing on the code before
it (the cases marked "edge pinned" pass before and guard a rule's limits)."""

import pytest

from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)

DATE = "2027-11-17"  # a Wednesday


# --- a rate whose count is written in words: "seven days a week" (TimeML: the "a week" is a SET) ---

@pytest.mark.parametrize("text, expr, value", [
    ("The pharmacy stays open seven days a week.", "a week", "P1W"),
    ("Nurses on the ward work twelve hours a day.", "a day", "P1D"),
    ("The plant turns out fifty thousand bottles a month.", "a month", "P1M"),
    ("Inspectors are carrying out hundreds of checks a day.", "a day", "P1D"),
    ("The studio sold over twenty thousand Records a year.", "a year", "P1Y"),
])
def test_a_count_in_words_before_a_unit_makes_a_set(times, text, expr, value):
    assert (expr, value, "SET") in times(text, DATE)


def test_no_set_where_the_count_makes_no_rate(times):  # edge pinned (passes before): "a year ago" stays a date
    found = times("After three rounds of talks a year ago, the sides met again.", DATE)
    assert not [t for t in found if t[2] == "SET"]


def test_a_count_in_digits_still_makes_a_set(times):  # edge pinned: the rule before this session
    assert ("a day", "P1D", "SET") in times("The centre answers 400 calls a day.", DATE)


# --- "each morning" as "every morning": a SET (the finder took it, but it had no value and was dropped) ---

# (s20b-time: the value is the part of day in a date of placeholders, TimeML's form for a part of every day, not P1D)
@pytest.mark.parametrize("text, expr, value", [
    ("Each morning, volunteers hand out bread at the station.", "Each morning", "XXXX-XX-XXTMO"),
    ("The guards lock the gate each night.", "each night", "XXXX-XX-XXTNI"),
    ("Each evening the curfew sirens sound across the city.", "Each evening", "XXXX-XX-XXTEV"),
    ("Every afternoon, the ferry leaves for the island.", "Every afternoon", "XXXX-XX-XXTAF"),
])
def test_each_part_of_day_is_a_set(times, text, expr, value):
    assert (expr, value, "SET") in times(text, DATE)


def test_every_morning_is_a_set_too(times):
    assert ("every morning", "XXXX-XX-XXTMO", "SET") in times("Fishermen sail out every morning.", DATE)


# --- "a year ago today", "ten years ago this month": one expression, the anchoring time moved back ---

@pytest.mark.parametrize("text, expr, value", [
    ("A year ago today, the river burst its banks.", "A year ago today", "2026-11-17"),
    ("The cooperative was founded 40 years ago this month.", "40 years ago this month", "1987-11"),
    ("The bridge collapsed a year ago this week.", "a year ago this week", "2026-W46"),
    ("Two years ago last month, the mill closed its doors.", "Two years ago last month", "2025-10"),
    ("A week ago yesterday, the negotiators walked out.", "A week ago yesterday", "2027-11-09"),
])
def test_ago_counted_from_a_named_time(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, expr, value", [
    ("The mill closed a year ago, today's report said.", "a year ago", "2026"),  # a comma: two times
    ("The mill closed three years ago.", "three years ago", "2024"),
])
def test_ago_alone_still_counts_from_the_document_date(times, text, expr, value):  # edges pinned
    assert (expr, value, "DATE") in times(text, DATE)


# --- "later in the year": one expression; told in the past after a year the text named, that year ---

@pytest.mark.parametrize("text, expr, value", [
    ("Interest rates could go up later in the year, the bank said.", "later in the year", "2027"),
    ("The mill opened in 1994. Later in the year, it doubled its staff.", "Later in the year", "1994"),
    ("The strike began on June 4, 2019. Later in the month, talks resumed.", "Later in the month", "2019-06"),
    ("Profits fell last year. Earlier in the year, the firm had warned of losses.", "Earlier in the year", "2026"),
])
def test_earlier_or_later_in_the_unit(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, DATE)


def test_later_in_the_week_stays_the_current_week(times):  # edge pinned (passes before): only year and month
    found = times("The ferry left on Monday. Later in the week, it returned.", DATE)
    assert ("Later in the week", "2027-W46", "DATE") in found


# --- a year a "since" bounds is no year under discussion for "the year"; "that year" still names it ---

@pytest.mark.parametrize("text, expr, value", [
    ("Confidence is at its highest since 1998. Rates could rise later in the year.", "later in the year", "2027"),
    ("Exports have grown since 2015. For the year, the ministry expects a 4% rise.", "the year", "2027"),
    ("The index is at its highest since 1998. Earlier in the year, the bank cut rates.", "Earlier in the year",
     "2027"),
])
def test_the_year_after_a_since_bound_is_the_current_one(times, text, expr, value):
    # (the first and third pass before too: they guard the bound against the past-tense anaphor rule above)
    assert (expr, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, expr, value", [
    ("The dam has been closed since 2015. That year, floods hit the valley.", "That year", "2015"),
    ("Exports fell in 2015. For the year, the deficit was $3 billion.", "the year", "2015"),
])
def test_that_year_and_a_plain_year_still_anchor(times, text, expr, value):  # edges pinned (pass before)
    assert (expr, value, "DATE") in times(text, DATE)


# --- a quarter told by its months with "-to-": "the October-to-December quarter" (TimeML: one quarter, YYYY-Q4) ---

@pytest.mark.parametrize("text, value", [
    ("The retailer's sales rose 4% in the October-to-December quarter.", "2026-Q4"),  # ended: last year's
    ("Output fell in the April-to-June period, the agency said.", "2027-Q2"),
])
def test_a_quarter_named_by_its_months_with_to(times, text, value):
    assert [v for _, v, _ in times(text, DATE)] == [value]


def test_a_quarter_named_by_its_months_with_a_dash(times):  # edge pinned (passes before)
    assert [v for _, v, _ in times("Output fell in the April-June period.", DATE)] == ["2027-Q2"]


# --- a rate after a sum in brackets: "$10bn (£5.4bn) a year" is a SET as "$10bn a year" is ---

@pytest.mark.parametrize("text, expr, value", [
    ("The scheme will cost $2bn (£1.6bn) a year.", "a year", "P1Y"),
    ("The fraud cost the treasury 4bn rupees ($48m) a month.", "a month", "P1M"),
])
def test_a_rate_after_a_bracketed_sum(times, text, expr, value):
    assert (expr, value, "SET") in times(text, DATE)


def test_a_year_in_brackets_makes_no_rate(times):  # edge pinned (passes before)
    assert ("a year", "P1Y", "DURATION") in times("He was jailed (in 2009) a year after the coup.", DATE)


# --- "1700 local time" is a clock time, not the year 1700 ---

@pytest.mark.parametrize("text, expr, value", [
    ("The ceremony will be broadcast from 1900 local time on Saturday.", "1900 local time", "2027-11-20T19:00"),
    ("The curfew begins at 2200 local time.", "2200 local time", "2027-11-17T22:00"),
])
def test_a_four_digit_clock_in_local_time(times, text, expr, value):
    assert (expr, value, "TIME") in times(text, DATE)


def test_a_year_before_local_words_stays_a_year(times):  # edge pinned (passes before)
    assert ("1900", "1900", "DATE") in times("The hall was built in 1900 by the local council.", DATE)


# --- "the first week of March": the month's start, as "the last week of March" is its end ---

@pytest.mark.parametrize("text, expr, value", [
    ("The festival opens in the first week of March.", "the first week of March", "2028-03"),
    ("In the first few days of January, fuel prices rose.", "the first few days of January", "2027-01"),
])
def test_the_first_week_of_a_month_is_its_start(pipeline, text, expr, value):
    doc = pipeline.extract(text, published=DATE)
    assert [(t.text, t.value, t.mod) for t in doc.times] == [(expr, value, "START")]


def test_the_first_week_of_something_else_is_no_time(times):  # edge pinned (passes before)
    assert times("The first week of the trial was chaotic.", DATE) == []


# --- "the third defeat in as many weeks": the ordinal counts the units (P3W), not an unstated number ---

@pytest.mark.parametrize("text, value", [
    ("The rate rise was the sixth such move in as many months.", "P6M"),
    ("It was the club's third defeat in as many weeks.", "P3W"),
    ("Rebels staged their second attack in as many days.", "P2D"),
])
def test_as_many_units_after_an_ordinal(times, text, value):
    assert [(v, ty) for _, v, ty in times(text, DATE)] == [(value, "DURATION")]


def test_as_many_without_an_ordinal_stays_vague(times):  # edge pinned (passes before)
    found = times("He has coached for as many years as the club has existed.", DATE)
    assert [(v, ty) for _, v, ty in found] == [("PXY", "DURATION")]


# --- "over a century", "a quarter of a century": durations of centuries (P100Y, P25Y) ---

@pytest.mark.parametrize("text, expr, value", [
    ("The family firm has traded for over a century.", "over a century", "P100Y"),
    ("The border dispute lasted a quarter of a century.", "a quarter of a century", "P25Y"),
    ("It was the worst flood of the past quarter of a century.", "the past quarter of a century", "P25Y"),
    ("The lighthouse has stood for a quarter-century.", "a quarter-century", "P25Y"),
])
def test_durations_in_centuries(times, text, expr, value):
    assert (expr, value, "DURATION") in times(text, DATE)


@pytest.mark.parametrize("text, expr, value", [
    ("The chapel was built two centuries ago.", "two centuries ago", "18"),
    ("The 19th century saw the town grow.", "The 19th century", "18"),
])
def test_centuries_as_dates_unchanged(times, text, expr, value):  # edges pinned (pass before)
    assert (expr, value, "DATE") in times(text, DATE)


def test_a_century_old_thing_is_no_duration(times):  # edge pinned (passes before): an age, unmarked
    assert times("Workers restored a century-old chapel.", DATE) == []


def test_a_bare_quarter_century_modifier_is_no_duration(times):
    # "its quarter-century low" (no article: a modifier, as TimeBank leaves it); found once the rule above existed
    assert times("Unemployment is just above its quarter-century low.", DATE) == []
