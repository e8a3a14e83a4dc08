"""ACLED sub-event types, session 20 (s20-acled): general gaps found by coding short news-style sentences
written for this session (/tmp only; none is in a gold file), labelled from the ACLED codebook first."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a petrol bomb or Molotov cocktail is a thrown incendiary: ACLED keeps it with the riot (or attack) it is
    # part of, not with explosive devices
    ("Demonstrators clashed with police, throwing stones and petrol bombs.", "Violent demonstration"),
    ("Rioters hurled petrol bombs and rocks at officers after the match.", "Violent demonstration"),
    # ... a bomb that explodes stays one, whatever stands near it
    ("A bomb exploded near the petrol station, wounding two.", "Remote explosive/landmine/IED"),
])
def test_petrol_bombs_are_no_explosive_devices(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "staged": the lemmatizer's "stag" hid the light verb, so a staged strike was an armed strike and a
    # staged coup nothing
    ("Workers staged a strike on Monday.", "Peaceful protest"),
    ("Dock workers staged a two-day strike over unpaid wages.", "Peaceful protest"),
    ("The army staged a coup on Tuesday.", "Other"),
    # a coup staged, mounted or carried out: the noun of "seized power" (ACLED's strategic Other)
    ("The military carried out a coup and dissolved parliament.", "Other"),
    # ... not a coup in the figurative sense, nor one merely plotted
    ("The merger was a coup for the company.", "none"),
    ("Officers plotted a coup against the king.", "none"),
])
def test_staged_and_coups(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "came under fire": forces, their vehicles or posts shot at (the clause's subject undergoes the fire,
    # whoever fires is the "from")
    ("An army convoy came under fire from suspected militants on the highway.", "Armed clash"),
    ("Troops came under heavy fire from insurgents near the pass.", "Armed clash"),
    ("The embassy came under fire on Sunday night.", "Attack"),
    # ... a minister, a player or a company comes under fire in words (CAMEO.2.0's criticism): no shooting
    ("The minister came under fire over the housing policy.", "none"),
    ("The striker came under fire from fans after missing the penalty.", "none"),
    ("The company came under fire from investors for its pay deals.", "none"),
])
def test_came_under_fire(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a resultative before the object ("shot dead a motorcyclist"): the object is still who was shot, a
    # civilian the armed side attacked, not a second force
    ("Bandits shot dead a motorcyclist on the road.", "Attack"),
    ("Gunmen shot dead two shopkeepers in the market.", "Attack"),
    ("Militants shot dead a soldier at the checkpoint.", "Armed clash"),
])
def test_resultative_before_the_object(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # property destroyed together with people killed or hurt: ACLED codes the more violent event
    ("Gunmen torched homes and killed six people in the village.", "Attack"),
    ("Rebels looted shops and shot dead a trader.", "Attack"),
    ("Herders torched crops and injured two farmers.", "Attack"),
    # ... property alone, or no one harmed, stays property destruction
    ("Soldiers burned houses in the village, but no one was hurt.", "Looting/property destruction"),
    ("Armed men set fire to dozens of homes.", "Looting/property destruction"),
])
def test_property_destroyed_with_people_harmed(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a structure's failure or an accident told by its own verb, the killing its outcome: no one's violence
    ("The bridge collapsed under heavy traffic, killing two drivers.", "none"),
    ("A ferry sank on the lake, killing 30 passengers.", "none"),
    # ... also with the comma right after the verb
    ("Two trains collided, killing 15 passengers.", "none"),
    ("The roof caved in, killing three miners.", "none"),
    # ... a weapon named before it keeps the strike
    ("The house collapsed after an air strike, killing five.", "Air/drone strike"),
])
def test_accidents_told_by_their_verb(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "a drone strike hit a convoy, killing four": "hit" restates its subject's strike, so the killing it
    # tells is the strike's (it was absorbed into the dropped "hit" and the sentence coded nothing)
    ("A drone strike hit a convoy, killing four fighters.", "Air/drone strike"),
    ("A rocket attack hit an army convoy, killing four soldiers.", "Shelling/artillery/missile attack"),
    # ... as the plain telling was already
    ("A drone strike hit a convoy.", "Air/drone strike"),
])
def test_effect_of_an_event_noun(snippet, text, want):
    assert snippet(text) == want



@pytest.mark.parametrize("text,want", [
    # a device set off on purpose by those who found it: its use disrupted, no explosion of violence
    ("A landmine was safely detonated by army engineers.", "Disrupted weapons use"),
    ("Police safely detonated a bomb left outside the bank.", "Disrupted weapons use"),
    # ... a bomb that goes off stays the explosion
    ("A bomb detonated outside the bank, killing two.", "Remote explosive/landmine/IED"),
])
def test_safely_detonated(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # rain is a natural force as floods are: a killing it causes is no one's violence
    ("Heavy rain caused a wall to collapse, killing four children.", "none"),
    ("Torrential rains swept away homes, killing 20.", "none"),
    # ... an attack told in the rain stays the attack
    ("Rebels attacked the village in heavy rain, killing four.", "Attack"),
])
def test_rain_is_a_natural_force(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # someone wounded or injured named by trade (a trader, a driver, a pupil), as the lexicon's "villager" or
    # "passenger" already were, by a doer the actors know
    ("Militia members wounded a local trader.", "Attack"),
    ("Militia members beat and wounded a local trader.", "Attack"),
    ("Gunmen injured a taxi driver and two pupils near the school.", "Attack"),
    # ... not a knee, nor pride
    ("The coach injured his knee in training.", "none"),
    ("The new rules wounded the pride of the workers.", "none"),
])
def test_wounded_by_trade(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a weapon that wounds or injures people the actors know ("three police officers"): its own sense, not the
    # sense that needs an acting actor (which dropped the event whole)
    ("An improvised explosive device wounded three police officers.", "Remote explosive/landmine/IED"),
    ("A grenade injured two soldiers at the gate.", "Grenade"),
    # ... an actor wounding them stays the actor's act
    ("Gunmen wounded two police officers.", "Armed clash"),
])
def test_weapon_wounds_named_actors(snippet, text, want):
    assert snippet(text) == want
