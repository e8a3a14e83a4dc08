"""ACLED sub-event types, session 18 (s18-acled): decision rules of the codebook's definitions (which sides,
which report), found by coding news-style sentences written for these tests (none is in a gold file)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a shootout, gunfight or firefight is by its name both sides firing: a clash, whoever died in it
    ("An officer was wounded in a shootout with a robbery suspect who was later killed.", "Armed clash"),
    ("A deputy was injured in a gunfight with a carjacking suspect, who died at the scene.", "Armed clash"),
])
def test_shootout_is_both_sides_firing(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # one armed side named, its object people who are no force: ACLED's attack, not a battle of forces alone
    ("A gunman killed two customers at a gas station on Friday night.", "Attack"),
    ("Gunmen shot three shepherds near the village on Sunday.", "Attack"),
    # ... forces as the object stay a clash
    ("Gunmen killed three soldiers near the village on Sunday.", "Armed clash"),
])
def test_lone_armed_side_against_people(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a toll run over years tells no event of its own day and place
    ("Aid groups say thousands of people have been killed in the conflict since 1992.", "none"),
    ("More than 40 journalists have been killed in the country over the past five years.", "none"),
    ("About 300 people have died in the fighting since the start of the insurgency.", "none"),
    ("The rebels have killed more than 10,000 people during the 12-year war.", "none"),
    ("The group has organized protests in 12 cities since January.", "none"),
    # ... a toll of the report's own days is the report
    ("Twelve people were killed in clashes between troops and rebels on Monday.", "Armed clash"),
])
def test_toll_over_years_is_no_event(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # forces or weapons that "struck" strike with arms, not in a labour dispute
    ("NATO warplanes struck Serb positions around the town for a second day on Thursday.", "Air/drone strike"),
    ("Rebels struck an army base in the north for the second time this month.", "Armed clash"),
    # ... workers who struck for pay are on strike
    ("Bus drivers struck for higher wages on Monday.", "Peaceful protest"),
])
def test_armed_strike_is_no_labour_strike(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # barricading oneself in is a refuge: the standoff is the event, not a protest
    ("Police exchanged gunfire with a suspect who had barricaded himself in a house, killing him.", "Armed clash"),
    ("A man barricaded himself inside his apartment for six hours on Tuesday.", "none"),
    # ... barricading a road is a protest's act
    ("Residents barricaded the main road to protest power cuts.", "Peaceful protest"),
])
def test_barricaded_oneself_is_no_protest(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a heart or asthma attack is the body's, no one's violence
    ("Police said the man died of a heart attack while jogging in the park.", "none"),
    ("The prisoner suffered an asthma attack in his cell on Sunday.", "none"),
    # ... an attack on someone stays one
    ("Two men were injured in an attack on a bar in the city on Saturday.", "Attack"),
])
def test_medical_attack_is_no_violence(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a robbery told with the victim harmed is violence against that person
    ("An elderly man was robbed and beaten by two men outside his home Friday evening.", "Attack"),
    ("A taxi driver was robbed and stabbed by a passenger early Sunday.", "Attack"),
    # ... goods taken with no one harmed stay looting
    ("Gunmen robbed traders on the road to Kaduna.", "Looting/property destruction"),
])
def test_robbery_with_harm_is_an_attack(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # the protest an organiser is arrested for is the arrest's charge, an act before it
    ("Authorities in Belgrade detained an opposition leader on Tuesday for organizing an unauthorized rally last "
     "month.", "Arrests"),
    ("Police arrested two union officials for calling for a general strike.", "Arrests"),
    ("Police arrested the man suspected of shooting two officers during Thursday's protest.", "Arrests"),
    # ... protesters arrested at their protest met an intervention
    ("Police arrested 12 protesters outside the ministry on Tuesday.", "Protest with intervention"),
])
def test_protest_organised_is_the_arrests_charge(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a raid is coded by what it did to people, not as goods taken
    ("Suspected militants slit the throats of 12 villagers in an overnight raid south of the capital.", "Attack"),
    # ... a raid that took goods, harming no one, is looting
    ("Bandits raided a market in the town and carted off grain and cattle.", "Looting/property destruction"),
])
def test_raid_that_harmed_people_is_violence(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # two parties agreeing on the end of the fighting in words of their own: ACLED's agreement
    ("Georgian officials and South Ossetian leaders agreed on Tuesday to withdraw their forces from the conflict zone.",
     "Agreement"),
    ("The army agreed with the rebels to halt the shelling of the city.", "Agreement"),
    ("Both sides agreed to stop the fighting around the airport.", "Agreement"),
    # ... prisoners freed in exchange for others are a prisoner exchange
    ("Militants released 20 soldiers in exchange for the release of jailed fighters.", "Agreement"),
    # ... one side deciding to pull its troops out agrees with no one
    ("The president agreed to withdraw the troops from Iraq by the end of next year.", "none"),
])
def test_agreement_to_end_the_fighting(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # protesters led or escorted out, or pushed back, are removed by force: an intervention
    ("Security guards escorted several protesters out of the arena after they interrupted the speech.",
     "Protest with intervention"),
    ("Police used pepper spray to push back demonstrators who tried to enter the convention hall.",
     "Protest with intervention"),
    # ... protesters interrupting a speech, people holding signs, demonstrate
    ("A handful of protesters interrupted the governor's speech on Tuesday, shouting slogans.", "Peaceful protest"),
    ("Several dozen people held signs outside the courthouse as the trial began.", "Peaceful protest"),
    # ... a guest escorted out, a speech interrupted by applause, no protest
    ("Staff escorted the guests out of the hall after the ceremony.", "none"),
    ("Applause interrupted the governor's speech several times.", "none"),
])
def test_protest_acts_and_removals(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # goods seized by police, customs or a state agency are policing: no looting, no territory taken
    ("Customs officers seized 200 kilograms of cocaine at the port on Friday.", "none"),
    ("Federal regulators seized the failed bank and sold its deposits to a rival.", "none"),
    ("Deputies seized a mobile meth lab near the county line on Tuesday.", "none"),
    # ... weapons seized stay disrupted weapons use
    ("Police seized a cache of rifles and grenades from a house in the city.", "Disrupted weapons use"),
    # ... people sent out of the country are deported, not held: no arrest
    ("Immigration officials deported 50 migrants to Honduras on Friday.", "none"),
    ("Police arrested 50 migrants at the border on Friday.", "Arrests"),
])
def test_policing_is_no_looting_and_deportation_no_arrest(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # an emergency or curfew against a natural hazard or an illness is no development of disorder
    ("The governor declared a state of emergency ahead of the hurricane.", "none"),
    ("The city imposed a curfew to slow the spread of the virus.", "none"),
    # ... one after unrest is ACLED's other strategic development
    ("Authorities imposed a curfew on the city after a night of sectarian unrest.", "Other"),
])
def test_emergency_against_a_hazard_is_no_development(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # the killing a protest answers, told in a clause after it, is no force used on the protest
    ("Hundreds marched through the city on Sunday after police shot and killed an unarmed man.", "Peaceful protest"),
    ("Students demonstrated outside the ministry following the police killing of a classmate.", "Peaceful protest"),
    # ... forces dispersing the protest after they killed protesters used lethal force on it
    ("Police dispersed the protest after officers shot dead three demonstrators.",
     "Excessive force against protesters"),
    ("Soldiers broke up the march after killing three demonstrators.", "Excessive force against protesters"),
])
def test_killing_a_protest_answers_is_no_force_on_it(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # events said to be a sign, a reminder or a result of something are judged, not reported
    ("The senator said the protests at the rallies were a sign of deep anger in the country.", "none"),
    ("The attacks are a reminder that the insurgency is far from over, the minister said.", "none"),
    # ... a protest told with its numbers is reported
    ("The protests in the capital drew about 5,000 people on Saturday.", "Peaceful protest"),
])
def test_events_judged_are_not_reported(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a light verb's event noun under "no" took place nowhere ("made no arrests")
    ("Police have made no arrests in the case.", "none"),
    # ... arrests counted took place
    ("Police made three arrests in the case on Friday.", "Arrests"),
])
def test_no_arrests_made(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # people rounded up and held as hostages or human shields are taken, not arrested
    ("Soldiers rounded up dozens of villagers and held them as human shields, witnesses said.",
     "Abduction/forced disappearance"),
    ("Militiamen detained 30 aid workers as hostages at the airport.", "Abduction/forced disappearance"),
    # ... suspects rounded up are arrested
    ("Police rounded up 30 suspects in the market on Tuesday.", "Arrests"),
])
def test_held_as_hostages_is_abduction(snippet, text, want):
    assert snippet(text) == want
