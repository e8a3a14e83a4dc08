"""Session 31 (s31-mut4): kills of the surviving mutants of s31-acled's new readings in events/acled.py (the
figurative hijacking in `not_physical`, `_in_an_accident`, the changed lines of `_natural_doer`, LAW_ABOUT in
`_content_of_a_law`; docs/testing.md, "Session 31, s31-mut4"). Hand-built events of our own sentences (the evidence
sentence and the trigger's offsets), so each test sets exactly what the mutant changes: the event's type, a missing
trigger, a source, the words around the trigger."""

import pytest
from eventsutil import event

from newsgraph.events.acled import _content_of_a_law, _in_an_accident, _natural_doer, not_physical


# ---------------------------------------------------------------- not_physical: the figurative hijacking

@pytest.mark.parametrize("text, trigger, type, want", [
    # a meeting or a debate "hijacked": no craft named, a figure of speech
    ("The rally was hijacked by a small group of hardliners.", "hijacked", "ASSAULT", True),
    ("Critics say lobbyists hijacked the reform debate.", "hijacked", "ASSAULT", True),
    # a craft named: a real seizure
    ("Pirates hijacked a fishing trawler off the coast.", "hijacked", "ASSAULT", False),
    ("Armed men hijacked a minibus carrying teachers.", "hijacked", "ASSAULT", False),
    # the rule is for violence's events only: another type's "hijacked" is left to the rest of not_physical
    ("Critics say lobbyists hijacked the reform debate.", "hijacked", "COERCE", False),
])
def test_figurative_hijacking(text, trigger, type, want):
    assert not_physical(event(text, trigger, type=type)) is want


# ---------------------------------------------------------------- _in_an_accident

@pytest.mark.parametrize("text, trigger, want", [
    ("Four climbers died in an avalanche near the summit.", "died", True),    # "died": no passive needed
    ("Two hikers were killed in a rockslide on Sunday.", "killed", True),    # a passive casualty's verb
    ("Six workers were injured in a warehouse fire.", "injured", True),
    ("Gunmen killed two farmers near the village.", "killed", False),       # an active killing, no accident
    ("Two soldiers were killed by gunmen near the border.", "killed", False),  # a casualty, but no accident named
    ("Two boys were killed in a landmine accident.", "killed", False),      # the accident is a weapon's blast
])
def test_in_an_accident(text, trigger, want):
    assert _in_an_accident(event(text, trigger)) is want


# ---------------------------------------------------------------- _natural_doer's changed lines

def test_natural_doer_needs_a_trigger():
    # an assault with its sentence but no trigger: nothing to read the casualty's verb from
    assert _natural_doer(event("Four climbers died in an avalanche near the summit.", None)) is False


def test_natural_doer_only_of_an_assault():
    # the accident's words with another type's event: left alone
    assert _natural_doer(event("Four climbers died in an avalanche near the summit.", "died", type="COERCE")) is False
    assert _natural_doer(event("Four climbers died in an avalanche near the summit.", "died")) is True


@pytest.mark.parametrize("text, trigger, want", [
    # the casualties named (as the source, by the actors stage) with an accidental blast where they died
    ("Three workers died in a gas explosion at the plant.", "explosion", True),
    # ... but the casualty's words before an event noun that is no accident: the source's own act
    ("Two soldiers died in an ambush near the border.", "ambush", False),
    # a source with no casualty's words before the trigger: the source's act
    ("Gunmen killed two farmers near the village.", "killed", False),
])
def test_natural_doer_with_a_source(text, trigger, want):
    assert _natural_doer(event(text, trigger, source=["n1"])) is want


@pytest.mark.parametrize("text, trigger, want", [
    ("A gas explosion at a bakery killed two people.", "killed", True),
    # an accidental blast's words with an armed side named (STATE_WORDS alone): someone's act
    ("A gas explosion at a police station killed two people.", "killed", False),
    # ... with a bomb named (BOMB_NAMED alone, no armed side)
    ("A gas explosion set off by a bomb killed two people.", "killed", False),
])
def test_natural_doer_accidental_blast(text, trigger, want):
    assert _natural_doer(event(text, trigger)) is want


# ---------------------------------------------------------------- _content_of_a_law

def _law(text, trigger):
    return _content_of_a_law(event(text, trigger), text[:text.index(trigger)])


def test_content_of_a_law_without_a_trigger():
    law = event("Parliament passed a law against looting.", None)
    assert _content_of_a_law(law, "Parliament passed a law against ") is False


@pytest.mark.parametrize("text, trigger, want", [
    ("Parliament passed a law banning protests.", "banning", True),           # an -ing trigger right after a law noun
    ("Parliament passed a law against looting.", "looting", True),            # LAW_ABOUT: a law against a crime
    ("Lawmakers backed tougher penalties for rape.", "rape", True),           # ... a penalty for one
    ("Police said the shooting began at noon.", "shooting", False),           # an -ing trigger with no law noun
    ("Police said the attack began at noon.", "attack", False),
])
def test_content_of_a_law(text, trigger, want):
    assert _law(text, trigger) is want


@pytest.mark.parametrize("text, trigger, want", [
    ("A fire at the market killed two traders.", "killed", True),             # a fire as the doer
    # a fire someone set ("set" before the fire's noun phrase, NOT_NATURAL): an arson, someone's act
    ("Two men set a fire that killed a family of four.", "killed", False),
])
def test_natural_doer_fire_set_by_someone(text, trigger, want):
    assert _natural_doer(event(text, trigger)) is want


# ---------------------------------------------------------------- the module-level additions mutmut does not mutate
# (hand mutants H1-H12 of docs/testing.md, "Session 31, s31-mut4"; each of these kills one)

@pytest.mark.parametrize("text, trigger", [
    # H7: a word before the accident's noun is never "of" or "by": here the fire is a building's name, and the
    # deaths are the storming's or the clashes'
    ("Two guards were killed in the storming of the fire station.", "killed"),
    ("Two men were killed in clashes by the fire station.", "killed"),
    # H8: the doer named between the casualty's verb and "in/during" ("by militiamen"): their act, whatever the weather
    ("Two villagers were killed by militiamen during a flood.", "killed"),
])
def test_no_accident_when_the_words_before_it_name_another_act(text, trigger):
    assert _in_an_accident(event(text, trigger)) is False


def test_a_penalty_for_a_crime_that_happened_is_no_law_about_it():
    # H10: "the death penalty for the killing of two guards": "the" makes it this killing, not the kind of crime
    assert _law("Prosecutors will seek the death penalty for the killing of two guards.", "killing") is False
    assert _law("Lawmakers want the death penalty for killing a guard.", "killing") is True


def test_taser_in_the_present_is_read(pipeline):
    # H2: spaCy's lemma of "tasered" is "tasere", but "will taser" keeps "taser": the lexicon's own entry codes it
    doc = pipeline.extract("Police will taser protesters who refuse to leave.", name="t", published="2016-05-10")
    assert any(e.trigger is not None and "taser" in e.trigger.text for e in doc.events)
