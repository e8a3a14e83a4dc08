"""timex.normalize: TIMEX3 values of single expressions, against fixed document dates."""

import datetime as dt

import pytest

from newsgraph.timex import easter, normalize, pick_period, weekday_date

SUN = dt.date(2026, 1, 25)  # a Sunday
WED = dt.date(2025, 12, 31)  # a Wednesday, last day of the year
LEAP = dt.date(2024, 3, 1)  # a Friday just after 29 February 2024


def val(text, anchor=SUN, tense=None, **kw):
    n = normalize(text, anchor, tense, **kw)
    return None if n is None else n.value


@pytest.mark.parametrize("text,value,gran", [
    ("January 19, 2026", "2026-01-19", "day"),
    ("Jan. 19, 2026", "2026-01-19", "day"),
    ("19 January 2026", "2026-01-19", "day"),
    ("the 19th of January, 2026", "2026-01-19", "day"),
    ("Monday, January 19, 2026", "2026-01-19", "day"),
    ("2026-01-19", "2026-01-19", "day"),
    ("October 7, 2023", "2023-10-07", "day"),
    ("October 2023", "2023-10", "month"),
    ("October of 2023", "2023-10", "month"),
    ("2003", "2003", "year"),
    ("the year 2000", "2000", "year"),
    ("the 1990s", "199", "decade"),
    ("the '90s", "199", "decade"),
    ("the 2010s", "201", "decade"),
    ("the 19th century", "18", "century"),
    ("the twenty-first century", "20", "century"),
    ("summer 2001", "2001-SU", "season"),
    ("the fourth quarter of 2004", "2004-Q4", "quarter"),
    ("Q3 2025", "2025-Q3", "quarter"),
    ("the first half of 2004", "2004-H1", "half"),
    ("fiscal 2025", "2025", "year"),  # TimeML corpora: the year itself
    ("FY24", "2024", "year"),
    ("Christmas 2004", "2004-12-25", "day"),
    ("Easter 2025", "2025-04-20", "day"),
    # US public days by their rules: the Tuesday after the first Monday of November, the first Monday
    # of September, the last Monday of May, the third Monday of January
    ("Election Day 2020", "2020-11-03", "day"),
    ("Election Day 1998", "1998-11-03", "day"),
    ("Election Day 2026", "2026-11-03", "day"),
    ("Election Day 2022", "2022-11-08", "day"),  # November opens on a Tuesday: not the 1st
    ("Labor Day 1998", "1998-09-07", "day"),
    ("Memorial Day 1999", "1999-05-31", "day"),
    ("Memorial Day 2026", "2026-05-25", "day"),
    ("Martin Luther King Day 2000", "2000-01-17", "day"),
    ("Veterans Day 2001", "2001-11-11", "day"),
])
def test_absolute(text, value, gran):
    n = normalize(text)  # no anchor needed
    assert (n.value, n.granularity, n.relative) == (value, gran, False)


@pytest.mark.parametrize("text,value", [
    ("today", "2026-01-25"),
    ("yesterday", "2026-01-24"),
    ("tomorrow", "2026-01-26"),
    ("the day before yesterday", "2026-01-23"),
    ("two days ago", "2026-01-23"),
    ("a week ago", "2026-W03"),
    ("three months ago", "2025-10"),
    ("a year ago", "2025"),
    ("10 years ago", "2016"),
    ("in two weeks", "2026-W06"),
    ("this week", "2026-W04"),
    ("last week", "2026-W04"),  # on a Sunday, the week just ending (ISO weeks end on Sunday), not the one before
    ("next week", "2026-W05"),
    ("this weekend", "2026-W04-WE"),
    ("this month", "2026-01"),
    ("last month", "2025-12"),
    ("next month", "2026-02"),
    ("earlier this month", "2026-01"),
    ("this year", "2026"),
    ("last year", "2025"),
    ("next year", "2027"),
    ("earlier this year", "2026"),
    ("later this year", "2026"),
    ("later in the year", "2026"),
    ("the previous year", "2025"),
    ("this decade", "202"),
    ("last quarter", "2025-Q4"),
    ("the current quarter", "2026-Q1"),
    ("October last year", "2025-10"),
    ("February next year", "2027-02"),
    ("last November", "2025-11"),
    ("next March", "2026-03"),
    ("last summer", "2025-SU"),
    ("next spring", "2026-SP"),
    ("this morning", "2026-01-25TMO"),
    ("last night", "2026-01-24TNI"),
    ("tonight", "2026-01-25TNI"),
    ("yesterday afternoon", "2026-01-24TAF"),
    ("the current fiscal year", "2026"),
])
def test_deictic(text, value):
    n = normalize(text, SUN)
    assert n.value == value and n.relative


