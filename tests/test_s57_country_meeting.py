"""A meeting needs someone on both sides (issue 11, session 57; our own sentences): "met with an accident" and
"met with approval" say what befell a person or how a plan was received, whoever the subject is (session 56 left
a person's "met with" a noun no list knew as a meeting)."""

import pytest

from newsgraph.events import coder
from test_events_coder_mutants import ent, parse, parts_for


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return [e.type for e in doc.events]
    return run


@pytest.mark.parametrize("text", [
    "He met with an accident on the way home.",
    "The young driver met with a fatal accident near the border.",
    "The governor's budget met with approval in the assembly.",
    "The envoy met with a cool reception in the capital.",
])
def test_a_fate_or_a_reception_met_with_is_no_meeting(events, text):
    assert "CONSULT" not in events(text)


@pytest.mark.parametrize("text", [
    "The minister met with a lawyer for the families in Kabul.",
    "The senator met with relatives of the victims.",
])
def test_people_met_with_are_still_met(events, text):
    assert "CONSULT" in events(text)


def _met_with(word: str, lemma: str, subj: str = "Iraq:PROPN"):
    s_word, s_pos = subj.split(":")
    return parse(f"{s_word}:{s_pos}:nsubj:1 met:VERB:ROOT:1:meet with:ADP:prep:1 {word}:NOUN:pobj:2:{lemma}")


@pytest.mark.parametrize("word,lemma", [("accident", "accident"), ("deaths", "death"), ("approval", "approval"),
                                        ("setbacks", "setback"), ("fate", "fate")])
def test_what_befalls_is_never_met_even_by_an_actor(word, lemma):
    d = _met_with(word, lemma)
    assert not coder._meets_someone(d[1], parts_for(d, ent("irq", d, 0)))
    d = _met_with(word, lemma, subj="he:PRON")
    assert not coder._meets_someone(d[1], parts_for(d))


def test_a_noun_of_no_list_is_still_met_by_someone():
    d = _met_with("lawyer", "lawyer", subj="he:PRON")
    assert coder._meets_someone(d[1], parts_for(d))


def test_the_befalls_list_holds_no_people():
    assert not coder.BEFALLS & coder.ACTOR_NOUNS
