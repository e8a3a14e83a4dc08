"""ACLED sub-event types, session 36 (s36-acledcat): the second probe set, written after the mapping's fixes (people
seized as the head of an object relative clause; ground taken under attack) and labelled from ACLED's codebook before
its first run: 3 own sentences per sub-event type, plus a few more for the two fixed constructions. It tells whether
the fixes generalise; regression tests, not accuracy. Those that failed on their first run are xfail (strict=False)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401

# (want, text) pairs that failed on their first run (after the first two rules) and still fail: three have no event from
# the events stage ("traded fire", "used toxic gas against", "rammed"); the airstrip's capture loses to the assault's
# clash. The first run's fifth failure, the cache of rifles read as ground regained, is fixed (`acled._weapons_object`).
# s36-nevent's lexicon senses made events for "traded fire with" and "rammed a convoy"; "toxic gas" is still no object word.
XFAIL = {
    ("Non-state actor overtakes territory", "Rebels captured the airstrip after troops abandoned it during an assault."),
    ("Chemical weapon", "Soldiers used toxic gas against rebel positions in the hills, a monitor reported."),
}

PROBES = [
    ("Armed clash", "Army units and Boko Haram fighters fought a fierce battle outside Bama on Thursday."),
    ("Armed clash", "Border guards traded fire with smugglers near the Afghan frontier overnight."),
    ("Armed clash", "Three policemen and four gang members died in a shootout in Cap-Haitien."),
    ("Government regains territory", "The Malian army recaptured the village of Dioura from jihadist fighters."),
    ("Government regains territory", "Nigerian troops retook the town of Marte after insurgents had held it for a month."),
    ("Government regains territory", "Yemeni government forces regained control of a district in Shabwa from the Houthis."),
    ("Non-state actor overtakes territory", "Taliban fighters captured the district centre of Nad Ali after a night of fighting."),
    ("Non-state actor overtakes territory", "Insurgents overran a police station in Cabo Delgado and took control of the village."),
    ("Non-state actor overtakes territory", "The militants seized the garrison town after the soldiers retreated under heavy fire."),
    ("Non-state actor overtakes territory", "Rebels captured the airstrip after troops abandoned it during an assault."),
    ("Chemical weapon", "The regime attacked the district with chlorine gas, medics said."),
    ("Chemical weapon", "Soldiers used toxic gas against rebel positions in the hills, a monitor reported."),
    ("Chemical weapon", "A sarin attack on the village killed dozens of people in their sleep."),
    ("Air/drone strike", "Pakistani jets bombed militant hideouts in the Tirah valley."),
    ("Air/drone strike", "A drone strike hit a wedding convoy in Bayda province, killing 12 guests."),
    ("Air/drone strike", "Ethiopian air force planes struck a market in Tigray, killing dozens."),
    ("Suicide bomb", "A suicide bomber struck a crowded bus station in Kano, killing 20 people."),
    ("Suicide bomb", "An attacker detonated a suicide vest at the entrance of a mosque in Herat."),
    ("Suicide bomb", "A suicide car bomber rammed a military convoy near Kismayo."),
    ("Shelling/artillery/missile attack", "Artillery shells fell on a residential district of Donetsk, killing four."),
    ("Shelling/artillery/missile attack", "Militants fired mortars at an army camp near Bunia."),
    ("Shelling/artillery/missile attack", "A cruise missile struck a power station near Lviv."),
    ("Remote explosive/landmine/IED", "An explosive device planted on a motorbike went off in a market in Cotabato."),
    ("Remote explosive/landmine/IED", "A landmine killed three herders near the border with Mali."),
    ("Remote explosive/landmine/IED", "A roadside bomb destroyed a police truck on the road to Bannu."),
    ("Grenade", "A man hurled a grenade into a crowded nightclub in Bujumbura."),
    ("Grenade", "Suspected rebels threw a grenade at a market stall in Srinagar, injuring seven."),
    ("Grenade", "A grenade was thrown at the house of a police commander in Guerrero."),
    ("Sexual violence", "Militiamen raped three displaced women near a camp in North Kivu."),
    ("Sexual violence", "Soldiers sexually assaulted a teenage girl at a checkpoint, her family said."),
    ("Sexual violence", "Armed men abducted and raped two women collecting firewood in Darfur."),
    ("Sexual violence", "The fighters raped several of the women they had seized from the village."),
    ("Attack", "Gunmen shot dead a village chief in front of his house in Katsina."),
    ("Attack", "Militiamen killed nine displaced people in a camp near Djugu."),
    ("Attack", "Soldiers beat and killed two herders in a village in central Mali."),
    ("Abduction/forced disappearance", "Gunmen abducted five teachers from a school in Kaduna State."),
    ("Abduction/forced disappearance", "Militants kidnapped two foreign engineers near the Niger border."),
    ("Abduction/forced disappearance", "Soldiers freed some of the traders the bandits had seized on the highway."),
    ("Abduction/forced disappearance", "Relatives searched for the fishermen whom the militia had seized near the lake."),
    ("Peaceful protest", "Hundreds of health workers marched to the ministry in Accra to demand unpaid wages."),
    ("Peaceful protest", "Opposition supporters held a peaceful rally in the centre of Lusaka."),
    ("Peaceful protest", "Students protested outside the parliament in Belgrade over rising tuition fees."),
    ("Protest with intervention", "Police used tear gas to break up a march by opposition supporters in Lome."),
    ("Protest with intervention", "Security forces arrested dozens of demonstrators in the centre of Minsk."),
    ("Protest with intervention", "Riot police dispersed a sit-in by unemployed graduates in Rabat."),
    ("Excessive force against protesters", "Police shot and killed four protesters during a march in Conakry."),
    ("Excessive force against protesters", "Soldiers opened fire on demonstrators in Dhaka, killing at least six."),
    ("Excessive force against protesters", "Security forces killed two people while dispersing a protest over elections in Kinshasa."),
    ("Violent demonstration", "Rioters set fire to government buildings and looted shops in Bishkek."),
    ("Violent demonstration", "Protesters hurled stones at police and burned tyres in Nairobi."),
    ("Violent demonstration", "Demonstrators ransacked the offices of the ruling party in Dakar."),
    ("Mob violence", "A mob beat a man to death after accusing him of blasphemy in Sialkot."),
    ("Mob violence", "Angry villagers lynched two suspected cattle thieves in Kenya."),
    ("Mob violence", "A crowd set fire to a man accused of theft in a Port-au-Prince market."),
    ("Agreement", "The government and the armed group signed a peace agreement in Juba."),
    ("Agreement", "The two militias agreed a ceasefire after talks mediated by elders."),
    ("Agreement", "The rebels and the army exchanged prisoners under a deal brokered by the Red Cross."),
    ("Arrests", "Police arrested a leading opposition politician in Kampala on Monday."),
    ("Arrests", "Security agents detained two human rights lawyers in Tunis."),
    ("Arrests", "Authorities arrested five men suspected of planning attacks in Nairobi."),
    ("Change to group/activity", "The government deployed troops to the troubled northern region."),
    ("Change to group/activity", "The militia recruited hundreds of new fighters in the villages around Bunia."),
    ("Change to group/activity", "The army sent reinforcements to the town after the attack."),
    ("Disrupted weapons use", "Bomb disposal experts defused an explosive device near a school in Mogadishu."),
    ("Disrupted weapons use", "Air defence units shot down a drone over the capital."),
    ("Disrupted weapons use", "Troops seized a large cache of rifles and explosives in a forest near Beni."),
    ("Headquarters or base established", "The rebels set up a headquarters in the captured town."),
    ("Headquarters or base established", "The army established a new base on the road to Tillaberi."),
    ("Headquarters or base established", "Jihadists set up a camp in the forest near the border."),
    ("Looting/property destruction", "Gunmen burned down dozens of houses in a village in Plateau State."),
    ("Looting/property destruction", "Militiamen looted a health centre in Ituri, taking medicines."),
    ("Looting/property destruction", "Soldiers ransacked homes in the village after the rebels fled."),
    ("Non-violent transfer of territory", "Government troops withdrew from the town, leaving it to the rebels."),
    ("Non-violent transfer of territory", "Peacekeepers handed their camp in Ber over to the Malian army."),
    ("Non-violent transfer of territory", "The militants took over the town unopposed after the army left."),
    ("Other", "The authorities imposed a curfew in the city after the riots."),
    ("Other", "The government declared a state of emergency in the region over the rebellion."),
    ("Other", "The junta banned all opposition rallies ahead of the vote."),
]


@pytest.mark.parametrize("want,text", [pytest.param(w, t, marks=pytest.mark.xfail(strict=False))
                                       if (w, t) in XFAIL else (w, t) for w, t in PROBES])
def test_probe(snippet, want, text):
    assert snippet(text) == want
