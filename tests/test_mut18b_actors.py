"""Session 18 (s18b-mut): a test that kills a mutant of s18-plover's `_region_demonyms` (actors/tables.py;
docs/testing.md, "Session 18, s18b-mut")."""

from newsgraph.actors.tables import tables


def test_a_region_adjective_of_two_words_is_read_whole():  # _region_demonyms 9 (the row split on tabs only)
    t = tables()
    assert t.demonyms["New Yorker"] == "USA" and "New Yorker" in t.regional
    assert t.demonyms["Northern Irish"] == "GBR" and "Northern Irish" in t.regional


def test_a_states_people_named_twice_are_one_entity(pipeline):  # clusters._place_or_people 48, 49
    # "Georgian" and "Georgians" name one people (the state's own, no region): one cluster, as before the merge fix
    doc = pipeline.extract("Georgian officials met in a tent on the border, and Georgians protested in Tbilisi.",
                           name="t", published="2005-01-01")
    names = {m.text: e.name for e in doc.entities for m in e.mentions}
    assert names["Georgian"] == names["Georgians"], names
