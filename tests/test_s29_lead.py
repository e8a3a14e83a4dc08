"""Session 29, lead's review: a person whose surname is a NO_ONE word (s29-nearmiss) is still someone."""
import pytest

from newsgraph import extract


@pytest.mark.parametrize("text, kind", [
    ("Mr Price met the Kenyan president in Nairobi.", "CONSULT"),
    ("Sarah Bond visited Kenya.", "CONSULT"),
    ("Ahmed Stock threatened Ethiopia with war.", "THREATEN"),
    ("Militia commander Abdul Price attacked the convoy near Kano.", "ASSAULT"),
])
def test_a_surname_is_someone(text, kind):
    assert kind in {e.type for e in extract(text).events}


@pytest.mark.parametrize("text", ["Storms battered the coast on Monday.",
                                  "Wildfires threatened villages near Athens on Monday."])
def test_a_natural_force_is_no_one(text):
    assert not extract(text).events
