"""Session 36 (s36-acledcat): the ACLED mapping's two general rules, as units and through the pipeline.

People seized named before the verb, as the head of an object relative clause ("the schoolgirls they had seized"),
are what was seized: an abduction, or sexual violence when the sentence tells it (ACLED codes that first, as the
assault rows do). Ground taken "under fire" or by storming or assault is no non-violent transfer of territory."""

import types

import pytest

from newsgraph.events import acled as A
from test_events_acled_classes import snippet  # noqa: F401


@pytest.mark.parametrize("before,want", [
    ("Gunmen sexually abused several schoolgirls they had ", True),
    ("Police found the farmers whom the gang had ", True),
    ("The army freed the hostages that the kidnappers have ", True),
    ("the women he ", True),
    ("the passengers the bandits ", True),
    ("Rebels looted the warehouse they had ", False),      # a building, no person
    ("the villagers ", False),                             # no relative clause's subject between
    ("the men they had killed and ", False),              # the relative clause is another verb's
])
def test_people_held_before(before, want):
    trig = "seized"
    text = before + ("" if before.endswith(" ") else " ") + trig
    start = text.rindex(trig)
    ev = types.SimpleNamespace(evidence=types.SimpleNamespace(text=text, start=0, end=len(text)),
                               trigger=types.SimpleNamespace(text=trig, start=start, end=start + len(trig)))
    assert A._people_held_before(ev) is want


@pytest.mark.parametrize("sentence,want", [
    ("Bandits seized two women on a farm and raped them.", "Sexual violence"),
    ("Militiamen seized girls at a market and sexually assaulted them.", "Sexual violence"),
    ("Gunmen seized three engineers at a quarry.", "Abduction/forced disappearance"),
    # what the victims are accused of, or a crime's agents, is not this event's act
    ("Soldiers seized two men accused of rape.", "Abduction/forced disappearance"),
    ("Villagers seized a suspected rapist near the well.", "Abduction/forced disappearance"),
])
def test_people_seized(sentence, want):
    assert A._people_seized(sentence) == (A.CIVILIANS, want)


@pytest.mark.parametrize("sentence", ["seized the town after the army pulled out under fire",
                                      "stormed the base, which its guards abandoned",
                                      "took the post after an attack; the troops fled",
                                      "overran the garrison and the soldiers fled"])
def test_fought_for(sentence):
    assert A.FOUGHT_FOR.search(sentence)


def test_fought_for_not_a_handover():
    assert not A.FOUGHT_FOR.search("took over the camp vacated by the peacekeepers without a fight")


@pytest.mark.parametrize("text,want", [
    ("Gunmen sexually abused several schoolgirls they had seized in Zamfara.", "Sexual violence"),
    ("Police found the farmers whom the gang had seized last week.", "Abduction/forced disappearance"),
    ("JNIM militants seized the town of Boni after the army pulled out under fire.",
     "Non-state actor overtakes territory"),
    # unchanged: an unopposed entry with no fight named stays a non-violent transfer
    ("Rebels entered the town unopposed after government troops withdrew.", "Non-violent transfer of territory"),
    ("Rebels looted the warehouse they had seized in Goma.", "Looting/property destruction"),
])
def test_pipeline(snippet, text, want):
    assert snippet(text) == want
