"""ACLED sub-event types by the codebook's definitions (session 16, s16-acled): general rules in
events/acled.py, each checked on sentences written for these tests (none is in a gold file)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # ACLED: protesters targeted with lethal weapons suffer excessive force, whether or not a death is told
    ("Police shot three protesters during a march in Lagos on Monday.", "Excessive force against protesters"),
    ("Soldiers shot two students at a demonstration against fuel prices.", "Excessive force against protesters"),
    # ... less-lethal rounds or shots past people are an intervention
    ("Police shot protesters with rubber bullets in Santiago on Friday.", "Protest with intervention"),
    ("Police fired warning shots to disperse the marchers in Lilongwe.", "Protest with intervention"),
    # ... and a shooting the protest is about is no force used on it
    ("Hundreds marched in Accra over the police shooting of a teenager.", "Peaceful protest"),
])
def test_firearms_against_protesters(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # ACLED: a battle is armed, organised groups fighting each other; shots traded mean both were armed
    ("Police traded gunfire with gang members in a slum in Port-au-Prince for several hours.", "Armed clash"),
    ("Police and gang members traded gunfire in the slum.", "Armed clash"),
    # ... while armed men named only in what a victim is accused of are no side: violence against a civilian
    ("Soldiers beat and killed a shopkeeper accused of hiding rebels.", "Attack"),
    ("Troops killed four insurgents accused of attacking a convoy.", "Armed clash"),
])
def test_clash_or_attack_by_who_is_armed(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # an event named as what a statement reacts to is the statement's background, not the report's event
    ("The foreign minister condemned the bombing of a hospital in Aden.", "none"),
    ("Church leaders mourned the killing of a priest in Benue state.", "none"),
    ("The UN envoy condemned the attack that killed three peacekeepers near Aguelhok.", "none"),
    # ... while a protest made to denounce it, or the attack told in a clause of its own, is reported
    ("Thousands marched in Bamako to denounce the attack on the village.", "Peaceful protest"),
    ("Gunmen killed four villagers in Zamfara, and the governor condemned the attack.", "Attack"),
    # an event dated by its year inside its noun phrase is a known past event named, not reported ...
    ("Residents recalled the 1994 massacre at the church.", "none"),
    ("The sanctions date from Iraq's 1990 invasion of Kuwait.", "none"),
    # ... while a clause dated by its year reports it
    ("In 1994, soldiers massacred hundreds of people at the church.", "Attack"),
])
def test_events_referred_to_carry_no_category(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # ACLED's agreement is the agreement itself (a ceasefire, peace deal, prisoner exchange between armed actors) ...
    ("Rival factions agreed on a truce after three days of fighting.", "Agreement"),
    ("The warring parties accepted a truce proposed by the African Union.", "Agreement"),
    ("A ceasefire between the army and the rebels was agreed in Addis Ababa on Friday.", "Agreement"),
    # ... not any accord or acceptance in a sentence that names a ceasefire elsewhere
    ("The president accepted the resignation of his defence minister, who had negotiated the ceasefire.", "none"),
    ("Following the ceasefire, the two governments agreed to reopen their border crossing.", "none"),
    ("The country signed a trade agreement with its neighbour after the truce.", "none"),
])
def test_agreement_is_the_events_own_object(snippet, text, want):
    assert snippet(text) == want


def _categories(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2024-03-05")
    return {e.trigger.text: e.acled["sub_event_type"] for e in doc.events if e.acled and e.trigger}


@pytest.mark.parametrize("text,trigger,want", [
    # ACLED's sub-event type is the means of the event itself: a weapon told in a relative clause about a
    # participant or a place is not it
    ("Soldiers killed three militants who had been planting bombs on the road, the army said.", "killed",
     "Armed clash"),
    ("Gunmen shot dead a teacher in a village that had been shelled by the army a year earlier.", "shot", "Attack"),
    ("The governor, who survived a bomb attack in 2019, said gunmen killed six farmers on Sunday.", "killed", "Attack"),
    # ... while the event's own clause still names it, relative clause or not
    ("A bomb that was hidden in a parked car exploded near a police station in Quetta.", "exploded",
     "Remote explosive/landmine/IED"),
    ("Militants fired mortars which hit a school in Mogadishu.", "fired mortars", "Shelling/artillery/missile attack"),
])
def test_weapon_of_a_relative_clause_is_not_the_events(pipeline, text, trigger, want):
    assert _categories(pipeline, text)[trigger] == want


@pytest.mark.parametrize("text,want", [
    # ACLED's shelling is long-range artillery, missile systems or other heavy weapons platforms (a tank is one) ...
    ("Tanks fired on houses at the edge of the town, residents said.", "Shelling/artillery/missile attack"),
    # ... a rocket-propelled grenade is an infantry weapon of direct fire, neither artillery nor a thrown grenade
    ("Militants attacked an army position with rocket-propelled grenades and machine guns, and soldiers fought back.",
     "Armed clash"),
    ("Gunmen fired rocket-propelled grenades at a bus carrying villagers, killing six.", "Attack"),
    ("Assailants threw a grenade into a bar in Bujumbura, wounding seven people.", "Grenade"),
    # ... and a mine dug for gold is a place attacked, a mine a vehicle hits a landmine
    ("Gunmen attacked a gold mine in Ituri province, killing five workers.", "Attack"),
    ("Gunmen attacked a mine in Ituri province, killing five workers.", "Attack"),
    ("A soldier was killed when his vehicle hit a mine near the border.", "Remote explosive/landmine/IED"),
    ("Two herders were killed in a mine blast near Kidal.", "Remote explosive/landmine/IED"),
])
def test_weapons_by_the_codebooks_definitions(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # ACLED's arrests are by state forces (or a de facto administration); people "arrested" or "detained" by a
    # non-state armed group are abducted
    ("Al-Shabaab militants detained five elders in a village near Baidoa.", "Abduction/forced disappearance"),
    ("Rebels arrested two aid workers at a checkpoint and took them to their base.",
     "Abduction/forced disappearance"),
    ("Houthi authorities arrested three UN staff members in Sanaa.", "Arrests"),
    ("Soldiers arrested a rebel commander in Goma.", "Arrests"),
    ("Springfield police arrested two men after a robbery at a gas station.", "Arrests"),
])
def test_arrests_are_a_states(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # people seized (a driver is a person) or held for a ransom are abducted, not a sit-in's demand nor looting
    ("Gang members seized a bus driver and demanded a ransom from his family.", "Abduction/forced disappearance"),
    ("Armed men seized two teachers on the road to Kaduna and demanded money for their release.",
     "Abduction/forced disappearance"),
    # ... while unarmed people holding a public place to press a demand are a sit-in
    ("Students occupied the university library to demand lower fees.", "Peaceful protest"),
])
def test_people_seized_are_abducted(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # ACLED counts the relatives of police officers and soldiers as civilians: violence against them is an attack
    ("Unknown gunmen killed a police officer's wife at her home.", "Attack"),
    ("Militants shot dead the two sons of an army captain in Kandahar.", "Attack"),
    ("Gunmen killed a soldier's relatives in their house near Tillaberi.", "Attack"),
    # ... the officers themselves are armed: a clash
    ("Gunmen killed two police officers at a checkpoint in Zamfara.", "Armed clash"),
])
def test_relatives_of_forces_are_civilians(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # ACLED's attack is violence against civilians: an assault whose sentence names only armed forces is a battle
    ("The assault lasted three hours as troops pushed into the rebel stronghold.", "Armed clash"),
    ("The attack came at dawn, when insurgents stormed the barracks.", "Armed clash"),
    # ... one naming civilians, or told by the police of a man shot, stays an attack
    ("The attack on the market killed 12 people, medics said.", "Attack"),
    ("A man was shot dead outside a bar on Main Street, police said.", "Attack"),
])
def test_an_attack_among_forces_is_a_battle(snippet, text, want):
    assert snippet(text) == want
