"""Session 29 (s29-metonymy) mention kinds, on sentences of our own (not the probe sets' wordings): a place
standing for what happened there (event metonymy), a partitive's place acting through its people, a place
said to be a kind of place or sited (lies, borders, sinks, fell to an armed group), a possessor of the
land and what grows on it; with the near misses that must not move."""

import pytest
from placeutil import mention_kinds


_kinds = mention_kinds


@pytest.mark.parametrize("text, expected", [
    # what happened there: "since", a fronted "after"/"before", one of a series, what an event leaves
    ("It was the worst nuclear scare since Fukushima.", {"Fukushima": "metonym"}),
    ("After Hiroshima, the world feared another war.", {"Hiroshima": "metonym"}),
    ("Generals fear the mission could turn into another Afghanistan.", {"Afghanistan": "metonym"}),
    ("Ministers fear a second Vietnam.", {"Vietnam": "metonym"}),
    ("Relatives gathered for the anniversary of Lockerbie.", {"Lockerbie": "metonym"}),
    # ...not a stop on a journey, a rank, a date, a brand
    ("The tour flew to Madrid after Lisbon.", {"Madrid": "name", "Lisbon": "name"}),
    ("Hamburg is the largest city in Germany after Berlin.", {"Hamburg": "name", "Berlin": "name"}),
    ("She has worked in Nairobi since 2015.", {"Nairobi": "name"}),
    # a partitive's place acts through its people when the quantifier is an active subject...
    ("Most of Wales voted to leave.", {"Wales": "metonym"}),
    ("The whole of Dublin came out to greet the team.", {"Dublin": "metonym"}),
    # ...and is the place when it is what befalls or is described
    ("Much of Poland was covered by snow.", {"Poland": "name"}),
    ("Most of Portugal is dry this month.", {"Portugal": "name"}),
    ("Most of Oklahoma reported two inches of rain.", {"Oklahoma": "name"}),
    # a kind of place, where it lies, its ground, its fall to an armed group
    ("Nepal is a mountainous country between India and China.", {"Nepal": "name", "India": "name", "China": "name"}),
    ("Mumbai is one of the most crowded cities on earth.", {"Mumbai": "name"}),
    ("Malta lies south of Sicily.", {"Malta": "name", "Sicily": "name"}),
    ("Cyprus lies between Turkey and Lebanon.", {"Cyprus": "name", "Turkey": "name", "Lebanon": "name"}),
    ("Uganda borders Kenya.", {"Uganda": "name", "Kenya": "name"}),
    ("Bangkok is sinking by two centimetres a year.", {"Bangkok": "name"}),
    ("Aleppo fell to the rebels after a long siege.", {"Aleppo": "name"}),
    # ...while a state that lies, sinks a ship, is a member or falls into recession acts
    ("Iran lied about the enrichment levels.", {"Iran": "metonym"}),
    ("Norway is a founding member of NATO.", {"Norway": "metonym"}),
    ("Germany fell into recession last year.", {"Germany": "metonym"}),
    # the possessor of the land and what grows there
    ("Chile's glaciers are retreating.", {"Chile": "name"}),
    ("Ghana's cocoa harvest was poor.", {"Ghana": "name"}),
    ("Peru's rivers carry mercury from the mines.", {"Peru": "name"}),
    ("Peru's demands were ignored.", {"Peru": "metonym"}),
])
def test_s29_kinds(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k, "missing") for k in expected} == expected, got


@pytest.mark.parametrize("text, name, country", [
    # a place the gazetteer lacks, after "the <demonym> <kind> of": found ("island of" says it is a place) and
    # given the demonym's country (no coordinates)
    ("Rescuers reached the Indonesian island of Sulawesi on Friday.", "Sulawesi", "IDN"),
    ("Gunmen raided the northern Malian village of Ogossagou.", "Ogossagou", "MLI"),
    # ...no demonym, no country
    ("Shelling hit the town of Kobani.", "Kobani", None),
])
def test_an_unknown_place_takes_the_country_of_the_demonym_before_its_kind(pipeline, text, name, country):
    got = {m.text: p for p in pipeline.extract(text).places for m in p.mentions}
    assert name in got, got
    assert (got[name].country, got[name].lat) == (country, None)
