"""Session 18 (s18b-mut): tests that kill mutants of s18-time's tense readings in times.py (docs/testing.md,
"Session 18, s18b-mut"). Sentences are our own; the document date is Wednesday 2027-11-17 (Friday = Nov. 12,
Monday = Nov. 15, Thursday = Nov. 11 back, Nov. 18 ahead)."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-11-17"


def values(found, text):
    return [v for t, v, _ in found if t == text]


# --- a participle on a noun: the noun's clause may be a copula (AUX) or the noun a name (PROPN) ---

def test_a_participle_on_the_subject_of_a_future_copula_looks_ahead(times):  # _noun_clause_tense 9, 10
    # (with no tense a bare weekday is the last one: the copula "be" (AUX) gives the future)
    assert values(times("Talks resuming Thursday will be important.", DATE), "Thursday") == ["2027-11-18"]


def test_a_participle_on_a_name_takes_its_clauses_future(times):  # clause_tense 23, 24
    found = times("Officials met in the capital. Microsoft, reporting results on Thursday, will hold a call.", DATE)
    assert values(found, "Thursday") == ["2027-11-18"]


# --- a weekday told in a report, moved before the report's day: which report, which gap ---

def test_the_gap_to_the_report_starts_at_the_reports_own_time(times):  # run 673
    found = times("A storm hit the town on Sunday. Police said Friday the gunman had fled on Monday.", DATE)
    assert values(found, "Monday") == ["2027-11-08"]


def test_a_time_on_another_verb_is_no_report_of_the_told_past(times):  # _reported_past 41
    found = times("On Friday the minister arrived, and aides said she had resigned on Monday.", DATE)
    assert values(found, "Monday") == ["2027-11-15"]


def test_a_bound_of_the_told_pluperfect_may_lie_after_the_report(times):  # _reported_past 29
    # backshifted "the road has been closed until Monday": the closure runs on to the coming Monday
    found = times("Officials said Friday the road had been closed until Monday.", DATE)
    assert values(found, "Monday") == ["2027-11-15"]


def test_a_report_dated_by_a_month_moves_no_weekday(times):  # _day_before 3, 4 (a month is no day to count back from)
    found = times("The minister said last month that she had resigned on Monday.", DATE)
    assert values(found, "Monday") == ["2027-11-15"]


def test_a_sentence_after_the_report_does_not_stop_the_move(times):  # _day_before 15, 16
    found = times("The minister said on Friday that she had resigned on Monday. She left the capital.", DATE)
    assert values(found, "Monday") == ["2027-11-08"]


def test_the_reports_weekday_told_of_a_later_date_is_a_week_before(times):  # _day_before 24
    # Nov. 3 is a Wednesday: the Wednesday she had resigned on is the one before it, Oct. 27
    found = times("The minister said on Nov. 3 that she had resigned on Wednesday.", DATE)
    assert values(found, "Wednesday") == ["2027-10-27"]


# --- a pluperfect's bound ---

def test_a_bound_under_the_pluperfect_is_the_last_month(times):  # edge pinned (the extent is "by March")
    found = times("The army had withdrawn by March.", DATE)
    assert values(found, "March") == ["2027-03"]


def test_a_bound_of_a_pluperfect_copula_is_the_last_month(times):  # _in_pluperfect 39, 40 (been: AUX)
    assert values(times("The minister had been in Paris until March.", DATE), "March") == ["2027-03"]


# the defects s18b-mut's _in_pluperfect mutants 22, 23 showed, fixed by the lead: a pluperfect's 'from March' is a
# start, as past as its end; a passive's 'by' (spaCy's `agent`) bounds the verb as 'by' does
def test_a_pluperfects_start_is_the_last_month(times):
    assert values(times("The rebels had held the town from March.", DATE), "March") == ["2027-03"]


def test_a_passives_by_bound_under_the_pluperfect_is_the_last_month(times):
    assert values(times("The bridge had been finished by March.", DATE), "March") == ["2027-03"]


# --- a stretch closed by the time ---

def test_a_stretch_at_the_very_start_of_the_text_is_read(times):  # _closes_past_stretch 12
    assert values(times("Year to March profit fell 5%.", DATE), "March") == ["2027-03"]


def test_a_time_on_a_noun_below_the_infinitive_is_not_its_time(times):  # _hangs_on 24
    # "in October" hangs on "the dam", not on "to fund": read as before (the nearer, last October)
    found = times("Officials met in the capital. The money to fund repairs of the bridge near the dam in October "
                  "is ready.", DATE)
    assert values(found, "October") == ["2027-10"]


def test_a_told_weekday_with_no_verb_above_it_is_no_report(times):  # _reported_past 12 (no clause verb)
    assert values(times("Police spoke on Friday. No arrests since Monday.", DATE), "Monday") == ["2027-11-15"]
