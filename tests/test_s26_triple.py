"""Session 26 (s26-triple): whose country a group of a creed or an ethnicity is, on sentences written for
these tests (CAMEO actor codebook 3.1.3 and 3.1.9; the PLOVER GSR's readme on codes inferred from places)."""

import pytest


def _actor(pipeline, text, name):
    """(code, country, sector) of the entity called `name`, None when it has no actor."""
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    ent = next(e for e in doc.entities if e.name == name)
    return (ent.actor.code, ent.actor.country, ent.actor.sector) if ent.actor else None


def _source_countries(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2009-03-25")
    by_id = {e.id: e for e in doc.entities}
    return [[by_id[i].actor.country if by_id[i].actor else None for i in e.source] for e in doc.events]


# "radical", "extremist", "fundamentalist" are the codebook's own words for its RAD role (table
# 3.1): group nouns, so "Muslim fundamentalists" is a group of Muslims, coded as a group is, not
# the creed alone.
@pytest.mark.parametrize("text, name, country", [
    ("Muslim fundamentalists stormed a police post in the Egyptian town of Asyut.", "Muslim fundamentalists", "EGY"),
    ("Islamic extremists set fire to a church in northern Nigeria.", "Islamic extremists", "NGA"),
    ("Islamic radicals burned a church in the Nigerian city of Kano.", "Islamic radicals", "NGA"),
])
def test_radicals_extremists_and_fundamentalists_are_group_nouns(pipeline, text, name, country):
    code, got, sector = _actor(pipeline, text, name)
    assert got == country and sector is None


def test_the_adjective_radical_names_no_group(pipeline):
    # "the radical Hamas movement": the adjective, not the noun: the movement is Hamas as before
    doc = pipeline.extract("The radical Hamas movement rejected the plan on Monday.", name="t", published="2009-03-25")
    assert [e.name for e in doc.entities] == ["Hamas"]


# A creed or an ethnicity alone is coded with the one state the places of its clause lie in: the
# codebook puts an identity code first only when the group is linked to no location or country.
@pytest.mark.parametrize("text, name, country", [
    ("Hindu nationalists attacked a mosque in the state of Gujarat.", "Hindu", "IND"),
    ("Sunni tribesmen ambushed a convoy near Ramadi on Monday.", "Sunni", "IRQ"),
    ("Ethnic Russians rallied near Riga on Sunday.", "Russians", "LVA"),
])
def test_a_creed_or_ethnicity_acting_in_one_state_is_that_state_s(pipeline, text, name, country):
    code, got, sector = _actor(pipeline, text, name)
    assert (code, got, sector) == (country, country, None)


@pytest.mark.parametrize("text, name, code", [
    ("Hindu nationalists attacked a mosque on Monday.", "Hindu", "HIN"),  # no place: the identity alone
    ("Kurds demonstrated in Berlin and in Ankara.", "Kurds", "KUR"),  # places in two states
])
def test_a_creed_with_no_one_place_keeps_its_identity_code(pipeline, text, name, code):
    assert _actor(pipeline, text, name) == (code, None, "REL")


def test_a_creed_that_is_no_subject_takes_no_country_from_the_clause(pipeline):
    # the clause's places say where its subject acts, not where its object lives
    assert _actor(pipeline, "Police arrested Hindu nationalists in the state of Gujarat.", "Hindu") == ("HIN", None, "REL")
