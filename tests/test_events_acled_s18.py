"""ACLED sub-event types, session 18 (s18-acled): decision rules of the codebook's definitions (which sides,
which report), found by coding news-style sentences written for these tests (none is in a gold file)."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a shootout, gunfight or firefight is by its name both sides firing: a clash, whoever died in it
    ("An officer was wounded in a shootout with a robbery suspect who was later killed.", "Armed clash"),
    ("A deputy was injured in a gunfight with a carjacking suspect, who died at the scene.", "Armed clash"),
])
def test_shootout_is_both_sides_firing(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # one armed side named, its object people who are no force: ACLED's attack, not a battle of forces alone
    ("A gunman killed two customers at a gas station on Friday night.", "Attack"),
    ("Gunmen shot three shepherds near the village on Sunday.", "Attack"),
    # ... forces as the object stay a clash
    ("Gunmen killed three soldiers near the village on Sunday.", "Armed clash"),
])
def test_lone_armed_side_against_people(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a toll run over years tells no event of its own day and place
    ("Aid groups say thousands of people have been killed in the conflict since 1992.", "none"),
    ("More than 40 journalists have been killed in the country over the past five years.", "none"),
    ("About 300 people have died in the fighting since the start of the insurgency.", "none"),
    # ... a toll of the report's own days is the report
    ("Twelve people were killed in clashes between troops and rebels on Monday.", "Armed clash"),
])
def test_toll_over_years_is_no_event(snippet, text, want):
    assert snippet(text) == want
