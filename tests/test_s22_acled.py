"""ACLED sub-event types, session 22 (s22-acled): wordings the dev snippets lack, per class. Every sentence is our
own, in news style, labelled from the ACLED codebook's sub-event definitions before it was run (none is in a
gold file or taken from a corpus)."""

from functools import partial

import pytest
from eventsutil import event

from newsgraph.events.acled import referred_to

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # damage done at a demonstration, or as one, is the demonstration's violence (ACLED: vandalism and property
    # destruction by demonstrators make a violent demonstration), not a development of its own
    ("Angry students smashed windows at the university during a protest over fees.", "Violent demonstration"),
    ("Supporters of the jailed leader torched three cars in protest at the verdict.", "Violent demonstration"),
    ("Marchers smashed shop windows at the rally in the city centre.", "Violent demonstration"),
    # ... no demonstration named: the damage stays property destruction
    ("Vandals smashed the windows of the party office overnight.", "Looting/property destruction"),
    ("Gunmen torched a school in the village during a raid.", "Looting/property destruction"),
])
def test_damage_at_a_demonstration(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # stones rained on someone: what a riot throws
    ("Supporters of the opposition candidate pelted police with rocks after the results were announced.",
     "Violent demonstration"),
    ("Demonstrators pelted the motorcade with stones and bottles.", "Violent demonstration"),
    ("Youths pelted a police patrol with stones in the old town.", "Violent demonstration"),
    # ... hail or questions pelt no one
    ("Hail pelted the city for an hour on Sunday.", "none"),
    ("Reporters pelted the minister with questions about the budget.", "none"),
])
def test_pelted_with_stones(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a crowd running riot: its riot (a demonstration's when one is named, else a mob's)
    ("A crowd of fans rampaged through the streets after the final, overturning cars.", "Mob violence"),
    ("Hundreds of students rampaged through the campus during a protest over fees.", "Violent demonstration"),
])
def test_crowds_rampaging(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # forces moved, recruits taken in, groups merged: a change to the group's activity
    ("Hundreds of troops were redeployed to the northern province after the attacks.", "Change to group/activity"),
    ("The army redeployed two battalions to the border on Friday.", "Change to group/activity"),
    ("The militia recruited dozens of young men in the district last week.", "Change to group/activity"),
    ("The rebel group announced it had merged with two smaller factions.", "Change to group/activity"),
    ("The army deployed two battalions to the border town on Friday.", "Change to group/activity"),
    ("About 300 former fighters handed in their weapons at a ceremony in the provincial capital.",
     "Change to group/activity"),
    # ... a company merging or recruiting staff is no armed group
    ("The bank merged with a smaller rival last year.", "none"),
    ("The hospital recruited 40 nurses from abroad.", "none"),
])
def test_changes_to_armed_groups(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # captives freed on the terms of a deal: ACLED's agreement (a negotiated release)
    ("The militia freed 12 soldiers under a deal with the army.", "Agreement"),
    ("Rebels released 30 prisoners as part of an agreement brokered by church leaders.", "Agreement"),
    ("The two warring factions agreed to a truce brokered by local elders.", "Agreement"),
    ("The government and the rebels signed a ceasefire in the capital on Sunday.", "Agreement"),
    # ... a release told with no deal is no agreement
    ("The rebels released two foreign hostages after talks with tribal leaders.", "none"),
])
def test_release_under_a_deal(snippet, text, want):
    assert snippet(text) == want


def test_since_a_dated_peace_accord_is_a_point_in_time():
    # an agreement named as a point in time, with its date or its kind in the noun phrase
    agreement = partial(event, type="AGREE", cameo="030")
    assert referred_to(agreement("Most fighters have been demobilized since the May 9 peace accord, a commander said.",
                                 "accord"))
    assert referred_to(agreement("No shots have been fired since the 2019 peace deal between the two clans.", "deal"))
    assert referred_to(agreement("Since the March 21 peace agreement, roads have reopened.", "agreement"))
    # "since" opening a clause with its own subject stays no anchor
    assert not referred_to(event("Thousands have fled since 200 gunmen attacked the village.", "attacked", cameo="030"))


