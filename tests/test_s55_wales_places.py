"""Session 55, s55-wales: place readings a reader finds wrong (issue 13). For a name one of whose readings is a
country or a first-level division, the story's first-level divisions are no neighbours of its small towns' readings
in the second look (`_nearness`, `Near.close` without `divisions`): England's centroid lies within 150 km of a
village called Wales, and that nearness, added to England's own division vote, outweighed the constituent country. Other names keep them ("Atlanta" by Georgia).
Sentences invented for the tests."""

from __future__ import annotations

from newsgraph.places.geonames import Entry
from newsgraph.places.spans import Near


def _features(doc, name):
    return {p.feature for p in doc.places for m in p.mentions if m.text == name}


def test_a_sibling_division_does_not_pull_a_country_down_to_a_village(pipeline):
    doc = pipeline.extract("Rents in England and Wales rose by 3% last year, the agency said. The steepest rise "
                           "was in Wales, where a flat now costs £900 a month.")
    assert _features(doc, "Wales") == {"admin"}
    assert _features(doc, "England") == {"admin"}


def test_without_divisions_a_first_level_division_is_no_neighbour_but_still_counts():
    state = Entry("S", "admin", "USA", 40.0, -90.0, 7.0, id=1, level=1)
    county = Entry("C", "admin", "USA", 40.1, -90.0, 5.0, id=2, level=2)
    town = Entry("T", "city", "USA", 40.2, -90.0, 4.0, id=3)
    probe = Entry("P", "city", "USA", 40.05, -90.0, 3.0, id=4)
    near = Near(["S", "C", "T"], [state, county, town])
    assert near.close("X", probe, divisions=False) == (2, 3)  # the state is out of the count, not of the total
    assert near.close("X", probe) == (3, 3)  # the default keeps it: "Atlanta" is read by "Georgia"


def test_a_town_keeps_its_state_as_a_neighbour(pipeline):
    doc = pipeline.extract("Storms hit Georgia on Monday. In Atlanta, crews cleared fallen trees from roads.")
    assert {p.country for p in doc.places for m in p.mentions if m.text == "Atlanta"} == {"USA"}


def test_nearness_drops_the_divisions_only_for_a_small_town_of_a_division_or_country_name():
    from newsgraph.places import SMALL_CITY, _nearness
    state = Entry("D", "admin", "USA", 40.0, -90.0, 7.0, id=1, level=1)
    town = Entry("T", "city", "USA", 40.1, -90.0, 4.0, id=2)
    village = Entry("W", "city", "USA", 40.2, -90.0, 3.7, id=3)
    near = Near(["D", "T", "W"], [state, town, village])  # "W" itself once: never its own neighbour
    as_division = Entry("W", "admin", "USA", 45.0, -80.0, 7.0, id=4, level=1)
    edge = Entry("W", "city", "USA", 40.2, -90.0, SMALL_CITY, id=5)
    county = Entry("W", "admin", "USA", 40.2, -90.0, 4.0, id=6, level=2)
    f = _nearness(near, "W", [as_division, village, edge, county])
    assert f(village) == (1, 2)  # the town only: the state's point is no neighbour of a village
    assert f(edge) == (2, 2) and f(county) == (2, 2)  # a town of SMALL_CITY and a county keep it
    as_country = Entry("W", "country", "USA", 45.0, -80.0, 9.0, id=7)
    assert _nearness(near, "W", [as_country, village])(village) == (1, 2)
    assert _nearness(near, "W", [village, edge])(village) == (2, 2)  # no division or country reading: kept
