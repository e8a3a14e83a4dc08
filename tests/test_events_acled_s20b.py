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

