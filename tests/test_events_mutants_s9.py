"""Tests for the survivors of the mutation runs over the events stage's session 8 rules
(docs/testing.md, "Session 9, s9-mutate"): events referred back to (`_referred_back`), a day after
publication in a past telling (`_told_in_past`), event nouns another trigger acts on
(`_object_of_trigger`), others' acts under a commitment (`_others_act`), the sentences coded
(`_sentences`). Our own sentences, through the pipeline: what a user sees (type, trigger, flags)."""

import pytest


def _events(pipeline, text, published="2009-03-25"):
    return pipeline.extract(text, name="t", published=published).events


def _triggers(pipeline, text, type_=None):
    return [e.trigger.text for e in _events(pipeline, text) if type_ is None or e.type == type_]


def _flagged(pipeline, text, type_):
    return [(e.trigger.text, "future" in e.flags) for e in _events(pipeline, text) if e.type == type_]


# ---- _referred_back ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officials blamed Hamas for the bombing.",  # the object of a preposition on the verb
    "Officials blamed Hamas for the bombings during Ramadan.",  # a time phrase is no argument of its own
    "The attacks sparked outrage.",  # the subject of an act that is not its happening
    "American officials allege the attacks were plotted by a Saudi financier.",  # a passive's subject
    "Residents mourned the victims of the bombing.",  # through "the victims of"
])
def test_a_definite_event_another_act_refers_back_to_is_no_new_event(pipeline, text):
    assert not _triggers(pipeline, text, "ASSAULT")


def test_a_referred_back_arrest_is_no_new_event(pipeline):
    assert not _events(pipeline, "The government defended the arrests.")


@pytest.mark.parametrize("text,trigger", [
    ("Hamas claimed responsibility for the bombing.", "bombing"),  # claimed: told as done, through "responsibility for"
    ("Rebels carried out the attack.", "attack"),  # a light verb's object is the event it carries
    ("The attack was quick.", "attack"),
    ("Aftermath of the bombing.", "bombing"),  # no verb above: nothing refers back
    ("Police are looking into claims of responsibility for the bombing.", "bombing"),  # too deep to be referred to
    ("The attack on the embassy was condemned by France.", "attack"),  # a phrase of its own
    ("Police are investigating a shooting.", "shooting"),  # not definite
])
def test_a_definite_event_told_as_happening_or_with_its_own_phrase_is_kept(pipeline, text, trigger):
    assert _triggers(pipeline, text, "ASSAULT") == [trigger]


def test_a_definite_event_with_a_target_is_not_referred_back(pipeline):
    (ev,) = [e for e in _events(pipeline, "The bombing angered residents.") if e.type == "ASSAULT"]
    assert ev.trigger.text == "bombing" and ev.target


def test_a_protest_during_which_police_act_goes_on_as_told(pipeline):
    assert _triggers(pipeline, "Police fired tear gas during the protests.", "PROTEST") == ["protests"]

@pytest.mark.parametrize("text,trigger", [
    ("The attack seemed deliberate.", "attack"),  # "deliberate" is the parser's oprd here
    ("The attack appeared deliberate.", "attack"),  # and its acomp here
    ("The attack remains a mystery.", "attack"),  # an attr
])
def test_a_definite_event_described_as_told_is_kept(pipeline, text, trigger):
    assert _triggers(pipeline, text, "ASSAULT") == [trigger]


@pytest.mark.parametrize("prep", ["near", "outside", "in", "around"])
def test_a_definite_event_with_a_place_of_its_own_is_a_new_event_whatever_the_locative(pipeline, prep):
    text = f"Police are investigating the attack {prep} the embassy."
    assert _triggers(pipeline, text, "ASSAULT") == ["attack"]


# ---- _others_act ------------------------------------------------------------------------------

def test_talks_deep_under_an_offer_to_host_are_not_their_sides_agreement(pipeline):
    # "talks" is six heads below "host" (the verb whose offer makes it future): still the offerer's
    # commitment, not one the government and the rebels made
    evs = _events(pipeline, "Tanzania offered to host a conference on the resumption of direct contacts and talks "
                            "between the government and rebels.")
    talks = [e for e in evs if e.trigger.text == "talks"]
    assert talks and all(e.type == "CONSULT" and "future" in e.flags for e in talks)
    assert [e.trigger.text for e in evs if e.type == "AGREE"] == ["offered"]


