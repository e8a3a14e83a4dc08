"""Session 5: what a story's place names say together (places/coverage.py): the state in which most of
them have a reading, and a town lying in a county the story also names (our own sentences)."""

from newsgraph import places
from newsgraph.places.coverage import Coverage


def mentions(doc):
    return {m.text: p for p in doc.places for m in p.mentions}


def _state(gaz, entry):
    return gaz.admin1_name(entry.admin1 if entry.level != 1 else entry.id)


def _best(gaz, cover, name):
    """The reading of `name` with the best prior plus the coverage bonus."""
    entries = [e for e in gaz.lookup(name) if e.primary]
    bonus = cover.scorer(places.geonames.key(name), entries)
    return max(entries, key=lambda e: e.score + (bonus(e) if bonus else 0.0))


def test_the_state_most_names_share_wins():
    # each name has readings in many states; Minnesota is the one all of them have
    gaz = places.gazetteer()
    names = ["Watertown", "Delano", "Hutchinson", "Rochester", "Scott County", "St. Paul"]
    cover = Coverage({places.geonames.key(n): gaz.lookup(n) for n in names})
    for name in ("Watertown", "Delano", "Hutchinson", "Rochester"):
        assert _state(gaz, _best(gaz, cover, name)) == "Minnesota", name
    # alone, each keeps its biggest namesake
    alone = Coverage({"watertown": gaz.lookup("Watertown")})
    assert _state(gaz, _best(gaz, alone, "Watertown")) != "Minnesota"


def test_a_big_city_is_not_pulled_away_by_a_small_namesake():
    # London, Ontario and Paris, Ontario exist; the story of two capitals keeps the capitals
    gaz = places.gazetteer()
    cover = Coverage({"paris": gaz.lookup("Paris"), "london": gaz.lookup("London")})
    assert _best(gaz, cover, "Paris").country == "FRA"
    assert _best(gaz, cover, "London").country == "GBR"


def test_gazetteer_knows_a_towns_county():
    gaz = places.gazetteer()
    huntsville = next(e for e in gaz.lookup("Huntsville") if e.geonameid == 4699540)  # Huntsville, Texas
    assert gaz.names[huntsville.admin2] == "Walker County"
    assert all(e.admin2 == -1 for e in gaz.lookup("Walker County"))  # divisions have none


def test_a_town_in_a_county_the_story_names(pipeline):
    doc = pipeline.extract("The burn ban for Walker County was lifted on Monday after the Huntsville fire chief "
                           "met the county judge.")
    got = mentions(doc)
    # Huntsville, Texas lies in Walker County, Texas (Huntsville, Alabama, the bigger, does not)
    assert got["Huntsville"].geonameid == 4699540
    assert got["Walker County"].country == "USA" and abs(got["Walker County"].lat - 30.7) < 0.5


def test_a_country_name_is_a_town_in_the_county_named_beside_it(pipeline):
    doc = pipeline.extract("Wrestlers from Watertown, Delano, Hutchinson and Rochester met at the Scott County "
                           "fairgrounds in Jordan.")
    got = mentions(doc)
    assert got["Jordan"].feature == "city" and got["Jordan"].country == "USA"
    assert abs(got["Watertown"].lat - 44.96) < 0.2 and abs(got["Rochester"].lat - 44.02) < 0.2  # Minnesota's


def test_world_news_keeps_its_capitals(pipeline):
    got = mentions(pipeline.extract("Protesters marched through Paris and London on Saturday against the new "
                                    "pension rules."))
    assert got["Paris"].country == "FRA" and got["London"].country == "GBR"


def test_a_local_story_speaks_across_countries(pipeline):
    # most of the story's other towns lie in one state (Texas): its "Paris" is the Texan town
    got = mentions(pipeline.extract("Jessica Kay, 18, of Paris died Saturday in a Tyler hospital after a crash "
                                    "between Sulphur Springs and Mount Pleasant."))
    assert got["Paris"].country == "USA" and abs(got["Paris"].lat - 33.66) < 0.1
    # one Texan city is not a local story ("He flew from Dallas to Paris": tests/test_places_local.py)


def test_a_state_is_not_judged_against_villages_of_its_name():
    # the story's towns lie in England; "Wales" is still Wales (a level-1 division), not a village of that name
    # in England; a state and a big city of one name ("Washington") are still weighed by the story's places
    gaz = places.gazetteer()
    cover = Coverage({n: gaz.lookup(n) for n in ("london", "twickenham", "oxford", "sheffield")})
    wales = [e for e in gaz.lookup("Wales") if e.primary]
    bonus = cover.scorer("wales", wales)
    state = next(e for e in wales if e.level == 1)
    village = next(e for e in wales if e.feature == "city" and e.country == "GBR")
    assert bonus(state) == 0.0 and bonus(village) == 0.0
    dc_story = Coverage({n: gaz.lookup(n) for n in ("arlington", "alexandria", "bethesda", "silver spring")})
    washington = [e for e in gaz.lookup("Washington") if e.primary]
    bonus = dc_story.scorer("washington", washington)
    assert bonus(next(e for e in washington if e.level == 1 and e.country == "USA")) < 0.0


def test_a_score_glued_to_a_villages_name_is_no_place(pipeline):
    assert pipeline.extract("Henry scored the goal which put Arsenal 2-1 ahead.").places == []
