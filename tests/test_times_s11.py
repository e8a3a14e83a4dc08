"""Session 11 (s11-timeml): TimeML readings checked with our own sentences, each failing on the code before
it (or pinning an edge of one): a future reported from a past time keeps its time clause in the future
("would buy as soon as trading opened Monday")."""

import pytest

from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)

# 1989-11-01 is a Wednesday: the Monday before is 1989-10-30, the one after 1989-11-06; Fridays 10-27 / 11-03


# --- a time clause of a future told in the past: its past verb is a backshifted future ---

@pytest.mark.parametrize("text, expr, value", [
    ("Dealers said the bank would sell its shares as soon as the exchange opened Monday.", "Monday", "1989-11-06"),
    ("Traders said the fund would buy shares as soon as the market opened Monday.", "Monday", "1989-11-06"),  # tagged VBN
    ("She said she would decide after the committee met Friday.", "Friday", "1989-11-03"),
    ("Brokers were expected to buy before the market closed Friday.", "Friday", "1989-11-03"),
    ("Funds were likely to sell their stakes when trading resumed Monday.", "Monday", "1989-11-06"),
    ("Investors were expected to sell before trading closed Friday.", "Friday", "1989-11-03"),  # "before" a preposition
    ("The fund was going to sell as soon as trading resumed Monday.", "Monday", "1989-11-06"),
    ("Traders say funds were expected to sell when trading resumed Monday.", "Monday", "1989-11-06"),  # under "say"
    ("The fund planned to sell its stake when trading resumed Monday.", "Monday", "1989-11-06"),
    ("She said she'd decide after the committee met Friday.", "Friday", "1989-11-03"),
    ("She said she’d decide after the committee met Friday.", "Friday", "1989-11-03"),
])
def test_a_reported_futures_time_clause_lies_ahead(times, text, expr, value):
    assert value_of(times(text, "1989-11-01"), expr) == value


@pytest.mark.parametrize("text, expr, value", [
    # a real past: the clause hangs on a past verb, on "will", or on a present modal
    ("Witnesses said the man ran off when the guards arrived Monday.", "Monday", "1989-10-30"),
    ("Talks will go on after the envoys met Monday, an aide said.", "Monday", "1989-10-30"),
    ("The singer could face a fine after he cursed on stage in January.", "January", "1989-01"),
    ("Funds are expected to sell after prices fell Monday.", "Monday", "1989-10-30"),
    # a clause of cause, not of time
    ("She said she would resign because the board met Friday.", "Friday", "1989-10-27"),
    # a past perfect in the clause is done before the time told
    ("He said he would resign after the board had met Friday.", "Friday", "1989-10-27"),
])
def test_a_time_clause_of_a_past_or_present_frame_stays_past(times, text, expr, value):
    assert value_of(times(text, "1989-11-01"), expr) == value


def test_likely_to_looks_ahead(times):
    assert value_of(times("The council is likely to vote Friday on the budget.", "1989-11-01"), "Friday") == "1989-11-03"


# --- a quarter or half owned by its year: "1988's fourth quarter" is the fourth quarter of 1988 ---

@pytest.mark.parametrize("text, expr, value", [
    ("Profit fell from 1987's fourth quarter.", "1987's fourth quarter", "1987-Q4"),
    ("Orders beat 1987\u2019s third quarter.", "1987\u2019s third quarter", "1987-Q3"),
    ("The firm sees growth in 1990's first half.", "1990's first half", "1990-H1"),
    ("Margins beat fiscal 1988's second half.", "fiscal 1988's second half", "1988-H2"),
    ("Sales slowed in last year's second half.", "last year's second half", "1988-H2"),
    ("Sales will rise in next year\u2019s first half.", "next year\u2019s first half", "1990-H1"),
])
def test_a_period_owned_by_its_year_is_that_years(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, "1989-10-26")


def test_a_years_other_possessions_are_no_period(times):
    found = times("The 1988's rules were strict. 1988's results were weak.", "1989-10-26")
    assert [v for _, v, _ in found] == ["1988", "1988"]


def test_a_half_owned_by_its_year_has_the_granularity_of_a_half():
    import datetime as dt

    from newsgraph.timex import normalize

    for text in ("1988's second half", "last year's second half"):
        n = normalize(text, dt.date(1989, 10, 26))
        assert (n.value, n.granularity) == ("1988-H2", "half")
    n = normalize("last year's second half")  # no date to count from: still a half, its value unknown
    assert (n.value, n.granularity, n.relative) == (None, "half", True)
