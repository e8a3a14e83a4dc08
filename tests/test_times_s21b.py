"""Session 21b (s21b-time): four general readings of times on our own sentences (docs/accuracy.md "s21b-time"),
values as the TimeML guidelines anchor them (the document date and the tense of the clause). The document date is
Wednesday 2024-03-13. Sentences are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2024-03-13"  # a Wednesday


def value(found, span):
    return next((v for t, v, _ in found if t == span), None)


# 1. a half or quarter a future event happens "in": the one still to come (a future event cannot lie in a period
# that has ended), not the latest one to be reported

@pytest.mark.parametrize("text, span, want", [
    ("Output will rise in the second half.", "the second half", "2024-H2"),
    ("The company expects profits to recover in the second half.", "the second half", "2024-H2"),
    ("Sales will pick up in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    ("The new line will start production during the second half.", "the second half", "2024-H2"),
    ("Exports will slow sharply in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    ("Prices are expected to fall in the third quarter.", "the third quarter", "2024-Q3"),  # edge pinned
    ("The plant will reopen in the autumn.", "the autumn", "2024-FA"),  # edge pinned: a season
    ("Output rose in the second half.", "the second half", "2023-H2"),  # edge pinned: a past verb
])
def test_a_period_a_future_event_happens_in_is_still_to_come(times, text, span, want):
    found = times(text, DATE)
    assert value(found, span) == want, found


def test_edge_pinned_a_future_report_for_a_period_may_look_back(times):
    found = times("The company will report its results for the fourth quarter next week.", DATE)
    assert value(found, "the fourth quarter") == "2023-Q4", found


# 2. two weekdays in coordinated past clauses are told in order: the later clause's day is the last such day on or
# before the document date, the earlier clause's the last such day before that one

@pytest.mark.parametrize("text, first, want_first, second, want_second", [
    ("The strike began on Monday and ended on Thursday.", "Monday", "2024-03-04", "Thursday", "2024-03-07"),
    ("The talks opened on Tuesday and collapsed on Friday.", "Tuesday", "2024-03-05", "Friday", "2024-03-08"),
    ("Rebels seized the port on Sunday and lost it on Thursday.", "Sunday", "2024-03-03", "Thursday", "2024-03-07"),
    ("The court heard the case on Monday and ruled on Saturday.", "Monday", "2024-03-04", "Saturday", "2024-03-09"),
    ("The ship left port on Monday and sank on Friday.", "Monday", "2024-03-04", "Friday", "2024-03-08"),
    # edge pinned: already in order
    ("The ship left port on Monday and sank on Tuesday.", "Monday", "2024-03-11", "Tuesday", "2024-03-12"),
])
def test_coordinated_past_weekdays_keep_their_order(times, text, first, want_first, second, want_second):
    found = times(text, DATE)
    assert (value(found, first), value(found, second)) == (want_first, want_second), found


def test_edge_pinned_two_clauses_with_their_own_subjects_keep_the_document_date(times):
    found = times("The union struck on Monday, and the firm settled on Thursday.", DATE)
    assert (value(found, "Monday"), value(found, "Thursday")) == ("2024-03-11", "2024-03-07"), found


def test_edge_pinned_weekdays_in_separate_sentences_keep_the_document_date(times):
    found = times("The strike began on Monday. Talks ended on Thursday.", DATE)
    assert (value(found, "Monday"), value(found, "Thursday")) == ("2024-03-11", "2024-03-07"), found


# 3. a bare month in a past narrative right after a date with a written year, in the same paragraph, takes that
# year (the narrative's reference time), when it comes later in the year

@pytest.mark.parametrize("text, span, want", [
    ("In March 2019 the talks collapsed. By May, fighting had resumed.", "May", "2019-05"),
    ("The firm was founded in June 2015. By September it had hired 40 staff.", "September", "2015-09"),
    ("In January 2018 the rebels took the town. In April they lost it again.", "April", "2018-04"),
    ("The bridge closed in May 2020. In August, engineers found cracks.", "August", "2020-08"),
    ("The ceasefire was signed in February 2017. By July, it had collapsed.", "July", "2017-07"),
    # edge pinned: a future clause, another paragraph, a month before the dated one
    ("The plant closed in May 2020. In August, the owners will reopen it.", "August", "2024-08"),
    ("The plant closed in May 2020.\n\nIn August, the owners sold it.", "August", "2023-08"),
    ("The plant closed in May 2020. In February, the owners sold it.", "February", "2024-02"),
    ("The trial is due to open in October 2025. The bank joined the lawsuit in December.", "December", "2023-12"),
])
def test_a_bare_month_in_a_past_narrative_takes_the_dated_year(times, text, span, want):
    found = times(text, DATE)
    assert value(found, span) == want, found


# 4. a participle on a noun shares the time of the noun's clause: after a past verb, "ending in May" is the last May

@pytest.mark.parametrize("text, span, want", [
    ("The program, ending in May, was cut.", "May", "2023-05"),
    ("The trial, ending in April, was halted by the judge.", "April", "2023-04"),
    ("The contest, ending in June, drew 400 entries.", "June", "2023-06"),
    ("The exhibition, ending in May, attracted few visitors.", "May", "2023-05"),
    ("The lease, ending in October, was signed by the council.", "October", "2023-10"),  # edge pinned
    ("The program, ending in May, will be cut.", "May", "2024-05"),  # edge pinned: a future clause
    ("The program, ending in May, is popular.", "May", "2024-05"),  # edge pinned: a present clause
])
def test_a_participle_in_a_past_clause_looks_back(times, text, span, want):
    found = times(text, DATE)
    assert value(found, span) == want, found
