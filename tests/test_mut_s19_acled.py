"""Session 19 (s19-mut): tests that kill s18b-mut's open survivors of events/acled.py (docs/testing.md,
"Session 19, s19-mut"): a side known by its actor code alone, and an object phrase whose first word
after the number is no head. Hand-made events on our own sentences (test_events_acled_notes.py's
`Doc` and `ev`), so each rule is reached with exactly the sides it reads."""

import pytest

from test_events_acled_notes import Doc, ev, sub


# --- _object_not_forces: an event naming no side is read by its object phrase ---

@pytest.mark.parametrize("text", [
    # "soldiers from" / "militiamen from": the head is read before its "from" phrase, so the regex's
    # group 1 lands on "from"; the force word is still in the phrase (_object_not_forces 21, 24)
    "Unidentified assailants killed two soldiers from the hills near the border.",
    "Unidentified assailants killed two militiamen from the hills near the border.",
])
def test_an_object_phrase_naming_forces_anywhere_is_forces(text):
    assert sub(ev("ASSAULT", None, "killed", text)) == "Armed clash"


# --- _law_enforcement_seizure: the sides by their actor codes, no word of the sentence naming them ---

SEIZED = "The Metro Unit seized 50 kilograms of cocaine at the port."


@pytest.mark.parametrize("sector", ["COP", "JUD"])
def test_a_seizure_by_a_police_or_judicial_body_known_by_its_code_is_policing(sector):
    # "The Metro Unit": no law-enforcement word; its code says COP / JUD (_law_enforcement_seizure 25-28)
    doc = Doc(a=("The Metro Unit", "ORG", sector, "KEN"))
    assert sub(ev("COERCE", "seize", "seized", SEIZED, source=["a"], cameo="173"), doc) is None


@pytest.mark.parametrize("sector", ["MIL", "REB", "UAF", "INS"])
def test_a_seizure_with_an_armed_side_known_by_its_code_is_no_policing(sector):
    # police beside a force named by code alone ("Task Force Delta"): the army guard holds
    # (_law_enforcement_seizure 33, 39-46)
    text = "Police and Task Force Delta seized 50 kilograms of cocaine at the port."
    doc = Doc(a=("Police", "ORG", "COP", "KEN"), b=("Task Force Delta", "ORG", sector, "KEN"))
    assert sub(ev("COERCE", "seize", "seized", text, source=["a", "b"], cameo="173"), doc) == "Looting/property destruction"


def test_a_seizure_with_soldiers_named_only_before_the_trigger_is_no_policing():
    # the soldiers are no actor of the event: the words before the trigger name them (_law_enforcement_seizure 47)
    text = "Police and soldiers seized 50 kilograms of cocaine at the port."
    doc = Doc(a=("Police", "ORG", "COP", "KEN"))
    assert sub(ev("COERCE", "seize", "seized", text, source=["a"], cameo="173"), doc) == "Looting/property destruction"
