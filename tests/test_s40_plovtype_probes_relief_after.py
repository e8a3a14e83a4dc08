"""Session 40 (s40-plovtype): fourth probe set, written after the relief rule (coder.relief_purpose) and
committed before its first run: forces sent for disaster relief (PLOVER AID) and deployments for anything else
(MOBILIZE), own sentences with other verbs, disasters and purposes than the third set."""

import pytest

from eventsutil import top_type, type_probe_params

PROBES = [
    ("Japan dispatched its Self-Defense Forces to assist survivors of the tsunami in Miyagi.", "AID", "relief"),
    ("Morocco deployed army engineers to clear roads after the earthquake in the Atlas mountains.", "AID", "relief"),
    ("Bangladesh sent navy ships to rescue fishermen caught in the cyclone.", "AID", "relief"),
    ("Australia deployed 3,000 reservists to fight bushfires in New South Wales.", "AID", "relief"),
    ("Peru mobilised soldiers for flood relief in Piura.", "AID", "relief"),
    ("Indonesia sent troops to help victims of the volcanic eruption on Java.", "AID", "relief"),
    ("Italy deployed the army to help hospitals cope with the pandemic in Lombardy.", "AID", "relief"),
    ("Kenya deployed troops to the Somali border to stop militant incursions.", "MOBILIZE", "no relief"),
    ("Serbia sent armoured units to the boundary with Kosovo.", "MOBILIZE", "no relief"),
    ("Mali deployed soldiers to protect the gold mines in the south.", "MOBILIZE", "no relief"),
    ("Iraq deployed extra police in Baghdad for the religious festival.", "MOBILIZE", "no relief"),
    ("Ethiopia sent troops to the Sudanese border following the killing of three farmers.", "MOBILIZE", "no relief"),
]

# Missed on our final tree (docs/accuracy.md, Session 40, s40-plovtype): no event at all: 'dispatched' with a named force as its object has no sense here. A strict expected failure.
KNOWN_MISSES = frozenset({'Japan dispatched its Self-Defense Forces to assist survivors of the tsunami in Miyagi.'})


@pytest.mark.parametrize("text, type_, group", type_probe_params(PROBES, KNOWN_MISSES))
def test_probe_type(pipeline, text, type_, group):
    assert top_type(pipeline, text) == type_
