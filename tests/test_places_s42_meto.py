"""s42-meto: a place name in a slot whose role needs an agent is a metonym, wherever the slot is (GeoWebNews:
a place standing for its government or people), and a place in a slot that needs a location is literal.
The slots read here: the complement of an office or a state body ("the president of Turkey", as "Turkey's
president"), the name of "the state of X" taking that noun's own slot ("the state of Gujarat sued" acts,
"flooded the state of Kerala" is a place), the complement of a relation noun ("support for Ukraine",
"loyalty to Moscow"), and a possessive of an event held in the place ("before Peru's runoff election": the
place it is held in, as gold/places_polnear_fine.md labels "Kentucky's primary"). Own international news
sentences, labelled before their first run; the controls keep a location's slot literal."""

import pytest
from placeutil import mention_kinds


_kinds = mention_kinds


PROBES = [
    # an office's or a state body's complement: the state that holds it
    ("The president of Turkey met reporters on Monday.", {"Turkey": "metonym"}),
    ("A spokesman for the government of Peru denied the report.", {"Peru": "metonym"}),
    ("The foreign minister of Egypt flew to Rome for the summit.", {"Egypt": "metonym", "Rome": "name"}),
    # "the state of X": X fills the slot the kind noun fills
    ("The state of Gujarat sued the mining company last week.", {"Gujarat": "metonym"}),
    ("Heavy rain flooded the state of Kerala again this month.", {"Kerala": "name"}),
    ("Officials in the province of Sindh counted the dead.", {"Sindh": "name"}),
    # a relation noun's complement: the other side of the relation
    ("Support for Ukraine has grown among voters this year.", {"Ukraine": "metonym"}),
    ("The minister called the missile tests a threat to Japan.", {"Japan": "metonym"}),
    ("Their loyalty to Moscow was never in doubt.", {"Moscow": "metonym"}),
    ("Talks with Tehran stalled over the weekend.", {"Tehran": "metonym"}),
    # a possessive of an event held in the place: the place
    ("Voters queued from dawn before Peru's runoff election.", {"Peru": "name"}),
    ("Ahead of Chile's referendum, the peso fell sharply.", {"Chile": "name"}),
    # controls: a place's part, a way to a place, an agent's subject and possessive
    ("The capital of Chile was quiet on Sunday.", {"Chile": "name"}),
    ("Thousands fled the north of Nigeria after the raids.", {"Nigeria": "name"}),
    ("A new road to Kabul opened in March.", {"Kabul": "name"}),
    ("Pyongyang fired two more missiles on Tuesday.", {"Pyongyang": "metonym"}),
    ("Ankara's offensive in Syria drew sharp criticism.", {"Ankara": "metonym", "Syria": "name"}),
]


@pytest.mark.parametrize("text, expected", PROBES)
def test_the_slot_decides_whether_a_place_is_a_metonym(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected
