"""Session 13 (s13-timeml): TimeML readings checked with our own sentences, each failing on the code before
it (or pinning an edge of one)."""

import datetime as dt

import pytest

from newsgraph.timex import normalize
from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- a month, day or season in "that year", "the same year", "the following year": the year under discussion ---

@pytest.mark.parametrize("text, expr, value", [
    ("The brewery was founded in 1961. In April of that year it sold its first barrel.", "April of that year", "1961-04"),
    ("The mill burned down in 1972. By November that year the owners had left.", "November that year", "1972-11"),
    ("She won the seat in 1983 and resigned in September the same year.", "September the same year", "1983-09"),
    ("The ferry sank in 1966. In July the following year, a new one was launched.", "July the following year", "1967-07"),
    ("The ferry sank in 1966. In July the next year, a new one was launched.", "July the next year", "1967-07"),
    ("The mine closed in 1984. On March 9 that year, the miners marched on the town hall.", "March 9 that year", "1984-03-09"),
    ("The mine closed in 1984. On 9 March that same year, the miners marched.", "9 March that same year", "1984-03-09"),
    ("The canal opened in 1894. In the winter of that year it froze over.", "the winter of that year", "1894-WI"),
])
def test_a_date_in_that_year_is_in_the_year_under_discussion(times, text, expr, value):
    assert value_of(times(text, "2027-06-04"), expr) == value


def test_that_year_after_such_a_month_stays_in_the_year_under_discussion(times):
    # the month no longer reads as this year's April: "later that year" after it is still 1961
    found = times("The brewery was founded in 1961. In April of that year it sold its first barrel, and later that "
                  "year it hired a brewer.", "2027-06-04")
    assert value_of(found, "later that year") == "1961"


def test_a_comma_ends_the_date_before_an_anaphoric_year(times):
    # "the same year he was elected" is another event's year, not the month's
    found = times("The council met in May, the same year he was elected.", "2027-06-04")
    assert value_of(found, "May") == "2027-05"


def test_that_year_with_no_year_under_discussion_has_no_value():
    assert normalize("March of that year", dt.date(2027, 6, 4), "past").value is None
    assert normalize("March of that year", dt.date(2027, 6, 4), "past", ref="1990-05").value == "1990-03"
    assert normalize("March the previous year", dt.date(2027, 6, 4), "past", ref="1990-05").value == "1989-03"



# --- coordinated months, days or seasons share the year written after the last one ---

@pytest.mark.parametrize("text, expr, value", [
    ("Exports fell in March and April 2019, the bureau said.", "March", "2019-03"),
    ("The river flooded in the spring and summer of 1987.", "the spring", "1987-SP"),
    ("Orders slumped in January, February and March 2015.", "January", "2015-01"),
    ("Orders slumped in January, February and March 2015.", "February", "2015-02"),
    ("The mine was shut from November to February 2011.", "November", "2010-11"),  # the winter before
    ("The rains came in late May and early June 2004.", "late May", "2004-05"),
    ("Strikes were called for May 3 or June 9, 2012.", "May 3", "2012-05-03"),
    ("Floods hit the valley in June and July of last year.", "June", "2026-06"),
    ("The dam was built in 1961. Work stopped in March and April that year.", "March", "1961-03"),
])
def test_coordinated_dates_share_the_year_written_after_the_last(times, text, expr, value):
    assert value_of(times(text, "2027-06-04"), expr) == value


@pytest.mark.parametrize("text, expr, value", [
    # no year written after them: each is read on its own (they may straddle a year)
    ("Snow fell in December and January, the service said.", "December", "2026-12"),
    # a year of its own stays
    ("Exports fell in March 2018 and April 2019, the bureau said.", "March 2018", "2018-03"),
])
def test_dates_not_sharing_a_year(times, text, expr, value):
    assert value_of(times(text, "2027-06-04"), expr) == value


# --- the start of a range takes its end's year, written or not ---
# 2027-11-20 is a Saturday

@pytest.mark.parametrize("text, expr, value", [
    ("From January to October, sales rose 6 percent, the ministry said.", "January", "2027-01"),  # not the coming one
    ("Prices climbed between February and September, traders said.", "February", "2027-02"),
    ("The pass will be closed from December to March.", "December", "2027-12"),
])
def test_the_start_of_a_range_takes_the_year_of_its_end(times, text, expr, value):
    assert value_of(times(text, "2027-11-20"), expr) == value


def test_a_range_across_new_year_starts_in_the_year_before(times):
    found = times("The pass was closed from December to March, rangers said.", "2027-04-20")
    assert (value_of(found, "December"), value_of(found, "March")) == ("2026-12", "2027-03")


def test_a_weekday_range_keeps_its_own_reading(times):
    # only the year is shared: a weekday's week is not moved (nor put in another year) by the end of its range
    found = times("Members met from Monday to Friday last week, the club said.", "2027-11-20")
    assert value_of(found, "Monday")[:4] == "2027"


