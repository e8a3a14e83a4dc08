"""Session 17 (s17b-mutev): tests that kill the surviving mutants of this session's changes to the events
and actors code (docs/testing.md, "Session 17, s17b-mutev"). Sentences written for these tests."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text", [
    "Youths vandalized the bus station in Kisumu on Monday.",
    "A crowd vandalized the bus station in Kisumu on Monday.",
])
def test_vandalism_by_a_crowd_with_no_demonstration_named_is_a_riot(snippet, text):
    # _protest 24: a crowd named (RIOTER_WORDS) without a demonstration word is enough to make it a riot
    assert snippet(text) == "Violent demonstration"


def test_an_event_a_statement_reacts_to_is_referred_to():
    # referred_to 6: REACTED_TO alone (no anchor, no year) is enough
    from test_events_acled_classes import _ev

    from newsgraph.events.acled import referred_to

    assert referred_to(_ev("bombing", "The minister condemned the bombing."))
    assert not referred_to(_ev("bombing", "The bombing killed four people."))


def _verb(pipeline, text, word):
    return next(t for t in pipeline.nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,want", [
    # a listed verb with no particle needed; with "have" (an aux, no modal) still presupposing
    ("Troops quelled the riot in Goma.", "quelled", True),
    ("Police have quelled the riot in Goma.", "quelled", True),
    # a verb whose particle is required, with it ...
    ("Police broke up the brawl outside the bar.", "broke", True),
    # ... without it, or with another particle, is no such verb
    ("The envoy broke the deadlock in the talks.", "broke", False),
    ("The rebels broke off the talks in Doha.", "broke", False),
    # under a modal: what may never happen
    ("Police will quell any riot in the square.", "quell", False),
    # a verb not listed
    ("Police watched the riot in Goma.", "watched", False),
])
def test_presupposes(pipeline, text, word, want):
    # _presupposes 1, 3, 4, 7, 13, 14, 16-20
    from newsgraph.events.factuality import _presupposes

    assert _presupposes(_verb(pipeline, text, word)) is want


def test_the_object_of_a_verb_of_ending_is_not_hypothetical(pipeline):
    # clause_flags 79-81: "called in to break up a bar brawl" would climb on to the to-infinitive (hypothetical)
    from newsgraph.events.factuality import clause_flags

    brawl = _verb(pipeline, "Officers were called in to break up a bar brawl in Leeds.", "brawl")
    assert clause_flags(brawl, True, {}) == (set(), False)
