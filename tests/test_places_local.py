"""Session 4 rules for local news: towns named by their institutions and people, the story's locale,
personal names that towns share, named parks and forests, and street names (our own sentences)."""

from newsgraph import places


def mentions(doc):
    return {m.text: (m, p) for p in doc.places for m in p.mentions}


def _town_heads(text):
    return [text[a:b] for a, b, _ in places.town_head_matches(text, places.gazetteer())]


def test_a_town_before_its_institutions_or_people():
    text = ("Fargo Mayor Dennis Walaker spoke. A Chiefland man was hurt, the DeKalb Police said, and Rock Hill "
            "City Manager Carey Smith agreed. The Canaan Board of Finance met.")
    assert _town_heads(text) == ["Fargo", "Chiefland", "DeKalb", "Rock Hill", "Canaan"]


def test_not_a_town_before_such_a_word():
    # the whole run must be the town's name ("a Meadow Grove man" is not from Grove); leading words,
    # titles and demonyms are not towns ("As police arrived", "Vice Mayor", "an Arab woman")
    text = ("A Meadow Grove man called. As police arrived, Vice Mayor Cathy Boring left. An Arab woman "
            "and the North police came.")
    assert _town_heads(text) == []


def test_town_named_by_its_police_is_a_place(pipeline):
    doc = pipeline.extract("Carthage Police Chief Chris McKenzie said the woman was taken to a hospital in "
                           "Joplin, Missouri, on Monday.")
    carthage, place = mentions(doc)["Carthage"]
    assert place.country == "USA" and place.feature == "city" and abs(place.lat - 37.18) < 0.2


def test_the_storys_money_says_its_country():
    assert places.currency_country("Bail was set at $5,000 and a fine of $250.") == "USA"
    assert places.currency_country("The council will spend £2.5m on roads, and $1 on nothing else, £3 each.") == "GBR"
    assert places.currency_country("The Canadian firm paid C$40 million and HK$3 for it.") is None
    assert places.currency_country("No money at all, only $ signs and US$ talk.") is None


def test_a_town_with_its_police_in_a_story_in_dollars(pipeline):
    local = mentions(pipeline.extract("The Athens Police Department arrested a 33-year-old man Monday. Bond "
                                      "was set at $2,000."))
    assert local["Athens"][1].country == "USA"
    capital = mentions(pipeline.extract("Protesters marched through Athens on Monday against the new budget."))
    assert capital["Athens"][1].country == "GRC"  # no money, no town cue: the capital
    mansfield = mentions(pipeline.extract("The Mansfield City Council approved $765,000 for repairs to the jail."))
    assert mansfield["Mansfield"][1].country == "USA"
