"""Places: toponyms resolved to country, coordinates and feature; metonyms and demonyms are not places."""

import pytest

from newsgraph import places
from newsgraph.model import check_offsets
from newsgraph.events.located import place_for_span


def by_name(doc):
    return {p.name: p for p in doc.places}


def test_sample_places(sample_doc):
    got = by_name(sample_doc)
    tehran = got["Tehran"]
    assert tehran.country == "IRN" and tehran.feature == "city"
    assert abs(tehran.lat - 35.69) < 0.2 and abs(tehran.lon - 51.42) < 0.2
    assert got["Gaza"].country == "PSE"
    assert got["Middle East"].feature == "region" and got["Middle East"].lat is not None
    assert got["Iraq"].feature == "country" and got["Iraq"].country == "IRQ"
    assert check_offsets(sample_doc) == []


def test_demonyms_are_modifiers_not_literal_places(sample_doc):
    literal = {m.text for p in sample_doc.places for m in p.mentions if m.kind == "name"}
    assert not literal & {"Iraqi", "Iranian", "Israeli", "American", "Shiite"}
    modifiers = {m.text: p for p in sample_doc.places for m in p.mentions if m.kind == "modifier"}
    assert modifiers["Iraqi"].country == "IRQ" and modifiers["Iraqi"].feature == "country"
    assert "Shiite" not in modifiers  # a religious group, not a place


def test_credit_is_not_a_place(sample_doc):
    # "AGENCE FRANCE-PRESSE" in a photo credit names an agency, not France
    assert "France" not in by_name(sample_doc)


def test_metonym_is_not_a_literal_place(pipeline):
    text = "Washington said on Monday it would respond. Protesters gathered in Washington on Tuesday."
    doc = pipeline.extract(text)
    first = next(m for e in doc.entities for m in e.mentions if m.start == 0)
    first.kind = "metonym"  # what the actors stage marks
    from newsgraph.nlp import parse_many

    parse = parse_many(pipeline.nlp, [(doc.text, doc.sections)])[0]
    places.PlacesStage(pipeline.nlp)(doc, parse)
    kinds = {m.start: m.kind for p in doc.places for m in p.mentions}
    assert kinds.get(0, "metonym") == "metonym"  # a place mention, if any, of kind metonym: never a literal place
    assert kinds[text.index("in Washington") + 3] == "name"


def test_focus_disambiguates(pipeline):
    us = pipeline.extract("Voters in Atlanta, Georgia, queued for hours. The governor of Georgia said turnout "
                          "in the United States had never been higher. Texas and Florida reported delays.")
    geo = pipeline.extract("Protesters filled the streets of Tbilisi. Georgia's government said it would not "
                           "join the European Union this year, angering crowds across Georgia.")
    g_us = next(p for p in us.places if p.name == "Georgia")
    g_geo = next(p for p in geo.places if p.name == "Georgia")
    assert g_us.country == "USA" and g_us.feature == "admin"
    assert g_geo.country == "GEO" and g_geo.feature == "country"


def test_affixes_and_regions(pipeline):
    doc = pipeline.extract("Fighting continued in northern Gaza and in the Sahel, while shelling hit the "
                           "Donetsk region and troops massed in the Balkans.")
    got = by_name(doc)
    assert {"Gaza", "Sahel", "Donetsk", "Balkans"} <= set(got)
    assert got["Donetsk"].country == "UKR"
    assert check_offsets(doc) == []


def test_place_for_span_prefers_locative(pipeline):
    text = "Iran's foreign minister met envoys in Baghdad on Monday."
    doc = pipeline.extract(text)
    p = place_for_span(doc, 0, len(text))
    assert p is not None and p.name == "Baghdad" and p.country == "IRQ"
    assert place_for_span(doc, 0, 5) is None or place_for_span(doc, 0, 5).name == "Iran"


@pytest.mark.parametrize("name,country,feature", [
    ("Kiev", "UKR", "city"), ("Türkiye", "TUR", "country"), ("Gaza Strip", "PSE", "region"),
    ("the UK", "GBR", "country"),
])
def test_lookup_variants(name, country, feature):
    entries = places.gazetteer().lookup(name)
    assert any(e.country == country and e.feature == feature for e in entries)


def test_companies_and_small_foreign_homonyms(pipeline):
    doc = pipeline.extract("Toyota said sales rose in Britain. The party met in Manchester and in Somerset, "
                           "while London voters waited.")
    got = by_name(doc)
    assert "Toyota" not in got  # a company named after a city
    somerset = got.get("Somerset")
    assert somerset is None or somerset.country in (None, "GBR")  # not the town in Massachusetts
    assert got["Manchester"].country == "GBR"


def test_dateline_and_unresolved_town(pipeline):
    doc = pipeline.extract("KABUL (Reuters) - Clashes broke out near the Torkham crossing with Pakistan on Friday.")
    got = by_name(doc)
    assert got["Kabul"].country == "AFG" and got["Kabul"].mentions[0].text == "KABUL"
    assert check_offsets(doc) == []


def test_city_state_qualifier(pipeline):
    doc = pipeline.extract("She grew up in Athens, Georgia, and later moved to Tbilisi.")
    got = by_name(doc)
    assert got["Athens"].country == "USA"
    assert got["Georgia"].country == "USA" and got["Georgia"].feature == "admin"


def test_unknown_names_need_a_locative_context():
    text = "Clashes near the Torkham crossing. Gazprom said. Talks in Kisumu, Kenya."
    gaz = places.gazetteer()
    assert places._locative(text, text.index("Torkham"), text.index("Torkham") + 7, gaz)
    assert not places._locative(text, text.index("Gazprom"), text.index("Gazprom") + 7, gaz)
    assert places._locative(text, text.index("Kisumu"), text.index("Kisumu") + 6, gaz)


def test_town_does_not_outvote_a_big_city(pipeline):
    doc = pipeline.extract("Voters in Texas, Ohio and Florida went to the polls across the United States. "
                           "The senator later flew to Paris for talks.")
    assert by_name(doc)["Paris"].country == "FRA"