def test_a_verb_others_are_said_to_intend_is_still_recast(pipeline):
    # _others_act is for event nouns: "Israel would attack" is Israel's announced threat, whoever reports it
    evs = _events(pipeline, "Egypt said Israel would attack Gaza.")
    assert [(e.type, e.trigger.text) for e in evs] == [("THREATEN", "attack")]


def test_a_negated_agreement_with_no_verb_above_is_recast_as_a_rejection(pipeline):
    evs = _events(pipeline, "No agreement between Israel and Hamas.")
    assert [(e.type, e.trigger.text) for e in evs] == [("REJECT", "agreement")]


# ---- _told_in_past (and _verb_above) ------------------------------------------------------------
# published 2009-03-25: "the following day" resolves after it, "future" unless told in a past tense

@pytest.mark.parametrize("text,trigger", [
    ("The following day, an attack on the base was launched.", "attack"),  # a noun under a past passive
    ("The following day, rebels have attacked the army base.", "attacked"),  # the perfect
    ("Officials say there was an attack on the base the following day.", "attack"),  # existential "was": a VERB
    ("The following day, the attack was quick.", "attack"),  # the copula: an AUX at the root
    ("Officials say an attack on the base was underway the following day.", "attack"),  # an AUX below "say"
])
def test_a_day_after_publication_told_in_a_past_tense_is_not_future(pipeline, text, trigger):
    assert _flagged(pipeline, text, "ASSAULT") == [(trigger, False)]


def test_rallies_counted_out_are_told_in_the_tense_of_the_verb_that_launches_them(pipeline):
    # "protest" is four heads below "launched"; the event's clause is the launching's (event_slot)
    evs = _flagged(pipeline, "The following day, students launched ten days of protest rallies.", "PROTEST")
    assert evs == [("protest rallies", False)]


@pytest.mark.parametrize("text,trigger", [
    ("The army base is attacked by rebels the following day.", "attacked"),  # a present passive
    ("Rebels can't have attacked the base the following day.", "attacked"),  # a modal the parser spells "ca"
    ("The following day, rebels would attack the army base.", "attack"),
    ("Clashes in Kabul the following day.", "Clashes"),  # no verb: no past telling
])
def test_a_day_after_publication_not_told_in_a_past_tense_stays_future(pipeline, text, trigger):
    assert _flagged(pipeline, text, "ASSAULT") == [(trigger, True)]


# ---- _object_of_trigger -------------------------------------------------------------------------

def test_talks_a_country_will_agree_to_stay_talks(pipeline):
    evs = _events(pipeline, "Tanzania will agree to talks with Burundi.")
    assert sorted((e.type, e.trigger.text) for e in evs) == [("AGREE", "agree"), ("CONSULT", "talks"), ("CONSULT", "talks")]


def test_talks_a_country_will_reject_stay_talks_flagged_negated(pipeline):
    evs = _events(pipeline, "Iran will reject any talks with the United States.")
    assert [(e.type, e.trigger.text, "negated" in e.flags) for e in evs] == \
        [("REJECT", "reject", False), ("CONSULT", "talks", True)]


def test_support_a_country_will_pledge_stays_support(pipeline):
    evs = _events(pipeline, "France will pledge support for the Kurdish fighters.")
    assert [(e.type, e.trigger.text) for e in evs] == [("AGREE", "pledge"), ("SUPPORT", "support")]


def test_aid_pledged_in_a_passive_is_the_pledges_object(pipeline):
    evs = _events(pipeline, "Aid will be pledged to Iraq by Japan.")
    assert sorted((e.type, e.trigger.text, "future" in e.flags) for e in evs) == \
        [("AGREE", "Aid", False), ("AGREE", "pledged", True)]


def test_an_attack_announced_for_the_following_day_is_a_threat(pipeline):
    evs = _events(pipeline, "Rebels will attack the army base the following day.")
    assert [(e.type, e.trigger.text, e.flags) for e in evs] == [("THREATEN", "attack", [])]


# ---- _sentences: the headline re-parse, the event nouns given to Participants -------------------

def test_a_title_case_headline_is_coded_from_its_re_parse(pipeline):
    evs = _events(pipeline, "France Condemns Killing Of Civilians By Rebels In Mali")
    assert [(e.type, e.trigger.text) for e in evs] == [("ACCUSE", "Condemns"), ("ASSAULT", "Killing")]
    condemn, killing = evs
    assert condemn.target == killing.source and condemn.target  # the rebels, through the event noun


