"""ACLED categories on news prose written by others (session 8, s8-acled): the rules added to
events/acled.py, evaluate/acled.py and data/lexicon_violence.yaml after the first run on
gold/acled_real.jsonl. Sentences written for these tests (none is in the gold)."""

import pytest

from newsgraph.evaluate import acled as ev_acled
from newsgraph.events.acled import PLANNED, acled_for, charged, not_physical
from newsgraph.model import Document, Event, Span
from test_events_acled_notes import Doc  # entities by id: (name, entity type, sector, country)


def ev(type_, mode, trigger, sentence, source=(), target=(), flags=(), cameo=None):
    at = sentence.index(trigger)
    return Event(id="e", type=type_, mode=mode, cameo=cameo, source=list(source), target=list(target),
                 flags=list(flags), confidence=0.9, trigger=Span(start=at, end=at + len(trigger), text=trigger),
                 evidence=Span(start=0, end=len(sentence), text=sentence))


def sub(event, doc=Doc()):
    got = acled_for(event, doc)
    return got and got["sub_event_type"]


@pytest.mark.parametrize("sentence,trigger", [
    ("Critics attacked her foreign-policy record in a televised interview.", "attacked"),
    ("Christie attacked Rubio for not answering the question.", "attacked"),
    ("Aides attacked her harshly in a rehearsal.", "attacked"),
    ("The senator kept up his relentless attacks on the governor.", "attacks"),
])
def test_a_fight_in_words_is_no_acled_event(sentence, trigger):
    e = ev("ASSAULT", None, trigger, sentence)
    assert not_physical(e) and sub(e) is None


def test_a_physical_attack_stays_one():
    s = "Gunmen attacked a bus in the north, killing four passengers."
    assert not not_physical(ev("ASSAULT", None, "attacked", s))
    assert sub(ev("ASSAULT", None, "attacked", s)) == "Attack"


def test_hedged_or_quoted_words_are_no_event():
    s = "The minister said the boy had been practically kidnapped by his uncle."
    assert sub(ev("ASSAULT", "abduct", "kidnapped", s)) is None
    s = "Posters called the detention of the activists a 'kidnapping' by the state."
    assert sub(ev("ASSAULT", "abduct", "kidnapping", s)) is None
    s = "Gunmen kidnapped two engineers on the highway."
    assert sub(ev("ASSAULT", "abduct", "kidnapped", s)) == "Abduction/forced disappearance"


def test_a_candidates_rally_is_no_demonstration():
    assert sub(ev("PROTEST", "demo", "rallied", "The mayor rallied supporters at the town hall.")) is None
    assert sub(ev("PROTEST", "demo", "rallied", "The senator rallied to win the primary.")) is None
    assert sub(ev("PROTEST", "demo", "rally", "Speaking at a rally in Ohio, the candidate praised coal miners.")) is None
    # a rally that demands something, or of people assembled in a square, is a demonstration
    s = "Thousands rallied in the capital demanding the release of political prisoners."
    assert sub(ev("PROTEST", "demo", "rallied", s)) == "Peaceful protest"
    assert sub(ev("PROTEST", "demo", "rallied", "Hundreds of nurses rallied outside parliament.")) == "Peaceful protest"


def test_bombers_and_an_air_force_base_are_no_air_strike():
    # (a bomb attack a statement condemns is referred to, no category: s16-acled's REACTED_TO)
    s = "A bomb attack hit the market, and the president vowed to find the bombers."
    assert sub(ev("ASSAULT", "explosives", "bomb attack", s)) == "Remote explosive/landmine/IED"
    s = "A car bomb exploded near Andrews Air Force Base, killing two."
    assert sub(ev("ASSAULT", "explosives", "exploded", s)) == "Remote explosive/landmine/IED"
    s = "Air force jets bombed rebel positions outside the town."
    assert sub(ev("ASSAULT", None, "bombed", s)) == "Air/drone strike"


def test_a_campaign_headquarters_is_no_base():
    s = "The candidate opened his campaign headquarters on Main Street."
    assert sub(ev("MOBILIZE", "troops", "opened", s, source=["c"]),
               Doc(c=("the candidate", "PERSON", "GOV", None))) is None
    s = "Militants set up a new base in the forest."
    assert sub(ev("MOBILIZE", "troops", "set up", s, source=["m"]),
               Doc(m=("Militants", "NORP", "REB", None))) == "Headquarters or base established"


def test_an_attack_met_with_fire_or_under_a_truce_is_a_clash():
    doc = Doc(f=("Georgian forces", "NORP", "MIL", "GEO"), s=("fighters", "NORP", "REB", None))
    s = "Officials said Georgian forces attacked a village and were pushed back from the hills."
    assert sub(ev("ASSAULT", None, "attacked", s, source=["f"]), doc) == "Armed clash"
    s = "The fighters continued to attack despite the ceasefire."
    assert sub(ev("ASSAULT", None, "attack", s, source=["s"]), doc) == "Armed clash"
    # fighters killing villagers are an attack on civilians even under a truce
    s = "Despite the ceasefire, fighters killed six villagers."
    assert sub(ev("ASSAULT", None, "killed", s, source=["s"]), doc) == "Attack"


def test_arrests_before_a_planned_rally_answer_no_protest():
    s = "Police arrested several opposition members on Monday ahead of anti-government rallies next month."
    assert sub(ev("COERCE", "arrest", "arrested", s)) == "Arrests"
    s = "Police arrested 20 people at an anti-government rally on Monday."
    assert sub(ev("COERCE", "arrest", "arrested", s)) == "Protest with intervention"
    assert PLANNED.search("the planned April 9 protest rally") and not PLANNED.search("the protest rally on Friday")


