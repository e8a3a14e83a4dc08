"""Session 13 (s13-mut-timeml): tests that kill the mutants left alive in the functions s13-timeml added or
changed (docs/testing.md, "Session 13, s13-mut-timeml"), with our own sentences. Each names what it pins."""

import pytest

from newsgraph.times import _a_range, _habitual_at, _share_years, _year_after_second_day, _year_sharers
from newsgraph.timex import Norm, _from_ref
from test_times_timebank import times, value_of  # noqa: F401 (the same fixture: values of a text's times)


@pytest.fixture
def found_times(pipeline):
    """A text's times as TimeExpr (granularity and mod included)."""
    return lambda text, published: pipeline.extract(text, published=published).times


def _span(text, piece, after=0):
    a = text.index(piece, after)
    return a, a + len(piece)


# --- verb_tense / _copula: only an adjective's copula carries its tense ---

def test_a_pluperfect_main_verb_does_not_overtake_a_plan_in_its_complement(times):
    # "had said" is the reporting verb's tense; "are scheduled to resume" is still a plan ahead (2027-06-05 is a
    # Saturday: the coming Friday 2027-06-11)
    found = times("The minister had said the talks are scheduled to resume on Friday.", "2027-06-05")
    assert value_of(found, "Friday") == "2027-06-11"


# --- _habitual_periods, _habitual_at ---

def test_a_year_named_after_a_habitual_month_is_not_the_months(times):
    found = times("Heating bills usually peak in December, as they did last year.", "2027-06-04")
    assert ("December", "XXXX-12", "SET") in found


def test_a_habitual_month_keeps_its_granularity_and_modifier(found_times):
    t = next(t for t in found_times("Heating bills usually peak in late December.", "2027-06-04")
             if t.text == "late December")
    assert (t.value, t.type, t.granularity, t.mod) == ("XXXX-12", "SET", "month", "END")


@pytest.mark.parametrize("reach, habitual", [(80, True), (81, False)])
def test_a_habitual_adverb_reaches_back_80_characters_only(reach, habitual):
    # the adverb starting `reach` characters before the month
    text = "Usually " + "a" * (reach - len("Usually  in ")) + " in May"
    a = text.index("May")
    assert a == reach
    assert _habitual_at(text, a) is habitual


# --- _year_sharers, _a_range: which coordinated dates take the year of the next ---

def _month(value, relative=True):
    return Norm(value, "month", "DATE", None, relative)


def _items(text, *pieces):
    """(start, end, norm) of each (piece, norm) in text, in order."""
    out, after = [], 0
    for piece, norm in pieces:
        a, b = _span(text, piece, after)
        out.append((a, b, norm))
        after = b
    return out


def test_a_later_pair_of_other_times_does_not_stop_the_sharing_before_it():
    text = "Exports fell in March and April 2019, and again on Friday and in December and January."
    items = _items(text, ("March", _month("2027-03")), ("April 2019", _month("2019-04", False)),
                   ("Friday", Norm("2027-06-04", "day", "DATE", None, True)),
                   ("December", _month("2026-12")), ("January", _month("2027-01")))
    assert _year_sharers(text, items) == {0}


def test_a_later_pair_of_weekdays_does_not_stop_the_sharing_before_it():
    text = "Exports fell in March and April 2019; the port was shut from Monday to Friday."
    items = _items(text, ("March", _month("2027-03")), ("April 2019", _month("2019-04", False)),
                   ("Monday", Norm("2027-05-31", "day", "DATE", None, True)),
                   ("Friday", Norm("2027-06-04", "day", "DATE", None, True)))
    assert _year_sharers(text, items) == {0}


def test_weekdays_share_no_year_even_with_a_number_after_them():
    text = "The plant was shut from Monday to Friday last week, and 300 staff were sent home."
    items = _items(text, ("Monday", Norm("2027-05-24", "day", "DATE", None, True)),
                   ("Friday last week", Norm("2027-05-28", "day", "DATE", None, True)))
    assert _year_sharers(text, items) == set()


def test_a_year_written_after_the_second_month_is_not_its():
    text = "Snow fell in March and April, as it did in 1998."
    items = _items(text, ("March", _month("2027-03")), ("April", _month("2027-04")))
    assert _year_sharers(text, items) == set()


def test_a_list_comma_counts_only_as_a_comma():
    # "then in" between March and April: not a list, though April shares May's year
    text = "Prices rose in March, then in April and May 2019."
    items = _items(text, ("March", _month("2027-03")), ("April", _month("2027-04")),
                   ("May 2019", _month("2019-05", False)))
    assert _year_sharers(text, items) == {1}


@pytest.mark.parametrize("text, first, second, in_range", [
    ("in December and January", "December", "January", False),  # "and" alone: no range
    ("between December and January", "December", "January", True),
    ("from December to January", "December", "January", True),
])
def test_a_range_needs_a_range_word(text, first, second, in_range):
    a, b = _span(text, first)
    assert _a_range(text, a, b, text.index(second)) is in_range


# --- _share_years ---

def test_a_sharer_keeps_all_but_its_year():
    out = _share_years([Norm("2027-03", "month", "DATE", "START", True), _month("2019-04", False)], {0})
    assert out[0] == Norm("2019-03", "month", "DATE", "START", True)