def test_a_headline_in_its_own_paragraph_and_the_body_after_it_are_both_coded_in_order(pipeline):
    doc = pipeline.extract("Georgia Arrests Opposition Members On Arms Charges\n\n"
                           "Police arrested eight men in Tbilisi on Monday.", name="t", published="2009-03-25")
    assert [e.trigger.text for e in doc.events] == ["Arrests", "arrested"]


def test_an_offer_from_another_country_is_its_source(pipeline):
    evs = _events(pipeline, "The Sudanese government rejected an offer from Egypt to mediate.")
    assert [(e.type, e.trigger.text) for e in evs] == [("REJECT", "rejected"), ("CONSULT", "mediate"),
                                                         ("AGREE", "offer")]


# ---- coder: _answered_by, _aimed_against ---------------------------------------------------------

def _sides(pipeline, text):
    """(type, trigger, source names, target names) of each event (the entities' names)."""
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    return [(e.type, e.trigger.text, sorted(doc.entity(i).name for i in e.source),
             sorted(doc.entity(i).name for i in e.target)) for e in doc.events]


def test_demands_someone_concedes_to_were_made_to_them(pipeline):
    assert ("REQUEST", "demands", ["UNITA"], ["government"]) in \
        _sides(pipeline, "The government conceded to demands from UNITA.")


def test_an_offer_rejected_in_a_reported_clause_was_made_to_the_rejecter_not_the_reporter(pipeline):
    assert ("AGREE", "offer", ["Jordan"], ["Israel"]) in _sides(pipeline, "Egypt said Israel rejected an offer from Jordan.")


@pytest.mark.parametrize("text", [
    "Israel studied the offer from Egypt.",  # studying is no answer
    "An offer from Egypt came on Monday.",  # an offer no verb acts on
])
def test_an_offer_nobody_answers_has_no_recipient(pipeline, text):
    assert ("AGREE", "offer", ["Egypt"], []) in _sides(pipeline, text)


@pytest.mark.parametrize("text,target", [
    ("Russia deployed forces aimed at the rebels in Chechnya.", "rebels"),
    ("Iran has trained hundreds of computer hackers capable of launching attacks against Israel.", "Israel"),
])
def test_a_mobilisation_is_aimed_at_whom_its_object_is_meant_against(pipeline, text, target):
    (mob,) = [e for e in _sides(pipeline, text) if e[0] == "MOBILIZE"]
    assert mob[3] == [target]


def test_where_a_deployed_force_comes_from_is_not_its_target(pipeline):
    assert _sides(pipeline, "China deployed missiles bought from Russia.") == \
        [("MOBILIZE", "deployed missiles", ["China"], [])]


# ---- petrarch_transform._said_by ------------------------------------------------------------------

TELL_VERBS = """--- CONDEMN [122] ---
CONDEMN

--- TOLD [023] ---
TOLD

--- SAID [023] ---
SAID
"""
TELL_ACTORS = """MORDOR [MOR]
ROHAN [ROH]
ITHILEN [ITH]
ARNOR [ARN]
"""


def test_what_someone_is_told_to_do_stays_the_tellings_content(tmp_path):
    """"told X to condemn Y": the condemnation is asked for, not reported done (an xcomp of the
    saying, unlike "said X had condemned Y")."""
    from newsgraph.evaluate.events import pipeline_options
    from petrarch_util import codings, write_dictionaries

    dicts = write_dictionaries(tmp_path, verbs=TELL_VERBS, actors=TELL_ACTORS, agents="")
    told, said = codings(["Rohan told Mordor to condemn Ithilen.", "Rohan said Mordor had condemned Ithilen."],
                         pipeline_options(None, **dicts))
    assert ("ROH", "MOR", "023") in told, told
    assert said == {("MOR", "ITH", "122")}


# ---- syntax.found_state -----------------------------------------------------------------------------

def test_police_who_find_a_man_shot_did_not_shoot_him(pipeline):
    (shot,) = [e for e in _events(pipeline, "Police found a man shot dead in his car.") if e.type == "ASSAULT"]
    assert shot.trigger.text == "shot" and shot.source == []
