"""Places from the GeoNames gazetteer: every kind of toponym, modifiers, metonyms and context."""

import pickle

from newsgraph import places
from newsgraph.model import check_offsets
from newsgraph.events.located import place_for_span
from newsgraph.places import geonames


def mentions(doc):
    return {m.text: (m, p) for p in doc.places for m in p.mentions}


def test_gazetteer_entries_carry_geonames_ids_and_own_points():
    gaz = places.gazetteer()
    (us,) = [e for e in gaz.lookup("United States") if e.feature == "country"]
    assert us.geonameid == 6252001 and (us.lat, us.lon) == (39.76, -98.5)  # the country's point, not Washington's
    walker = [e for e in gaz.lookup("Walker County") if e.country == "USA"]
    assert len(walker) >= 3 and {gaz.admin1_name(e.admin1) for e in walker} >= {"Alabama", "Georgia", "Texas"}
    village = [e for e in gaz.lookup("Cottonport") if e.country == "USA"]  # about 2,000 people
    assert village and gaz.admin1_name(village[0].admin1) == "Louisiana" and village[0].geonameid


def test_an_entry_is_made_once_and_the_memo_is_bounded(monkeypatch):
    """Gazetteer.entry keeps the Entries it made (the same as a fresh one), and starts again when full."""
    gaz = places.gazetteer()
    code = gaz.index[geonames.key("Cottonport")]
    code = code if isinstance(code, int) else code[0]
    first = gaz.entry(code)
    assert gaz.entry(code) is first and first == gaz._make_entry(code)
    assert gaz.entry(~code) == gaz._make_entry(~code) and gaz.entry(~code).score == first.score - 0.5
    monkeypatch.setattr(geonames, "ENTRY_MEMO", len(gaz._memo))
    gaz.entry(code + 1)
    assert len(gaz._memo) == 1 and gaz.entry(code) is not first and gaz.entry(code) == first


def test_demonym_and_embedded_names_are_modifiers(pipeline):
    doc = pipeline.extract("Fighting hit the Syrian town of Kobani. The Georgia Bureau of Investigation and the "
                           "U.S. Department of Justice said they would help.")
    got = mentions(doc)
    syrian, syria = got["Syrian"]
    assert syrian.kind == "modifier" and syria.country == "SYR" and syria.feature == "country"
    assert got["Kobani"][0].kind == "name"  # "the town of X": a place even where the gazetteer lacks it
    georgia, state = got["Georgia"]
    assert georgia.kind == "modifier" and state.country == "USA" and state.feature == "admin"
    assert got["U.S."][0].kind == "modifier" and "Justice" not in got  # a word in a name, not Justice, Illinois
    assert check_offsets(doc) == []


def test_countries_and_capitals_acting_are_metonyms(pipeline):
    text = "Turkey said on Monday it would retaliate. Protesters gathered in Ankara."
    doc = pipeline.extract(text)
    got = mentions(doc)
    turkey, place = got["Turkey"]
    assert turkey.kind == "metonym" and place.country == "TUR"
    assert got["Ankara"][0].kind == "name"
    # still an actor mention, marked as such
    assert any(m.kind == "metonym" and m.start == 0 for e in doc.entities for m in e.mentions)
    assert place_for_span(doc, 0, text.index(".")) is None  # a metonym locates nothing
    talks = mentions(pipeline.extract("Egypt mediated talks between Israel and Hamas in Cairo. Rain fell on Texas."))
    assert talks["Israel"][0].kind == "metonym" and talks["Cairo"][0].kind == "name"
    assert talks["Texas"][0].kind == "name"


def test_the_storys_state_picks_the_town(pipeline):
    doc = pipeline.extract("Paris police said a rumor spread across Lamar County. Officials in Paris and across "
                           "Texas said it had no credibility.")
    paris = next(p for p in doc.places if p.name == "Paris")
    assert paris.country == "USA" and abs(paris.lat - 33.66) < 0.1
    dublin = pipeline.extract("The Dublin city council met on Monday. Dublin, a suburb of Columbus, Ohio, "
                              "will repave roads in Dublin this summer.")
    assert next(p for p in dublin.places if p.name == "Dublin").country == "USA"


def test_ap_state_abbreviations_and_counties(pipeline):
    doc = pipeline.extract("EVANSVILLE, Ind. -- Flooding closed roads in Evansville and Vanderburgh County.")
    got = mentions(doc)
    assert got["Ind."][1].name == "Indiana"
    assert got["Vanderburgh County"][1].feature == "admin" and got["Vanderburgh County"][1].geonameid
    assert got["Evansville"][1].country == "USA"
    jackson = pipeline.extract("Miss. Smith said she moved to Jackson, Miss., in May.")
    assert "Miss." in mentions(jackson) and mentions(jackson)["Miss."][0].start > 20  # only the one after a comma


def test_streets_water_and_buildings_without_coordinates(pipeline):
    doc = pipeline.extract("Police closed Orchard Street and the Neches River bridge near the Empire State Building.")
    got = mentions(doc)
    street = got["Orchard Street"][1]
    assert street.feature == "street" and street.lat is None and street.geonameid is None
    assert got["Neches River"][1].feature == "water"


