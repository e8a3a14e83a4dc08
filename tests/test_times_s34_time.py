"""Session 34 (s34-time): "within" bounds a length, so the one unit it bounds is a length too: "within the next week"
is P1W, seven days from now, where "next week" is the calendar week after this one (TimeBank writes "within 18
months" P18M and "within two weeks" P2W); "within the past year" is the twelve months up to now (`times._within_length`;
docs/accuracy.md "Session 34, s34-time"; scripts/timex_own_sets/s34_durations.tsv and s34_more.tsv, labelled from the
TimeML guidelines before any run). Own sentences, none from an evaluation corpus. On 210b9b62's code every "within"
case here is the calendar unit (2026-W48, 2026-12, 2025); the other cases pass there too and pin what stays."""

import pytest

from stageutil import checked

DATE = "2026-11-18"  # a Wednesday of ISO week 47


@pytest.fixture(scope="module")
def times(pipeline):
    def run(text, published=DATE):
        return [(t.text, t.value, t.type) for t in checked(pipeline, text, published=published).times]
    return run


@pytest.mark.parametrize("text, expected", [
    ("The ministry promised a decision within the next week.", ("the next week", "P1W", "DURATION")),
    ("Results are expected within the next month.", ("the next month", "P1M", "DURATION")),
    ("The bank aims to sell the unit within the next year.", ("the next year", "P1Y", "DURATION")),
    ("Three more towns could fall within the coming week, the army warned.", ("the coming week", "P1W", "DURATION")),
    ("Police said the two deaths occurred within the past week.", ("the past week", "P1W", "DURATION")),
    ("All of the loans were made within the last year.", ("the last year", "P1Y", "DURATION")),
    ("Within the next month, the firm will cut 400 jobs.", ("the next month", "P1M", "DURATION")),
    ("Rescuers hope to reach the village within the next day.", ("the next day", "P1D", "DURATION")),
    # a line break or extra spaces between "within" and the time still bound it
    ("Aid should arrive within\nthe next week.", ("the next week", "P1W", "DURATION")),
    ("Aid should arrive within   the next week.", ("the next week", "P1W", "DURATION")),
])
def test_within_bounds_a_length(times, text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    # no "within": the calendar unit, as before
    ("Envoys will meet next week in Geneva.", ("next week", "2026-W48", "DATE")),
    ("The board will meet in the next week to decide.", ("the next week", "2026-W48", "DATE")),
    ("The price rose last month, within the limit the board had set.", ("last month", "2026-10", "DATE")),
    ("Sales have doubled over the past week.", ("the past week", "2026-W46", "DATE")),
    # "within" before a counted length: the count's own value, as before
    ("The plant should reopen within the next few weeks.", ("the next few weeks", "PXW", "DURATION")),
    ("The company must repay the loan within two years.", ("two years", "P2Y", "DURATION")),
])
def test_no_within_keeps_the_reading(times, text, expected):
    assert expected in times(text)


def test_the_last_year_of_a_term_is_a_point(times):
    got = times("The law was passed within the last year of his term.")
    assert not any(t[2] == "DURATION" for t in got), got


def test_within_must_be_the_word_before(times):
    # "within" earlier in the sentence bounds something else
    got = times("Within hours of the vote, the party said it would act the next week.")
    assert ("the next week", "P1W", "DURATION") not in got, got


# "recent years/months/weeks/days" in a present perfect clause is the stretch reaching up to now (a vague DURATION,
# PXY), otherwise a past time (PAST_REF) (`times._recent_stretch`; scripts/timex_own_sets/s34_recent.tsv). On
# 210b9b62's code every one of these is PAST_REF.
@pytest.mark.parametrize("text, expected", [
    ("Food prices have climbed sharply in recent months.", ("recent months", "PXM", "DURATION")),
    ("In recent years, the city has added three bridges.", ("recent years", "PXY", "DURATION")),
    ("The army has stepped up patrols in recent days.", ("recent days", "PXD", "DURATION")),
    ("Several ministers have resigned in recent weeks.", ("recent weeks", "PXW", "DURATION")),
    ("The rebels have been regrouping in recent weeks.", ("recent weeks", "PXW", "DURATION")),
    ("Officials say they've tightened checks in recent months.", ("recent months", "PXM", "DURATION")),
])
def test_recent_in_a_present_perfect_is_a_stretch(times, text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, expected", [
    ("Prices rose sharply in recent months.", ("recent months", "PAST_REF", "DATE")),
    ("The boom of recent years is over.", ("recent years", "PAST_REF", "DATE")),
    ("The port had grown quickly in recent years before the war began.", ("recent years", "PAST_REF", "DATE")),
    ("In recent weeks, the rebels captured two towns.", ("recent weeks", "PAST_REF", "DATE")),
    # a present perfect, but "recently" is no plural stretch: a past time, as before
    ("The army has recently stepped up patrols.", ("recently", "PAST_REF", "DATE")),
    # "recent" before another noun is no stretch either
    ("The ministers have rejected the recent proposals.", ("recent", "PAST_REF", "DATE")),
])
def test_recent_outside_a_present_perfect_stays_a_past_time(times, text, expected):
    assert expected in times(text)


@pytest.mark.parametrize("text, span", [
    ("Results are expected within the next month.", "the next month"),
    ("Food prices have climbed sharply in recent months.", "recent months"),
])
def test_the_lengths_are_of_duration_granularity(pipeline, text, span):
    got = {t.text: t.granularity for t in checked(pipeline, text, published=DATE).times}
    assert got[span] == "duration", got