@pytest.mark.parametrize("text,want", [
    # a clash of words: a debate, an interview, a hearing (no one hurt)
    ("The two candidates clashed over immigration during the debate.", "none"),
    ("The senator and the general clashed at a hearing on the budget.", "none"),
    ("The mayor clashed with reporters at a news conference on Monday.", "none"),
    # ... a clash with people hurt, or with no such setting, is fighting
    ("Rival supporters clashed after the televised debate, leaving two people injured.", "Mob violence"),
    ("Soldiers and militants clashed near the border on Monday.", "Armed clash"),
])
def test_clashes_of_words(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a proposal or a claim "shot down" is rejected; an aircraft or a drone shot down is a weapon stopped
    ("The House shot down the amendment by a vote of 230 to 190.", "none"),
    ("The committee shot down the proposal to raise fees.", "none"),
    ("Air defences shot down two drones over the city.", "Disrupted weapons use"),
])
def test_shot_down_proposals(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # what a law or motion would do is its content; the report's event is the signing or the vote
    ("The governor signed a bill banning assault weapons.", "none"),
    ("Parliament passed a law imposing a curfew on border districts.", "none"),
    ("The council voted on a measure prohibiting protests near schools.", "none"),
    # ... a ban imposed is a strategic development of its own
    ("The interior ministry banned all protests in the capital on Friday.", "Other"),
])
def test_content_of_a_law(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "he/she" in what a body says is a person, never the body ("police said she had been strangled")
    ("The body of a missing woman was found in a wooded area; police said she had been strangled.", "Attack"),
    ("Police said she had been stabbed several times.", "Attack"),
])
def test_she_in_what_police_say(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # one sentence per class in the wordings of local and wire news (labelled from the definitions)
    ("Thousands of teachers marched through the capital to demand higher pay.", "Peaceful protest"),
    ("Residents blocked the main road for several hours to protest power cuts.", "Peaceful protest"),
    ("Police fired tear gas to disperse hundreds of people protesting fuel prices.", "Protest with intervention"),
    ("Police opened fire on protesters in the capital, killing three.", "Excessive force against protesters"),
    ("Protesters threw stones at police and set fire to a car in the city centre.", "Violent demonstration"),
    ("A mob beat a suspected thief to death in the market.", "Mob violence"),
    ("Rebels withdrew from the town without a fight on Wednesday.", "Non-violent transfer of territory"),
    ("The army recaptured the town from the insurgents after two days of fighting.", "Government regains territory"),
    ("Jihadists seized control of the district headquarters on Friday.", "Non-state actor overtakes territory"),
    ("A man threw a grenade into a bar, wounding six people.", "Grenade"),
    ("Soldiers raped three women in the village, a rights group said.", "Sexual violence"),
    ("Herders hacked a farmer to death on his farm.", "Attack"),
    ("Insurgents ambushed an army patrol, killing four soldiers.", "Armed clash"),
    ("Armed men abducted 15 passengers from a bus on the highway.", "Abduction/forced disappearance"),
    ("Mortar shells landed near the market.", "Shelling/artillery/missile attack"),
    ("A drone struck a car on the highway, killing two militants.", "Air/drone strike"),
    ("A landmine exploded under a truck, killing the driver.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
    ("Government forces used chlorine gas on the town, doctors said.", "Chemical weapon"),
    ("Soldiers found and defused a bomb planted near the bridge.", "Disrupted weapons use"),
    ("The militia set up a new base in the forest near the town.", "Headquarters or base established"),
    ("Militants destroyed a mobile phone mast in the district.", "Looting/property destruction"),
    ("Rebels took over the mining town after government forces fled.", "Non-violent transfer of territory"),
])
def test_one_sentence_per_class(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a symbol burned (an effigy, a flag) is a protest's gesture; tyres or cars burned are its violence
    ("Protesters burned an effigy of the president outside the embassy.", "Peaceful protest"),
    ("Protesters burned the national flag in front of the consulate.", "Peaceful protest"),
    ("Demonstrators burned American flags and tyres outside the embassy.", "Violent demonstration"),
    # protesters chaining themselves to something demonstrate; their camp cleared by police is crowd control
    ("Dozens of activists chained themselves to the gates of the plant.", "Peaceful protest"),
    ("Police in riot gear cleared an encampment of protesters from the park overnight.", "Protest with intervention"),
    ("Officers cleared protesters from the steps of the town hall.", "Protest with intervention"),
    ("The court cleared the mayor of all charges.", "none"),
])
def test_protest_gestures_and_camps_cleared(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # thieves steal whatever they steal; a vessel or truck seized for the arms it carries is weapons use disrupted
    ("Thieves stole copper wire from a power station.", "Looting/property destruction"),
    ("Bandits stole solar panels from the village school.", "Looting/property destruction"),
    ("The navy seized a ship carrying weapons off the coast.", "Disrupted weapons use"),
    ("Troops seized a lorry carrying tons of ammunition near the border.", "Disrupted weapons use"),
    ("Rebels seized a bus carrying 30 passengers.", "Abduction/forced disappearance"),
    ("The singer stole the show at the festival.", "none"),
])
def test_thefts_and_arms_seized_in_transit(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # an industrial explosion told with its site after it is an accident, no one's attack
    ("An explosion at a chemical plant killed four workers.", "none"),
    ("A blast at a coal mine in the province killed 12 miners.", "none"),
    ("A bomb exploded at a checkpoint near the plant, killing two soldiers.", "Remote explosive/landmine/IED"),
])
def test_industrial_explosions(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "scuffled" as a verb is a scuffle: a riot of people of no armed group
    ("Trump supporters and protesters scuffled outside the arena in Chicago.", "Violent demonstration"),
    ("Fans scuffled with stewards after the match.", "Mob violence"),
    # an arrest ordered is a warrant, not yet an arrest; an arrest made on orders is one
    ("The government ordered the arrest of 50 journalists.", "none"),
    ("The prosecutor ordered the arrest of the former minister on Monday.", "none"),
    ("Police arrested 50 journalists on orders of the government.", "Arrests"),
    ("A court issued a warrant for the arrest of the opposition leader.", "none"),
    # ... an order of patrols or of a deployment is the measure itself
    ("The governor ordered the deployment of 500 soldiers to the city.", "Change to group/activity"),
])
def test_scuffles_and_arrests_ordered(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a protest told as violent, or turning violent, is the demonstrators' violence
    ("Violent protests broke out in the capital on Sunday.", "Violent demonstration"),
    ("Hundreds of students staged a violent demonstration outside the ministry.", "Violent demonstration"),
    ("The protest turned violent when demonstrators stormed the gates.", "Violent demonstration"),
    # ... a non-violent one is not
    ("Thousands joined a non-violent protest against the dam.", "Peaceful protest"),
])
def test_protests_told_as_violent(snippet, text, want):
    assert snippet(text) == want
