"""Session 34, the lead: an organisation named after a city is placed by it only when its name's head is a political
or armed group's (actors.codes.GROUP_HEADS); a city's name leads many organisations the tables' one state is wrong for."""
import pytest

from newsgraph.actors.codes import _name_country
from newsgraph.actors.tables import tables


@pytest.mark.parametrize("name, iso", [
    ("Victoria Police", None),  # Australian; the tables' Victoria is another state's city
    ("Kingston University", None),  # English; the tables' Kingston is Jamaica's
    ("the Cordoba Foundation", None),  # British; the tables' Cordoba is Spain's
    ("Tripoli Chamber of Commerce", None),
    ("Tripoli Revolutionary Brigade", "LBY"),  # an armed group's head: the city places it
    ("Balochistan Liberation Army", "PAK"),
    ("the Kandahar Shura", "AFG"),
    ("Quetta Traders Association", "PAK"),
    ("Liberian Football Federation", "LBR"),  # a demonym places any organisation, as before
    ("Kenya Airways", "KEN"),  # a country's name too
])
def test_a_city_places_only_a_group_named_after_it(name, iso):
    assert _name_country(tables(), name) == iso


def test_a_name_of_one_word_is_no_group_and_no_place():
    assert _name_country(tables(), "Army") is None and _name_country(tables(), "") is None
