"""Session 42 (s42-acled): own probe sentences (own wordings, in no gold file) in the style of a conflict report,
written and labelled by the ACLED codebook before their first run, one or more for each sub-event type the
held-aside ACLED third can hold: the weapon or means is told in different places of the sentence (the subject "a
landmine killed", a means phrase "killed in an air strike", "struck by a roadside bomb", a compound "a mortar
attack"), so that what the probes test is the reading of the sentence's arguments, not one wording.

The codebook's definitions used for the labels: Air/drone strike, an attack by aircraft or drones; Shelling/artillery/
missile attack, long-range artillery, rockets, missiles or mortars; Remote explosive/landmine/IED, a bomb detonated
from afar or on contact, with no suicide bomber (a car bomb, a roadside bomb, a landmine); Grenade, a thrown grenade;
Suicide bomb; Abduction/forced disappearance; Sexual violence; Looting/property destruction (arson of property too);
Protest with intervention, a peaceful protest that forces try to stop without lethal force; Excessive force against
protesters, lethal force against a peaceful protest; Mob violence, an unorganised crowd's violence that is no
demonstration; Government regains territory; Non-state actor overtakes territory; Arrests; Disrupted weapons use (a
bomb defused, a missile intercepted); Armed clash, two organised armed sides; Attack, an armed side against civilians.
"""

import pytest

from eventsutil import acled_predicted

PUBLISHED = "2024-05-06"

PROBES = [
    ("Two civilians were killed in an air strike on a market in the north of the province on Sunday.", "Air/drone strike"),
    ("A drone strike hit a car carrying three militants near the town, killing all of them.", "Air/drone strike"),
    ("Government warplanes bombed a village outside the city, killing four people.", "Air/drone strike"),
    ("Three soldiers died when their patrol was struck by a roadside bomb on the main highway.",
     "Remote explosive/landmine/IED"),
    ("A police officer was killed by a bomb planted under his car in the capital.", "Remote explosive/landmine/IED"),
    ("An improvised explosive device exploded near a checkpoint, wounding two soldiers.", "Remote explosive/landmine/IED"),
    ("A landmine killed a shepherd grazing his flock near the border.", "Remote explosive/landmine/IED"),
    ("Two people were killed when a car bomb exploded outside a police station.", "Remote explosive/landmine/IED"),
    ("Rebels shelled residential areas of the city on Monday, killing five civilians.",
     "Shelling/artillery/missile attack"),
    ("Two children were wounded in a mortar attack on the camp.", "Shelling/artillery/missile attack"),
    ("The army fired rockets at rebel positions in the hills.", "Shelling/artillery/missile attack"),
    ("Unknown assailants threw a grenade into a crowded bar, injuring six people.", "Grenade"),
    ("A man was wounded by a hand grenade tossed over the wall of his house.", "Grenade"),
    ("A suicide bomber blew himself up at a mosque during Friday prayers, killing 12 worshippers.", "Suicide bomb"),
    ("Eight people were killed in a suicide attack on an army base.", "Suicide bomb"),
    ("Gunmen abducted a local chief from his home in the village on Tuesday night.", "Abduction/forced disappearance"),
    ("Armed men kidnapped four aid workers on the road to the airport.", "Abduction/forced disappearance"),
    ("Soldiers raped two women in the village during the operation, residents said.", "Sexual violence"),
    ("Militiamen looted the market and burned down several houses.", "Looting/property destruction"),
    ("Unidentified men set fire to a school in the district overnight.", "Looting/property destruction"),
    ("Police fired tear gas to disperse hundreds of students protesting against fee increases.",
     "Protest with intervention"),
    ("Security forces opened fire on peaceful demonstrators, killing three of them.",
     "Excessive force against protesters"),
    ("An angry mob beat a suspected thief to death in the market.", "Mob violence"),
    ("Government forces recaptured the town from the rebels after a week of fighting.", "Government regains territory"),
    ("Insurgents took control of the border town on Wednesday.", "Non-state actor overtakes territory"),
    ("Police arrested 15 people suspected of belonging to the armed group.", "Arrests"),
    ("Army engineers defused a bomb found near the main bridge.", "Disrupted weapons use"),
    ("Air defences intercepted two missiles fired at the city overnight.", "Disrupted weapons use"),
    ("Soldiers and rebels exchanged fire for several hours near the border crossing.", "Armed clash"),
    ("Gunmen shot dead a village chief in front of his house.", "Attack"),
    ("Protesters marched peacefully through the capital to demand the release of detained activists.",
     "Peaceful protest"),
    ("Protesters burned tyres and threw stones at police in the town.", "Violent demonstration"),
]


