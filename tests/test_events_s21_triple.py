"""Session 21 (s21-triple): who did what to whom, on sentences written for these tests.

An event noun in a phrase of time or concession ("after Mordor's raids", "despite the boycott by
Rohan") is the setting of the sentence's news, not an event of its own, whoever it names, when the
sentence tells another act that names someone: PETRARCH codes no event noun of an adverbial phrase,
and a PLOVER record is the sentence's own event."""

import pytest

from eventsutil import named_events


@pytest.mark.parametrize("text, news, setting", [
    ("Norway recalled its ambassador from Sweden after the Danish invasion of Finland.", "recalled", "invasion"),
    ("Chile signed a trade accord with Peru despite Bolivia's boycott of the talks.", "signed", "boycott"),
    ("Kenya closed its border with Somalia following attacks by Ethiopian militias on Tuesday.", "closed", "attacks"),
])
def test_an_event_noun_setting_the_time_is_not_coded(pipeline, text, news, setting):
    triggers = [t for _, t, _, _ in named_events(pipeline, text)]
    assert any(t.startswith(news) for t in triggers)
    assert not any(setting in t for t in triggers)


def test_a_setting_is_kept_when_nothing_else_is_told(pipeline):
    # no other act names anyone: the phrase's event is the only news the sentence has
    events = named_events(pipeline, "Calm returned to the capital after the Danish invasion of Finland.")
    assert any("invasion" in t for _, t, _, _ in events)
