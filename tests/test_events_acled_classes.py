"""ACLED categories by class of error (session 10, s10-acled): the rules added to events/acled.py,
events/syntax.py, events/stage.py, evaluate/acled.py and data/lexicon.yaml after the first run on
gold/acled_notes_4.jsonl and the errors of acled_real's dev half A. Sentences written for these tests
(none is in a gold file)."""

from pathlib import Path

import pytest
from eventsutil import event

from newsgraph.evaluate import acled as ev_acled
from newsgraph.events.acled import ANCHORED, referred_to


@pytest.fixture(scope="module")
def snippet(pipeline):
    """The one sub-event type the evaluator (and a user reading `extract`) gets for a snippet."""
    def run(text):
        return ev_acled.predicted(pipeline.extract(text, name="t", published="2024-03-05"))
    return run


@pytest.mark.parametrize("text,want", [
    # war reporting's bare "strike" is an air strike (no shell or missile named)
    ("A Russian strike on a school in Sumy killed four teachers on Tuesday, officials said.", "Air/drone strike"),
    # a named force keeps its plural as lemma: "Armed Forces" is a subject the sense of "fought" lists
    ("Sudanese Armed Forces and RSF fought in Omdurman on Tuesday.", "Armed clash"),
    # drones launched at a target
    ("Hezbollah launched two drones at an Israeli army post near Metula on Sunday.", "Air/drone strike"),
    # ... and so is a state's bare "struck" (gunmen who "struck a village" raided it)
    ("The Israeli military said it struck a Hamas command centre in Gaza City overnight.", "Air/drone strike"),
    ("Gunmen struck a village in Zamfara, killing 12.", "Attack"),
    # a killing told as happening in a fight: both sides fought
    ("Police killed three gang members in a shootout in the north of Rio on Sunday.", "Armed clash"),
    ("Nine people were killed in clashes between army units and rebels near Bambari, a doctor said.", "Armed clash"),
    # fire returned: both sides shot, whoever opened fire
    ("A man opened fire on sheriff's deputies at a gas station and was killed when they returned fire.",
     "Armed clash"),
    # forces named outside a relative clause did not suffer its passive ("who had been stabbed": the victim)
    ("Officers found the victim, who had been stabbed several times, behind the bus depot.", "Attack"),
    # an execution, or an unarmed person named inside the trigger's own object, is one-sided
    ("Insurgents executed four men suspected of spying for the army near Gao, residents said.", "Attack"),
    # (the object ends before the place: "a teenager at a checkpoint" names no force fighting there)
    ("An Israeli soldier shot a Palestinian teenager at a checkpoint near Jenin, medics said.", "Attack"),
    # people seized who then vanish, or seized from a home, are abducted (not territory taken)
    ("Soldiers seized a blogger in Bamako on Monday; his family does not know his whereabouts.",
     "Abduction/forced disappearance"),
    # unarmed people holding a square against a law are a sit-in
    ("Hundreds of farmers occupied the main square of Lima against a new water law.", "Peaceful protest"),
    # stones piled across a road are a barricade; thrown, a riot
    ("Villagers blocked the road with stones for a day to demand electricity.", "Peaceful protest"),
    ("Protesters threw stones at police outside the court in Lome.", "Violent demonstration"),
    # a crowd counted in thousands acting "to demand" demonstrates
    ("Thousands of fishermen sailed their boats into the harbour of Dakar to demand a ban on foreign trawlers.",
     "Peaceful protest"),
    # a weapon or an actor wounding counted people
    ("A mortar round wounded five people at the bus station in Kadugli on Friday.",
     "Shelling/artillery/missile attack"),
    ("Soldiers wounded at least 14 people in the market of Kidal on Friday.", "Attack"),
    # (a passive "were injured" with no doer is dropped and must not swallow the blast it names)
    ("Four traders were injured in a roadside bomb blast at the market in Kadugli.", "Remote explosive/landmine/IED"),
    # a clash told both ways: the police's side of the crowd's riot is the riot too, an unarmed party no armed group
    ("Opposition supporters set tyres ablaze and clashed with police in Kisangani on Friday.",
     "Violent demonstration"),
    ("Members of the opposition clashed with police outside the electoral commission in Conakry.", "Mob violence"),
    ("Police clashed with opposition supporters in Harare on Saturday.", "Mob violence"),
    # forces that "pulled back under heavy attack" give ground; they do not take it back
    ("Jihadist fighters seized the town of Solenzo after government troops pulled back under heavy attack.",
     "Non-state actor overtakes territory"),
    # people arrested at a standing protest (an encampment) are a protest met with intervention
    ("Riot police detained dozens of students at a pro-Palestinian encampment at the college on Wednesday.",
     "Protest with intervention"),
    # the parser's reduced relative on a main verb with an object: the noun before it is the doer
    ("Suspected bandits killed at least nine people in raids on three villages in Zamfara, police said.", "Attack"),
])
def test_snippet_categories(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text", [
    "Two buses collided on a highway near Kano on Saturday, killing 20 passengers.",  # an accident
    # a time anchor
    "Armenia marked a year since the start of Azerbaijan's offensive in Nagorno-Karabakh with a minute of silence.",
    "Parliament approves deployment of soldiers to the border",  # what a body decides on
    "A gas explosion at a restaurant in Moscow injured nine people.",  # an accident
    "A fuel tanker blast on a highway in Kenya killed 13 people.",
])
def test_non_events(snippet, text):
    assert snippet(text) == "none"


def test_a_non_state_armys_name_is_no_state_force(snippet):
    # "Army" in a rebel group's name does not make its capture the government's
    text = "Kachin Independence Army fighters captured the town of Bhamo after weeks of fighting with the junta's troops."
    assert snippet(text) == "Non-state actor overtakes territory"


def test_referred_to_only_before_an_anchor():
    assert referred_to(event("Kyiv marked two years since the start of Russia's full-scale invasion.", "invasion",
                             cameo="190"))
    assert referred_to(event("The cabinet discussed a possible offensive.", "offensive", cameo="190"))
    # "since" opening a clause with its own subject is no anchor of the event
    assert not referred_to(event("Thousands have fled since gunmen attacked the village.", "attacked", cameo="190"))
    assert not ANCHORED.search("Gunmen ")


# gold/acled_notes_4.jsonl (159 wire-style snippets written in session 10, committed at 9190b2a before the first
# run): the score at the end of the session, pinned so that a regression shows (first run 0.816; all 159)
NOTES_4_MACRO_F1 = 0.91  # 0.918 at 9e8d56a


@pytest.mark.slow
def test_the_notes_4_batch_keeps_its_score():
    gold = ev_acled.load_gold(str(Path(__file__).resolve().parents[1] / "gold" / "acled_notes_4.jsonl"))
    assert len(gold) == 159 and {i.sub_event_type for i in gold} == set(ev_acled.SUB_EVENT_TYPES) | {"none"}
    report = ev_acled.score(gold, ev_acled.predict(gold, ev_acled.pipeline_options()))
    assert report["macro_f1"] >= NOTES_4_MACRO_F1
