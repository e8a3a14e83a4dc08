"""Session 10 (s10-times): general TimeML readings checked with our own sentences, each failing on the
code before it (or pinning an edge of one, to kill its mutants): the quarter "the quarter ended <day>"
names, quarters in apposition, counted stretches ("12 consecutive months"), months and days told from the
time under discussion ("That March", "that same day" after a month), quarters named by months ("the December
quarter", "the July-September quarter"), "the year to March", the nth weekday of a month, half a unit,
"twice yearly", "the cars of tomorrow", "earlier today"."""

import pytest

from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


# --- the quarter a period ending on a day is: its middle, 45 days before the end ---

@pytest.mark.parametrize("end, value", [
    ("July 31", "2026-Q2"),      # May-July: mostly the second quarter (not Q3, where July 31 falls)
    ("Aug. 31", "2026-Q3"),      # June-August: its middle, July 17, is in the third quarter
    ("Oct. 1", "2026-Q3"),       # a 52-week year's quarter ending a day into October is July-September
    ("Sept. 30", "2026-Q3"),
])
def test_the_quarter_ended_a_day_is_the_quarter_that_day_closes(times, end, value):
    found = times(f"In the quarter ended {end}, the retailer earned $5 million.", "2026-11-20")
    assert value_of(found, "the quarter") == value


def test_a_quarter_the_text_numbered_keeps_its_own_count(times):
    # the company's fiscal first quarter, named first: "the quarter ended Sept. 27" is that quarter
    found = times("The maker of workstations reported a profit for its fiscal first quarter. Sales for the "
                  "quarter ended Sept. 27 rose 39%.", "2026-10-20")
    assert value_of(found, "the quarter") == value_of(found, "fiscal first quarter")


def test_an_ordinal_quarter_ended_a_day_keeps_its_ordinal(times):
    found = times("It posted a loss for its fourth quarter ended June 30.", "2026-10-20")
    assert value_of(found, "fourth quarter") == "2026-Q4"


def test_the_quarter_ended_is_then_the_quarter_under_discussion(times):
    found = times("In the quarter ended July 31, the retailer earned $5 million, up from $4 million a year "
                  "earlier.", "2026-11-20")
    assert value_of(found, "a year earlier") == "2025-Q2"


# --- counted stretches: "12 consecutive months" is twelve months ---

@pytest.mark.parametrize("text, expr, value", [
    ("Inflation has risen for 12 consecutive months.", "12 consecutive months", "P12M"),
    ("The currency fell for three straight days.", "three straight days", "P3D"),
    ("Exports grew for two successive quarters.", "two successive quarters", "P2Q"),
])
def test_a_counted_run_of_units_is_a_duration(times, text, expr, value):
    assert (expr, value, "DURATION") in times(text, "2026-05-13")


def test_an_ordinal_run_is_no_duration(times):
    assert times("It was the third straight month of gains.", "2026-05-13") == []


# --- a month anaphoric to the time under discussion ("That March", "the following March") ---

@pytest.mark.parametrize("text, expr, value", [
    ("In 1994, the company moved to Texas. That March, it hired 200 workers.", "That March", "1994-03"),
    # the first such month after the time under discussion: the next year's when it has passed
    ("The plant opened in June 1994. The following March, it hired 200 workers.", "The following March", "1995-03"),
    ("The plant opened in January 1994. The following March, it hired 200 workers.", "The following March", "1994-03"),
])
def test_a_month_told_from_the_time_under_discussion(times, text, expr, value):
    assert value_of(times(text, "2026-06-10"), expr) == value


def test_the_following_month_with_nothing_named_is_the_coming_one(times):
    assert value_of(times("Talks resume in the following May, officials said.", "2026-06-10"),
                    "the following May") == "2027-05"


def test_that_as_a_complementizer_before_a_month_is_not_anaphoric(times):
    # "said that March sales rose": "that" opens the clause; March is the month by the document date
    found = times("In 1994, prices fell. The agency said that March sales rose 3%.", "2026-06-10")
    assert value_of(found, "March") == "2026-03"


# --- periods as British and Australian business news names them ---

@pytest.mark.parametrize("text, value", [
    ("Sales fell in the December quarter.", "2025-Q4"),        # the last December before May 2026
    ("Profit rose in the October quarter, the retailer said.", "2025-Q3"),  # August-October: mostly Q3
    ("Output in the March quarter rose.", "2026-Q1"),
])
def test_a_quarter_named_by_the_month_it_ends(times, text, value):
    found = times(text, "2026-05-13")
    assert [(v, ty) for _, v, ty in found] == [(value, "DATE")]


