"""Session 17 (s17b-muttime): tests that kill mutmut's survivors of the functions s17-time added or changed
(timex `_r_ago_anchored`, `_r_quarter_century`, `_r_current_unit`; times `_since_bound`, `_as_many`);
docs/testing.md, "Session 17, s17b-muttime". Our own sentences and phrases, document date fixed."""

import datetime as dt

import pytest

from newsgraph.timex import normalize
from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)

DATE = "2027-11-17"  # a Wednesday, ISO week 46
ANCHOR = dt.date(2027, 11, 17)


# --- "n units ago <time>": the anchoring time moved back (timex `_r_ago_anchored`) ---

@pytest.mark.parametrize("phrase, anchor, value, granularity", [
    # weeks back from a week: the ISO week n weeks earlier, across a year's turn (2027-W01 -> 2026-W51)
    ("two weeks ago this week", dt.date(2027, 1, 5), "2026-W52", "week"),
    ("two weeks ago last week", ANCHOR, "2027-W43", "week"),
    ("three weeks ago this week", ANCHOR, "2027-W43", "week"),
    # a year back from the 29th of February is the 28th; from ISO week 53 (2026 has one) week 52
    ("a year ago today", dt.date(2028, 2, 29), "2027-02-28", "day"),
    ("a year ago this week", dt.date(2026, 12, 31), "2025-W52", "week"),
    # a decade is ten years
    ("a decade ago this month", ANCHOR, "2017-11", "month"),
    ("two decades ago today", ANCHOR, "2007-11-17", "day"),
    # "tonight" is a day's part (2027-11-17TNI): a year back is that day, its date alone
    ("a year ago tonight", ANCHOR, "2026-11-17", "part_of_day"),
])
def test_ago_from_a_named_time_values(phrase, anchor, value, granularity):
    n = normalize(phrase, anchor)
    assert (n.value, n.granularity) == (value, granularity)


@pytest.mark.parametrize("phrase", [
    "a month ago this week",  # months back from a week: no week or month to name, so no reading
    "several years ago today",  # no count
    "1.5 weeks ago this week",  # a count that is no whole number: no reading
    "1.5 years ago today",
])
def test_ago_from_a_named_time_unreadable(phrase):
    assert normalize(phrase, ANCHOR) is None


def test_ago_from_a_named_time_without_a_document_date_keeps_its_granularity():
    n = normalize("a year ago today", None)
    assert (n.value, n.granularity, n.relative) == (None, "day", True)


def test_weeks_ago_this_week_in_a_sentence(times):
    assert ("Two weeks ago this week", "2027-W44", "DATE") in times(
        "Two weeks ago this week, the ferry ran aground off the cape.", DATE)


# --- "a quarter of a century" (timex `_r_quarter_century`): a duration's granularity, as "half a century" ---

def test_a_quarter_of_a_century_is_a_duration():
    n = normalize("a quarter of a century", ANCHOR)
    assert (n.value, n.granularity, n.type) == ("P25Y", "duration", "DURATION")
    assert normalize("half a century", ANCHOR).granularity == n.granularity


# --- "later in the year/month" told in the past after a named time (timex `_r_current_unit`) ---

@pytest.mark.parametrize("phrase, ref, value, granularity", [
    ("later in the year", "1994", "1994", "year"),
    ("later in the year", "2019-06-04", "2019", "year"),  # a day named: its year
    ("later in the month", "2019-06-04", "2019-06", "month"),
    ("earlier in the month", "2019-06", "2019-06", "month"),
    # a week or a quarter named is no month: the month stays the current one
    ("later in the month", "2019-W23", "2027-11", "month"),
    ("later in the month", "2019-Q2", "2027-11", "month"),
])
def test_in_the_unit_told_in_the_past_after_a_named_time(phrase, ref, value, granularity):
    n = normalize(phrase, ANCHOR, "past", ref=ref)
    assert (n.value, n.granularity) == (value, granularity)


# --- "as many <units>" after an ordinal written in digits (times `_as_many`) ---

@pytest.mark.parametrize("text, value", [
    ("It was the club's 3rd defeat in as many weeks.", "P3W"),
    ("The storm was the 12th to hit the coast in as many years.", "P12Y"),
    ("The ferry broke down for the 7th time in as many days.", "P7D"),  # (1st-5th are in ORDINALS; 7th is read)
])
def test_as_many_after_an_ordinal_in_digits(times, text, value):
    assert [(v, ty) for _, v, ty in times(text, DATE)] == [(value, "DURATION")]


# --- "ever since 1998" bounds a stretch as "since 1998" does (times `_since_bound`) ---

@pytest.mark.parametrize("text, expr", [
    ("Confidence is at its highest ever since 1998. Rates could rise later in the year.", "later in the year"),
    ("Ever since 2015 exports have grown. For the year, the ministry expects a rise.", "the year"),
    ("Exports have grown ever since last May. For the year, the ministry expects a rise.", "the year"),
])
def test_ever_since_bounds_a_stretch(times, text, expr):
    assert (expr, "2027", "DATE") in times(text, DATE)


# --- module-level patterns and tables s17-time changed (mutmut mutates none of them: hand mutants h4-h20) ---

def test_dozens_of_things_a_day_is_a_rate(times):  # h4: "dozens?" among the count words
    assert ("a day", "P1D", "SET") in times("Volunteers packed dozens of parcels a day.", DATE)


def test_two_centuries_is_a_duration(times):  # h10, h19: "centuries" a unit of the finder and a trigger word
    assert ("two centuries", "P200Y", "DURATION") in times("The treaty held for two centuries.", DATE)


def test_a_quarter_of_a_century_needs_no_document_date():  # h13: the rule is among the absolute ones
    assert normalize("a quarter of a century", ANCHOR).relative is False


def test_a_quarter_century_before_a_noun_is_a_modifier(times):  # h15: only before punctuation or a preposition
    assert [v for _, v, _ in times("Unemployment hit a quarter-century low in March.", DATE)] == ["2027-03"]


def test_the_first_week_of_next_month_is_one_expression(pipeline):  # h20: "the first week of" before a relative
    doc = pipeline.extract("Talks resume in the first week of next month.", published=DATE)
    assert [(t.text, t.value, t.mod) for t in doc.times] == [("the first week of next month", "2027-12", "START")]


def test_the_finder_takes_centuries_and_the_first_week_of():
    # h10, h19, h20: spaCy tags these sentences itself, so the pipeline tests above pass without the finder's
    # own patterns; the finder (and the trigger word that selects its family) must still take them
    from newsgraph.timex import FAMILY_RE, FIND_RE, TRIGGER_FAMILY
    text = "The treaty held for two centuries. Talks resume in the first week of next month."
    assert [m.group() for m in FIND_RE.finditer(text)] == ["two centuries", "the first week of next month"]
    assert FAMILY_RE[TRIGGER_FAMILY["centuries"]].search("for two centuries").group() == "two centuries"
