"""Session 40 (s40-plovtype): coder.shifted_object, an object placed after the verb's own adjunct (heavy noun
phrase shift) that the parser reads as the subject of a clause hung on the verb. Own sentences."""

import pytest

from newsgraph.evaluate.events import _rank, asserted, plover_events


def _verb(pipeline, text, word):
    sdoc = pipeline.nlp(text)
    return next(t for t in sdoc if t.lower_ == word)


def _top(pipeline, text):
    doc = pipeline.extract(text, published="2024-06-01")
    evs = [e for e in sorted(plover_events(list(doc.events)), key=_rank) if asserted(e)]
    return [(e.type, e.trigger.text.lower()) for e in evs]


@pytest.mark.parametrize("text, verb, noun", [
    # the noun's own modifying clause between it and the verb the parser hung it on
    ("Uganda released after two years the opposition activists arrested when the election results were "
     "announced.", "released", "activists"),
    ("The president relaxed on Monday the restrictions placed on opposition parties after the coup plotters "
     "were arrested.", "relaxed", "restrictions"),
    # the noun's own bare participle taken for the clause
    ("Authorities in Yerevan eased by two hours the night curfew ordered after the clashes spread.", "eased", "curfew"),
])
def test_the_object_after_an_adjunct_is_the_verbs(pipeline, text, verb, noun):
    from newsgraph.events.coder import direct_objects, shifted_object

    v = _verb(pipeline, text, verb)
    assert not any(c.dep_ == "dobj" for c in v.children)  # (the parser's misreading this test is about)
    assert shifted_object(v).lower_ == noun
    assert [o.lower_ for o in direct_objects(v)] == [noun]


@pytest.mark.parametrize("text, verb", [
    ("Police said on Tuesday the rebels killed 17 villagers.", "said"),  # a verb of saying takes a clause
    ("The general insisted on Friday the army arrested the suspects.", "insisted"),  # no clause on the noun
    ("Officials believed last week the troops withdrew from the town.", "believed"),
    ("The minister shortened the curfew imposed after the riots.", "shortened"),  # an object of its own
    ("The army shortened the curfew after the rebels retreated.", "shortened"),
])
def test_a_reported_clause_or_an_own_object_is_no_shifted_object(pipeline, text, verb):
    from newsgraph.events.coder import shifted_object

    assert shifted_object(_verb(pipeline, text, verb)) is None


def test_no_adjunct_means_no_shift(pipeline):
    # the noun right after the verb is stranded_object's case, not this one
    from newsgraph.events.coder import shifted_object

    v = _verb(pipeline, "The rebels freed four aid workers held captive since March.", "freed")
    assert shifted_object(v) is None


@pytest.mark.parametrize("text, type_, trigger", [
    ("The president relaxed on Monday the restrictions placed on opposition parties after the coup plotters "
     "were arrested.", "CONCEDE", "relaxed"),
    ("Authorities in Yerevan eased by two hours the night curfew ordered after the clashes spread.", "CONCEDE", "eased"),
    ("Uganda released after two years the opposition activists arrested when the election results were "
     "announced.", "RETREAT", "released"),
])
def test_the_easing_verb_is_coded_and_its_object_is_no_event(pipeline, text, type_, trigger):
    got = _top(pipeline, text)
    assert got[0] == (type_, trigger)
    assert not any(w == "curfew" for _, w in got)  # the curfew is what is eased, not a second (COERCE) event