@pytest.mark.parametrize("text,label", PROBES)
def test_probe(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


# A second set in the style of wire and local news rather than a conflict report (the first set all held on its first
# run: canonical wordings are read): the means told by a noun inside another phrase, a passive with its means in a
# by-phrase, a relative clause, a nominal event, a report frame; labelled by the codebook before its first run.
PROBES_2 = [
    ("Witnesses said the blast, which tore through a crowded bus station on Friday evening, was caused by explosives "
     "hidden in a parked motorcycle.", "Remote explosive/landmine/IED"),
    ("At least nine people died after jets pounded a rebel-held suburb overnight, a monitoring group said.",
     "Air/drone strike"),
    ("The hospital was hit by artillery fire for the third time this week, doctors said.",
     "Shelling/artillery/missile attack"),
    ("A 34-year-old shopkeeper was gunned down outside his store late Thursday, police said.", "Attack"),
    ("Police said a woman was sexually assaulted while walking home through the park on Saturday night.",
     "Sexual violence"),
    ("Officers used batons and pepper spray on a crowd of demonstrators who had blocked the highway.",
     "Protest with intervention"),
    ("Vandals smashed the windows of the party's office and spray-painted slogans on its walls.",
     "Looting/property destruction"),
    ("Rebels captured the provincial capital on Sunday without meeting resistance.",
     "Non-state actor overtakes territory"),
    # (left failing, strict: spaCy tags "retook" VBP, so the times stage reads "on Thursday" in the present tense as
    # the coming Thursday and the retaking is flagged future; a times matter, not the ACLED mapping's)
    pytest.param("Troops retook control of the oil town on Thursday, state television said.",
                 "Government regains territory", marks=pytest.mark.xfail(strict=True, reason="retook tagged VBP")),
    ("A mob set upon two men accused of stealing a cow and burned them to death.", "Mob violence"),
    ("Two men were detained on Tuesday in connection with the shooting, police said.", "Arrests"),
    ("Bomb disposal experts safely detonated an explosive device discovered on a railway line.",
     "Disrupted weapons use"),
    ("A grenade lobbed at a police patrol wounded three officers on Sunday.", "Grenade"),
    ("The student was shot in the leg when troops fired live rounds at a sit-in outside the university.",
     "Excessive force against protesters"),
    ("Thousands rallied in the capital on Saturday against the new labour law.", "Peaceful protest"),
    ("Hundreds of youths torched police vehicles and looted shops during a demonstration against the election "
     "result.", "Violent demonstration"),
    ("Gunmen stormed a village and killed 14 residents, local officials said.", "Attack"),
    ("The journalist has not been seen since security agents took him from his home in March, his family said.",
     "Abduction/forced disappearance"),
    ("A bomber detonated an explosive vest at the entrance of the ministry, killing himself and three guards.",
     "Suicide bomb"),
    ("A rocket fired from across the border landed in a residential area, damaging several houses.",
     "Shelling/artillery/missile attack"),
    ("Militants ambushed a military convoy on the highway, killing six soldiers.", "Armed clash"),
    ("Three people were injured when a landmine went off under their tractor.", "Remote explosive/landmine/IED"),
    ("A US drone killed two suspected militants travelling in a car in the tribal region.", "Air/drone strike"),
    ("Residents said armed men in uniform burned dozens of homes in the village before leaving.",
     "Looting/property destruction"),
    ("The militia's commander was taken hostage by a rival faction on Saturday.", "Abduction/forced disappearance"),
    ("The air force shot down a drone carrying explosives near the airport.", "Disrupted weapons use"),
    ("Police dispersed the march with water cannon and detained several organisers.", "Protest with intervention"),
    # controls: no political violence
    ("The senator attacked the spending bill in a speech on Tuesday.", "none"),
    ("The storm killed three people and destroyed hundreds of homes along the coast.", "none"),
    ("Shares in the bank were hit hard after it reported a loss.", "none"),
]


@pytest.mark.parametrize("text,label", PROBES_2)
def test_probe_2(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


# Families found in the STUDY halves of gold/acled_unfitted*.jsonl and in PROBES_2's misses, written and labelled
# before the rules for them: (1) "gunned down", English's phrasal verb for shooting a person (no event was made);
# (2) an act named by a bare plural noun in apposition to a noun of the kind it is ("his strategy -- airstrikes
# against ..."): a kind of act listed as a policy, an option or a tactic, not an act that happened (ACLED codes
# events, each on a day and at a place); (3) "an explosion of X" in its figurative sense (a sudden growth) when X is
# no explosive, weapon or vehicle. Each family has controls the rule must leave alone.
PROBES_FAMILIES = [
    ("Gunmen on motorbikes gunned down a local councillor as he left a mosque.", "Attack"),
    ("A human rights lawyer was gunned down outside his office in the capital on Monday.", "Attack"),
    ("Her party proposed several options: airstrikes, a naval blockade or new sanctions.", "none"),
    # (left failing, strict: no rule was made for this family; the parser gives neither of these the apposition the
    # two STUDY passages had, "drone strikes" a noun with an acl and "rocket attacks" an npadvmod of the verb, so a rule
    # on the apposition would not reach them)
    pytest.param("The minister defended the government's approach -- drone strikes on militant hideouts and sanctions "
                 "on their backers -- in a speech to parliament.", "none",
                 marks=pytest.mark.xfail(strict=True, reason="no apposition in the parse; no rule made")),
    pytest.param("The general outlined his plan, rocket attacks from the hills followed by a ground assault, to "
                 "reporters.", "none", marks=pytest.mark.xfail(strict=True, reason="no apposition in the parse")),
    ("The attack, a car bombing outside the ministry, killed nine people.", "Remote explosive/landmine/IED"),
    ("Two incidents were reported on Sunday: shootings in the north of the city that wounded four people.", "Attack"),
    ("The city saw an explosion of new restaurants after the factory reopened.", "none"),
    ("Economists warned of an explosion of debt among young households.", "none"),
    ("The festival ended with an explosion of colour and music in the main square.", "none"),
    ("The explosion of a car bomb outside the courthouse killed four people.", "Remote explosive/landmine/IED"),
    ("An explosion at a police checkpoint killed two officers on Monday.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("text,label", PROBES_FAMILIES)
def test_probe_families(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


# A sweep of the common English verbs and phrasal verbs news uses for the acts of the codebook's sub-event types (own
# sentences, one verb each, labelled before their first run): what the events stage reads at all decides the recall
# of every sub-type, whichever the corpus.
PROBES_VERBS = [
    ("Gunmen opened fire on a minibus carrying farm workers, killing five.", "Attack"),
    ("Attackers hacked three villagers to death with machetes.", "Attack"),
    ("A group of men clubbed a shopkeeper to death in the market.", "Attack"),
    ("Assailants strangled a local journalist in his apartment.", "Attack"),
    # (left failing, strict: "execute" takes a listed object noun or a named entity, and "driver" is not listed)
    pytest.param("Militants executed two captured truck drivers on Friday.", "Attack",
                 marks=pytest.mark.xfail(strict=True, reason="execute's object list")),
    ("Fighters massacred dozens of villagers in the eastern province.", "Attack"),
    ("Soldiers tortured several detainees at the base, a rights group said.", "Attack"),
    ("Unknown men stabbed a priest outside his church on Sunday.", "Attack"),
    ("Raiders torched dozens of houses in the village overnight.", "Looting/property destruction"),
    ("Armed men ransacked the offices of the electoral commission.", "Looting/property destruction"),
    ("Insurgents blew up a bridge on the main supply route.", "Remote explosive/landmine/IED"),
    ("Militants planted a bomb that killed two soldiers on patrol.", "Remote explosive/landmine/IED"),
    ("Warplanes strafed a convoy of trucks on the desert road.", "Air/drone strike"),
    ("Government artillery pounded rebel positions around the city.", "Shelling/artillery/missile attack"),
    ("Rebels lobbed mortar shells into the government-held district.", "Shelling/artillery/missile attack"),
    ("Gunmen snatched a foreign engineer from his car on the highway.", "Abduction/forced disappearance"),
    ("Masked men seized two students outside the campus and drove them away.", "Abduction/forced disappearance"),
    # (left failing, strict: the arrest after a rally is read as the rally's policing, Protest with intervention; the
    # "after" makes the rally the arrests' time anchor, not their occasion)
    pytest.param("Police rounded up dozens of opposition supporters after the rally.", "Arrests",
                 marks=pytest.mark.xfail(strict=True, reason="a rally named as the time anchor")),
    ("Officers apprehended the suspect at a checkpoint on Tuesday.", "Arrests"),
    ("Security forces took the activist into custody at his home.", "Arrests"),
    ("Hundreds of nurses picketed the health ministry over unpaid wages.", "Peaceful protest"),
    ("Students staged a sit-in at the university to demand the rector's resignation.", "Peaceful protest"),
    ("Thousands of farmers took to the streets of the capital on Monday.", "Peaceful protest"),
    ("Rioters hurled petrol bombs at police and set cars ablaze.", "Violent demonstration"),
    ("Villagers lynched a man they accused of witchcraft.", "Mob violence"),
    ("Soldiers ambushed a group of rebels near the river, killing seven.", "Armed clash"),
    ("Police used tear gas to break up a demonstration by opposition supporters.", "Protest with intervention"),
]


@pytest.mark.parametrize("text,label", PROBES_VERBS)
def test_probe_verbs(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


# "blow up" (written and labelled before the rule, after PROBES_VERBS found "blew up a bridge" read as property
# destruction): English's verb for destroying with explosives; ACLED codes property destroyed by an explosive device
# as Remote explosive/landmine/IED, not as looting or property destruction. Controls: arms destroyed by forces, a
# bomber who blows himself up, property burned down.
PROBES_BLOWN_UP = [
    ("Militants blew up a gas pipeline in the south of the country on Monday.", "Remote explosive/landmine/IED"),
    ("Rebels blew up the home of a local official after he refused to pay them.", "Remote explosive/landmine/IED"),
    ("Retreating fighters blew up two bridges over the river.", "Remote explosive/landmine/IED"),
    ("Soldiers blew up a weapons cache found in a cave.", "Disrupted weapons use"),
    ("A suicide bomber blew himself up at the gate of the base.", "Suicide bomb"),
    ("Unknown men burned down a police post in the village.", "Looting/property destruction"),
]


@pytest.mark.parametrize("text,label", PROBES_BLOWN_UP)
def test_probe_blown_up(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label


# Written after the lexicon senses ("gunned down", "clubbed to death", mortars "lobbed") and `acled._blown_up` were,
# to see whether they hold on wordings they were not made from (labelled by the codebook before their first run;
# failures here are reported, not fitted).
PROBES_AFTER = [
    ("Two brothers were gunned down by unidentified attackers while driving to their farm.", "Attack"),
    ("Suspected militiamen gunned down the headmaster of a village school on Wednesday.", "Attack"),
    ("A pastor was clubbed to death by men armed with sticks near the church.", "Attack"),
    ("Insurgents lobbed rockets at the airport late on Saturday, damaging a runway.",
     "Shelling/artillery/missile attack"),
    ("Separatists blew up a railway line used to carry troops to the front.", "Remote explosive/landmine/IED"),
    ("A telecommunications mast was blown up by suspected militants overnight.", "Remote explosive/landmine/IED"),
    # controls
    # (both left failing, strict, and wrong on the base too: a "suspicious package" is no word of arms, so the controlled
    # explosion is not read as disrupted weapons use (base: the same Remote explosive); the intransitive "the row blew
    # up" is the stage's destroying sense with no object (base: Looting/property destruction))
    pytest.param("The police blew up a suspicious package found near the station in a controlled explosion.",
                 "Disrupted weapons use", marks=pytest.mark.xfail(strict=True, reason="package is no weapon word")),
    pytest.param("The row blew up after the minister's remarks on Tuesday.", "none",
                 marks=pytest.mark.xfail(strict=True, reason="intransitive blew up read as destruction")),
]


@pytest.mark.parametrize("text,label", PROBES_AFTER)
def test_probe_after(pipeline, text, label):
    assert acled_predicted(pipeline, text, PUBLISHED) == label
