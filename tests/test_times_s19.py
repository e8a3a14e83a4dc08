"""Session 19 (s19-time): TimeML guideline behaviour found missing by a set of our own news sentences (docs/accuracy.md,
"Session 19, s19-time"). Deictic "lately" / "at present" are PAST_REF / PRESENT_REF; a weekday inside the name of a
paper or show is no time; "the second half of the match" is half of a thing, not of a year. Sentences are our own;
cases marked "edge pinned" pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-10"  # a Wednesday


@pytest.mark.parametrize("text, word, value", [
    ("The party has lately lost support in the north.", "lately", "PAST_REF"),
    ("Lately, grain prices have climbed.", "Lately", "PAST_REF"),
    ("Inflation is low at present, the bank said.", "present", "PRESENT_REF"),
    ("At present, the mine employs 300 people.", "present", "PRESENT_REF"),
])
def test_deictic_lately_and_at_present(times, text, word, value):
    found = times(text, DATE)
    assert any(word in t and v == value for t, v, _ in found), found


@pytest.mark.parametrize("text", [
    "He will present the plan to the board.",  # edge pinned: the verb
    "The museum shows the city at present-day scale.",  # an adjective of a thing
    "The bank is presently reviewing its loans.",  # "presently" left unmarked (soon as often as now)
])
def test_present_only_as_at_present(times, text):
    assert not any(v == "PRESENT_REF" for _, v, _ in times(text, DATE))


@pytest.mark.parametrize("text", [
    "The Sunday Times reported the story.",
    "According to the Sunday Times of London, the deal is off.",
    "He watched Monday Night Football with friends.",
])
def test_a_weekday_inside_a_name_is_no_time(times, text):
    assert times(text, DATE) == []


@pytest.mark.parametrize("text, day, value", [
    ("The Tuesday Senate vote was close.", "Tuesday", "2027-03-09"),  # a day modifying a noun, no name
    ("On Monday Mr. Smith said he would quit.", "Monday", "2027-03-08"),  # a name after the day
    ("The paper said Sunday that the minister lied.", "Sunday", "2027-03-07"),
])
def test_edge_pinned_a_weekday_beside_a_name_stays(times, text, day, value):
    assert (day, value, "DATE") in times(text, DATE)


@pytest.mark.parametrize("text", [
    "The second half of the match was tense.",
    "The first half of the book is slow.",
])
def test_half_of_a_thing_is_no_time(times, text):
    assert not any(v and "-H" in v for _, v, _ in times(text, DATE))


@pytest.mark.parametrize("text, value", [
    ("Sales rose in the second half of the year.", "-H2"),
    ("Profit fell in the first half of its fiscal year.", "-H1"),
])
def test_edge_pinned_half_of_a_year_stays(times, text, value):
    assert any(v and v.endswith(value) for _, v, _ in times(text, DATE))


# --- a two-digit year after an apostrophe: the year of that century nearest the document date ---

@pytest.mark.parametrize("text, expr, value", [
    ("The band toured in the summer of '96.", "the summer of '96", "1996-SU"),
    ("The law passed in March '97.", "March '97", "1997-03"),
    ("He was elected in ’96 and again in '00.", "’96", "1996"),
    ("He was elected in ’96 and again in '00.", "'00", "2000"),
])
def test_apostrophe_year(times, text, expr, value):
    assert (expr, value, "DATE") in times(text, "1998-03-05")


def test_apostrophe_year_takes_the_nearest_century(times):
    found = times("The firm was founded in '98 and sold in '05.", "2006-06-01")
    assert ("'98", "1998", "DATE") in found and ("'05", "2005", "DATE") in found


@pytest.mark.parametrize("text", [
    "Profits rose in the '70s.",  # edge pinned: the decade
    "She said: 'We won 96 seats.'",  # a quotation mark, no year
])
def test_edge_pinned_apostrophe_not_a_year(times, text):
    assert not any(v and len(v) == 4 for _, v, _ in times(text, "1998-03-05"))


# --- words with a non-temporal sense: "current account", a season after "a" naming a kind of thing ---

@pytest.mark.parametrize("text", [
    "The current account deficit widened.",
    "The country ran a current account surplus.",
    "The firm reported current assets of $5 million.",
    "The children went to a summer camp.",
    "He bought a winter coat.",
])
def test_non_temporal_current_and_season(times, text):
    assert times(text, DATE) == []


@pytest.mark.parametrize("text, expr, value", [
    ("The current crisis deepened.", "current", "PRESENT_REF"),  # edge pinned
    ("Fighting eased during the summer months.", "the summer", "-SU"),  # edge pinned: a definite season
    ("The summer was hot.", "The summer", "-SU"),  # edge pinned (which summer: not this rule's question)
])
def test_edge_pinned_temporal_current_and_season(times, text, expr, value):
    assert any(t == expr and v.endswith(value) for t, v, _ in times(text, DATE))


# --- a semicolon joins two clauses of their own: the first does not report what the second says ---

@pytest.mark.parametrize("text, day, value", [
    ("The trial opened Monday; on Sunday, protesters gathered.", "Monday", "2027-03-08"),
    ("The trial opened Monday; the day before, protesters gathered.", "Monday", "2027-03-08"),
])
def test_semicolon_clauses_are_no_report(times, text, day, value):
    assert (day, value, "DATE") in times(text, DATE)


def test_edge_pinned_a_report_still_moves_its_past_day(times):
    # "said Tuesday" (2027-03-09) that she had left on Wednesday: the Wednesday before it, not after
    found = times("The minister said Tuesday that she had left office on Wednesday.", DATE)
    assert ("Wednesday", "2027-03-03", "DATE") in found


# --- "a quarter century" written with a space, as "a quarter-century" and "a quarter of a century" ---

@pytest.mark.parametrize("text, expr, value, type_", [
    ("He ruled for a quarter century.", "a quarter century", "P25Y", "DURATION"),
    ("The firm was founded a quarter century ago.", "a quarter century ago", "2002", "DATE"),
    ("He ruled for a quarter of a century.", "a quarter of a century", "P25Y", "DURATION"),  # edge pinned
])
def test_quarter_century_with_a_space(times, text, expr, value, type_):
    assert (expr, value, type_) in times(text, DATE)