def test_relative_without_anchor_has_null_value():
    n = normalize("last week")
    assert n.value is None and n.relative and n.granularity == "week"
    n = normalize("Sunday")
    assert n.value is None and n.weekday == 6


@pytest.mark.parametrize("text,mod,value", [
    ("the end of December", "END", "2025-12"),
    ("late December", "END", "2025-12"),
    ("early 2002", "START", "2002"),
    ("mid-2005", "MID", "2005"),
    ("the middle of 2006", "MID", "2006"),
    ("the beginning of next year", "START", "2027"),
    ("the late 1990s", "END", "199"),
    ("since 2022", "ON_OR_AFTER", "2022"),
    ("since the end of 2022", "END", "2022"),
    ("until 2030", "ON_OR_BEFORE", "2030"),
    ("by 2050", "ON_OR_BEFORE", "2050"),
    ("before December 2006", "BEFORE", "2006-12"),
    ("more than a year", "MORE_THAN", "P1Y"),
    ("at least 18 months", "EQUAL_OR_MORE", "P18M"),
    ("up to 20 years", "EQUAL_OR_LESS", "P20Y"),
    ("about three years", "APPROX", "P3Y"),
    ("less than a quarter", "LESS_THAN", "P1Q"),
])
def test_mods(text, mod, value):
    n = normalize(text, SUN, "past")
    assert (n.mod, n.value) == (mod, value)


@pytest.mark.parametrize("text,value,type_", [
    ("three years", "P3Y", "DURATION"),
    ("two-hour", "PT2H", "DURATION"),
    ("24 hours", "PT24H", "DURATION"),
    ("a decade", "P10Y", "DURATION"),
    ("two and a half years", "P2Y6M", "DURATION"),
    ("5 1/2 hours", "PT5H30M", "DURATION"),
    ("a minute and a half", "PT1M30S", "DURATION"),
    ("three-day", "P3D", "DURATION"),
    ("the past 10 years", "P10Y", "DURATION"),
    ("the past year", "2025", "DATE"),  # TimeBank: the year before, not a stretch
    ("the past two years", "P2Y", "DURATION"),
    ("the next few months", "PXM", "DURATION"),
    ("several weeks", "PXW", "DURATION"),
    ("decades", "PXY", "DURATION"),
    ("a fortnight", "P2W", "DURATION"),
    ("annual", "P1Y", "SET"),
    ("quarterly", "P3M", "SET"),
    ("every week", "P1W", "SET"),
    ("every Monday", "XXXX-WXX-1", "SET"),
    ("now", "PRESENT_REF", "DATE"),
    ("currently", "PRESENT_REF", "DATE"),
    ("recently", "PAST_REF", "DATE"),
    ("in recent years", "PAST_REF", "DATE"),
    ("the coming weeks", "FUTURE_REF", "DATE"),
    ("a few years ago", "PAST_REF", "DATE"),
])
def test_durations_sets_refs(text, value, type_):
    n = normalize(text, SUN)
    assert (n.value, n.type) == (value, type_)


@pytest.mark.parametrize("text", ["10bn", "Easyjet", "325.5p", "14-year-old", "54 years old",
                                  "the same period", "an important year", ""])
def test_not_read(text):
    assert normalize(text, SUN) is None or normalize(text, SUN).value is None


def test_the_year_alone_is_the_year_under_discussion():
    assert normalize("the year", SUN).value == str(SUN.year)  # "a high for the year"
    assert normalize("the year", SUN, ref="2019-05").value == "2019"  # the year the text last named
    assert normalize("the year", None).value is None and normalize("the month", SUN) is None
    assert normalize("the week of March 6", dt.date(2000, 2, 24), "future").value == "2000-W10"
    # spelt tens and units with a space, as transcripts write them
    assert normalize("the last twenty four hours").value == "PT24H"


def test_anaphoric_earlier_later_are_null():
    n = normalize("two years later", SUN)
    assert n.value is None and n.granularity == "year"
    assert normalize("that year", SUN, ref="2003").value == "2003"
    assert normalize("the following year", SUN, ref="2003-05").value == "2004"
    assert normalize("the same day", SUN, ref="2023-10-07").value == "2023-10-07"


