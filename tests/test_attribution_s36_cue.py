"""Session 36 (s36-polcue), issue 12: a verb that addresses someone takes its content from the preposition of its
frame even when the parser hung that preposition on the addressee ("reminded voters [of the closures]", "warned
residents [of the storm]"): `indirect._hung_on_addressee`. Sentences of our own (scripts/attr_probes/
probes_s36polcue.txt and probes_s36polcue_b.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.indirect import _hung_on_addressee


def _by_cue(doc):
    return {a.cue.text: (a.source.text if a.source else None, [c.text for c in a.content])
            for a in doc.attributions if a.cue}


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator reminded voters of the plant closures.", "reminded", "The senator", "the plant closures"),
    ("Officials warned residents of the coming storm.", "warned", "Officials", "the coming storm"),
    ("The agency informed families of the delay in the inquiry.", "informed", "The agency", "the delay in the inquiry"),
])
def test_the_preposition_hung_on_the_addressee_carries_the_content(pipeline, text, cue, source, content):
    found = _by_cue(pipeline.extract(text, name="t"))
    assert cue in found
    assert found[cue][0] == source
    assert found[cue][1] == [content]


def test_a_preposition_on_the_verb_is_still_taken(pipeline):
    found = _by_cue(pipeline.extract("The coach warned them about the rules.", name="t"))
    assert found["warned"][1] == ["the rules"]


# --- the rule on parsed sentences, one condition each -----------------------------------------------------------

def _verb_and_object(nlp, text, verb, obj):
    doc = nlp(text)
    return next(t for t in doc if t.text == verb), next(t for t in doc if t.text == obj)


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


@pytest.mark.parametrize("text, verb, obj, want", [
    ("The senator reminded voters of the plant closures.", "reminded", "voters", ["of"]),
    ("The mayor reminded the story of the flood.", "reminded", "story", []),  # no addressee: a thing
    ("The senator praised voters of the district.", "praised", "voters", []),  # a verb that addresses no one
    ("These are the voters of Ohio she reminded.", "reminded", "voters", []),  # the noun before the verb
])
def test_hung_on_addressee(nlp, text, verb, obj, want):
    v, o = _verb_and_object(nlp, text, verb, obj)
    assert [c.text for c in _hung_on_addressee(v, o) if c.dep_ == "prep"] == want


def test_no_object_no_prepositions(nlp):
    v, _ = _verb_and_object(nlp, "The coach warned them about the rules.", "warned", "them")
    assert _hung_on_addressee(v, None) == []
