"""Session 37 (s37-polprec), issue 12: the of-phrase of a stance noun of HOLDER_OF_NOUNS with no owner before it
names who holds the stance, not what it is about ("the support of Latino voters"): it is the source, a for/to
phrase is the content, and with none there is no attribution (`indirect._of_holder`). Sentences of our own
(scripts/attr_probes/probes_s37polprec.txt and probes_s37polprec_b.txt hold the probe sets)."""

import pytest

from newsgraph.attribution.indirect import _of_holder, noun_content


def _by_cue(doc):
    return {a.cue.text: (a.source.text if a.source else None, [c.text for c in a.content])
            for a in doc.attributions if a.cue}


def test_a_holder_alone_is_no_attribution(pipeline):
    assert "support" not in _by_cue(pipeline.extract("The support of Latino voters will decide the race in Nevada.", name="t"))


def test_the_holder_is_the_source_and_the_for_phrase_the_content(pipeline):
    found = _by_cue(pipeline.extract("The support of Cuban American voters for the embargo has eroded over two decades.",
                                     name="t"))
    assert found["support"] == ("Cuban American voters", ["the embargo"])


# --- the rule on parsed sentences, one condition each -----------------------------------------------------------

@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _noun_prep_obj(nlp, text, noun, obj):
    doc = nlp(text)
    n = next(t for t in doc if t.text == noun)
    o = next(t for t in doc if t.text == obj)
    return n, o.head, o


@pytest.mark.parametrize("text, noun, obj, want", [
    ("The support of Latino voters decided the race.", "support", "voters", True),  # a plural
    ("The backing of Pfizer surprised them.", "backing", "Pfizer", True),  # a name
    ("The support of many of the mayors kept it alive.", "support", "many", True),  # a pronoun of a group
    ("The mayor won the support of Democrats.", "support", "Democrats", True),  # a verb that receives it
    ("The strong support of Latino voters decided it.", "support", "voters", True),  # an adjective is no owner
    ("With the backing of the unions, the bill passed.", "backing", "unions", True),  # a preposition other than "in"
    ("The support of the Smiths mattered.", "support", "Smiths", True),  # a plural name the NER calls no person
    ("The Republican backing of farmers came late.", "backing", "farmers", False),  # a group adjective: the owner
    ("The backing of the plan surprised them.", "backing", "plan", False),  # a thing: what is backed
    ("Her support of the pipelines cost her votes.", "support", "pipelines", False),  # an owner: the object
    ("The Palin endorsement of Republicans came late.", "endorsement", "Republicans", False),  # a named owner
    ("The governor voiced support of the teachers.", "support", "teachers", False),  # the subject voices it
    ("They marched in support of the strikers.", "support", "strikers", False),  # the idiom
    ("Criticism of the governors grew louder.", "Criticism", "governors", False),  # about X, not X's
    ("The support for the farmers grew.", "support", "farmers", False),  # not an of-phrase
])
def test_of_holder(nlp, text, noun, obj, want):
    n, prep, o = _noun_prep_obj(nlp, text, noun, obj)
    assert _of_holder(n, prep, o) is want


def test_a_clause_after_of_is_no_holder(nlp):
    doc = nlp("The support of raising taxes was thin.")
    n = doc[1]
    prep = doc[2]
    obj = next(c for c in prep.children)
    assert obj.dep_ == "pcomp"
    assert _of_holder(n, prep, obj) is False


def test_noun_content_takes_the_holder_as_source(nlp):
    doc = nlp("The support of Cuban American voters for the embargo has eroded.")
    content, source = noun_content(doc[1])
    assert source is not None and source.text == "voters"
    assert doc[content[0]:content[1] + 1].text == "the embargo"