class TestWeekdays:
    def test_past_tense_is_on_or_before(self):
        assert val("Sunday", SUN, "past") == "2026-01-25"  # the same day
        assert val("Saturday", SUN, "past") == "2026-01-24"
        assert val("Monday", SUN, "past") == "2026-01-19"

    def test_future_tense_is_on_or_after(self):
        assert val("Sunday", SUN, "future") == "2026-01-25"
        assert val("Monday", SUN, "future") == "2026-01-26"
        assert val("Saturday", SUN, "future") == "2026-01-31"

    def test_present_counts_as_future_and_no_tense_as_past(self):
        assert val("Tuesday", SUN, "present") == "2026-01-27"
        assert val("Tuesday", SUN, None) == "2026-01-20"

    def test_last_and_next_are_strict(self):
        assert val("last Sunday", SUN) == "2026-01-18"
        assert val("next Sunday", SUN) == "2026-02-01"
        assert val("last Friday", SUN) == "2026-01-23"
        assert val("next Friday", SUN) == "2026-01-30"

    def test_across_the_year_boundary(self):
        assert val("Friday", WED, "future") == "2026-01-02"
        assert val("Thursday", WED, "past") == "2025-12-25"
        assert val("Monday next week", WED) == "2026-01-05"

    def test_part_of_day(self):
        n = normalize("Friday night", SUN, "past")
        assert (n.value, n.type) == ("2026-01-23TNI", "TIME")

    def test_weekday_with_date_picks_the_matching_year(self):
        assert val("Monday 6 December", dt.date(2005, 3, 15)) == "2004-12-06"
        assert val("Monday 6 December", dt.date(2005, 3, 15), "future") == "2004-12-06"  # a wrong tense guess
        assert val("Friday 6 December", dt.date(2005, 3, 15), "past") == "2004-12-06"  # no such year near: date wins


class TestYearless:
    def test_month_by_tense(self):
        assert val("December", SUN, "past") == "2025-12"
        assert val("December", SUN, "future") == "2026-12"
        assert val("March", SUN, None) == "2026-03"  # nearest
        assert val("January", SUN, "past") == "2026-01"  # the current month is on or before

    def test_day_by_tense(self):
        assert val("October 3", SUN, "past") == "2025-10-03"
        # a past clause naming a date 5 weeks ahead rather than 11 months back ("declared a dividend
        # payable March 3"), as TimeML corpora read it; after "since" only the past one will do
        assert val("March 3", SUN, "past") == "2026-03-03"
        assert val("since March 3", SUN, "past") == "2025-03-03"
        assert val("March 3", SUN, "future") == "2026-03-03"
        assert val("24 December", SUN, None) == "2025-12-24"

    def test_leap_day(self):
        assert val("February 29", SUN, "past") == "2024-02-29"
        assert val("February 29", LEAP, "past") == "2024-02-29"
        assert val("February 29", LEAP, "future") == "2028-02-29"
        assert normalize("February 29, 2023") is None  # no such day
        assert val("February 29, 2024") == "2024-02-29"

    def test_season_and_holiday(self):
        assert val("the summer", SUN, "past") == "2025-SU"
        assert val("Christmas", SUN, "past") == "2025-12-25"
        assert val("Christmas", SUN, "future") == "2026-12-25"
        assert val("Thanksgiving", SUN, "past") == "2025-11-27"

    def test_quarter_without_year_is_the_latest_reported(self):
        assert val("the third quarter", SUN) == "2025-Q3"
        assert val("the first quarter", SUN, "future") == "2026-Q1"


class TestAmbiguousNumericDates:
    def test_day_first_when_first_part_exceeds_12(self):
        assert val("25/12/2025") == "2025-12-25"

    def test_month_first_otherwise(self):
        assert val("3/4/2025") == "2025-03-04"
        assert val("12/25/2025") == "2025-12-25"

    def test_dotted_is_day_first(self):
        assert val("03.04.2025") == "2025-04-03"

    def test_invalid(self):
        assert normalize("31/31/2025") is None


def test_helpers():
    assert easter(2024) == dt.date(2024, 3, 31) and easter(2026) == dt.date(2026, 4, 5)
    assert weekday_date(SUN, 6, "past") == SUN and weekday_date(SUN, 6, "last") == dt.date(2026, 1, 18)
    assert weekday_date(SUN, 6, "next") == dt.date(2026, 2, 1)
    got = pick_period(SUN, "past", lambda y: (dt.date(y, 12, 1), dt.date(y, 12, 31), str(y)))
    assert got[2] == "2025"


def test_possessive_and_case():
    assert val("Last year's") == "2025"
    assert val("SUNDAY", SUN, "past") == "2026-01-25"


