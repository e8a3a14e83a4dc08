"""Session 23 (s23-time): wire-style times read as the TimeML guidelines read them (docs/accuracy.md "Session 23,
s23-time"). Sentences are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-12"  # a Friday: Monday 2027-03-08


def _mods(pipeline, text):
    doc = pipeline.extract(text, published=DATE)
    return [(t.text, t.value, t.mod) for t in doc.times]


@pytest.mark.parametrize("text, span, value", [
    # "over" hung on a verb or noun is the preposition "across": out of the extent, no MORE_THAN
    ("The loan will be repaid over five years.", "five years", "P5Y"),
    ("The network evolved over several years, its founder said.", "several years", "PXY"),
    ("The project has cost $2 billion over 10 years.", "10 years", "P10Y"),
    ("Heavy fighting over two days left 40 dead.", "two days", "P2D"),
    ("Sales grew 5 percent over a year earlier.", "a year earlier", "2026"),
])
def test_over_across_a_stretch_is_no_more_than(pipeline, text, span, value):
    assert (span, value, None) in _mods(pipeline, text)


@pytest.mark.parametrize("text, span, value", [
    # edges pinned: "over" as "more than" (a number's modifier, or after a verb whose object is a length)
    ("He has lived there for over 30 years.", "over 30 years", "P30Y"),
    ("The strike has lasted over three weeks.", "over three weeks", "P3W"),
    ("Over 30 years ago, the dam burst.", "Over 30 years ago", "1997"),
])
def test_over_as_more_than_stays(pipeline, text, span, value):
    assert (span, value, "MORE_THAN") in _mods(pipeline, text)


@pytest.mark.parametrize("text, value", [
    # a count of things just before "in as many <units>" counts the units too
    ("Four coups in as many years left the country in ruins.", "P4Y"),
    ("The country has had three prime ministers in as many years.", "P3Y"),
    ("The firm posted 3 losses in as many quarters.", "P3Q"),
    ("Two of the three attacks in as many days hit markets.", "P3D"),  # the nearer count
    ("It was the second bombing in as many days.", "P2D"),  # edge pinned: the ordinal
])
def test_in_as_many_units_after_a_count(times, text, value):
    found = times(text, DATE)
    assert any(v == value and t.endswith("many " + t.split()[-1]) for t, v, _ in found), found


@pytest.mark.parametrize("text, span, value", [
    # a part of the day after "in", "during", "throughout": a TIME on the day under discussion
    ("The fighting eased in the afternoon.", "the afternoon", "2027-03-12TAF"),
    ("He was shot in the evening, police said.", "the evening", "2027-03-12TEV"),
    # edges pinned (the parser's own TIME entity finds these): the day under discussion, the night
    ("The talks began on Monday. In the afternoon, the envoy left.", "the afternoon", "2027-03-08TAF"),
    ("Shelling continued throughout the morning.", "the morning", "2027-03-12TMO"),
    ("Shelling continued during the night.", "the night", "2027-03-12TNI"),
])
def test_a_part_of_the_day_after_in(times, text, span, value):
    assert (span, value, "TIME") in times(text, DATE)


@pytest.mark.parametrize("text", [
    "He works in the morning shift at the mill.",
    "The story ran in the evening edition.",
    "The attack came in the night of the election.",
])
def test_a_part_of_the_day_naming_a_kind_is_no_time(times, text):
    assert times(text, DATE) == []


@pytest.mark.parametrize("text, value", [
    # an event "since" introduces lies before now: its month is the last one, however near the next
    ("He has been in custody since his arrest in June.", "2026-06"),
    ("Since taking office in June, he has cut taxes.", "2026-06"),
    ("The park has been shut since flooding in June.", "2026-06"),
    ("Exports have fallen since the crisis began in June.", "2026-06"),
])
def test_a_month_dating_what_since_introduces_is_past(times, text, value):
    assert ("June", value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, value", [
    # edges pinned: no "since" above the month, a coming June stays coming
    ("He will be in office until the vote in June.", "2027-06"),
    ("The park, shut since the flood, will reopen in June.", "2027-06"),
])
def test_a_month_without_since_above_it_keeps_its_tense(times, text, value):
    assert ("June", value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, first, value", [
    # a day number before "and"/"to" and a day written before its month is a day of that month
    ("The talks were held on 3 and 4 March.", "3", "2027-03-03"),
    ("The talks were held from 8 to 12 October in Vienna.", "8", "2026-10-08"),
    ("Polls open on 3rd and 4th May.", "3rd", "2027-05-03"),
])
def test_a_first_day_before_a_day_and_month(times, text, first, value):
    assert (first, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text", [
    "The talks were held on 30 and 4 March.",  # no pair that counts on
    "Prices rose 1.3 and 4 March figures fell.",  # a decimal, not a day
])
def test_no_first_day_without_a_pair(times, text):
    found = times(text, DATE)
    assert not any(t in ("30", "3") for t, _, _ in found), found


@pytest.mark.parametrize("text, day, value", [
    # a weekday coordinated after a weekly set recurs as well
    ("The clinic opens every Monday and Thursday.", "Thursday", "XXXX-WXX-4"),
    ("The clinic opens every Monday, Wednesday and Friday.", "Wednesday", "XXXX-WXX-3"),
    ("The clinic opens every Monday, Wednesday and Friday.", "Friday", "XXXX-WXX-5"),
    ("Guards check passes each Tuesday or Saturday.", "Saturday", "XXXX-WXX-6"),
])
def test_a_weekday_after_a_weekly_set_recurs(times, text, day, value):
    assert (day, value, "SET") in times(text, DATE)


@pytest.mark.parametrize("text, day, value", [
    ("Talks are held every Monday, and Thursday the council votes.", "Thursday", "2027-03-18"),  # clauses joined
    ("The minister met reporters on Tuesday and Friday.", "Friday", "2027-03-12"),  # edge pinned: no set before
])
def test_a_weekday_not_sharing_a_set_is_a_date(times, text, day, value):
    assert (day, value, "DATE") in times(text, DATE)


# --- mutation pins (scripts/mutloop.py on the functions this session added) ---

@pytest.mark.parametrize("text, value", [
    ("Prices have been steady since the vote was in June.", "2026-06"),  # edge pinned: past by its own verb
    ("The vote will be held if the rebels return in June.", "2027-06"),  # another subordinator
    ("Since promising to visit in June, the envoy has said little.", "2027-06"),  # "since" above the first verb
    ("Plans for the summit in June.", "2027-06"),  # no verb: the walk ends at the root
    ("Since saying the vote would be in June, the minister has kept quiet.", "2027-06"),  # stops at "be"
    ("The summit of the leaders of the nations of the region in June.", "2027-06"),  # a long way up, no verb
])
def test_since_above_a_month_is_read_only_up_to_its_verb(times, text, value):
    assert ("June", value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text, span", [
    ("He spent over two years in jail.", "over two years"),  # "over" on a verb whose object is a length
    ("The meeting lasted more than four hours.", "more than four hours"),  # no "over" at all
])
def test_more_than_without_over_across(pipeline, text, span):
    assert any(t == span and m == "MORE_THAN" for t, _, m in _mods(pipeline, text))


@pytest.mark.parametrize("text, value", [
    ("It was the 3rd attack in as many days.", "P3D"),
    ("It was the 12th strike in as many weeks.", "P12W"),  # an ordinal read from its digits
    ("It was the 6th protest in as many days.", "P6D"),
])
def test_in_as_many_after_a_written_ordinal(times, text, value):
    found = times(text, DATE)
    assert any(v == value and t.startswith("many") for t, v, _ in found), found


@pytest.mark.parametrize("text, first, value", [
    ("3 and 4 March were holidays.", "3", "-03-03"),  # at the very start of the text
    ("On Tuesday, officials said the talks would be held on 3 and 4 April.", "3", "-04-03"),  # a time before it
    ("Talks held on March 2 resume on 3 and 4 April.", "3", "-04-03"),  # a month-first day before it
    ("Talks began on 2 March and resume on 3 and 4 April.", "3", "-04-03"),  # a day-first day with no pair
    ("Polls on 30 and 4 February were cancelled; new polls are set for 3 and 4 April.", "3", "-04-03"),
])
def test_first_days_further_on(pipeline, text, first, value):
    doc = pipeline.extract(text, published=DATE)
    assert any(t.text == first and t.value.endswith(value) and t.granularity == "day" for t in doc.times), doc.times


@pytest.mark.parametrize("text", [
    "Ballots were counted on 4 and 4 March.",  # the same day twice: no pair
    "Attendance rose 10 and March 14 drew the biggest crowd.",  # a month-first day takes no number before it
])
def test_no_first_day_when_it_does_not_count_on(times, text):
    found = times(text, DATE)
    assert not any(t in ("4", "10") for t, _, _ in found), found


def test_a_weekday_sharing_a_set_is_a_set_of_days(pipeline):
    doc = pipeline.extract("The clinic opens every Monday and Thursday.", published=DATE)
    monday, thursday = doc.times
    assert thursday.granularity == monday.granularity == "set", doc.times