def test_a_value_without_a_year_of_digits_is_left_alone():
    resolved = [Norm("XXXX-03", "month", "DATE", None, True), _month("2019-04", False)]
    assert _share_years(resolved, {0}) == resolved
    resolved = [_month("2027-03"), Norm("PAST_REF", None, "DATE")]
    assert _share_years(resolved, {0}) == resolved


def test_a_sharer_after_one_left_alone_still_shares():
    resolved = [_month("2027-03"), _month("2019-04", False), _month("2027-05"), Norm("XXXX-06", "month", "SET")]
    assert _share_years(resolved, {0, 2})[0].value == "2019-03"


@pytest.mark.parametrize("this, nxt, value", [
    (Norm("2027-WI", "season", "DATE", None, True), Norm("1987-SP", "season"), "1987-WI"),  # seasons: no order
    (_month("2027-05"), _month("2019-05", False), "2019-05"),  # the same month: the same year
    (_month("2027-11"), _month("2019-02", False), "2018-11"),
])
def test_the_year_a_sharer_takes(this, nxt, value):
    assert _share_years([this, nxt], {0})[0].value == value


# --- _year_after_second_day ---

def _day(value, mod=None, relative=True):
    return Norm(value, "day", "DATE", mod, relative)


def test_a_year_after_a_second_day_is_both_days_and_keeps_the_rest():
    # the first day is the last one before the second (not April 28, nor June 9 after it)
    text = "Talks ran on April 28, on May 3 and 4, 1997, and again on June 9."
    kept = [(_span(text, "April 28"), _day("2027-04-28")), (_span(text, "May 3"), _day("2027-05-03", "START")),
            (_span(text, "1997"), Norm("1997", "year", "DATE")), (_span(text, "June 9"), _day("2027-06-09"))]
    second = (_span(text, "4"), _day("2027-05-04"))
    out = sorted(_year_after_second_day(text, kept, [second]), key=lambda k: k[0])
    assert out == [kept[0], (kept[1][0], Norm("1997-05-03", "day", "DATE", "START", True)),
                   ((second[0][0], text.index("1997") + 4), Norm("1997-05-04", "day", "DATE")), kept[3]]


def test_a_second_day_with_no_first_before_it():
    text = "On the 3rd and 4, 1997 nothing happened."
    second = (_span(text, "4"), _day("2027-05-04"))
    assert _year_after_second_day(text, [], [second]) == [((second[0][0], text.index("1997") + 4),
                                                           Norm("1997-05-04", "day", "DATE"))]


def test_a_second_day_without_a_year_does_not_stop_the_next():
    text = "On May 3 and 4 and on June 7 and 8, 1997 the talks went on."
    kept = [(_span(text, "May 3"), _day("2027-05-03")), (_span(text, "June 7"), _day("2027-06-07"))]
    seconds = [(_span(text, "4"), _day("2027-05-04")), (_span(text, "8"), _day("2027-06-08"))]
    values = sorted(n.value for _, n in _year_after_second_day(text, kept, seconds))
    assert values == ["1997-06-07", "1997-06-08", "2027-05-03", "2027-05-04"]


# --- timex._from_ref: a week counted from the week or day named last ---

@pytest.mark.parametrize("ref, k, unit, expected", [
    ("2027-05-04", 1, "week", ("2027-W19", "week")),
    ("2027-05-04", 0, "weekend", ("2027-W18-WE", "week")),
    ("2027-W18-WE", 1, "weekend", ("2027-W19-WE", "week")),
    ("2027-W18", -1, "week", ("2027-W17", "week")),
])
def test_a_week_from_the_one_named_last(ref, k, unit, expected):
    assert _from_ref(ref, k, unit) == expected


# --- verb_tense: "due" itself in the pluperfect (no infinitive after it) ---

@pytest.mark.parametrize("text, value", [
    ("The rent had been due on Friday, but the tenant paid it late.", "2027-06-04"),  # overtaken: the Friday before
    ("The rent is due on Friday, the landlord said.", "2027-06-11"),
])
def test_due_in_the_pluperfect_is_past(times, text, value):
    assert value_of(times(text, "2027-06-05"), "Friday") == value


@pytest.mark.parametrize("text, value", [
    # July 30 lies nearer ahead of 2027-02-10 (170 days) than behind (195): only "past" reads it as last year's
    ("The truce had been due to end on July 30, but both sides kept to it.", "2026-07-30"),
    ("The truce is due to end on July 30, the ministry said.", "2027-07-30"),
])
def test_a_date_due_in_the_pluperfect_is_past(times, text, value):
    assert value_of(times(text, "2027-02-10"), "July 30") == value


# --- _coordinated_periods: a pair without a year does not stop the pairs after it ---

def test_a_yearless_pair_of_quarters_does_not_stop_a_dated_pair_after_it(times):
    found = times("Sales rose in the first and second quarters, and the third and fourth quarters of 1997 were flat.",
                  "2027-06-05")
    assert value_of(found, "third") == "1997-Q3"
    assert value_of(found, "fourth quarters of 1997") == "1997-Q4"


# --- times.run: "that week" is told from the week named last, not from a comparison named after it ---

def test_a_compared_date_after_a_week_does_not_become_the_week(times):
    found = times("Protests spread last week, when sales fell 3% from a year earlier. That week the police made 40 "
                  "arrests.", "2027-06-04")
    assert value_of(found, "a year earlier") == "2026"
    assert value_of(found, "That week") == "2027-W21"
