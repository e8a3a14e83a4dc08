"""Session 25 (s25-time): TimeML readings found from the study half's error classes (docs/accuracy.md "Session 25,
s25-time"). Sentences are our own; "edge pinned" cases pass before the change and guard its limits."""

import pytest

from test_times_timebank import times  # noqa: F401 (the same fixture: (text, value, type) of a text's times)

DATE = "2027-03-12"  # a Friday


@pytest.mark.parametrize("text", [
    # "soon" on a past verb: shortly after a past event, no time after the document date (no FUTURE_REF)
    "The strike began in May and soon spread to the ports.",
    "Prices rose sharply, and the shortage soon became a crisis.",
    "Aid had soon run out, the agency said.",
    "The police soon arrested two men.",
])
def test_soon_after_a_past_event_is_no_future(times, text):
    assert not any(v == "FUTURE_REF" for _, v, _ in times(text, DATE))


@pytest.mark.parametrize("text", [
    # edges pinned: a future, a backshifted future, an infinitive or a verb of expecting still look ahead
    "The company will soon open a plant in Ohio.",
    "The ministry said talks would resume soon.",
    "Officials said they hoped to reopen the border soon.",
    "The minister said an agreement was expected soon.",
    "The talks are soon to resume.",
])
def test_soon_ahead_stays_future(times, text):
    assert ("soon", "FUTURE_REF", "DATE") in times(text, DATE)