@pytest.mark.parametrize("text, end", [
    ("Inflation eased in the year to April.", "April"),
    ("Profits rose 5% in the year to March 31.", "March 31"),
])
def test_the_year_to_a_month_is_a_year_long_stretch(times, text, end):
    found = times(text, "2026-05-13")
    assert ("the year", "P1Y", "DURATION") in found
    assert any(t == end for t, _, _ in found)


def test_the_year_to_date_and_other_uses_of_to_are_not_stretches(times):
    assert times("Sales are up 3% for the year to date.", "2026-05-13") == []
    # "to" before a name: whatever else "the year" is, not a stretch ending at a month
    assert all(v != "P1Y" for _, v, _ in times("He gave the year to Mr. Brown's campaign.", "2026-05-13"))


# --- a day anaphor when the time under discussion is a month: a day of that month, day unknown ---

def test_that_same_day_after_a_month_is_a_day_of_that_month(times):
    found = times("The mayor's office was burgled in March. His files went missing that same day.", "2026-06-10")
    assert value_of(found, "that same day") == "2026-03-XX"


def test_that_day_after_a_day_keeps_the_day_and_after_nothing_has_no_value(times):
    assert value_of(times("The mayor spoke on March 3. His files went missing that day.", "2026-06-10"),
                    "that day") == "2026-03-03"
    assert all(v is None for t, v, _ in times("His files went missing that day.", "2026-06-10") if t == "that day")


# --- two quarters in apposition are one period: the ordinal says which, the first its year ---

def test_a_numbered_quarter_in_apposition_restates_the_quarter_before_it(times):
    found = times("In the comparable year-ago quarter, the fiscal second quarter ended Oct. 31, the chain lost "
                  "$12 million. Results for that quarter included a write-down.", "2026-10-27")
    assert value_of(found, "the comparable year-ago quarter") == "2025-Q2"
    assert value_of(found, "the fiscal second quarter") == "2025-Q2"  # not this year's: the year-ago one
    assert value_of(found, "that quarter") == "2025-Q2"


def test_a_quarter_modifying_a_noun_after_a_comma_is_no_apposition(times):
    # "third-quarter net" names this year's third quarter, a different period from the year-earlier one
    found = times("Compared with the year-earlier quarter, third-quarter net rose 5%.", "2026-10-27")
    assert value_of(found, "the year-earlier quarter") == "2025-Q3"
    assert value_of(found, "third-quarter") == "2026-Q3"


# --- a span of months that makes up a calendar quarter or half is that quarter or half ---

@pytest.mark.parametrize("text, expr, value", [
    ("Growth slowed in the July to September period.", "the July to September period", "2025-Q3"),
    ("Sales rose in the July-September quarter.", "the July-September quarter", "2025-Q3"),
    # told in the past, the period has ended: last year's first half, not this year's (still under way)
    ("Profits rose in the January to June period.", "the January to June period", "2025-H1"),
    ("Profits will rise in the April-June quarter.", "the April-June quarter", "2026-Q2"),
])
def test_a_span_of_months_naming_a_quarter(times, text, expr, value):
    assert value_of(times(text, "2026-03-15"), expr) == value


def test_a_span_of_months_that_is_no_calendar_quarter_stays_two_months(times):
    found = times("Sales rose in the May-July period.", "2026-09-15")
    assert [t for t, _, _ in found] == ["May", "July"]


# --- the nth weekday of a month ---

@pytest.mark.parametrize("text, expr, value", [
    ("Elections will be held on the first Sunday in June.", "the first Sunday in June", "2026-06-07"),
    ("Elections were held on the first Sunday in April.", "the first Sunday in April", "2026-04-05"),
    ("The festival falls on the last Friday of March 2027.", "the last Friday of March 2027", "2027-03-26"),
    ("The vote was held on the second Tuesday in September last year.",
     "the second Tuesday in September last year", "2025-09-09"),
])
def test_the_nth_weekday_of_a_month(times, text, expr, value):
    assert value_of(times(text, "2026-05-13"), expr) == value


# --- half a unit; a count with a frequency adverb ---

