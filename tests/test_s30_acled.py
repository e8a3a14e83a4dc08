"""ACLED sub-event types, session 30 (s30-acled, issue 11: held-aside "none" recall 0.64, "Attack" predicted 13 times
for 6 gold). Own sentences labelled from the ACLED codebook before any run (tests/data/s30_acled_probes.tsv: court
steps, accidents, threats, statistics, figurative violence, aid and vigils, with controls; s30_acled_probes2.tsv: new
wordings of set 1's failing families, committed before the fix and before their first run; s30_acled_probes3.tsv: a
court's sentence with its term, violence on oneself, a retort told as return fire, committed before its first run;
s30_acled_probes4.tsv: new wordings of set 3's families, committed after its fix and before its first run). The
families fixed: a statistic (a plural act noun whose count changes, a rate or number of them, a count per year:
`acled._counted`), a vehicle or an animal as the doer (`acled._thing_as_doer`), a court's sentence with its term
(`acled.SENTENCED_FOR`, `acled._court_step`), violence on oneself (`acled.SELF_HARM`, `SELF_INFLICTED`) and a retort
with no armed side (`acled.RETORT_AT`); s30_acled_probes5.tsv: a mob met with crowd control is a violent
demonstration unless the sentence names the mob's own violence on someone (`acled.MOB_ON_PEOPLE`). Known misses are strict xfails, so a fix of one shows."""

import pytest

from eventsutil import probe_rows, acled_predicted

KNOWN_MISSES = {  # each wrong on base 7afd7c13 too; the cause in docs/accuracy.md, Session 30, s30-acled
    # a battle "for delegates": no reading of what the battle is for
    "The two campaigns are locked in a fierce battle for delegates in Ohio.",
    # (session 32 fixed "The film bombed at the box office", acled.SHOW_FAILED, and "The Yankees crushed the Red Sox
    # 11-2", a score: acled.SPORT)
    # the family of "the man killed in the robbery": s29's reading of an event named inside a participant
    "A charity raised $50,000 for the family of the man killed in the robbery.",
    # "witness" tells its object (s29's TELLING list)
    "The state will pay for counseling for students who witnessed the stabbing.",
    # a driver who drives his car into people: the driving is no event (none on base too)
    "A man deliberately drove his car into a group of worshippers outside a mosque, police said.",
    # plastic bullets fired "to break up" a mob: no event keeps a category (not traced)
    "Troops fired plastic bullets to break up a mob of youths near the barracks.",
}


def _rows():
    return probe_rows(("s30_acled_probes.tsv", "s30_acled_probes2.tsv", "s30_acled_probes3.tsv",
                       "s30_acled_probes4.tsv", "s30_acled_probes5.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a statistic: each way of counting alone (a change of the count, a rate of them, a number per year)
    ("Carjackings in the suburbs dropped 30 percent last year.", "none"),
    ("Burglaries have tumbled since the new patrols began.", "none"),
    ("The rate of stabbings in the borough is the highest in London.", "none"),
    ("The department logs some 2,000 arrests per year.", "none"),
    # ... but a report of the acts stays: no count ("Clashes erupted this year"), the weapons that fell on a town
    ("Clashes erupted between rebels and troops near the border this year.", "Armed clash"),
    ("Police made 40 arrests in raids across the city on Saturday.", "Arrests"),
    ("Rockets fell on the town overnight, killing four civilians.", "Shelling/artillery/missile attack"),
    # a vehicle or an animal as the doer, each wording alone
    ("A teenager was seriously hurt when a van struck her bicycle.", "none"),
    ("The man died after being run over by a tractor on his farm.", "none"),
    ("A pack of wolves attacked sheep on a farm near the village.", "none"),
    ("A hiker was mauled by a grizzly bear in the park.", "none"),
    # ... but armed people named with the vehicle or the animal stay theirs, and a bomb the vehicle hit is a weapon
    ("Two soldiers were killed when their truck hit a roadside bomb.", "Remote explosive/landmine/IED"),
    ("Gunmen on motorcycles attacked a bus carrying pilgrims, killing six.", "Attack"),
])
def test_families(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a court's sentence: each way of naming the term alone, and the jailing with a term
    ("The man was given probation for slapping a referee.", "none"),
    ("A former soldier got 40 years in prison for the murder of two villagers.", "none"),
    ("The bus driver was incarcerated for two years for the beating of a passenger.", "none"),
    # ... but a jailing with no term is an arrest
    ("Police jailed three men on Saturday on drug charges.", "Arrests"),
    # violence on oneself, and its limits: another victim first, a bomb, setting oneself on fire
    ("The farmer hanged himself in his barn after the harvest failed.", "none"),
    ("The guard shot two inmates and himself at the prison.", "Attack"),
    ("A militant blew himself up outside a police station, killing four officers.", "Suicide bomb"),
    # a retort: no armed side, weapon, death or wound; with any of them it is return fire
    ("The coach shot back at critics of his team's defense.", "none"),
    ("Troops fired back at the attackers, killing two of them.", "Armed clash"),
])
def test_families_set3(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a mob met with riot means is a riot against the forces; the mob's violence on someone keeps it a mob's
    ("Police fired rubber bullets to scatter a mob outside the town hall.", "Violent demonstration"),
    ("Police dispersed a mob that was beating a suspected thief in the market.", "Mob violence"),
    ("Police fired tear gas at a mob that had lynched a man accused of witchcraft.", "Mob violence"),
])
def test_mob_met_with_force(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want
