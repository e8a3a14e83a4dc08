"""Mutants of the lines s21-acled changed (docs/testing.md, "Session 21, s21b-mutacled"): coder's
`_participle_head` and `_doers_only`, stage's `absorb` (a participle telling the outcome of its clause's
subject). Stand-in tokens for the small helpers; our own sentences for the stage."""

from types import SimpleNamespace as NS

import pytest

from newsgraph.events.coder import _doers_only, _participle_head
from newsgraph.events.lexicon import Sense


def tok(dep, tag, head_pos="NOUN", head_i=1, i=3, children=()):
    head = NS(pos_=head_pos, i=head_i)
    return NS(dep_=dep, tag_=tag, head=head, i=i, children=[NS(dep_=d) for d in children])


def test_participle_head_is_the_noun_a_reduced_relative_hangs_on():
    t = tok("acl", "VBN")
    assert _participle_head(t) == [t.head]


@pytest.mark.parametrize("t", [
    tok("nsubj", "NN"),                     # not a participle at all (mutant 1: any word with no object)
    tok("ROOT", "VBN"),                     # a participle that is no modifier (2)
    tok("ROOT", "NN"),                      # (3)
    tok("acl", "VBG"),                      # a present participle: "men carrying weapons" (4)
    tok("acl", "VBN", head_pos="VERB"),     # hung on no noun
    tok("acl", "VBN", head_i=5),            # the noun after it
    tok("acl", "VBN", children=["dobj"]),   # an object of its own (16, 17)
    tok("acl", "VBN", children=["nsubj"]),  # a subject of its own (18, 19)
    tok("acl", "VBN", children=["nsubjpass"]),  # (20, 21)
])
def test_participle_head_none(t):
    assert _participle_head(t) == []


def test_doers_only_needs_every_sense_for_particular_doers():
    bombs = Sense(type="ASSAULT", cameo="183", subject=frozenset({"bomb"}))
    anyone = Sense(type="COERCE", cameo="171")
    assert _doers_only([bombs]) == frozenset({"ASSAULT"})
    assert _doers_only([bombs, anyone]) == frozenset()   # (mutant 2: `... or True`)
    assert _doers_only([anyone]) == frozenset()          # (mutant 4: `senses or all(...)`)
    assert _doers_only([]) == frozenset()


@pytest.mark.parametrize("text", [
    "Clashes broke out in the town on Sunday, killing three people.",
    "Fighting erupted near the border, killing two soldiers.",
])
def test_participle_tells_the_outcome_of_its_clauses_event_noun(pipeline, text):
    # the killing is the clashes' outcome, one event (its verb, "broke out", codes nothing)
    d = pipeline.extract(text, name="t", published="2024-03-05")
    assert [(e.trigger.text, e.type) for e in d.events] == [(text.split()[0], "ASSAULT")]


def test_participle_of_a_passive_clauses_event_noun(pipeline):
    # the event noun as the passive subject of a verb that codes nothing (mutants 78, 79)
    text = "Heavy fighting was reported near the border, killing two soldiers."
    d = pipeline.extract(text, name="t", published="2024-03-05")
    assert [(e.trigger.text, e.type) for e in d.events] == [("fighting", "ASSAULT")]


def test_participle_of_a_coded_verb_stays_that_verbs(pipeline):
    # a verb that codes its own event keeps the participle's outcome; the rule is only for a verb with none
    # (mutants 58, 60: the verb's head replaced by its subject's event noun, none here)
    text = "Rebels attacked the town on Sunday, killing three people."
    d = pipeline.extract(text, name="t", published="2024-03-05")
    assert [(e.trigger.text, e.type) for e in d.events] == [("attacked", "ASSAULT")]


def test_purpose_clause_of_a_light_verb_stays_the_event_nouns(pipeline):
    # "disperse" hangs on "used", the light verb of "tear gas": one event, the noun's, found before the
    # participle rule (mutant 58: the rule run for every candidate, the subject "Police" being no event noun)
    d = pipeline.extract("Police used tear gas to disperse the protesters.", name="t", published="2024-03-05")
    assert [(e.trigger.text, e.type) for e in d.events] == [("tear gas", "ASSAULT")]