@pytest.mark.parametrize("text, expr, value", [
    ("The results were announced half an hour later.", "half an hour", "PT30M"),  # was "an hour", PT1H
    ("The firm has existed for half a century.", "half a century", "P50Y"),
    ("The talks lasted about half an hour.", "about half an hour", "PT30M"),
])
def test_half_a_unit_is_a_duration_of_half_of_it(times, text, expr, value):
    assert (expr, value, "DURATION") in times(text, "2026-05-13")


@pytest.mark.parametrize("text, expr, value", [
    ("The company pays dividends twice yearly.", "twice yearly", "P1Y"),
    ("Take the pill three times daily.", "three times daily", "P1D"),
])
def test_a_count_with_a_frequency_adverb_is_a_set(times, text, expr, value):
    assert times(text, "2026-05-13") == [(expr, value, "SET")]


# --- "the world of tomorrow": the future as such ---

@pytest.mark.parametrize("text", [
    "The firm says it is building the cars of tomorrow.",
    '"If I were choosing the people of tomorrow, I would choose these," he said.',
])
def test_a_noun_of_tomorrow_is_the_future(times, text):
    assert times(text, "2026-05-13") == [("tomorrow", "FUTURE_REF", "DATE")]


def test_tomorrow_as_a_day_stays_the_day(times):
    assert times("The results of tomorrow's vote are uncertain.", "2026-05-13") == [("tomorrow", "2026-05-14", "DATE")]
    assert times("The leaders will meet tomorrow.", "2026-05-13") == [("tomorrow", "2026-05-14", "DATE")]


# --- "earlier today": the modifier is in the expression, as in "later this week" ---

@pytest.mark.parametrize("text, expr, value", [
    ("Earlier today, the president spoke.", "Earlier today", "2026-05-13"),
    ("The vote is expected later today.", "later today", "2026-05-13"),
    ("Later yesterday, the index fell.", "Later yesterday", "2026-05-12"),
])
def test_earlier_or_later_with_a_day_word_is_one_expression(times, text, expr, value):
    assert times(text, "2026-05-13") == [(expr, value, "DATE")]


# --- edges of the rules above, pinned (issue 14: each kills a mutant of a condition) ---

def test_quarters_in_a_list_are_no_apposition(times):
    # the first of them is numbered: a list of three quarters, not one restated
    found = times("Sales fell in the second quarter, the third quarter and the fourth quarter.", "2026-12-20")
    assert [v for _, v, _ in found] == ["2026-Q2", "2026-Q3", "2026-Q4"]


def test_a_day_ended_later_in_the_sentence_does_not_close_the_quarter(times):
    # "ended" belongs to the offer, not to the quarter named before the comma
    found = times("In the quarter, sales rose, and the offer ended July 31.", "2026-12-20")
    assert value_of(found, "the quarter") == "2026-Q3"


def test_the_following_month_of_the_same_name_is_a_year_on(times):
    found = times("The plant opened in March 1994. The following March, it hired 200 workers.", "2026-12-20")
    assert value_of(found, "The following March") == "1995-03"


def test_a_part_of_day_after_a_month_stays_without_a_value(times):
    found = times("The clinic was attacked in March. That night, police sealed the street.", "2026-12-20")
    assert value_of(found, "That night") is None  # no day to hang a part of day on (not 2026-03-XXTNI)


def test_a_quarter_of_months_told_in_its_last_month_is_last_years(times):
    # on Dec. 20 the October-December quarter has not ended: told in the past, the latest ended is 2025's
    found = times("Profits rose in the October-December quarter.", "2026-12-20")
    assert value_of(found, "the October-December quarter") == "2025-Q4"


def test_the_quarter_ended_stays_the_quarter_under_discussion_after_a_day(times):
    # a day named since ("on Tuesday") does not replace the quarter a report is about
    found = times("In the quarter ended July 31, the retailer earned $5 million, it said on Tuesday. Revenue in "
                  "the quarter rose 3%.", "2026-11-20")
    assert [v for t, v, _ in found if t == "the quarter"] == ["2026-Q2", "2026-Q2"]


def test_quarters_apart_are_no_apposition(times):
    found = times("In the year-ago quarter the company lost money; in the second quarter it earned $5 million.",
                  "2026-10-27")
    assert value_of(found, "the year-ago quarter") == "2025-Q3"
    assert value_of(found, "the second quarter") == "2026-Q2"
