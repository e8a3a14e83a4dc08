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
