"""Session 18 (s18b-places) mention kinds, on sentences of our own: a possessor of a named firm or building is
where it lies, a continent or region with a plural verb is a side, the two sides of "X v Y", the object of a
verb with a to-infinitive is that infinitive's subject, the side a win is "over", and a place described as a
place (crowded, quiet, warm) stays a place."""

import pytest

from newsgraph import metonymy
from placeutil import mention_kinds


_kinds = mention_kinds


@pytest.mark.parametrize("text, expected", [
    # a named firm, school or building lies in the possessor
    ("The brewer is to buy a stake in India's United Breweries.", {"India": "name"}),
    ("He works at London's Imperial College.", {"London": "name"}),
    ("The survey was sponsored by the UK's Royal Bank of Scotland.", {"UK": "name"}),
    ("The suspects are held at London's Paddington Green police station.", {"London": "name"}),
    ("Crowds gathered outside Madrid's main railway station.", {"Madrid": "name"}),
    # ...but the state's own bodies stay the state's
    ("Officials from Britain's Ministry of Defence declined to comment.", {"Britain": "metonym"}),
    ("The report was written by China's State Environmental Protection Agency.", {"China": "metonym"}),
    # plural agreement: a continent or a region as a side
    ("Europe were beaten by the Americans in the final session.", {"Europe": "metonym"}),
    ("Asia were bowled out for 120.", {"Asia": "metonym"}),
    # "X v Y": both sides
    ("Scotland v England was the highlight of the weekend.", {"Scotland": "metonym", "England": "metonym"}),
    ("The ticket for Cardiff vs. Bristol sold out.", {"Cardiff": "metonym", "Bristol": "metonym"}),
    # the object that is the subject of a to-infinitive acts as that subject does
    ("The coach has tipped Wales to win the title.", {"Wales": "metonym"}),
    ("They allowed Turkey to join the talks.", {"Turkey": "metonym"}),
    ("Forecasters expect Britain to see heavy snow this week.", {"Britain": "name"}),
    ("Officials expect Texas to be hit by the hurricane.", {"Texas": "name"}),
    # the side a win is over
    ("It was a slim win over Scotland for the French side.", {"Scotland": "metonym"}),
    ("France have been unbeaten since their victories over Scotland and Italy.", {"Scotland": "metonym"}),
    # a place described as a place
    ("Like London, Paris is crowded in summer.", {"London": "name", "Paris": "name"}),
    ("Rome was packed with pilgrims.", {"Rome": "name"}),
    ("Madrid was quiet on Sunday.", {"Madrid": "name"}),
    ("Analysts expect Spain to be warm.", {"Spain": "name"}),
    ("Unlike Germany, France is keen to sign the deal.", {"Germany": "metonym", "France": "metonym"}),
])
def test_mention_kinds_s18b(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


def test_place_states_are_words_of_a_place_not_of_an_actor():
    # a state or a team is keen, ready, busy or calm: those are no place states
    assert {"crowded", "quiet", "warm", "packed"} <= metonymy.PLACE_STATES
    assert not {"keen", "ready", "busy", "calm", "determined"} & metonymy.PLACE_STATES


@pytest.mark.parametrize("text, expected", [
    # the infinitive is the subject's purpose, not the object's deed: the object stays what it was
    ("The winger left Leeds to join Celtic.", {"Leeds": "name"}),
    ("The quartet held off the favourites, the USA, to win the relay.", {"USA": "name"}),
])
def test_a_purpose_infinitive_leaves_the_object_alone(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a place named as a club or a side is its team; named as a city it stays the city
    ("He joined Leeds, his boyhood club, in May.", {"Leeds": "metonym"}),
    ("The striker was linked with a move to former club Newcastle.", {"Newcastle": "metonym"}),
    ("He returned to Glasgow, his home city, in May.", {"Glasgow": "name"}),
])
def test_a_place_named_as_a_club_is_its_team(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # a seat of power before a noun is a modifier, as "US officials" is; acting alone it stands for its government
    ("Whitehall officials met staff from the council.", {"Whitehall": "modifier"}),
    ("A former Buckingham Palace press spokesman said the prince should apologise.", {"Buckingham Palace": "modifier"}),
    ("Kremlin officials denied the report.", {"Kremlin": "modifier"}),
    ("The Kremlin denied the report.", {"Kremlin": "metonym"}),
])
def test_a_seat_of_power_before_a_noun_is_a_modifier(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected
