"""Session 18 (s18-time): which March a past report means when the coming March is nearer than the last one.
The stage lets a past clause name a coming month when that one is far nearer ("declared a dividend payable in
January" in November: the coming January); two readings of English close that look-ahead. Sentences are our
own; the document date is a Wednesday in November, so the coming March is four months ahead and the last one
eight months back. Cases marked "edge pinned" pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-11-17"


# --- a stretch a past verb reports on has ended: the month that closes it is the last one ---

@pytest.mark.parametrize("text, month, value", [
    ("The brewer posted a loss in the year to March.", "March", "2027-03"),
    ("Sales fell 3% in the three months to March.", "March", "2027-03"),
    ("Exports grew in the 12 months through February.", "February", "2027-02"),
    ("Profit rose in the half ending March.", "March", "2027-03"),  # "ending" hangs on the noun: its clause's tense
])
def test_the_month_closing_a_past_stretch_is_the_last_one(times, text, month, value):
    assert (month, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, month, value", [
    ("Profits in the year to March will rise, the brewer said.", "March", "2028-03"),  # a forecast looks ahead
    ("The brewer declared a dividend payable in January.", "January", "2028-01"),  # the look-ahead itself
    ("The brewer agreed to buy the maltings in February.", "February", "2028-02"),  # a plan
])
def test_a_coming_month_outside_a_past_stretch_stays_ahead(times, text, month, value):  # edge pinned
    assert (month, value, "DATE") in times(text, DATE)


# --- a pluperfect's bound ("by", "until") lies before the telling ---

@pytest.mark.parametrize("text, month, value", [
    ("By March, the militia had withdrawn from the valley.", "March", "2027-03"),
    ("The ferry route had been closed until March.", "March", "2027-03"),
])
def test_a_pluperfects_bound_is_the_last_month(times, text, month, value):
    found = times(text, DATE)
    assert [(t, v) for t, v, _ in found if t.endswith(month)] == [(found[0][0], value)]
    assert found[0][0] in (month, f"By {month}", f"until {month}")


@pytest.mark.parametrize("text, month, value", [
    ("The ferry route has been closed until March.", "March", "2028-03"),  # a present perfect's state runs on
    ("The envoys had been talking about the minister's visit in March.", "March", "2028-03"),  # the noun's time
    ("The rebels had agreed to leave the valley by March.", "March", "2028-03"),  # a plan under the pluperfect
])
def test_a_time_not_bounding_the_pluperfect_keeps_its_look_ahead(times, text, month, value):  # edge pinned
    assert [v for t, v, _ in times(text, DATE) if t.endswith(month)] == [value]


# --- a weekday a report tells in the past (pluperfect or simple past) lies before the report's own day ---

@pytest.mark.parametrize("text, day, value", [
    ("The minister said on Friday that she had resigned on Monday.", "Monday", "2027-11-08"),  # Friday = Nov. 12
    ("Police said Thursday the gunman had fled on Friday.", "Friday", "2027-11-05"),  # the Friday before Nov. 11
    ("On Friday the court heard that the accused had bought the knife on Wednesday.", "Wednesday", "2027-11-10"),
    ("The minister had resigned on Monday, officials said on Friday.", "Monday", "2027-11-08"),  # report after
    ("Officials said on Friday the minister resigned on Monday.", "Monday", "2027-11-08"),  # a backshifted past
    ("The minister resigned on Monday, officials said on Friday.", "Monday", "2027-11-08"),
])
def test_a_weekday_reported_in_the_past_lies_before_the_reports_day(times, text, day, value):
    assert (day, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, day, value", [
    ("Police said Tuesday that the gunman had been arrested on Friday.", "Friday", "2027-11-12"),  # already before
    ("The minister said on Monday that she would resign on Friday.", "Friday", "2027-11-19"),  # a future in the past
    ("The officials spoke on Friday. The minister had resigned on Monday.", "Monday", "2027-11-15"),  # another sentence
    ("The minister resigned on Monday, and the cabinet met on Friday.", "Monday", "2027-11-15"),  # no report
])
def test_a_weekday_outside_a_past_report_is_unchanged(times, text, day, value):  # edge pinned
    assert (day, value, "DATE") in times(text, DATE)


def test_a_day_bounding_the_pluperfect_is_not_moved(times):  # edge pinned
    text = "Shares rose to highs on Wednesday, though only the Nasdaq had held its gains by the end of Thursday."
    assert [v for t, v, _ in times(text, DATE) if t.endswith("Thursday")] == ["2027-11-11"]


def test_the_reports_own_weekday_stays_that_day(times):  # edge pinned
    found = times("The minister said on Friday that she had resigned on Friday.", DATE)
    assert [v for t, v, _ in found if t == "Friday"] == ["2027-11-12", "2027-11-12"]


# --- an infinitive on a noun names what is still to come ---

@pytest.mark.parametrize("text, day, value", [
    ("Officials met in the capital. The results, to be announced Tuesday, will show a drop.", "Tuesday", "2027-11-23"),
    ("Officials met in the capital. The report to be published Tuesday shows a drop.", "Tuesday", "2027-11-23"),
    ("Officials met in the capital. The reforms to be unveiled on Friday include tax cuts.", "Friday", "2027-11-19"),
])
def test_an_infinitive_on_a_noun_looks_ahead(times, text, day, value):
    assert (day, value, "DATE") in times(text, DATE)


def test_an_infinitive_on_a_noun_looks_ahead_to_a_month(times):  # in March the last January is nearer
    found = times("The coach has no budget to sign players in January.", "2027-03-15")
    assert ("January", "2028-01", "DATE") in found


@pytest.mark.parametrize("text, day, value", [
    ("Officials met in the capital. The vote to be held Sunday was postponed.", "Sunday", "2027-11-14"),  # past frame
    ("Officials met in the capital. He had a chance to win the title on Sunday.", "Sunday", "2027-11-14"),
])
def test_an_infinitive_on_a_noun_in_a_past_clause_is_unchanged(times, text, day, value):  # edge pinned
    assert (day, value, "DATE") in times(text, DATE)


def test_a_time_below_the_infinitives_object_is_not_moved(times):  # edge pinned
    # the autumn is the results' time, not the building's: read as before (the nearer, last autumn in March)
    found = times("The side has a chance to build on the promise of its autumn results.", "2027-03-15")
    assert ("autumn", "2026-FA", "DATE") in found


# --- a participle on a noun shares the time of the noun's clause ---

@pytest.mark.parametrize("text, day, value", [
    ("Officials met in the capital. Talks resuming Thursday will focus on trade.", "Thursday", "2027-11-18"),
    ("Officials met in the capital. The man facing trial on Monday denies the charge.", "Monday", "2027-11-22"),
])
def test_a_participle_on_a_noun_takes_its_clauses_time(times, text, day, value):
    assert (day, value, "DATE") in times(text, DATE)


def test_a_participle_in_a_past_clause_stays_past(times):  # edge pinned
    found = times("Officials met in the capital. Protesters marching on Saturday were arrested.", DATE)
    assert ("Saturday", "2027-11-13", "DATE") in found
