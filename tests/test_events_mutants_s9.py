"""Tests for the survivors of the mutation runs over the events stage's session 8 rules
(docs/testing.md, "Session 9, s9-mutate"): events referred back to (`_referred_back`), a day after
publication in a past telling (`_told_in_past`), event nouns another trigger acts on
(`_object_of_trigger`), others' acts under a commitment (`_others_act`), the sentences coded
(`_sentences`). Our own sentences, through the pipeline: what a user sees (type, trigger, flags)."""

import pytest


def _events(pipeline, text, published="2009-03-25"):
    return pipeline.extract(text, name="t", published=published).events


def _triggers(pipeline, text, type_=None):
    return [e.trigger.text for e in _events(pipeline, text) if type_ is None or e.type == type_]


# ---- _referred_back ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,trigger", [
    ("The attack seemed deliberate.", "attack"),  # "deliberate" is the parser's oprd here
    ("The attack appeared deliberate.", "attack"),  # and its acomp here
    ("The attack remains a mystery.", "attack"),  # an attr
])
def test_a_definite_event_described_as_told_is_kept(pipeline, text, trigger):
    assert _triggers(pipeline, text, "ASSAULT") == [trigger]


@pytest.mark.parametrize("prep", ["near", "outside", "in", "around"])
def test_a_definite_event_with_a_place_of_its_own_is_a_new_event_whatever_the_locative(pipeline, prep):
    text = f"Police are investigating the attack {prep} the embassy."
    assert _triggers(pipeline, text, "ASSAULT") == ["attack"]


# ---- _others_act ------------------------------------------------------------------------------

def test_talks_deep_under_an_offer_to_host_are_not_their_sides_agreement(pipeline):
    # "talks" is six heads below "host" (the verb whose offer makes it future): still the offerer's
    # commitment, not one the government and the rebels made
    evs = _events(pipeline, "Tanzania offered to host a conference on the resumption of direct contacts and talks "
                            "between the government and rebels.")
    talks = [e for e in evs if e.trigger.text == "talks"]
    assert talks and all(e.type == "CONSULT" and "future" in e.flags for e in talks)
    assert [e.trigger.text for e in evs if e.type == "AGREE"] == ["offered"]


def test_a_verb_others_are_said_to_intend_is_still_recast(pipeline):
    # _others_act is for event nouns: "Israel would attack" is Israel's announced threat, whoever reports it
    evs = _events(pipeline, "Egypt said Israel would attack Gaza.")
    assert [(e.type, e.trigger.text) for e in evs] == [("THREATEN", "attack")]


def test_a_negated_agreement_with_no_verb_above_is_recast_as_a_rejection(pipeline):
    evs = _events(pipeline, "No agreement between Israel and Hamas.")
    assert [(e.type, e.trigger.text) for e in evs] == [("REJECT", "agreement")]
