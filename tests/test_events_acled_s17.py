"""ACLED sub-event types, session 17 (s17-acled): vocabulary classes of the codebook's definitions that the
events stage did not detect, and events a report names without telling them. Sentences written for these
tests (none is in a gold file)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # ACLED's looting is goods taken by force, whatever the verb: stealing goods or animals, rustling, robbery
    ("Armed men stole livestock from herders near Gao on Monday.", "Looting/property destruction"),
    ("Militiamen stole food aid from a warehouse in Goma.", "Looting/property destruction"),
    ("Raiders rustled hundreds of goats in Karamoja on Friday.", "Looting/property destruction"),
    ("Gunmen robbed traders on the road to Kaduna.", "Looting/property destruction"),
    ("A livestock theft by bandits was reported in a village near Sokoto.", "Looting/property destruction"),
    # ... not a show, an election or a victory "stolen"
    ("The striker stole the show in the second half.", "none"),
    ("The senator said the election was stolen.", "none"),
    ("The team was robbed of a late victory by the referee.", "none"),
])
def test_theft_is_looting(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # protesters removed by force: the protest met an intervention
    ("Police removed protesters from the parliament steps on Tuesday.", "Protest with intervention"),
    ("Security guards carried away a protester who interrupted the rally.", "Protest with intervention"),
    ("Officers dragged demonstrators off the road outside the ministry.", "Protest with intervention"),
    ("Police hauled away activists who had chained themselves to the gates.", "Protest with intervention"),
    ("Guards tackled a protester who ran onto the stage.", "Protest with intervention"),
    # ... not anything else removed or carried
    ("Workers removed the statue from the square on Tuesday.", "none"),
    ("Volunteers carried away the rubbish after the festival.", "none"),
])
def test_protesters_removed_by_force(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a fight of people belonging to no armed group is a riot (mob violence), never a battle
    ("Rival fans fought each other outside the stadium in Cairo.", "Mob violence"),
    ("Villagers from two clans fought one another over grazing land near Wau.", "Mob violence"),
    ("A brawl between two groups of villagers left three people injured in Kasai.", "Mob violence"),
    ("Scuffles broke out between supporters of the two candidates in Abuja.", "Mob violence"),
    ("A pub brawl in Leeds left two men in hospital.", "Mob violence"),
    # ... a demonstration's when one is named
    ("Scuffles broke out between marchers and counter-protesters at the rally in Leipzig.", "Violent demonstration"),
    # ... and no fight at all in court or against an illness
    ("The two lawyers fought each other in court over the will.", "none"),
    ("Doctors fought to save the boy's life.", "none"),
])
def test_fights_of_unarmed_people_are_riots(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # "called in ..." is summoning, not naming: the brawl is no word used of something else
    ("Staff called in police after a brawl at a nightclub in Leeds left two men injured.", "Mob violence"),
    # ... while "called it a brawl" still is
    ("The minister called the debate a brawl.", "none"),
])
def test_phrasal_call_is_no_hedge(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # what a verb of stepping in or ending acts on has happened, whatever that verb's own modality
    ("Riot police were sent to break up a pub brawl in Cardiff.", "Mob violence"),
    ("Detectives were assigned to investigate the shooting of a taxi driver in Leeds.", "Attack"),
    # ... not what a future or possible step would act on
    ("The mayor said police would break up any protest in the square.", "none"),
])
def test_object_of_ending_verb_happened(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a plural event noun counted over a period or as a run of them sums up many events and tells none
    ("The mayor said the recent spate of shootings had frightened residents.", "none"),
    ("Years of protests and strikes have weakened the government.", "none"),
    ("The decision follows months of clashes and arrests in the region.", "none"),
    # ... while a single fight over a period, or protests told on their day, are reported
    ("Protests broke out in Lagos on Monday after the fuel price rise.", "Peaceful protest"),
])
def test_summed_up_events_are_not_reported(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # what protesters do at a demonstration, told of them, is their demonstration
    ("Protesters prayed outside the court in Valletta on Sunday.", "Peaceful protest"),
    ("Demonstrators waved flags and sang the national anthem outside parliament in Tbilisi.", "Peaceful protest"),
    # ... and placards or banners carried or held by anyone are a demonstration's
    ('Hundreds of farmers carried placards reading "No farmers, no food" in Brussels.', "Peaceful protest"),
    ("Students held banners outside the education ministry in Dhaka.", "Peaceful protest"),
    # ... not a priest's prayer, fans' flags or a choir's song
    ("The priest prayed for the victims of the flood.", "none"),
    ("Fans waved flags as the team arrived.", "none"),
    ("The choir sang at the cathedral on Sunday.", "none"),
])
def test_protesters_acts_are_their_protest(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # vandalism with no demonstration or crowd named is property destruction, however it is spelt
    ("Someone vandalized the mosque in Bellevue overnight.", "Looting/property destruction"),
    ("Unknown attackers vandalized the offices of an opposition party in Tirana.", "Looting/property destruction"),
    # ... a demonstration's when protesters or rioters do it
    ("Protesters vandalized shops during the march in Santiago.", "Violent demonstration"),
    ("Rioters vandalized the town hall in Kenosha.", "Violent demonstration"),
])
def test_vandalism_without_a_demonstration_is_property_destruction(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a killing told by its wounds, or named a homicide
    ("A man was found dead with gunshot wounds in his car on Elm Street early Sunday.", "Attack"),
    ("A taxi driver died of stab wounds in Leeds on Saturday.", "Attack"),
    ("The death of the shopkeeper was ruled a homicide on Friday.", "Attack"),
    # ... police investigating it are no side of it (no battle)
    ("Police are investigating a homicide in the 400 block of Main Street.", "Attack"),
    # ... not a modifier or a figure of speech
    ("Homicide detectives spoke to reporters on Monday.", "none"),
    ("The wounds of the war have not healed.", "none"),
])
def test_killing_told_by_wounds_or_as_homicide(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # property wrecked is property destruction
    ("Vandals smashed the windows of the party headquarters in Lyon.", "Looting/property destruction"),
    ("Unknown people desecrated graves in a Jewish cemetery in Strasbourg.", "Looting/property destruction"),
    # ... not a record
    ("The runner smashed the world record in Berlin.", "none"),
])
def test_property_wrecked_is_property_destruction(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # the crime someone is arrested or detained for is the arrest's charge: the report's event is the arrest
    ("A suspect was arrested Monday in the shooting of a Tulsa man.", "Arrests"),
    ("Police arrested a teenager on Friday for the stabbing of a classmate in Leeds.", "Arrests"),
    # ... protesters arrested for protesting still met an intervention
    ("Police arrested 20 people for protesting outside the embassy in Minsk.", "Protest with intervention"),
    # ... and a killing told in a clause of its own is reported
    ("Gunmen killed a farmer in Benue, and police arrested two suspects on Tuesday.", "Attack"),
])
def test_crime_of_an_arrest_is_its_charge(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a long-past event in a "when" clause of a time expression dates the sentence's news: named, not reported
    ("Twenty years ago, when rebels shelled the town, the hospital had no generator; today it has two.", "none"),
    # ... while a recent one so told is the report, and a long-past one told in its own clause is reported
    ("On Monday, when gunmen attacked the village, three farmers were killed.", "Attack"),
    ("In 1998, militants bombed the embassy in Nairobi.", "Remote explosive/landmine/IED"),
])
def test_long_past_event_as_time_anchor(snippet, text, want):
    assert snippet(text) == want
