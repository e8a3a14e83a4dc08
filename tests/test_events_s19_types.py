"""Session 19 (s19-types): a reduced relative the parser reads as the verb's complement clause
("freed four aid workers held captive since March": the workers made the subject of "held"). The
noun is the verb's object, and the participle describes it: no act of its own. Sentences written for
these tests."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.type, e.cameo, e.trigger.text.split()[0]) for e in doc.events]


@pytest.mark.parametrize("text, trigger", [
    ("Rebel fighters on Monday freed four aid workers held captive in the hills since March.", "freed"),
    ("Rebel forces Tuesday let free six UN peacekeepers held captive inside a truck since Friday.", "let"),
])
def test_a_release_of_people_held_captive_is_the_release(pipeline, text, trigger):
    events = _events(pipeline, text)
    assert ("RETREAT", "0841", trigger) in events
    assert not any(t == "ASSAULT" for t, _, _ in events)  # the captivity is the workers' state, told


def test_the_stranded_object_is_the_noun_after_the_verb(pipeline):
    from newsgraph.events.syntax import reduced_relative, stranded_object

    sdoc = pipeline.nlp("Rebel fighters on Monday freed four aid workers held captive in the hills since March.")
    verb = next(t for t in sdoc if t.lower_ == "freed")
    held = next(t for t in sdoc if t.lower_ == "held")
    if held.dep_ != "ccomp":
        pytest.skip("the parser read the reduced relative as one")
    assert stranded_object(verb).lower_ == "workers"
    assert reduced_relative(held)


@pytest.mark.parametrize("text", [
    "The minister said the rebels retreated from the town.",  # a complement with no participle
    "The minister said the rebels killed 17 people in the town.",  # a clause with an object of its own
])
def test_a_real_complement_clause_is_not_a_reduced_relative(pipeline, text):
    from newsgraph.events.syntax import stranded_object

    sdoc = pipeline.nlp(text)
    assert stranded_object(next(t for t in sdoc if t.lower_ == "said")) is None


@pytest.mark.parametrize("text, trigger", [
    ("Government troops forced out hundreds of villagers from their homes near the border.", "forced"),
    ("Militiamen drove thousands of residents out of the town on Sunday.", "drove"),
])
def test_forcing_a_population_out_is_a_mass_expulsion(pipeline, text, trigger):
    # codebook 201 "Force large groups of people or populations out of some territory"; CAMEO.2.0
    # DRIVE `* (OUT OF)` [201]
    assert ("ASSAULT", "201", trigger) in _events(pipeline, text)


@pytest.mark.parametrize("text, expected", [
    ("The government forced out two foreign journalists last week.", ("COERCE", "174", "forced")),  # individuals
    ("The army drove the rebels out of the town on Sunday.", ("COERCE", "192", "drove")),  # ground taken
])
def test_expelling_individuals_or_fighters_is_not_a_mass_expulsion(pipeline, text, expected):
    assert expected in _events(pipeline, text)


def test_a_small_clause_of_finding_is_not_a_reduced_relative(pipeline):
    from newsgraph.events.syntax import stranded_object

    sdoc = pipeline.nlp("Police found a teacher shot dead in her kitchen.")
    assert stranded_object(next(t for t in sdoc if t.lower_ == "found")) is None
    assert any(t == "ASSAULT" for t, _, _ in _events(pipeline, "Police found a teacher shot dead in her kitchen."))
