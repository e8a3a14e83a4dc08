"""Session 48 (s48-mutq): tests that kill the surviving mutants of attribution's split functions (docs/testing.md,
"Session 48, s48-mutq"). Own sentences throughout."""

from __future__ import annotations

import pytest

from newsgraph.attribution import lexicon
from newsgraph.attribution.indirect import GENERIC, GENERIC_OBJ
from newsgraph.attribution.stage import _verb_cue
from newsgraph.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def lex():
    return lexicon.default()


def _tok(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_verb_outside_the_lexicon_governing_a_clause_is_generic_and_one_with_an_object_generic_obj(nlp, lex):
    gambled = _tok(nlp, "The coach gambled that the pitch was wet.", "gambled")
    assert lex.verb(gambled) is None and any(c.dep_ == "ccomp" for c in gambled.children)
    assert _verb_cue(gambled, lex, True) is GENERIC
    assert _verb_cue(gambled, lex, False) is None  # not proposed when the filter proposes no verb outside the lexicon
    fixed = _tok(nlp, "The crew fixed the roof.", "fixed")
    assert _verb_cue(fixed, lex, True) is GENERIC_OBJ


def test_a_lexicon_word_the_tagger_read_as_a_noun_is_no_verb_cue(nlp, lex):
    pitch = _tok(nlp, "The coach grumbled that the pitch was wet.", "pitch")
    assert pitch.pos_ == "NOUN" and lex.verb(pitch) is not None  # "pitch" is a verb of saying by its lemma
    assert _verb_cue(pitch, lex, True) is None


def test_a_question_to_the_addressee_and_another_sense_are_each_enough_to_drop_a_cue(nlp, lex):
    think = _tok(nlp, "Do you think the plan works?", "think")
    assert lex.verb(think) is not None and _verb_cue(think, lex, False) is None
    called = _tok(nlp, "The union called off the strike.", "called")
    assert lex.verb(called) is not None and _verb_cue(called, lex, False) is None
    grumbled = _tok(nlp, "The coach grumbled that the pitch was wet.", "grumbled")
    assert _verb_cue(grumbled, lex, False).lemma == "grumble"


@pytest.fixture(scope="module")
def found(pipeline):
    """Every candidate attribution (no filter) of a text: (path, type, cue, content texts, source)."""
    from stageutil import candidates

    return lambda text: candidates(pipeline, text)


def test_a_participle_cues_agent_is_its_source_not_the_sentences_subject(found):
    # "Asked by X whether …": the one asking is the agent the participle names
    got = found("Asked by a reporter whether the bridge would reopen, the mayor said it would.")
    assert ("clause", "speech", "Asked", ("whether the bridge would reopen",), "a reporter") in got
    assert ("clause", "speech", "said", ("it would",), "the mayor") in got


def test_a_fronted_participles_source_is_the_speaker_of_the_inverted_quote_after_it(found):
    got = found('Stressing the cost, the mayor said, "We cannot pay for the bridge."')
    assert ("obj", "speech", "Stressing", ("the cost",), "the mayor") in got
    assert ("marked", "speech", "said", ('"We cannot pay for the bridge."',), "the mayor") in got


def test_a_fronted_participle_with_no_subject_of_its_own_is_said_by_the_inverted_reporter(nlp, found):
    # the parser hangs "Citing" and "said" (parataxis) on "is", which has no subject but "there": the one citing is
    # the one who said it (_reporter_after)
    from newsgraph.attribution.stage import _reporter_after

    text = "Citing the floods, the engineer said, there is no way across."
    assert _reporter_after(_tok(nlp, text, "Citing")).text == "engineer"
    assert ("obj", "speech", "Citing", ("the floods",), "the engineer") in found(text)


def test_a_verb_outside_the_lexicon_set_off_inside_a_clause_is_no_inverted_reporting_clause(nlp, lex, found):
    # only a lexicon cue reports the clause around it ("This road, he says, will close"); a verb outside the
    # lexicon there narrates (_active_spans gives a generic cue no inverted content)
    from newsgraph.attribution.indirect import inverted_content

    text = "The bridge, the engineer shrugged, will close in May."
    shrugged = _tok(nlp, text, "shrugged")
    assert lex.verb(shrugged) is None and inverted_content(shrugged, lex)  # the clause is there to be taken
    assert not [c for c in found(text) if c[2] == "shrugged"]


@pytest.mark.parametrize("text, want", [
    ("The senator praised himself.", []),  # a bare reflexive object is no content
    ("The senator described himself as a reformer.",  # ... unless a label follows it
     [("obj", "speech", "described", ("himself as a reformer",), "The senator")]),
    ("The senator praised the mayor.", [("obj", "speech", "praised", ("the mayor",), "The senator")]),
])
def test_an_object_cues_reflexive_object_is_content_only_with_a_label(found, text, want):
    assert found(text) == want


@pytest.mark.parametrize("text, want", [
    ("The mayor commented on Facebook.", []),  # "on" a platform says where, not what
    ("The mayor commented on the budget.", [("prep", "speech", "commented", ("the budget",), "The mayor")]),
])
def test_a_platform_after_on_is_no_prepositional_content(found, text, want):
    assert found(text) == want
