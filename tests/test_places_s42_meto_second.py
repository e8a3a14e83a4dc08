"""s42-meto, second probe set: written after the slot rules of tests/test_places_s42_meto.py and committed before
its first run, to tell whether they hold on new wordings. A place name as an office's or a state's dealing's
"of" complement, as "the city of X" in an agent's slot, as a relation noun's complement, and as the possessor of
an event held there; controls keep location slots literal."""

import pytest
from placeutil import mention_kinds


_kinds = mention_kinds


PROBES = [
    ("The king of Jordan telephoned the prime minister late on Friday.", {"Jordan": "metonym"}),
    ("An ally of Pakistan warned of reprisals after the strike.", {"Pakistan": "metonym"}),
    ("The economy of Argentina shrank for a third quarter.", {"Argentina": "metonym"}),
    ("The city of Marseille appealed the ruling on Thursday.", {"Marseille": "metonym"}),
    ("The ambassador of Kenya was summoned to the ministry.", {"Kenya": "metonym"}),
    ("Their hostility toward Beijing deepened after the vote.", {"Beijing": "metonym"}),
    ("Analysts saw the deal as a challenge to Washington.", {"Washington": "metonym"}),
    ("Turnout was low in Zambia's presidential election.", {"Zambia": "name"}),
    ("Tourists packed Venice's carnival despite the rain.", {"Venice": "name"}),
    # controls: a location's slot
    ("Snow covered the city of Krakow overnight.", {"Krakow": "name"}),
    ("He moved to the state of Oregon in 1990.", {"Oregon": "name"}),
    ("The outskirts of Lagos flooded after the storm.", {"Lagos": "name"}),
    ("A train to Vienna was delayed by two hours.", {"Vienna": "name"}),
    ("Fans crowded the streets of Madrid after the final.", {"Madrid": "name"}),
    ("The history of Poland fills most of his book.", {"Poland": "name"}),
]


@pytest.mark.parametrize("text, expected", PROBES)
def test_the_slot_rules_hold_on_new_wordings(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


# a relation noun's "from" complement is the side the act comes from (added with that rule, labelled before its
# first run); controls: where people or things come from
FROM_PROBES = [
    ("Criticism from Canada was muted this time.", {"Canada": "metonym"}),
    ("Pressure from Brazil forced a rethink of the tariff.", {"Brazil": "metonym"}),
    ("She faced stiff opposition from Poland over the budget.", {"Poland": "metonym"}),
    ("Refugees from Sudan crossed the border at night.", {"Sudan": "name"}),
    ("Shipments of steel from Korea rose in May.", {"Korea": "name"}),
    ("A senator from Nevada spoke first.", {"Nevada": "name"}),
    ("Flights from Cairo were cancelled on Monday.", {"Cairo": "name"}),
]


@pytest.mark.parametrize("text, expected", FROM_PROBES)
def test_a_relation_nouns_source_is_a_metonym(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


# written after the mutation run (labelled before their first run): the slot rules read only their own
# preposition, "the" before the kind noun, and a plural office noun by its lemma
SLOT_LIMITS = [
    ("The province beside Punjab banned the rally.", {"Punjab": "name"}),  # not "of": no kind noun's slot
    ("A province of Spain sued the government in Madrid.", {"Spain": "name"}),  # a part of Spain, not "the X of"
    ("The foreign ministers of Chile and Peru met on Friday.", {"Chile": "metonym"}),
    ("The threat in Mali has grown since the coup.", {"Mali": "name"}),  # "in": the place the threat is in
]


@pytest.mark.parametrize("text, expected", SLOT_LIMITS)
def test_the_slot_rules_read_only_their_own_slot(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected
