"""Mention kinds and coverage found on the fine-grained news gold (session 7), tested on sentences of our own:
a possessor that is the place of what it possesses, states as polities, coordinated and hyphenated
modifiers, seats of power, region demonyms, organisations' bracketed short names, named dams."""

import pytest


def _places(pipeline, text):
    return {m.text: (m.kind, p) for p in pipeline.extract(text).places for m in p.mentions}


def _kinds(pipeline, text):
    return {t: k for t, (k, _) in _places(pipeline, text).items()}


@pytest.mark.parametrize("text, expected", [
    # the possessor is where what it possesses lies: a ranking or a territory's noun
    ("Brazil's largest bank cut its rates on Monday.", {"Brazil": "name"}),
    ("Kenya's most popular newspaper ran the story.", {"Kenya": "name"}),
    ("Profits fell at Chile's top copper miner.", {"Chile": "name"}),
    ("Growth slowed in Germany's car industry and Poland's oil output fell.", {"Germany": "name", "Poland": "name"}),
    # ...but the state's own people and dealings stay the state's
    ("Spain's top diplomat flew home.", {"Spain": "metonym"}),
    ("Ghana's biggest trading partner raised tariffs.", {"Ghana": "metonym"}),
    ("Peru's economy grew 4% last year.", {"Peru": "metonym"}),
])
def test_possessor_of_a_ranking_or_territory_noun_is_the_place(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


def test_a_state_given_as_a_polity_is_a_metonym(pipeline):
    got = _kinds(pipeline, "Donors fear failing states such as Somalia and Yemen, and the report names Venezuela "
                           "as a rogue state.")
    assert got.get("Somalia") == got.get("Yemen") == got.get("Venezuela") == "metonym"
    assert _kinds(pipeline, "The diplomat was shamed into representing Canada at the ceremony.").get("Canada") == "metonym"


def test_weather_and_disasters_befall_the_place(pipeline):
    got = _kinds(pipeline, "Chile suffered a major earthquake, while Mexico suffered two hurricanes.")
    assert got.get("Chile") == got.get("Mexico") == "name"


def test_coordinated_and_hyphenated_modifiers(pipeline):
    got = _kinds(pipeline, "Shares fell on the Madrid, Milan and Lisbon stock exchanges.")
    assert got.get("Madrid") == got.get("Milan") == got.get("Lisbon") == "modifier"
    assert _kinds(pipeline, "The US-Japanese venture closed its plant.").get("US") == "modifier"
    # a list of places that are not modifying anything stays literal
    got = _kinds(pipeline, "Storms hit Madrid, Milan and Lisbon last week.")
    assert got.get("Madrid") == got.get("Milan") == got.get("Lisbon") == "name"


def test_seats_of_power_are_places_with_points(pipeline):
    got = _places(pipeline, "Buckingham Palace said the visit would go ahead, and Number 10 declined to comment. "
                            "Protesters gathered outside the Kremlin.")
    kind, place = got["Buckingham Palace"]
    assert kind == "metonym" and place.country == "GBR" and abs(place.lat - 51.50) < 0.05
    assert got["Number 10"][0] == "metonym" and got["Number 10"][1].country == "GBR"
    kind, place = got["Kremlin"]
    assert kind == "name" and place.country == "RUS" and place.lat is not None


def test_region_demonyms_are_modifiers_of_their_region(pipeline):
    got = _places(pipeline, "Asian markets fell as African leaders met Scottish voters.")
    assert got["Asian"][0] == "modifier" and got["Asian"][1].name == "Asia"
    assert got["African"][1].name == "Africa"
    assert got["Scottish"][0] == "modifier" and got["Scottish"][1].name == "Scotland"


def test_an_organisations_bracketed_short_name_is_not_a_town(pipeline):
    got = _kinds(pipeline, "Norway joined the Global Alliance for Vaccines and Immunisation (Gavi) last year. "
                           "Britain, France, Gavi and the Gates Foundation have drawn up proposals.")
    assert "Gavi" not in got and got.get("Norway") == "metonym"


def test_named_dams_are_places(pipeline):
    got = _places(pipeline, "Engineers inspected the Xayaburi Dam on Monday. Talks on the Monday dam plan stalled.")
    assert got["Xayaburi Dam"][0] == "name" and got["Xayaburi Dam"][1].feature == "building"
    assert not any("Monday" in t for t in got)


def test_a_reservoir_named_after_its_town_is_the_towns_modifier(pipeline):
    got = _places(pipeline, "Volunteers cleaned the New Concord Reservoir area on Saturday.")
    kind, place = got["New Concord"]
    assert kind == "modifier" and place.country == "USA" and place.lat is not None


def test_englands_ceremonial_counties_and_korea(pipeline):
    got = _places(pipeline, "The line would run to Maidenhead, Berkshire, and on to Merseyside. "
                            "The Bank of Korea kept its rates.")
    assert got["Berkshire"][1].country == "GBR" and abs(got["Berkshire"][1].lat - 51.45) < 0.1
    assert got["Merseyside"][1].country == "GBR"
    assert got["Korea"][0] == "modifier" and got["Korea"][1].country == "KOR"


def test_peoples_adjectives_and_mountain_ranges(pipeline):
    got = _places(pipeline, "Kurdish fighters took the Syrian town of Kobani, and Iraqi forces advanced, while "
                            "avalanches struck the Alps.")
    assert got["Kurdish"][0] == "modifier" and got["Kurdish"][1].name == "Kurdistan"
    assert got["Kobani"][0] == "name"  # a place before a demonym's noun is not in a list of modifiers
    assert got["Alps"][1].feature == "landform" and got["Alps"][1].lat is not None