def test_riot_police_name_no_riot():
    s = "Riot police deployed to break up an opposition rally in the capital."
    assert sub(ev("PROTEST", "demo", "rally", s)) == "Protest with intervention"


def test_protesters_visiting_demonstrate():
    doc = Doc(p=("Protesters", "NORP", "CVL", None), h=("executives", "NORP", "BUS", None))
    s = "Protesters visited the homes of bank executives."
    assert sub(ev("CONSULT", "visit", "visited", s, source=["p"], target=["h"]), doc) == "Peaceful protest"
    doc = Doc(p=("The minister", "PERSON", "GOV", None), h=("Kyiv", "GPE", "GOV", "UKR"))
    assert sub(ev("CONSULT", "visit", "visited", "The minister visited Kyiv.", source=["p"], target=["h"]), doc) is None


@pytest.mark.parametrize("sentence,trigger,told_as_charge", [
    ("Two men were charged with murder in the death of a clerk.", "murder", True),
    ("A woman accused of murdering her daughter appeared in court.", "murdering", True),
    ("Another man was arrested in connection with the bombings of two embassies.", "bombings", True),
    ("A court reversed a sexual assault conviction on Friday.", "assault", True),
    ("Militants accused of collaborating killed three farmers.", "killed", False),
    ("Two suspects shot a guard at the bank.", "shot", False),
    ("No one has claimed responsibility for the attack.", "attack", False),
])
def test_events_told_as_charges(sentence, trigger, told_as_charge):
    assert charged(ev("ASSAULT", None, trigger, sentence)) is told_as_charge


def _acled(sub_event_type, trigger, sentence, flags=()):
    e = ev("ASSAULT", None, trigger, sentence, flags=flags)
    e.acled = {"event_type": ev_acled.SUB_EVENT_TYPES[sub_event_type], "sub_event_type": sub_event_type}
    return e


def test_the_snippets_event_is_told_as_fact_and_not_as_a_charge():
    s = "Officials said no one had claimed the attacks."
    assert ev_acled.predicted(Document(text=s, events=[_acled("Attack", "attacks", s, ["negated"])])) == "none"
    assert ev_acled.predicted(Document(text=s, events=[_acled("Attack", "attacks", s, ["future"])])) == "none"
    s = "In 1993, Islamists bombed the World Trade Center."
    assert ev_acled.predicted(Document(text=s, events=[_acled("Remote explosive/landmine/IED", "bombed", s,
                                                             ["historical"])])) == "Remote explosive/landmine/IED"
    s = "Two men were arrested in connection with the bombing of a market."
    arrest = _acled("Arrests", "arrested", s)
    bombing = _acled("Remote explosive/landmine/IED", "bombing", s)
    assert ev_acled.predicted(Document(text=s, events=[bombing, arrest])) == "Arrests"
    assert ev_acled.predicted(Document(text=s, events=[bombing])) == "none"


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2016-07-26")
        return [(e.type, e.mode, e.acled and e.acled["sub_event_type"]) for e in doc.events]
    return run


def test_lexicon_protesters_gathering_chanting_weapons_found(coded):
    assert ("PROTEST", "demo", "Peaceful protest") in coded("About 50 protesters had gathered outside the casino.")
    assert ("PROTEST", "demo", "Peaceful protest") in coded("Some protesters chanted slogans outside City Hall.")
    assert ("COERCE", "seize", "Disrupted weapons use") in coded("Police found 600 kilograms of explosives in a shed.")
    assert ("COERCE", "arrest", "Arrests") in coded("Police captured the suspect on Monday.")
    assert ("COERCE", "seize", "Non-state actor overtakes territory") in coded("Rebels captured the town of Kidal.")
    assert ("ASSAULT", "primitive", "Attack") in coded("The inmate was strangled in his cell.")
    assert not [c for c in coded("People gathered to watch the fireworks.") if c[0] == "PROTEST"]



@pytest.mark.parametrize("told, plain, trigger", [
    ("Two men were charged with murder in the death of a shopkeeper.", "Two men committed a murder.", "murder"),
    ("The cabinet discussed a possible offensive against the rebels.", "The army began an offensive against the rebels.",
     "offensive"),
    ("The town marked a year since the bombing of its market.", "A bombing hit the town's market.", "bombing"),
])
def test_charged_or_referred_to_events_carry_no_acled_category(told, plain, trigger):
    """ACLED codes the report's own event: a crime someone is charged with, or an offensive a cabinet
    discusses, is no ACLED event of its own (no row in `export --format acled`); told plainly it is one."""
    assert sub(ev("ASSAULT", None, trigger, plain)) is not None
    assert acled_for(ev("ASSAULT", None, trigger, told), Doc()) is None


def test_an_arrest_of_a_suspect_is_the_reports_own_event():
    """`charged` reads "suspect" after an arrest's trigger, but the arrest is the legal step itself."""
    s = "Police detained the suspect near the station."
    arrest = ev("COERCE", "arrest", "detained the suspect", s)
    assert charged(arrest)
    assert sub(arrest) == "Arrests"
    murder = ev("ASSAULT", None, "killing", "Police detained a man suspected of the killing.")
    assert charged(murder) and acled_for(murder, Doc()) is None
