"""Session 18 (s18b-mut): tests that kill mutants of s18-acled's rules in events/acled.py (docs/testing.md,
"Session 18, s18b-mut"). Sentences are our own."""

import pytest

from newsgraph.events.acled import acled_for
from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.fixture(scope="module")
def by_trigger(pipeline):
    """Each event's ACLED sub-event type, by its trigger's text ("none" when ACLED codes it not)."""
    def run(text):
        doc = pipeline.extract(text, name="t", published="2024-03-05")
        return {e.trigger.text: (acled_for(e, doc) or {}).get("sub_event_type", "none") for e in doc.events}
    return run


# --- a rule's clause ends where the sentence's next event begins (`others`) ---

def test_a_weapon_in_the_next_events_clause_makes_no_armed_strike(by_trigger):  # _category 134
    found = by_trigger("Dock workers struck on Monday and rebels fired rockets at the port.")
    assert found["struck"] == "Peaceful protest"


def test_an_armed_strike_reads_no_weapon_of_the_next_event(by_trigger):  # _category 144
    found = by_trigger("Rebels struck an army base and troops fired mortars at the town.")
    assert found["struck"] == "Armed clash"


def test_harm_in_the_next_events_clause_leaves_a_robbery_looting(by_trigger):  # _assault 292
    found = by_trigger("Gunmen robbed traders on the road and police shot a suspect.")
    assert found["robbed"] == "Looting/property destruction"


# --- releases: an exchange, whatever its case; a release alone is none ---

@pytest.mark.parametrize("text,want", [
    ("Army And Rebels Swap 40 Prisoners In Goma", "Agreement"),  # _category 237 (a capitals headline)
    ("The army released 20 fighters on Monday.", "none"),  # _category 227 (no exchange)
])
def test_a_release_is_an_agreement_only_as_an_exchange(snippet, text, want):
    assert snippet(text) == want


def test_a_deal_needs_one_armed_party_not_two(snippet):  # _category 265
    assert snippet("Rebels signed a deal with the mining company.") == "Agreement"


# --- the trigger's object names forces by any of its words ---

@pytest.mark.parametrize("text", [
    "Unidentified attackers killed two army cooks near the border.",  # _object_not_forces 18, 21 (army: state)
    "Unidentified attackers killed two rebel cooks near the border.",  # _object_not_forces 18, 24 (rebel)
])
def test_an_object_named_as_a_forces_member_is_forces(snippet, text):
    assert snippet(text) == "Armed clash"


# the defect s18b-mut's _law_enforcement_seizure mutants 1, 7, 8, 10 showed, fixed by the lead: a raid that
# harmed no one and took contraband is policing (only a raid that hurt people is read by its harm)
@pytest.mark.parametrize("text", [
    "Police raided a drug lab in the capital.",
    "Raids by police seized 50 kilograms of cocaine at the port.",
])
def test_a_police_raid_on_contraband_is_policing(snippet, text):
    assert snippet(text) == "none"


@pytest.mark.parametrize("text,want", [
    # the seized goods read past a clause break right after the trigger (_law_enforcement_seizure 55, 68-71)
    ("Police seized, at the port, 50 kilograms of cocaine.", "none"),
    # a militia beside the police: its side loots (_law_enforcement_seizure 32)
    ("Police and militiamen seized money from the bank.", "Looting/property destruction"),
])
def test_policing_seizure_reads_its_goods_and_its_sides(snippet, text, want):
    assert snippet(text) == want


def test_an_armed_strike_reads_no_weapon_of_the_next_event_s_clause(by_trigger):  # _category 144
    found = by_trigger("Rebels struck the town for a second day and troops fired mortars at the hills.")
    assert found["struck"] == "Armed clash"
