"""Session 46 (s46-neg): a verb whose direct object says there is none of it ("held no talks", "signed no deal",
"met none of them") tells an act that did not take place, as "did not hold talks" does; PETRARCH and CAMEO code no
negated event. A toll of none ("killed nobody") is no denial: the attack took place (the lead, after the CI). Own
sentences."""

import pytest

from newsgraph.events.factuality import clause_flags


@pytest.fixture(scope="module")
def nlp():
    from newsgraph.nlp import load

    return load()


def flags_of(nlp, text, word, is_noun=False):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return clause_flags(tok, is_noun, {})[0]


@pytest.mark.parametrize("text,verb", [
    ("Gondor held no talks with Mordor on Monday.", "held"),
    ("Rohan signed no deal with Gondor last year.", "signed"),
    ("Rohan met none of the rebel leaders.", "met"),
    ("Gondor condemned neither Rohan nor Mordor.", "condemned"),
    ("Gondor kept its promise to hold no talks with Mordor.", "hold"),
    ("No country signed the treaty with Rohan.", "signed"),  # the subject's "no", as before (nsubj)
    ("No talks were held between Gondor and Rohan.", "held"),  # ... and a passive's (nsubjpass)
])
def test_a_verb_with_no_object_is_negated(nlp, text, verb):
    assert "negated" in flags_of(nlp, text, verb)


@pytest.mark.parametrize("text,word,is_noun", [
    ("Gondor held talks with Mordor on Monday.", "held", False),  # an object with no "no"
    ("Rebels attacked no fewer than ten villages.", "attacked", False),  # a bound on a number: the attacks happened
    ("The bomb killed nobody.", "killed", False),  # a toll of none: the bombing happened (TOLL_VERBS)
    ("Shelling of the port wounded no one, officials said.", "wounded", False),
    ("The police arrested no more than five people.", "arrested", False),
    ("Gondor gave no reason for the attack on the convoy.", "attack", True),  # the noun's verb's object is another noun
])
def test_an_object_that_names_some_is_not_a_negation(nlp, text, word, is_noun):
    assert "negated" not in flags_of(nlp, text, word, is_noun)


def test_a_noun_subject_of_a_verb_with_a_no_object_happened(nlp):
    # "the talks" are the subject, "no agreement" the verb's object: the talks took place
    assert "negated" not in flags_of(nlp, "The talks in Geneva produced no agreement.", "talks", True)


@pytest.mark.parametrize("text", [
    "Gondor held no talks with Mordor on Monday.",
    "Rohan signed no deal with Gondor last year.",
    "Rohan imposed no sanctions on Gondor.",
])
def test_the_built_in_light_verb_event_is_flagged_negated(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-03-04")
    assert doc.events and all("negated" in e.flags for e in doc.events)


def test_the_same_verb_with_a_plain_object_stays_factual(pipeline):
    doc = pipeline.extract("Gondor held talks with Mordor on Monday.", name="t", published="2026-03-04")
    assert doc.events and all("negated" not in e.flags for e in doc.events)
