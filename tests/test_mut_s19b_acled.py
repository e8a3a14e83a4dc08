"""Session 19 (s19b-mut): tests that kill surviving mutants of this session's changed lines in
events/acled.py (docs/testing.md, "Session 19, s19b-mut"). Hand-made events on our own sentences
(test_events_acled_notes.py's `Doc` and `ev`), so each rule is reached with exactly the trigger and
sides it reads."""

import pytest

from test_events_acled_notes import Doc, ev, sub


# --- not_physical: a market rally, its trigger a phrase ending in "rally" (not_physical 67) ---

def test_a_market_rally_told_by_a_trigger_phrase_is_no_protest():
    s = "Asian shares staged a rally in early trading."
    assert not sub(ev("PROTEST", None, "staged a rally", s))
    # ... people staging one still protest
    s = "Farmers staged a rally in the capital."
    assert sub(ev("PROTEST", None, "staged a rally", s)) == "Peaceful protest"


# --- _policing_takeover: the police or judicial body known by its actor code alone (2, 8-10) ---

@pytest.mark.parametrize("sector", ["COP", "JUD"])
def test_a_building_taken_by_a_body_coded_police_or_judicial_is_no_territory(sector):
    # "The Metro Unit": no law-enforcement word in its name nor before the trigger; its code says COP / JUD
    text = "The Metro Unit seized the party headquarters."
    doc = Doc(a=("The Metro Unit", "ORG", sector, "KEN"))
    assert sub(ev("COERCE", "seize", "seized", text, source=["a"], cameo="192"), doc) == "Looting/property destruction"
    # ... the same body coded as the army takes ground
    doc = Doc(a=("The Metro Unit", "ORG", "MIL", "KEN"))
    assert sub(ev("COERCE", "seize", "seized", text, source=["a"], cameo="192"), doc) != "Looting/property destruction"


def test_a_building_taken_by_police_named_only_before_the_trigger_is_no_territory():
    # no actor resolved: the words before the trigger say police (_policing_takeover 12)
    text = "Riot police seized the party headquarters."
    assert sub(ev("COERCE", "seize", "seized", text, cameo="192")) == "Looting/property destruction"


@pytest.mark.parametrize("sector", ["MIL", "REB", "UAF", "INS", "SEP"])
def test_a_building_taken_by_police_beside_a_force_coded_as_armed_stays_territory(sector):
    # "Task Force Delta" is armed by its code alone (_policing_takeover 15, 16, 22-32)
    text = "Police and Task Force Delta seized the party headquarters."
    doc = Doc(a=("Police", "ORG", "COP", "KEN"), b=("Task Force Delta", "ORG", sector, "KEN"))
    assert sub(ev("COERCE", "seize", "seized", text, source=["a", "b"], cameo="192"), doc) != \
        "Looting/property destruction"


def test_a_building_taken_by_police_and_soldiers_named_only_before_the_trigger_stays_territory():
    # the soldiers are no actor of the event: the words before the trigger name them
    text = "Police and soldiers seized the party headquarters."
    doc = Doc(a=("Police", "ORG", "COP", "KEN"))
    assert sub(ev("COERCE", "seize", "seized", text, source=["a"], cameo="192"), doc) != "Looting/property destruction"
