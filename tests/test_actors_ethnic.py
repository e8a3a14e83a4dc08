"""An ethnic group is not its namesake nation (PLOVER codes the country people live in, with the
ethnicity beside it; our own sentences)."""


def _actors(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2025-06-02")
    return {e.name: (e.actor.code if e.actor else None) for e in doc.entities}


def test_ethnic_group_takes_the_country_it_lives_in(pipeline):
    got = _actors(pipeline, "Ethnic Russians in Latvia protested on Monday.")
    assert got["Russians"] == "LVA"


def test_ethnic_group_with_no_place_is_not_the_nation(pipeline):
    got = _actors(pipeline, "Ethnic Albanian guerrillas attacked a police station.")
    assert all(code is None or not code.startswith("ALB") for code in got.values())


def test_a_nations_people_stay_the_nation(pipeline):
    got = _actors(pipeline, "Albanians protested in Tirana on Monday.")
    assert got["Albanians"] == "ALB"


def test_an_identity_group_of_a_country_takes_the_country(pipeline):
    got = _actors(pipeline, "Syrian Kurds attacked Turkish troops on Monday.")
    assert got["Kurds"] == "SYR"
    got = _actors(pipeline, "Kurds protested on Monday.")
    assert got["Kurds"] == "KUR"  # no country or place named: the identity code alone, as before
    # (session 26: "Kurds protested in Berlin" is linked to a place, so codes._placed_identities gives DEU)