def test_surnames_and_generic_words_are_not_towns(pipeline):
    doc = pipeline.extract("Coach Darren Ripley said the team improved. Ripley added that the West would be hard. "
                           "Ripley High School won.")
    assert "Ripley" not in mentions(doc) and "West" not in mentions(doc)


def test_cache_path_and_unreadable_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    path = geonames.cache_path()
    assert path.startswith(str(tmp_path)) and path.endswith(".pickle")
    bad = tmp_path / "bad.pickle"
    bad.write_bytes(b"not a pickle")
    assert geonames._read(str(bad)) is None
    bad.write_bytes(pickle.dumps({"not": "a gazetteer"}))
    assert geonames._read(str(bad)) is None
    assert geonames._read(str(tmp_path / "missing.pickle")) is None


def test_a_name_is_not_chosen_by_its_own_repetitions_and_a_mayor_makes_a_town(pipeline):
    doc = pipeline.extract("Lebanon will collect yard waste next week. Residents of Lebanon and nearby Zionsville "
                           "may leave bags at 210 Meridian St., Lebanon, the Lebanon mayor said on Tuesday.")
    (lebanon,) = [p for p in doc.places if p.name == "Lebanon"]
    assert lebanon.country == "USA" and lebanon.feature == "city"
    jordan = pipeline.extract("Jordan police closed a road on Monday. The Jordan middle school will host the "
                              "Minnesota volleyball league on Saturday.")
    assert {p.country for p in jordan.places if p.name == "Jordan"} == {"USA"}
    # the country where nothing speaks of a town, however often it is named
    war = pipeline.extract("Israel struck targets in Lebanon on Tuesday. Lebanon said the strikes hit villages "
                           "near the border, and Lebanon's army was put on alert.")
    assert {p.country for p in war.places if p.name == "Lebanon"} == {"LBN"}
    assert places.town_cue("a Lebanon man was hurt", 2, 9) and not places.town_cue("Lebanon said", 0, 7)
    # a town cue speaks for a town in the story's own country, not for a far namesake (Jordan, Hong Kong)
    border = pipeline.extract("Jordan police said two men were arrested near the border with Syria and Iraq.")
    assert {p.country for p in border.places if p.name == "Jordan"} == {"JOR"}


def test_a_place_heading_a_buildings_or_institutions_name_is_that_place(pipeline):
    doc = pipeline.extract("The suspect was booked into the Vanderburgh County Jail on Friday. Flights resumed at "
                           "Evansville Regional Airport, and Evansville City Council met in Hamilton Township.")
    got = mentions(doc)
    county = got["Vanderburgh County"]
    assert county[0].kind == "modifier" and county[1].feature == "admin" and county[1].lat is not None
    assert got["Evansville"][1].country == "USA" and got["Evansville"][1].lat is not None
    assert "Vanderburgh County Jail" not in got
    assert got["Hamilton Township"][1].lat is not None  # the township named after its town: the town's point
    assert "Airport" not in got  # a common noun, whatever town bears that name
    # a one-word town heads only a local institution's name: not "Empire" in the Empire State Building
    assert "Empire" not in mentions(pipeline.extract("Tourists queued at the Empire State Building on Monday."))


def test_news_patterns_name_counties_hometowns_datelines_and_regional_demonyms(pipeline):
    doc = pipeline.extract("Schools reopen. HUNTSVILLE — Schools in Walker, Grimes and Montgomery counties reopened "
                           "on Monday, said Rep. Kevin Brady, R-Conroe, and Sen. Jane Doe, D-S.C. Texans and "
                           "Abkhaz officials welcomed it.")
    got = mentions(doc)
    for county in ("Walker", "Grimes", "Montgomery"):
        assert got[county][1].feature == "admin" and got[county][1].name.endswith("County"), county
    assert got["HUNTSVILLE"][1].feature == "city"  # a dateline in capitals after a headline
    assert got["Conroe"][1].country == "USA" and got["S.C."][1].name == "South Carolina"
    texans, texas = got["Texans"]
    assert texans.kind == "modifier" and texas.name == "Texas"  # a state's people: the state, not the country
    assert got["Abkhaz"][1].name == "Abkhazia"
    assert check_offsets(doc) == []


def test_what_a_facility_without_coordinates_must_look_like():
    feature = places.unresolved_feature
    assert feature("Route 72", "FAC") == feature("Interstate 88", "FAC") == feature("KY 52", "FAC") == "street"
    assert feature("Cairo Stadium", "FAC") == feature("Fort Benning", "FAC") == "building"
    # the parser tags events, products and organisations FAC too: without a building's word, not a place
    assert feature("St. Patrick’s Day", "FAC") is None and feature("Pontiac Grand Prix", "FAC") is None
    assert feature("Highway Patrol", "FAC") is None and feature("Orchard Street", "GPE") == "street"


def test_a_continent_is_at_its_own_geonames_point():
    (europe,) = [e for e in places.gazetteer().lookup("Europe") if e.feature == "region"]
    assert (round(europe.lat, 1), round(europe.lon, 1)) == (48.7, 9.1)  # GeoNames 6255148, not a guess
