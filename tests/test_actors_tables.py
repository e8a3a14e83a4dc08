"""Country, demonym, capital, seat-of-power and role tables."""

from newsgraph.actors.tables import plural, tables


def test_countries_and_demonyms():
    t = tables()
    assert t.country_of("the United States") == t.country_of("US") == t.country_of("American") == "USA"
    assert t.country_of("Iraqi") == t.country_of("IRAQ") == "IRQ"
    assert t.country_of("The Islamic Republic") == "IRN"
    assert t.country_of("Syria") == "SYR"  # pycountry common name
    assert t.country_of("Tehran") is None  # a capital is not a country name


def test_capitals_seats_territories():
    t = tables()
    assert t.capitals["Tehran"] == "IRN" and t.capitals["Washington"] == "USA" and t.capitals["Jerusalem"] == "ISR"
    assert t.seats["Kremlin"][:2] == ("RUS", "GOV") and t.seats["Downing Street"][0] == "GBR"
    assert t.territory_of("Gaza") == "PSE" and t.country_of("Gaza") is None


def test_roles_and_plurals():
    t = tables()
    assert t.roles["prime minister"].cls == "hog" and t.roles["secretary of state"].sector == "GOV"
    assert t.roles["armed groups"].sector == "UAF" and t.roles["spokesman"].cls == "rel"
    assert plural("militia") == "militias" and plural("gunman") == "gunmen" and plural("police") == "police"
