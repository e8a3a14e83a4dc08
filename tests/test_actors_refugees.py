"""Session 17 (s17b-actors): CAMEO codes refugees (REF) by the country they come from; unnamed, by none.

Neither the place they are in nor the country the story is about says where they come from.
"""


def _codes(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2005-01-01")
    return {e.name: e.actor.code for e in doc.entities if e.actor is not None and e.attrs.get("actor") is not False}


def test_unqualified_refugees_take_no_country(pipeline):
    assert _codes(pipeline, "Refugees fled across the border into Thailand.")["Refugees"] == "REF"
    assert _codes(pipeline, "Thailand said refugees in camps near the border would be moved.")["refugees"] == "REF"


def test_refugees_with_a_named_origin_keep_it(pipeline):
    assert _codes(pipeline, "Sudanese refugees crossed into Chad.")["Sudanese refugees"] == "SDNREF"
    assert _codes(pipeline, "Chad appealed for aid for refugees from Sudan.")["refugees"] == "SDNREF"


def test_refugees_fleeing_a_country_come_from_it(pipeline):
    codes = _codes(pipeline, "Tanzania will feed refugees fleeing the fighting in Burundi, Tanzania said.")
    assert codes["refugees"] == "BDIREF"
    assert _codes(pipeline, "Italy rescued migrants escaping from Libya.")["migrants"] == "LBYREF"
    # where they flee to is not where they come from
    assert _codes(pipeline, "Refugees fled into Thailand on Monday.")["Refugees"] == "REF"


def test_refugees_named_by_a_people_no_table_places_stay_the_storys(pipeline):
    """"Hutu refugees" are some people in particular, like "Karen guerrillas": the story's country is
    the best guess for a people the tables cannot place (the rule for named groups)."""
    codes = _codes(pipeline, "Rwanda said Hutu refugees would return home from Zaire. Rwanda welcomed them.")
    assert codes["refugees"] == "RWAREF"