from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.sampled_from(["the", "end", "of", "last", "next", "since", "early", "mid-", "2024", "29", "February",
                          "Monday", "week", "years", "ago", "a", "three", "quarter", "Q5", "0s", "31/02/2025",
                          "99", "noon", "12:61", "fiscal", "'", "’s", "-", ",", "more", "than", "Christmas"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=6), st.sampled_from([None, "past", "future", "present"]),
       st.sampled_from([None, SUN, WED, LEAP, dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
def test_never_raises(words, tense, anchor):
    n = normalize(" ".join(words), anchor, tense)
    assert n is None or n.value is None or isinstance(n.value, str)


@pytest.mark.parametrize("text,value", [
    ("last quarter", "2025-Q4"), ("this quarter", "2026-Q1"), ("next quarter", "2026-Q2"),
    ("a quarter ago", "2025-Q4"),
])
def test_relative_quarter_on_the_last_month_of_a_quarter(text, value):
    # 15 March is in Q1: month // 3 (instead of (month - 1) // 3) would put it in Q2
    assert val(text, dt.date(2026, 3, 15)) == value


def test_quarters_under_discussion():
    oct27 = dt.date(1989, 10, 27)
    assert val("the quarter", oct27, "past") == "1989-Q3"  # the latest completed one
    assert val("the quarter", oct27, "past", ref="1989-Q2") == "1989-Q2"  # the one the text is about
    assert val("the year-ago quarter", oct27, None, ref="1989-Q3") == "1988-Q3"
    assert val("the year-earlier third quarter", oct27, "past") == "1988-Q3"
    assert val("year-earlier", oct27, None, ref="1989-Q3") == "1988-Q3"
    assert val("a year earlier", oct27, "past", ref="1989-Q3") == "1988-Q3"
    assert val("a year ago", oct27, "past", ref="1989-Q3") == "1988-Q3"  # "profit of $5m a year ago"
    assert val("a year ago", oct27, "past") == "1988"
    assert val("two months later", oct27, "past", ref="1989-06-02") == "1989-08-02"
    assert val("two months later", oct27, "past") is None  # nothing to count from
    # days and hours between two events are a stretch of time in TimeML corpora
    n = normalize("three days later", oct27, "past", ref="1989-10-02")
    assert (n.value, n.type) == ("P3D", "DURATION")
    assert val("a few hours earlier", oct27, "past") == "PTXH"
    assert val("days later", oct27, "past") == "PXD"
    assert val("2.3 days later", oct27, "past") is None  # no TIMEX3 value for that: not read
    # a named quarter in the future tense: the next to be reported, which may have just ended
    assert val("third-quarter", oct27, "future") == "1989-Q3"
    assert val("the first quarter", oct27, "future") == "1990-Q1"
    assert val("the first quarter", oct27, "past") == "1989-Q1"


@pytest.mark.parametrize("text,value,type_", [
    ("nineteen ninety-six", "1996", "DATE"),
    ("January nineteen ninety-seven", "1997-01", "DATE"),
    ("the year two thousand", "2000", "DATE"),
    ("each July", "XXXX-07", "SET"),
    ("every day", "P1D", "SET"),
    ("the final three months of 2023", "2023-Q4", "DATE"),
    ("the first six months of 2023", "2023-H1", "DATE"),
    ("10 p.m. Wednesday", "2026-01-21T22:00", "TIME"),
    ("noon Thursday", "2026-01-22T12:00", "TIME"),
    ("Friday at 9 a.m.", "2026-01-23T09:00", "TIME"),
])
def test_timeml_forms(text, value, type_):
    n = normalize(text, SUN, "past")
    assert (n.value, n.type) == (value, type_)


@pytest.mark.parametrize("text,value,mod", [
    ("the end of the year", "2026", "END"), ("year-end", "2026", "END"), ("the nineties", "199", None),
    ("the near term", "FUTURE_REF", None),
])
def test_positions_decade_words_and_terms(text, value, mod):
    n = normalize(text, SUN, "past")
    assert (n.value, n.mod) == (value, mod)
    assert normalize("the month", SUN, "past") is None  # alone it is too often generic: not read


def test_periods_of_a_quarterly_report():
    oct27 = dt.date(1989, 10, 27)
    assert val("the 1988 quarter", oct27, "past", ref="1989-Q3") == "1988-Q3"
    assert val("the year-ago period", oct27, "past", ref="1989-Q3") == "1988-Q3"
    assert normalize("the year-ago period", oct27, "past") is None  # not about a quarter: not read
