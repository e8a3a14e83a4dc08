"""Session 34 (s34-triple): country triples of two families of the PLOVER dev study half (docs/accuracy.md,
"Session 34, s34-triple"): an organisation named after a place of one country, and parties coordinated inside
a modifier or a list. Our own sentences (none from a corpus)."""

import pytest

from newsgraph.actors.codes import _name_country
from newsgraph.actors.tables import tables
from newsgraph.events.stage import place_countries


def _triples(pipeline, text):
    """The unflagged events of `text` as (source country, PLOVER type, target country), a city as its country."""
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    cities = place_countries(doc)

    def country(i):
        e = doc.entity(i)
        return e.actor.country if e is not None and e.actor is not None and e.actor.country else cities.get(i)
    return sorted({(country(s), e.type, country(t)) for e in doc.events if not e.flags
                   for s in (e.source or [None]) for t in (e.target or [None])}, key=str)


# --- an organisation named after a province, region or city of one country is that country's ---

@pytest.mark.parametrize("text, triple", [
    ("The Kandahar Shura Council condemned the Afghan government's new tax.", ("AFG", "ACCUSE", "AFG")),
    ("Militants of the Herat Mountain Brigade attacked an Afghan police post.", ("AFG", "ASSAULT", "AFG")),
    ("The Darfur Salvation Front accused the Sudanese army of shelling a market.", ("SDN", "ACCUSE", "SDN")),
    ("The Karachi Traders Association urged Pakistan's government to cut fuel prices.", ("PAK", "REQUEST", "PAK")),
    ("The Zanzibar Liberation Front rejected Tanzania's offer of talks.", ("TZA", "REJECT", "TZA")),
])
def test_an_organisation_named_after_a_place_of_one_country_is_that_countrys(pipeline, text, triple):
    assert triple in _triples(pipeline, text)


@pytest.mark.parametrize("name, iso", [
    ("Aceh Referendum Movement", "IDN"),  # a province as its first word
    ("the Mosul Resistance Council", "IRQ"),  # a city, after "the"
    ("Liberian Peace Council", "LBR"),  # a demonym (the rule before this session)
    ("Cabinda Enclave Liberation Front", "AGO"),  # a province as its first word
    ("New York Teachers Union", "USA"),  # a city of two words
    ("Union for the Independence of Cabinda", None),  # (its of-phrase places it, not its name's lead)
    ("Liberation Front", None),  # no place
    ("the Front of the people", None),  # a closing "of" naming no place
    ("Darfur", None),  # the place alone is no organisation named after it
    ("Darfur Front", "SDN"),
])
def test_the_country_an_organisations_name_places_it_in(name, iso):
    assert _name_country(tables(), name) == iso
