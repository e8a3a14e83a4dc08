"""Session 18 (s18-plover): the adjective of a region inside one state names that state as an actor
("Chechen rebels" RUSREB, as CAMEO codes them); a region spanning states ("Kurdish") names none
(actors/tables.py `_region_demonyms`, from newsgraph/data/demonyms.tsv)."""

import pytest

from test_actors_country_words import codes  # noqa: F401  (the fixture: entity name -> actor code)


@pytest.mark.parametrize("text, name, code", [
    ("Chechen rebels ambushed a convoy on Tuesday.", "Chechen rebels", "RUSREB"),
    ("Basque separatists bombed a police station.", "Basque separatists", "ESPREB"),
    ("Uighur activists accused the authorities of torture.", "Uighur activists", "CHN"),
])
def test_a_region_adjective_names_its_state(codes, text, name, code):
    assert codes(text)[name].startswith(code), codes(text)


def test_a_region_of_several_states_names_none(codes):
    assert codes("Kurdish rebels attacked a police post.").get("Kurdish rebels", "")[:3] not in (
        "TUR", "IRQ", "IRN", "SYR")


def test_a_region_adjective_is_not_the_states_people(pipeline):
    # the lead's merge fix: the region's adjective shares the state's code but not its cluster
    # ("Georgian and South Ossetian officials" are two sides, not one entity named twice)
    doc = pipeline.extract("Georgian and South Ossetian officials met in a tent on the border.", name="t",
                           published="2005-01-01")
    names = {m.text: e.name for e in doc.entities for m in e.mentions}
    assert names["Georgian"] == "Georgian" and names["South Ossetian"] == "South Ossetian", names
