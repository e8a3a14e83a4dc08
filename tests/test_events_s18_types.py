"""Session 18 (s18b-types): the CAMEO code chosen for an appeal, demand, rejection, threat or intent
by what it is about. Sentences written for these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.type, e.cameo, e.trigger.text) for e in doc.events]


def test_an_intent_code_as_content_is_the_act_intended():
    from newsgraph.events.ontology import parallel_code

    assert parallel_code("020", "0341") == "0241"  # appeal for leadership change (HOLD `* ELECTIONS` [0341])
    assert parallel_code("100", "0353") == "1053"  # demand release of persons
    assert parallel_code("120", "036") == "125"  # reject proposal to meet
    assert parallel_code("020", "0332") == "0232"  # appeal for military aid
    assert parallel_code("030", "0341") == "0341"  # an intent stays the intent


@pytest.mark.parametrize("text, trigger", [
    ("Norway called on Kenya's government to hold elections by March.", "called"),
    ("Germany urged Serbia to hold fresh elections.", "urged"),
])
def test_a_complement_our_lexicon_does_not_code_is_read_by_cameo_patterns(pipeline, text, trigger):
    assert ("REQUEST", "0241", trigger) in _events(pipeline, text)


def test_a_reported_demand_is_not_read_as_the_sayers_complement(pipeline):
    # REACH's `GOVERNMENT * &TREATY` [0344] would match the clause's own subject
    events = _events(pipeline, "Sweden said Kenya's government must reach an agreement with the rebels.")
    assert ("REQUEST", "100", "said") in events
