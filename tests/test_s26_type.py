"""Session 26 (s26-type): event type choice read from the CAMEO codebook's definitions and usage notes.
Sentences written for these tests (fictional or generic news wording), none from an evaluation corpus."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, published="2026-03-04")
    return [(e.type, e.cameo, e.trigger.text.split()[0], tuple(e.flags)) for e in doc.events]


# 1. An act put on a condition ("may halt X if Y", "could impose sanctions unless Y") is announced as
#    what will follow the condition: a threat when the act is conflictual (CAMEO 13x; the codebook's
#    135 example is of this form), as "will cut off aid unless" already was.
@pytest.mark.parametrize("text, trigger, cameo", [
    ("The European Union may suspend trade talks with Ruritania if the crackdown continues, a spokesman said.",
     "suspend", "134"),
    ("Washington could impose new sanctions on Venezuela if the election is postponed.", "impose", "1312"),
    ("Germany may halt its mediation if cooperation between the parties collapses.", "halt", "135"),
    ("The union might strike next week unless the government raises wages.", "strike", "133"),
    ("Borduria could retaliate against Ruritania if the blockade continues, its defence minister said.",
     "retaliate", "1384"),
])
def test_a_conflictual_act_on_a_condition_is_a_threat(pipeline, text, trigger, cameo):
    events = _events(pipeline, text)
    assert ("THREATEN", cameo, trigger, ()) in events
    assert not any(t != "THREATEN" and trig == trigger for t, _, trig, _ in events)


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Japan may release the detained fishermen if Borduria apologises.", "release", "0353"),
    ("Ruritania could reopen its embassy in Borduria if the attacks stop.", "reopen", "0355"),
])
def test_a_cooperative_act_on_a_condition_is_an_intent(pipeline, text, trigger, cameo):
    events = _events(pipeline, text)
    assert ("AGREE", cameo, trigger, ()) in events  # an offer on terms: CAMEO 03x, not a retreat done


@pytest.mark.parametrize("text, trigger", [
    ("Ruritania would have attacked the border town if the rains had not come.", "attacked"),  # counterfactual
    ("Police might arrest the protesters, witnesses feared.", "arrest"),  # no condition: a guess
    ("Fighting could break out again if the talks fail, analysts said.", "Fighting"),  # no one's act
    # a clause of reason or time is no condition
    ("Washington could impose new sanctions on Venezuela because the election was postponed, analysts said.",
     "impose"),
    ("Ruritania might cut its aid to Borduria as the economy weakens, economists said.", "cut"),
])
def test_a_guess_or_a_counterfactual_stays_hypothetical(pipeline, text, trigger):
    events = _events(pipeline, text)
    ours = [(t, f) for t, _, trig, f in events if trig == trigger]
    assert ours and all(t != "THREATEN" and "hypothetical" in f for t, f in ours)


# 2. CAMEO 081's sub-codes by what is eased (codebook 0813 "ease curfew", 0814 "ease state of emergency
#    or martial law"), whatever the easing verb, and easing verbs the lexicon lacked for a curfew or an
#    emergency ("reduced", "scaled back").
@pytest.mark.parametrize("text, trigger, cameo", [
    ("Authorities relaxed the curfew in the northern city after a week of calm.", "relaxed", "0813"),
    ("The army shortened by two hours the curfew imposed on the capital last month.", "shortened", "0813"),
    ("The junta reduced the curfew in the capital to four hours.", "reduced", "0813"),
    ("The president relaxed martial law in the southern provinces.", "relaxed", "0814"),
    ("The government scaled back the state of emergency in three provinces.", "scaled", "0814"),
])
def test_easing_a_curfew_or_an_emergency_is_sub_coded(pipeline, text, trigger, cameo):
    events = _events(pipeline, text)
    assert ("CONCEDE", cameo, trigger, ()) in events
    assert not any(t == "COERCE" for t, _, _, _ in events)  # the curfew eased is no curfew imposed


@pytest.mark.parametrize("text, cameo", [
    ("The night curfew in the capital was relaxed on Friday.", "0813"),  # the passive's subject
    ("The government relaxed the emergency rules in the north.", "0814"),  # a compound naming the emergency
    # rules "for emergencies" are no state of emergency: only the of-phrase names what the object is
    ("The regional hospital relaxed its visiting rules for emergencies on Monday.", "081"),
])
def test_what_is_eased_is_read_from_the_object(pipeline, text, cameo):
    assert ("CONCEDE", cameo, "relaxed", ()) in _events(pipeline, text)


@pytest.mark.parametrize("text, trigger, cameo", [
    ("The government relaxed restrictions on the press.", "relaxed", "0811"),
    ("Authorities eased restrictions on foreign media on Monday.", "eased", "0811"),
    ("The military council lifted the ban on political parties.", "lifted", "0812"),  # "on" hung on the verb
    ("The government relaxed restrictions on imports.", "relaxed", "081"),  # no political freedom
    ("Restrictions on the press were relaxed on Monday.", "relaxed", "0811"),  # the passive's subject
    # rules "for" candidates restrict no party or politician: only the on-phrase says what is restricted
    ("The city relaxed its parking rules for candidates during the campaign.", "relaxed", "081"),
])
def test_restrictions_eased_on_freedoms_or_parties_are_sub_coded(pipeline, text, trigger, cameo):
    assert ("CONCEDE", cameo, trigger, ()) in _events(pipeline, text)


def test_a_curfew_imposed_is_no_curfew_eased(pipeline):
    assert ("COERCE", "1723", "imposed", ()) in _events(pipeline, "The army imposed a curfew on the capital.")


def test_other_things_reduced_keep_their_codes(pipeline):
    events = _events(pipeline, "Ruritania reduced its aid to Borduria after the coup.")
    assert any(t == "SANCTION" and trig == "reduced" for t, _, trig, _ in events)
    events = _events(pipeline, "The government relaxed its rules on foreign investment.")
    assert any(t == "CONCEDE" and c == "081" and trig == "relaxed" for t, c, trig, _ in events)


# 3. Sharing intelligence or information (CAMEO 064) told with "exchange" or "pass".
@pytest.mark.parametrize("text, trigger", [
    ("The two countries exchanged intelligence on the smuggling networks.", "exchanged"),
    ("Ruritania passed intelligence on the bombers to Borduria.", "passed"),
])
def test_intelligence_exchanged_or_passed_is_shared(pipeline, text, trigger):
    assert any(t == "COOPERATE" and c == "064" and trig == trigger for t, c, trig, _ in _events(pipeline, text))


def test_a_law_passed_is_not_shared_information(pipeline):
    events = _events(pipeline, "Parliament passed a law on information security on Tuesday.")
    assert not any(c == "064" for _, c, _, _ in events)


# 4. ACLED: a crime named with the law's qualifier ("aggravated assault", "armed robbery") after a
#    charge is the charge's content, as the unqualified name already was: the snippet's event is the arrest.
def _acled(pipeline, text):
    from newsgraph.evaluate.acled import predicted

    return predicted(pipeline.extract(text, published="2026-03-04"))


def test_a_qualified_crime_in_a_charge_is_no_attack(pipeline):
    assert _acled(pipeline, "The suspect was booked into the county jail on charges of aggravated assault.") == "Arrests"


def test_an_armed_attacker_still_attacks(pipeline):
    assert _acled(pipeline, "An armed man attacked two women in a park on Sunday, police said.") == "Attack"


# 5. Debt relief is aid (PLOVER manual, AID: "debt forgiveness and loan cancellations ... should be coded
#    as AID"; CAMEO 071 economic aid); cancelling talks or forgiving people keeps its own reading.
@pytest.mark.parametrize("text, trigger", [
    ("The Paris Club cancelled $300 million of Borduria's debt.", "cancelled"),
    ("Ruritania cancelled Borduria's debt to help it recover from the floods.", "cancelled"),
    ("Ruritania waived repayment of the loans it had made to Borduria.", "waived"),
])
def test_debt_cancelled_is_economic_aid(pipeline, text, trigger):
    assert ("AID", "071", trigger, ()) in _events(pipeline, text)


def test_an_agreement_to_forgive_debt_is_an_intent_to_give_economic_aid(pipeline):
    assert any(t == "AGREE" and c == "0331" for t, c, _, _ in
               _events(pipeline, "Ruritania agreed to forgive half of Borduria's foreign debt."))


def test_talks_cancelled_are_no_aid(pipeline):
    events = _events(pipeline, "Ruritania cancelled its talks with Borduria.")
    assert any(t == "SANCTION" and c == "164" for t, c, _, _ in events)
    assert not any(t == "AID" for t, _, _, _ in events)
