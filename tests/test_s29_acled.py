"""ACLED sub-event types, session 29 (s29-acled): the boundaries the held-aside third blurs (an attack or a bomb
only named from a past event, clash vs attack, the weapon named), probed with our own sentences labelled from the
ACLED codebook before any run (tests/data/s29_acled_probes*.tsv; set 1 before any fix, set 2 after the first,
set 3 before the second), and the pieces of the reading they led to (`acled._named_in_an_argument`: an event
only named inside a participant of another predicate carries no ACLED category; `acled.RECIPROCAL`). Known misses
are strict xfails, so a fix of one shows."""

import pytest

from eventsutil import probe_rows, acled_predicted

KNOWN_MISSES = {  # (each checked: wrong on base 36b68e32 too; the cause in docs/accuracy.md, Session 29, s29-acled)
    "The man beat his neighbor with a baseball bat, deputies said.",
    "Relatives of those killed in the 1998 embassy bombings gathered in Nairobi on Friday to mark the anniversary.",
    "Lawmakers debated new gun controls a week after the shooting at a Colorado high school.",
    "Insurance claims from the riots reached $1 billion.",
    "Veterans wounded by roadside bombs in Iraq will get new benefits under the plan.",
    "Prosecutors said the suspect built the device that exploded at the Atlanta Olympics.",
    "Marchers pelted the U.S. embassy with eggs and stones.",
    "Residents armed with machetes chased and killed a man they suspected of stealing a goat.",
    "Looters ransacked stores in the capital after the government collapsed.",
    "Vandals spray-painted swastikas on headstones at a Jewish cemetery.",
    "The city council voted to require permits for any rally of more than 50 people.",
    "The hospital still treats children injured by land mines left from the war.",
    "A woman who was walking her dog was attacked and robbed by two men in Riverside Park on Tuesday night.",
    "Two neighbors shot each other in a dispute over a fence, and both men died.",
    # ("Police used pepper spray and batons to break up a march by striking teachers in Mexico City." was one from
    # session 36 to 37: the parser's gerund "by [striking] [teachers]", read as the teachers' modifier since s37-march's
    # nlp.collective_participles)
    # ("The two senators fired back at each other on Twitter over the budget." was one: a retort with no armed side,
    # no weapon and no harm carries no category since session 30, s30-acled's `acled.RETORT_AT`)
}


def _rows():
    return probe_rows(("s29_acled_probes.tsv", "s29_acled_probes2.tsv", "s29_acled_probes3.tsv"), KNOWN_MISSES, 3)


@pytest.mark.parametrize("want, text", list(_rows()))
def test_probe(pipeline, want, text):
    assert acled_predicted(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a definite event noun inside a participant of a predicate that neither tells it happening nor its harm
    ("Tickets for the concert honoring victims of the bombing sold out within an hour.", "none"),
    ("A lawyer for the officer charged in the shooting filed a motion on Wednesday.", "none"),
    # a clause on a participant dated in a past year; a count is no year ("2000 cattle")
    ("The scholarship is named for a student who was stabbed to death in 1995.", "none"),
    ("Raiders who stole 2000 cattle shot dead three herders in the village on Monday.", "Attack"),
    # ... the same clause told as the news: its harm, its course, or a predicate of the victim's state
    ("The girl, who was stabbed in the neck, died at the hospital on Friday.", "Attack"),
    ("The bombing of the police station killed six officers.", "Remote explosive/landmine/IED"),
    ("The gun battle between the rebels and the army lasted three hours.", "Armed clash"),
    # a possessor makes the noun definite; a date after another adjunct of the clause still dates it; a copula is
    # no predicate of the event's harm (the main verb "is" here, a root that is an auxiliary)
    ("The rifle used in Saturday's shooting was bought at a gun show, police said.", "none"),
    ("The city settled with the family of a man shot in 2014 by a deputy.", "none"),
    ("The sister of a woman who was abducted in 1999 is now a state senator.", "none"),
    ("The man who was shot on Tuesday was a 20-year-old student, police said.", "Attack"),
    # the class is the nearest noun the clause hangs on, not a noun further up ("A fund for the families of")
    ("A fund for the families of those who were shot at the mall grew to $2 million.", "none"),
    # an event after "over" is the grievance of the act (how local news tells it), and a report, a record or the
    # blame of an event tells it; a strategic development is told by its announcement
    ("The family offered a reward over the shooting of their son.", "Attack"),
    ("Human rights monitors documented the killing of 12 villagers by soldiers.", "Attack"),
    ("Police blamed a local gang for the shooting of two teenagers.", "Attack"),
    ("The army announced the deployment of 300 troops to the border town.", "Change to group/activity"),
    # a definite event noun that is the sentence's subject is what the sentence is about
    ("The protest drew thousands of farmers to the capital on Monday.", "Peaceful protest"),
    # a date in a clause nested deeper is another act's ("who fled the war that ended in 1995")
    ("Villagers who rallied on Sunday against the dam that was built in 1990 demanded compensation.",
     "Peaceful protest"),
])
def test_named_in_an_argument(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


def test_named_event_keeps_its_plover_event(pipeline):
    """Only the ACLED category goes: the PLOVER event of the named act is still coded."""
    doc = pipeline.extract("The scholarship is named for a student who was stabbed to death in 1995.", name="t",
                           published="2016-05-10")
    stabbed = [e for e in doc.events if e.trigger is not None and e.trigger.text.startswith("stabbed")]
    assert stabbed and stabbed[0].type == "ASSAULT" and stabbed[0].acled is None


def test_named_needs_the_stage_parse():
    """Without the event's own (event, candidate) pair (a caller with no parse) nothing is read as only named."""
    from newsgraph.events.acled import _named_in_an_argument
    assert _named_in_an_argument(object(), []) is False
    assert _named_in_an_argument(object(), [(object(), None)]) is False


@pytest.mark.parametrize("text, want", [
    ("The two smugglers fired on one another after a quarrel over the money, police said.", "Armed clash"),
    ("Guards and inmates shot at each other for an hour during the uprising at the prison.", "Armed clash"),
    ("A gunman fired at two students outside the library.", "Attack"),  # one side fires
])
def test_reciprocal_fire(pipeline, text, want):
    assert acled_predicted(pipeline, text) == want


def test_reciprocal_pattern():
    from newsgraph.events.acled import RECIPROCAL
    assert RECIPROCAL.match(" at each other across the river")
    assert RECIPROCAL.match(" back at one another")
    assert RECIPROCAL.match(" each other")
    assert not RECIPROCAL.match(" at the other man")
    assert not RECIPROCAL.match(" at them, and each other")