# --- "recently" leading to the time named after it is no time of its own ---

@pytest.mark.parametrize("text, kept", [
    ("The dam was inspected as recently as last month.", ["last month"]),
    ("Three stores were robbed, most recently last October.", ["last October"]),
    ("Three stores were robbed, most recently on Friday.", ["most recently", "Friday"]),  # a preposition between
    ("The mayor has recently moved to the suburbs.", ["recently"]),
])
def test_recently_before_a_named_time_is_not_marked(times, text, kept):
    assert [t for t, _, _ in times(text, "2027-11-20")] == kept


# --- "that weekend", "the following week" are told from the week named last ---
# 2027-11-20 is a Saturday in ISO week 46; last weekend 2027-W45-WE, last week 2027-W45

@pytest.mark.parametrize("text, expr, value", [
    ("Last weekend, fans queued overnight. That weekend, the club sold out.", "That weekend", "2027-W45-WE"),
    ("Last weekend, fans queued overnight. The following weekend the club sold out.", "The following weekend",
     "2027-W46-WE"),
    ("Last week the index fell. The previous week it had risen.", "The previous week", "2027-W44"),
    # a day named after the week is the one told from ("that weekend" is the day's)
    ("Two weeks ago the index fell. On Saturday it rose, and that weekend the club sold out.", "that weekend",
     "2027-W46-WE"),
])
def test_a_week_anaphor_is_told_from_the_week_named_last(times, text, expr, value):
    assert value_of(times(text, "2027-11-20"), expr) == value


# --- a month, quarter or season without a year in a habit recurs: a SET ---

@pytest.mark.parametrize("text, expr, value", [
    ("Ticket sales are usually strongest in the second and fourth quarters.", "second", ("XXXX-Q2", "SET")),
    ("Ticket sales are usually strongest in the second and fourth quarters.", "fourth quarters", ("XXXX-Q4", "SET")),
    ("Heating bills typically peak in January, the regulator said.", "January", ("XXXX-01", "SET")),
    ("The lake normally freezes during the winter.", "the winter", ("XXXX-WI", "SET")),
    ("Parliament is elected every five years, usually in May.", "May", ("XXXX-05", "SET")),
])
def test_a_period_in_a_habit_is_a_set(pipeline, text, expr, value):
    doc = pipeline.extract(text, published="2027-11-20")
    assert next((t.value, t.type) for t in doc.times if t.text == expr) == value


@pytest.mark.parametrize("text, expr, value", [
    ("Ticket sales were usually weak, but in March they doubled.", "March", ("2027-03", "DATE")),  # another clause
    ("The mayor always said he would retire in June.", "June", ("2028-06", "DATE")),  # one event, not a habit
    ("Tourism - traditionally the island's main trade - slowed in October.", "October", ("2027-10", "DATE")),  # an aside
    ("Tourism (traditionally the main trade) slowed in October.", "October", ("2027-10", "DATE")),
    ("Ticket sales are usually strongest in the fourth quarter of this year.", "the fourth quarter of this year",
     ("2027-Q4", "DATE")),  # a year of its own
    ("Ticket sales rose in the second and fourth quarters.", "second", None),  # no habit, no year: not marked
])
def test_a_period_not_in_a_habit_stays_a_date(pipeline, text, expr, value):
    doc = pipeline.extract(text, published="2027-11-20")
    assert next(((t.value, t.type) for t in doc.times if t.text == expr), None) == value


# --- pieces of a date entity the model ran together are found by the patterns, whatever their case ---

@pytest.mark.parametrize("text, expr, value", [
    # (session 17: "Ten years ago this month" is now one expression, 2017-11, as TimeML writes it: tests/test_times_s17.py)
    ("Ten years ago this spring, the treaty was signed.", "Ten years ago", "2017"),
    ("The envoy will return at the end of the month or early in December.", "the end of the month", "2027-11"),
    ("Sales will be counted at the end of the week, the union said.", "the end of the week", "2027-W46"),
])
def test_pieces_of_a_run_together_entity_are_found(times, text, expr, value):
    assert value_of(times(text, "2027-11-20"), expr) == value


# --- a year after a second day ("May 3 and 4, 1997") is both days' ---

def test_a_year_after_the_second_day_is_both_days(times):
    found = times("Talks were held in Geneva on May 3 and 4, 1997, the ministry recalled.", "2027-11-20")
    assert ("May 3", "1997-05-03", "DATE") in found
    assert ("4, 1997", "1997-05-04", "DATE") in found
    assert not any(t == "1997" for t, _, _ in found)  # the year is part of the second day, not a time of its own


def test_a_second_day_without_a_year_after_it_stays(times):
    found = times("The summit on April 24 and 25, in Lisbon, will be the largest yet.", "2027-11-20")
    assert [(t, v) for t, v, _ in found] == [("April 24", "2028-04-24"), ("25", "2028-04-25")]
