"""Session 21 (s21b-attr): cues added to the lexicon from the gold cues of missed indirect attributions
(PolNeAR train, study half), one test per group, with sentences of our own. Without a filter, a verb outside
the lexicon is never proposed, so each test fails on the lexicon before the addition."""

import pytest
from stageutil import annotated, candidates

from newsgraph.attribution.stage import extract_all


def _attributions(pipeline, text):
    doc, parse = annotated(pipeline, text)
    _, atts = extract_all(doc, parse)
    return [(a.cue.text if a.cue else None, tuple(p.text for p in a.content)) for a in atts]


def _has(atts, cue, words):
    return any(c is not None and cue in c and any(words in p for p in content) for c, content in atts)


@pytest.mark.parametrize("text, cue, words", [
    # a speech verb whose content is a prepositional object
    ("The comedian riffed on the governor's plan for the ferry service.", "riffed", "the governor's plan"),
])
def test_speech_verbs_with_a_prepositional_content(pipeline, text, cue, words):
    assert _has(_attributions(pipeline, text), cue, words)


@pytest.mark.parametrize("text, cue, words", [
    # writing and attitude verbs whose content is the direct object
    ("The aide forwarded a memo about the budget cuts to the senator.", "forwarded", "a memo about the budget cuts"),
    ("The council appended a note on the delays to its annual report.", "appended", "a note on the delays"),
    ("The new play satirizes the city's property developers.", "satirizes", "the city's property developers"),
    ("Many farmers revile the new water tax.", "revile", "the new water tax"),
])
def test_writing_and_attitude_verbs_with_an_object(pipeline, text, cue, words):
    assert _has(_attributions(pipeline, text), cue, words)


def test_calculate_reports_a_thought_with_its_clause(pipeline):
    # a lexicon cue of thought: before, only the generic path (any verb with a clause, taken as speech) found it
    found = candidates(pipeline, "The transport board calculated that the new line would cost 40 million dollars.")
    assert ("clause", "thought", "calculated", ("that the new line would cost 40 million dollars",),
            "The transport board") in found


@pytest.mark.parametrize("text, cue, words", [
    # intention verbs with a to-infinitive
    ("The governor did not hesitate to veto the spending bill.", "hesitate", "veto the spending bill"),
    ("The league strives to keep ticket prices low for families.", "strives", "keep ticket prices low"),
])
def test_intention_verbs_with_an_infinitive(pipeline, text, cue, words):
    assert _has(_attributions(pipeline, text), cue, words)


@pytest.mark.parametrize("text, cue, words", [
    # nouns of saying and writing with an owner
    ("The senator's description of the harbour plan as reckless drew complaints.", "description", "the harbour plan"),
    ("The crowd's chants of support for the mayor grew louder.", "chants", "support for the mayor"),
])
def test_nouns_of_saying_with_an_owner(pipeline, text, cue, words):
    assert _has(_attributions(pipeline, text), cue, words)
