"""ACLED sub-event types, session 35 (s35-acled, issue 11: held-aside macro-F1 0.5865 [0.60]). The families come from a
BBC sample no rule was fitted to (docs/accuracy.md, "Session 35, s35-acled"); own sentences labelled from the ACLED
codebook before their first run: tests/data/s35_acled_probes1.tsv (written before the first fixes), s35_acled_probes2.tsv
(new wordings, written after them); s35_acled_probes3.tsv and s35_acled_probes4.tsv the same for the second fixes;
s35_acled_probes5.tsv for restrictions outside conflict (`acled._restriction_of_disorder`). The
families fixed: a raid by police or a state agency is a search, no looting nor
people taken, and its arrests are its event (`acled._police_search`, `acled.ARRESTS_MADE`); a bombardment whose "with"
names no weapon is a flood of something else (`acled._bombarded_with_no_weapon`); a strike by workers or their union is
a labour strike, a protest (`acled.LABOUR`); an attack whose own words name computers or hackers is online activity
(`acled._on_computers`); an animal as what an attack harmed is no one's violence (`acled._animals_harmed`); a
mobilisation of no force, state or armed group is no change to group activity (`acled._armed_setting`, unless fighting
men are named: `acled.FIGHTING_MEN`). Known misses are strict xfails, so a fix of one shows."""
from types import SimpleNamespace

import pytest

from eventsutil import probe_rows, acled_predicted
from newsgraph.events import acled

KNOWN_MISSES = {  # each wrong on base 1ad32c65 too; the cause in docs/accuracy.md, Session 35, s35-acled
    # the coder makes no event of a labour strike told by the noun alone (event detection, not the ACLED rules)
    "A strike on the city's bus network left commuters stranded on Tuesday.",
    # (session 36: "The teachers' union carried out a strike ..." and "The strike by postal employees ..." now come
    # out right: s36-alias's role nouns make teachers and employees actors, so the strike has its strikers)
    "Hospital staff began a strike on Monday after pay talks collapsed.",
    "A strike on the metro system disrupted the morning rush hour as drivers demanded better pay.",
    "Miners began a strike at the copper mine last week.",
    "Airport staff launched a 48-hour strike.",
    # a bare strike with its toll and no doer: the dead are read as the attacked (an attack, or forces: a clash)
    "A strike on a militant hideout killed two commanders, the army said.",
    "Six workers were killed when a strike hit the factory on Monday.",
    # (session 56: "Tax police raided the headquarters ..." now comes out right: acled._sector reads a name with a
    # lower-case head, capitalised only by the sentence, as no proper-named force, so no rebel group)
    # "redevelopment" is not among the abstract foes of a fight (acled.NO_FOE); residents fighting read as a mob
    "Residents are fighting against the redevelopment of the park.",
    # "bombard" is read as shelling whoever throws: rioters' stones are a riot's
    "Rioters bombarded police with stones and bottles.",
    # a second event, "shutting down its website", is a closure (COERCE), whose default is ACLED's "Other"
    "Hackers attacked the council's computer network on Tuesday, shutting down its website.",
    # the coder reads the foxes' raid (COERCE) and no shooting; a raid's harm makes it an attack whoever raided
    "A farmer shot two foxes that had been raiding his chicken coop.",
}


