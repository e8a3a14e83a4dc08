"""ACLED sub-event types, session 20 (s20-acled): general gaps found by coding short news-style sentences
written for this session (/tmp only; none is in a gold file), labelled from the ACLED codebook first."""

import pytest

from test_events_acled_classes import snippet  # noqa: F401  (the fixture: one sub-event type per snippet)


@pytest.mark.parametrize("text,want", [
    # a petrol bomb or Molotov cocktail is a thrown incendiary: ACLED keeps it with the riot (or attack) it is
    # part of, not with explosive devices
    ("Demonstrators clashed with police, throwing stones and petrol bombs.", "Violent demonstration"),
    ("Rioters hurled petrol bombs and rocks at officers after the match.", "Violent demonstration"),
    # ... a bomb that explodes stays one, whatever stands near it
    ("A bomb exploded near the petrol station, wounding two.", "Remote explosive/landmine/IED"),
])
def test_petrol_bombs_are_no_explosive_devices(snippet, text, want):
    assert snippet(text) == want
