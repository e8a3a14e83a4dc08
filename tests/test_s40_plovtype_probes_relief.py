"""Session 40 (s40-plovtype): third probe set, forces sent for disaster relief. The PLOVER manual, MOBILIZE
"Potential ambiguities": "Mobilizing police or military forces for disaster relief should be coded as AID";
AID covers "Humanitarian aid such as emergency assistance". A deployment for any other purpose stays MOBILIZE
("All military or police moves that fall short of the actual use of force"). Own sentences, labelled by the
manual and committed before their first run."""

import pytest

from eventsutil import top_type, type_probe_params

PROBES = [
    ("India sent 2,000 soldiers to help flood victims in Assam.", "AID", "relief"),
    ("The Philippine army deployed troops to distribute food after the typhoon struck Leyte.", "AID", "relief"),
    ("Turkey mobilised its armed forces for earthquake relief in the south-east.", "AID", "relief"),
    ("Nepal's government dispatched army helicopters to rescue villagers stranded by landslides.", "AID", "relief"),
    ("Police were deployed to help evacuate residents as the river burst its banks in Dhaka.", "AID", "relief"),
    ("Mozambique deployed soldiers to search for survivors of the cyclone in Beira.", "AID", "relief"),
    ("Greece sent army units to fight the wildfires on Evia.", "AID", "relief"),
    ("Pakistan deployed troops along the Afghan border.", "MOBILIZE", "no relief"),
    ("Sri Lanka deployed troops in Colombo to guard government buildings.", "MOBILIZE", "no relief"),
    ("The Thai army deployed tanks in Bangkok ahead of the election.", "MOBILIZE", "no relief"),
    ("Brazil deployed the national guard to the Amazon to stop illegal miners.", "MOBILIZE", "no relief"),
    ("Armenia sent reinforcements to the border after the clashes with Azerbaijan.", "MOBILIZE", "no relief"),
]

# Missed on our final tree (docs/accuracy.md, Session 40, s40-plovtype): no disaster noun in the purpose: the flood is told by a clause of time ('as the river burst its banks'). A strict expected failure.
KNOWN_MISSES = frozenset({'Police were deployed to help evacuate residents as the river burst its banks in Dhaka.'})


@pytest.mark.parametrize("text, type_, group", type_probe_params(PROBES, KNOWN_MISSES))
def test_probe_type(pipeline, text, type_, group):
    assert top_type(pipeline, text) == type_
