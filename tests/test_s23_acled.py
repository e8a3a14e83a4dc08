"""ACLED sub-event types, session 23 (s23-acled): rare classes in wordings the dev snippets lack. Every sentence
is our own, in local-news style, labelled from the ACLED codebook's sub-event definitions before it was run (none
is in a gold file or taken from a corpus)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a crowd a vehicle was driven into, or shots fired into, is the victim: the driver's attack, not a mob's riot
    ("A man drove a lorry into a crowd at a street market, killing nine people.", "Attack"),
    ("A man ploughed his van into a crowd of pedestrians, killing two.", "Attack"),
    # ... a crowd acting before the trigger is still the doer
    ("A crowd stoned a suspected thief, killing him.", "Mob violence"),
])
def test_crowd_driven_into(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a vehicle rammed into people on purpose
    ("A driver rammed his car into pedestrians on the promenade, injuring 14.", "Attack"),
    ("The attacker rammed a truck into worshippers leaving the mosque.", "Attack"),
    # ... a vessel or vehicle that rams another, with no vehicle driven as the object, is no such act
    ("A fishing boat rammed into a pier in the harbour.", "none"),
])
def test_rammed_into(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # territory taken with no fight is ACLED's non-violent transfer: "without a fight" names no clash, and
    # "fighters" are people, not fighting
    ("Rebels took the town without a fight on Friday.", "Non-violent transfer of territory"),
    ("The militants entered the village without firing a shot.", "Non-violent transfer of territory"),
    ("Militia fighters captured the district headquarters after the army pulled out.",
     "Non-violent transfer of territory"),
    # ... taken in a fight, it stays a capture
    ("Rebel fighters captured the district headquarters after fierce fighting.", "Non-state actor overtakes territory"),
    ("Rebels captured the town after fierce fighting, and government troops withdrew.",
     "Non-state actor overtakes territory"),
])
def test_taken_without_a_fight(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a march held, staged or organised is a demonstration, as a vigil or procession is
    ("Nurses held a peaceful march through the city centre on Thursday.", "Peaceful protest"),
    ("Women's groups staged a silent march to the governor's office.", "Peaceful protest"),
    # ... a march of troops or a season's month is no protest
    ("The general ordered the troops to march north.", "none"),
])
def test_march_held(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # whoever a mob or vigilantes beat is beaten; suspected thieves and robbers are people beaten
    ("A mob stripped and beat two suspected thieves at the bus station.", "Mob violence"),
    ("Vigilantes beat three young men outside a bar.", "Mob violence"),
    ("A mob beat a street preacher near the station.", "Mob violence"),
    ("Traders beat a suspected pickpocket in the market.", "Mob violence"),
    # "set upon": attacked by a group
    ("Villagers set upon a motorcycle thief and burned him to death.", "Mob violence"),
    ("Gunmen set upon a group of travellers on the highway.", "Attack"),
    # ... a team that beat a rival, a plan set up, are no violence
    ("The home side beat the visitors 3-1 on Saturday.", "none"),
])
def test_mob_beating(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    ("Armed men snatched a tribal elder outside the mosque.", "Abduction/forced disappearance"),
    # detained, then not seen again: a forced disappearance
    ("A journalist who was detained by security agents last month remains missing.", "Abduction/forced disappearance"),
    ("An activist arrested by soldiers in June is still missing, his family said.", "Abduction/forced disappearance"),
    # ... detained and charged: an arrest
    ("Security agents detained a journalist last month and charged him with sedition.", "Arrests"),
])
def test_abduction_wordings(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # where arms are kept, found: weapons use disrupted
    ("Soldiers discovered an arms depot belonging to the rebels.", "Disrupted weapons use"),
    ("Police found a stash of rifles in an abandoned house.", "Disrupted weapons use"),
    # a mine set off underfoot
    ("A boy was wounded when he stepped on a landmine near the village.", "Remote explosive/landmine/IED"),
    ("Two herders were killed after stepping on an explosive device.", "Remote explosive/landmine/IED"),
    # ... stepping on a stage or a scale is no blast
    ("The singer stepped onto the stage to loud applause.", "none"),
    # shots traded: both sides fired
    ("Police and gunmen traded fire for hours in the city.", "Armed clash"),
    ("Troops traded gunfire with militants near the border post.", "Armed clash"),
    # ... goods traded are trade
    ("The two countries traded grain and fuel last year.", "none"),
])
def test_weapons_wordings(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # the protest as the object of its dispersal, even when the coder takes the police for its doer
    ("Police broke up a sit-in by unemployed graduates outside parliament.", "Protest with intervention"),
    ("Riot police dispersed a sit-in by retired teachers in the main square.", "Protest with intervention"),
    ("Police raided a sit-in by farmers near the governor's office.", "Protest with intervention"),
    # ... lethal force in the same act is excessive force
    ("Soldiers broke up a sit-in by students in the capital, killing two.", "Excessive force against protesters"),
    # ... a sit-in only staged is peaceful
    ("Unemployed graduates staged a sit-in by the gates of parliament.", "Peaceful protest"),
])
def test_protest_broken_up(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a mortar or artillery that hit something: shelling
    ("A mortar hit a camp for displaced people on the edge of town.", "Shelling/artillery/missile attack"),
    ("Mortars hit the market area twice on Tuesday.", "Shelling/artillery/missile attack"),
    # ... a song or a storm hitting is no attack
    ("The storm hit the coast overnight.", "none"),
])
def test_mortar_hit(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a person burned to death by a crowd
    ("Villagers burned a suspected witch to death on Tuesday.", "Mob violence"),
    ("Gunmen burned a trader to death in his shop.", "Attack"),
    # ... a house burned to the ground is property destroyed
    ("Gunmen burned the house to the ground.", "Looting/property destruction"),
])
def test_burned_to_death(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # the police a protest is against are no force used on it
    ("Taxi drivers blocked the main roundabout to protest against police harassment.", "Peaceful protest"),
    ("Bus drivers blocked the highway in protest at police extortion at checkpoints.", "Peaceful protest"),
    # ... nor is an arrest the protest is about, at a police station it is held outside
    ("Traders protested outside the police station against the arrest of a colleague.", "Peaceful protest"),
    ("Market women demonstrated in front of the police headquarters over the detention of their leader.",
     "Peaceful protest"),
    # ... police who block the protesters intervene
    ("Police fired tear gas at taxi drivers protesting against police harassment.", "Protest with intervention"),
    ("Police blocked a march by taxi drivers against police harassment.", "Protest with intervention"),
])
def test_police_in_the_grievance(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # armed men "neutralised": killed, in military communiqués' word
    ("Troops of the army neutralised five terrorists in the forest.", "Armed clash"),
    ("Soldiers neutralized two gunmen near the border post.", "Armed clash"),
    # ... a threat or a poison neutralised is no one killed
    ("The team neutralised the threat before kickoff.", "none"),
    # a killing a protest names as its object ("protested the killing of"): the grievance, no force on the protest
    ("Students of the university protested the killing of a colleague by police.", "Peaceful protest"),
    ("Traders protested the shooting of a vendor by soldiers at a checkpoint.", "Peaceful protest"),
])
def test_neutralised_and_protested_killings(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # the dead exchanged between the sides: an exchange agreed, as prisoners are
    ("The two sides swapped the bodies of fallen soldiers.", "Agreement"),
    ("The army and the rebels exchanged the remains of 40 fighters on Tuesday.", "Agreement"),
    # ... gifts exchanged are no such thing
    ("The two leaders exchanged gifts at the summit.", "none"),
])
def test_bodies_exchanged(snippet, text, want):
    assert snippet(text) == want
