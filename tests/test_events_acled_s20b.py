"""ACLED sub-event types, session 20 round 2 (s20b-acled): general misses left by s20-acled, on sentences
written for this session (none is in a gold file), labelled from the ACLED codebook before they were run."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a vehicle's accident is no one's violence (ACLED codes none), even when the actors stage makes the
    # vehicle the killing's source ...
    ("A minibus overturned, killing nine.", "none"),
    # ... or when the accident is told after the casualties
    ("Twelve people were killed when their boat capsized off the coast.", "none"),
    ("Six miners were killed after a tunnel collapsed.", "none"),
    # an armed side or a weapon named: the violence stays
    ("Nine people were killed when gunmen attacked their minibus.", "Attack"),
    ("Nine people were killed when a bomb exploded on their minibus.", "Remote explosive/landmine/IED"),
    ("Two police officers were killed when militants attacked their patrol car, which overturned.", "Armed clash"),
    ("A bus was attacked by gunmen on the highway, killing nine.", "Attack"),
])
def test_vehicle_accidents(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # a passive's "on" phrase naming no actor tells where or with what ("shot on location", "on a phone"):
    # the passive subject is what was shot, and a film or a video is no one hit
    ("The documentary was shot on location in Kenya last year.", "none"),
    ("The video was shot on a mobile phone.", "none"),
    # ... people shot somewhere stay shot; a stranded "on", or one naming people, keeps its target
    ("A man was shot on the street in the capital.", "Attack"),
    ("A farmer was shot on his land by unknown gunmen.", "Attack"),
    ("The convoy was fired on by militants near the border.", "Armed clash"),
    ("Shots were fired on the protesters outside parliament.", "Excessive force against protesters"),
    ("Troops shot protesters on the bridge.", "Excessive force against protesters"),
])
def test_passive_shot_on_a_place_or_device(snippet, text, want):
    assert snippet(text) == want


@pytest.mark.parametrize("text,want", [
    # people captured by anyone but the police are abducted (ACLED: piracy taking a crew is an abduction),
    # though a crew, sailors or passengers are no actor the abduct sense's entity_object could name
    ("Pirates captured the crew of a cargo ship.", "Abduction/forced disappearance"),
    ("Gunmen captured six sailors off the coast.", "Abduction/forced disappearance"),
    ("Bandits captured 20 passengers on the highway.", "Abduction/forced disappearance"),
    # ... the police's capture stays an arrest, a town captured stays territory, a figurative capture nothing
    ("Police captured a man wanted for murder.", "Arrests"),
    ("Rebels captured the town after heavy fighting.", "Non-state actor overtakes territory"),
    ("The photographer captured the crowd's anger.", "none"),
])
def test_people_captured(snippet, text, want):
    assert snippet(text) == want
