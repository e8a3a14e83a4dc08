"""How trigger words are found in the parse: hyphenated event nouns that the tokenizer splits, and
verbs whose sense depends on who the subject is when the subject is a group "of" someone.
Sentences written for newsgraph (regression tests, not accuracy)."""

import pytest


def events_of(pipeline, text):
    return [(e.type, e.mode, e.trigger.text) for e in pipeline.extract(text).events]


@pytest.mark.parametrize("text,trigger,type_", [
    ("Students staged a sit-in at the university on Monday.", "sit-in", "PROTEST"),
    ("The sit-in by nurses ended on Friday.", "sit-in", "PROTEST"),
    ("The army denied any build-up of troops near the border.", "build-up", "MOBILIZE"),
    ("Both sides agreed to a cease-fire on Monday.", "cease-fire", "AGREE"),
])
def test_a_hyphenated_event_noun_is_one_trigger(pipeline, text, trigger, type_):
    assert any(t == type_ and trig == trigger for t, _, trig in events_of(pipeline, text)), events_of(pipeline, text)


def test_the_words_of_a_hyphenated_noun_are_not_triggers_alone(pipeline):
    """"sit in on the talks" is not a sit-in, and "build up" a verb phrase is not the noun."""
    assert not any(trig.startswith("sit") for _, _, trig in events_of(pipeline, "Kenya will sit in on the talks."))


@pytest.mark.parametrize("text", [
    "A group of women marched to the governor's office on Monday.",
    "Dozens of students marched through the capital on Monday.",
    "Thousands of farmers marched on the parliament.",
])
def test_a_group_of_protesters_marching_protests(pipeline, text):
    assert ("PROTEST", "demo", "marched") in events_of(pipeline, text)


def test_troops_marching_do_not_protest(pipeline):
    assert not any(t == "PROTEST" for t, _, _ in events_of(pipeline, "A column of troops marched into the town."))
