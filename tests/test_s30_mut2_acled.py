"""Session 30 (s30-mut2): kills of the surviving mutants of s30-acled's new helpers in events/acled.py (`_suffered`,
`_thing_as_doer`, `_court_step`, `_counted`; docs/testing.md, "Session 30, s30-mut2"). Hand-built events of our own
sentences (the evidence sentence and the trigger's offsets), so each test sets exactly what the mutant changes: the
event's type or mode, a missing trigger or sentence, the words of the doer's phrase."""

import pytest
from eventsutil import acled_predicted, event

from newsgraph.events.acled import _counted, _court_step, _suffered, _thing_as_doer, not_physical


def _before(text, trigger):
    return text[:text.index(trigger)]


@pytest.mark.parametrize("text, trigger, want", [
    ("A cyclist died when a van hit her.", "died", True),        # the casualty's own verb, no passive needed
    ("A cyclist was killed when a van hit her.", "killed", True),  # ... a passive one
    # not a casualty's verb, though passive: the crowd's beating of the driver, told before the accident
    ("The driver was beaten after his car hit a child.", "beaten", False),
])
def test_suffered(text, trigger, want):
    assert _suffered(event(text, trigger), _before(text, trigger)) is want


def test_suffered_without_a_word():
    ev = event("Hello", "")
    assert _suffered(ev, "") is False


@pytest.mark.parametrize("text, trigger, want", [
    ("A boy was struck by a truck.", "struck", True),
    ("A dog attacked a postman.", "attacked", True),
    ("A boy was struck by a police car.", "struck", False),   # an armed side's vehicle (STATE_WORDS alone)
    ("A boy was struck by a rebel truck.", "struck", False),  # ... a rebel's (REBEL_WORDS alone)
    ("A boy was struck by a farmer's truck.", "struck", False),  # a person named with it (PEOPLE alone)
])
def test_thing_as_doer(text, trigger, want):
    assert _thing_as_doer(event(text, trigger)) is want


def test_thing_as_doer_only_of_an_assault_with_a_trigger():
    ev = event("A dog attacked a postman.", "attacked", type="COERCE")
    assert _thing_as_doer(ev) is False
    no_trigger = event("A dog attacked a postman.", None)
    assert _thing_as_doer(no_trigger) is False


@pytest.mark.parametrize("type, mode, want", [
    ("COERCE", "arrest", True),
    ("COERCE", None, False),      # a coercion that is no arrest
    ("ASSAULT", "arrest", False),  # the mode of another type
])
def test_court_step_only_of_an_arrest(type, mode, want):
    assert _court_step(event("The man was sentenced on Monday.", "sentenced", type=type, mode=mode)) is want


def test_court_step_jailing_needs_its_term_and_its_sentence():
    text = "The man was jailed for six years."
    assert _court_step(event(text, "jailed", type="COERCE", mode="arrest")) is True
    assert _court_step(event(None, "jailed", at=text.index("jailed"), type="COERCE", mode="arrest")) is False


def test_counted_only_a_plural_act_noun():
    text = "Police arrested students as prices rose."
    assert _counted(event(text, "arrested", type="COERCE", mode="arrest"), _before(text, "arrested")) is False
    text = "Shootings in the county rose."
    assert _counted(event(text, "Shootings"), "") is True
    unsaid = event(None, "Shootings", at=text.index("Shootings"))
    assert _counted(unsaid, "") is False  # no sentence: nothing said of the count


# not_physical's retort line (session 30): a fire word as the trigger's last word, "back at" after it, and no death,
# weapon, wound or armed side in the sentence


@pytest.mark.parametrize("text, trigger, want", [
    ("The senator took a shot back at his rival on Sunday.", "took a shot", True),   # the last word is the fire word
    ("The shopkeeper fired back at the robbers with his pistol.", "fired", False),  # a weapon (ARMED_RETORT alone)
    ("The shopkeeper fired back at the robbers, killing one.", "fired", False),    # a death (LETHAL alone)
    ("Soldiers fired back at the hillside.", "fired", False),                      # an armed side (STATE_WORDS alone)
    ("The insurgents fired back at the village.", "fired", False),                 # ... (REBEL_WORDS alone)
])
def test_retort(text, trigger, want):
    assert not_physical(event(text, trigger)) is want


def test_retort_without_a_word():
    text = "The coach fired back at critics."
    ev = event(text, "", at=10)
    assert not_physical(ev) is False


def test_a_mob_met_with_force_at_a_demonstration_is_a_violent_demonstration(pipeline):
    # a demonstration named (DEMONSTRATION alone: no rioters or looters) makes the mob's riot one against the forces,
    # though the sentence names the mob's own beating of someone
    assert acled_predicted(pipeline, "Police fired tear gas at a mob that had beaten a man during a demonstration.") \
        == "Violent demonstration"