def _rows():
    return probe_rows(("s35_acled_probes1.tsv", "s35_acled_probes2.tsv", "s35_acled_probes3.tsv",
                       "s35_acled_probes4.tsv", "s35_acled_probes5.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


def _around(text, trig):
    at = text.index(trig)
    return acled._Around(text, trig, trig.split()[-1], text[:at], text[at + len(trig):])


@pytest.mark.parametrize("text, trig, figurative", [
    ("Journalists bombarded the minister with questions.", "bombarded", True),
    ("The station was bombarded with calls from angry listeners.", "bombarded", True),
    ("MPs bombarded him with a barrage of requests.", "bombarded", True),  # the amount's head is read through
    ("Rebels bombarded the town with rockets overnight.", "bombarded", False),  # a weapon
    ("They bombarded the post with a hail of bullets.", "bombarded", False),  # read through to the bullets
    ("Youths bombarded the police with stones.", "bombarded", False),  # a thrown missile
    ("They bombarded the camp with heavy fire.", "bombarded", False),
    ("They bombarded the town, with dozens killed.", "bombarded", False),  # a toll, not the means
    ("They bombarded the office with letters, wounding a clerk.", "bombarded", False),  # harm told
    ("The army bombarded rebel positions.", "bombarded", False),  # no "with"
    ("Fans pelted the minister with questions.", "pelted", False),  # only a bombardment
    ("They bombarded the ministry for a week with faxes and letters.", "bombarded", True),  # words before "with"
])
def test_bombarded_with_no_weapon(text, trig, figurative):
    assert acled._bombarded_with_no_weapon(_around(text, trig)) is figurative


def _sides(sectors=(), text=""):
    return SimpleNamespace(src=lambda s, rx: bool(set(sectors) & s) or bool(text and rx.search(text)))


def _ev(text, trig):
    at = text.index(trig)
    span = lambda a, b: SimpleNamespace(start=a, end=b, text=text[a:b])
    return SimpleNamespace(trigger=span(at, at + len(trig)), evidence=span(0, len(text)))


@pytest.mark.parametrize("text, trig, sectors, names, search", [
    ("Police raided a nightclub.", "raided", ("COP",), "Police", True),
    ("Customs officers raided a warehouse.", "raided", (), "Customs officers", True),
    ("Detectives raided a house.", "raided", (), "", True),  # the doer read before the trigger
    ("The agency carried out raids on two homes.", "carried out raids", ("JUD",), "", True),  # "raid" inside the trigger
    ("Police raided a house and shot a man.", "raided", ("COP",), "Police", False),  # harm: an assault
    ("Police and soldiers raided a house.", "raided", ("COP",), "Police", False),  # an army among the doers
    ("Police raided a house.", "raided", ("COP", "MIL"), "Police", False),  # an army's sector
    ("Gunmen raided a village.", "raided", (), "Gunmen", False),  # no law enforcement
    ("Police searched a house.", "searched", ("COP",), "Police", False),  # no raid
    ("Raids were carried out by police.", "Raids", ("COP",), "police", True),  # a capital
    ("The Carabinieri raided a villa.", "raided", ("COP",), "The Carabinieri", True),  # the sector alone
    ("The unit raided a villa.", "raided", ("COP", "UAF"), "", False),  # each armed sector keeps it a raid of arms
    ("The unit raided a villa.", "raided", ("COP", "INS"), "", False),
    ("The unit raided a villa.", "raided", ("COP", "SEP"), "", False),
    ("The unit raided a villa.", "raided", ("COP", "REB"), "", False),
])
def test_police_search(text, trig, sectors, names, search):
    assert acled._police_search(_ev(text, trig), trig, text, _sides(sectors, names)) is search


@pytest.mark.parametrize("text, labour", [
    ("the union", True), ("trade unions", True), ("Dock workers", True), ("the nurses", True),
    ("striking unionists", True), ("the air force", False), ("Israel", False), ("a reunion", False),
])
def test_labour_doers(text, labour):
    assert bool(acled.LABOUR.search(text)) is labour


@pytest.mark.parametrize("after, arrests", [
    (" a house and arrested four men.", True), (" a flat and detained two suspects.", True),
    (" a flat, taking three men into custody.", True), (" a nightclub on Friday.", False),
])
def test_arrests_made(after, arrests):
    assert bool(acled.ARRESTS_MADE.search(after)) is arrests


@pytest.mark.parametrize("text, trig, online", [
    ("Hackers attacked the council's network.", "attacked", True),  # the doer
    ("A denial-of-service attack hit the bank.", "attack", True),  # the attack's own noun phrase
    ("The gang attacked the bank's servers.", "attacked", True),  # the object
    ("Hackers attacked the council's network, wounding no one.", "attacked", False),  # harm named ("wounding")
    ("Hackers attacked the office and killed a guard.", "attacked", False),  # a death
    ("Hackers attacked the office with a grenade.", "attacked", False),  # a weapon
    ("Gunmen attacked the village.", "attacked", False),
    # the online word in another clause: "after" ends the attack's own stretch
    ("Gunmen attacked the village after a post online.", "attacked", False),
])
def test_on_computers(text, trig, online):
    assert acled._on_computers(_ev(text, trig), text) is online


@pytest.mark.parametrize("text, trig, sectors, names, animal", [
    ("Hunters killed more than 40 deer.", "killed", (), "Hunters", True),
    ("Police shot a dog.", "shot", ("COP",), "Police", True),
    ("They killed dozens of wolves.", "killed", (), "", True),
    ("Officers shot two pit bulls.", "shot", (), "", True),
    ("The dog was shot by police.", "shot", (), "", True),  # the passive's subject
    ("The dogs had been cruelly killed.", "killed", (), "", True),  # an adverb after the auxiliary
    ("Rebels killed two elephants.", "killed", ("REB",), "Rebels", False),  # a non-state armed group's act
    ("Militants killed two elephants.", "killed", (), "Militants", False),  # named so
    ("He shot two men and a dog.", "shot", (), "", False),  # people first
    ("He shot the dog owner.", "shot", (), "", False),  # the animal's owner is a person
    ("He shot a man with a dog.", "shot", (), "", False),
    ("Gunmen killed a farmer.", "killed", (), "Gunmen", False),
    ("Hunters killed 30 cattle.", "killed", (), "Hunters", False),  # livestock: property, left to the other rules
])
def test_animals_harmed(text, trig, sectors, names, animal):
    assert acled._animals_harmed(_ev(text, trig), text, _sides(sectors, names)) is animal


def test_no_trigger_harms_no_animal():
    ev = SimpleNamespace(trigger=None, evidence=SimpleNamespace(start=0, end=10, text="killed 40 deer"))
    assert acled._animals_harmed(ev, "killed 40 deer", _sides()) is False


@pytest.mark.parametrize("sentence, sectors, names, disorder", [
    ("The army imposed a curfew on the town.", (), "", True),  # forces named (and a curfew)
    ("Officials declared martial law.", (), "", True),
    ("The ministry banned the opposition party.", (), "", True),
    ("The mayor banned all rallies.", (), "", True),  # a gathering (PROTEST_WORDS)
    ("The mayor banned people who gathered at night.", (), "", True),  # an assembly (ASSEMBLY)
    ("The council banned gunmen from the market.", (), "", True),  # armed men (REBEL_WORDS)
    ("The group banned music in the town.", ("REB",), "The group", True),  # an armed doer
    ("The council closed the border crossing.", (), "", True),
    ("The council banned smoking in parks.", (), "", False),
    ("The airline banned the passenger from flights.", (), "", False),
    ("He was given a curfew as part of his bail.", (), "", False),  # a court's terms for one person
    ("The army set his curfew as a parole condition.", ("MIL",), "The army", False),  # the terms win
])
def test_restriction_of_disorder(sentence, sectors, names, disorder):
    sides = SimpleNamespace(src_armed=lambda: bool({"MIL", "REB"} & set(sectors)))
    assert acled._restriction_of_disorder(sentence, sides) is disorder


@pytest.mark.parametrize("text, men", [
    ("Government reinforcements arrived", True), ("called up reservists", True), ("new conscripts", True),
    ("200 recruits", True), ("the company recruited engineers", False),
])
def test_fighting_men(text, men):
    assert bool(acled.FIGHTING_MEN.search(text)) is men
