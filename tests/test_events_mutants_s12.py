"""Tests for survivors of session 12's mutation run over the events coder's functions changed since
their last run and never run since (events/coder.py; docs/testing.md, "Session 12, s12-mut-coder").
Each sentence is our own; each expectation is what a user sees: the event's type, trigger, and the
names of its source and target. Every case tells apart a mutant the other events tests let pass."""

import pytest

from eventsutil import named_events
import spacy
from spacy.tokens import Doc

from newsgraph.events import coder
from newsgraph.events.lexicon import Sense
from newsgraph.events.petrarch_verbs import Match


def _events(pipeline, text):
    return named_events(pipeline, text)


# ---- Participants._of_conjuncts: "the presidents of X and Y" -------------------------------------

@pytest.mark.parametrize("text,events", [
    # each country of the of-phrase has its own group of presidents (named by the country)
    # (the attack itself, with no named doer under a reaction that names both sides, is no record of its own:
    # session 32, s32-triple, "no record without an actor")
    ("The presidents of Kenya and Uganda condemned the attack on Somalia.",
     [("ACCUSE", "condemned", ["presidents", "Uganda"], ["Somalia"])]),
    # ... as a target too
    ("Police attacked the ministers of Kenya and Uganda.",
     [("ASSAULT", "attacked", ["Police"], ["ministers", "Uganda"])]),
    # a conjunct with no group of its kind adds nothing (the African Union has no presidents' group)
    ("The presidents of Kenya and the African Union condemned the attack on Somalia.",
     [("ACCUSE", "condemned", ["presidents"], ["Somalia"])]),
])
def test_each_country_of_an_of_phrase_has_its_group(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- _stranded_agent: a passive's by-phrase hung on the noun of a phrase before it ----------------

@pytest.mark.parametrize("text,events", [
    ("The bombing was condemned in separate statements by Italy and Norway.",
     [("ACCUSE", "condemned", ["Italy", "Norway"], [])]),
    ("The raid was criticized on Monday in a statement by Egypt.",
     [("ACCUSE", "criticized", ["Egypt"], [])]),
    # only a by-phrase: statements "from Italy" name no agent of the passive
    ("The bombing was condemned in statements from Italy.",
     [("ACCUSE", "condemned", [], [])]),
])
def test_a_by_phrase_hung_on_an_earlier_noun_is_the_passive_s_agent(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- _defied: what a protest or a refusal is "in protest/defiance/opposition" of --------------------

@pytest.mark.parametrize("text,events", [
    # only "in protest": opposition met "despite" is not what is protested against
    ("Kenyan students protested despite opposition of the Kenyan government.",
     [("PROTEST", "protested", ["Kenyan students"], [])]),
    # only of/against/at/to the noun: who marches "with" the protesters is not its target
    ("Egyptian students marched in protest with Kenyan workers.",
     [("PROTEST", "marched", ["Egyptian students"], []), ("ACCUSE", "protest", [], ["Kenyan workers"])]),
])
def test_a_protest_s_target_is_what_it_is_in_protest_of(pipeline, text, events):
    assert _events(pipeline, text) == events


def test_a_refusal_in_protest_against_someone_targets_them(pipeline):
    refusals = [e for e in _events(pipeline, "Kenya refused to sign the deal in protest against Uganda.")
                if e[0] == "REJECT"]
    assert refusals == [("REJECT", "refused", ["Kenya"], ["Uganda"])]


# ---- _can_participate: a news outlet reports, its journalists (a group of people) can be arrested -----

@pytest.mark.parametrize("text,events", [
    ("Police arrested two BBC journalists.",
     [("COERCE", "arrested", ["Police"], ["two BBC journalists"])]),
    ("Kenyan police arrested two Reuters journalists in Nairobi.",
     [("COERCE", "arrested", ["Kenyan police"], ["two Reuters journalists"])]),
])
def test_an_outlet_s_journalists_can_be_arrested(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- governor_lemma: a participle's governor is the verb of command whose small clause it is --------

VOCAB = spacy.blank("en").vocab


def _parse(spec: str) -> Doc:
    """Tokens `word:POS:dep:head[:lemma[:tag]]` (the root is its own head), as in
    tests/test_events_coder_mutants.py."""
    f = [item.split(":") for item in spec.split()]
    return Doc(VOCAB, words=[x[0] for x in f], pos=[x[1] for x in f], deps=[x[2] for x in f],
               heads=[int(x[3]) for x in f], lemmas=[x[4] if len(x) > 4 and x[4] else x[0].lower() for x in f],
               tags=[x[5] if len(x) > 5 else "" for x in f])


def test_governor_of_an_ordered_participle_is_the_order():
    # "ordered two soldiers held", the participle read as the object's clause: the order governs it
    d = _parse("general:NOUN:nsubj:1 ordered:VERB:ROOT:1:order soldiers:NOUN:dobj:1 held:VERB:acl:2:hold:VBN")
    assert coder.governor_lemma(d[3]) == "order"
    # a participle no order governs: its head, a noun, governs nothing
    d = _parse("general:NOUN:nsubj:1 saw:VERB:ROOT:1:see soldiers:NOUN:dobj:1 held:VERB:acl:2:hold:VBN")
    assert coder.governor_lemma(d[3]) == ""


# ---- _framing_verb: an event noun framing a clause that codes nothing itself -------------------------

@pytest.mark.parametrize("text,events", [
    # a sanction's object is who it hits (mutant 28, quad_class(None, cameo), found this: SANCTION is
    # PLOVER's quad class 3, its CAMEO 16x codes quad class 4; the object was dropped before)
    ("The United States targeted Iran in new sanctions.",
     [("SANCTION", "sanctions", ["United States"], ["Iran"])]),
    ("The United States named ten Russian officials in its sanctions.",
     [("SANCTION", "sanctions", ["United States"], ["Russian officials"])]),
])
def test_the_object_of_a_verb_framed_by_sanctions_is_their_target(pipeline, text, events):
    assert _events(pipeline, text) == events


# ---- _dictionary_sense: a user's verb-dictionary code ------------------------------------------------

def test_a_weis_code_keeps_its_code_and_origin():
    m = Match(code="212", reverse=None, origin="my.verbs", line=9)
    assert coder._dictionary_sense("212", m, lambda: None) == Sense(type="COERCE", cameo="212", origin="my.verbs:9")


def test_a_code_on_a_cameo_root_takes_the_root_s_type():
    # two digits of a CAMEO root then a letter: typed by the root, our lexicon not asked
    m = Match(code="19x", reverse=None, origin="my.verbs", line=2)
    assert coder._dictionary_sense("19x", m, lambda: pytest.fail("not asked")).type == "ASSAULT"


def test_a_dictionary_candidate_keeps_whether_its_pattern_codes_the_verb_pair():
    # "* + TO LEAVE": the pattern names the complement's verb, so the candidate codes the pair
    d = _parse("Rohan:PROPN:nsubj:1 urged:VERB:ROOT:1:urge Gondor:PROPN:dobj:1 to:PART:aux:4 leave:VERB:xcomp:1")
    for whole in (True, False):
        m = Match(code="105", reverse=None, target=[d[2]], origin="v", line=1, whole=whole)
        assert coder._dictionary_candidate(m, d[1], "SENT", lambda: None).whole is whole


# ---- responsible: who a phrase attributes the act to --------------------------------------------------

@pytest.mark.parametrize("text,events", [
    ("Al-Shabaab was behind the bombing in Mogadishu.",
     [("ASSAULT", "bombing", ["Al-Shabaab"], ["Mogadishu"])]),
    ("The Kenyan army is responsible for the shelling of the village.",
     [("ASSAULT", "shelling", ["Kenyan army"], [])]),
    ("Kenya held the rebels responsible for the massacre.",
     [("ASSAULT", "massacre", ["rebels"], [])]),
    ("Al-Shabaab claimed responsibility for the attack on the Kenyan base.",
     [("ASSAULT", "attack", ["Al-Shabaab"], ["Kenyan"])]),
    ("Police accused Kenyan soldiers of looting.",
     [("ACCUSE", "accused", ["Police"], ["Kenyan soldiers"]), ("ASSAULT", "looting", ["Kenyan soldiers"], [])]),
    # only "behind" with "be": who was "near" an attack did not do it
    ("Kenyan soldiers were near the bombing.",
     [("ASSAULT", "bombing", [], [])]),
    # ... and only "responsible" (or the like) for: who was "present at" it did not do it
    ("Kenyan soldiers were present at the bombing.",
     [("ASSAULT", "bombing", [], [])]),
    # the passive's subject is who is blamed
    ("Somali militants were blamed for the bombing of a Kenyan bus.",
     [("ACCUSE", "blamed", [], ["Somali militants"]), ("ASSAULT", "bombing", ["Somali militants"], ["Kenyan"])]),
])
def test_the_doer_of_an_act_attributed_by_a_phrase(pipeline, text, events):
    assert _events(pipeline, text) == events
