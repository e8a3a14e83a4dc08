"""A US legislator's party-and-state tag after the name ("Sen. X (R-S.C.)") makes the person American (issue 11,
session 56; our own sentences): before, a tagged senator took the country the sentence talks about ("criticized
Iran": an Iranian senator), or none when the sentence names no country."""

import pytest

from newsgraph.actors.roles import party_tag_state

STATES = frozenset({"Vermont", "South Carolina", "California", "Texas", "New York", "Washington", "West Virginia",
                    "Delaware", "Ohio"})


@pytest.fixture(scope="module")
def actor(pipeline):
    def run(text, name):
        doc = pipeline.extract(text, name="t", published="2025-06-02")
        return next(e.actor for e in doc.entities if e.name == name)
    return run


@pytest.mark.parametrize("text,name", [
    ("Sen. Maria Olsen (R-S.C.) criticized Iran's nuclear program on Monday.", "Maria Olsen"),
    ("Rep. Tom Varga (D-Wash.) said Russia had broken the treaty.", "Tom Varga"),
    ("Senator Paul Reed (R-Ark.) urged Israel to hold its fire.", "Paul Reed"),
    ("Jane Korda (D-CA) criticized Mexico on Tuesday.", "Jane Korda"),  # (no title: the tag alone)
])
def test_a_tagged_legislator_is_american_whatever_country_the_sentence_names(actor, text, name):
    a = actor(text, name)
    assert (a.country, a.sector) == ("USA", "LEG")


def test_a_tagged_senator_keeps_his_title_and_gets_the_country_with_no_country_named(actor):
    a = actor("Independent presidential hopeful Sen. Carl Brandt (I-Vt.) on Saturday criticized the accord.",
              "Carl Brandt")
    assert (a.country, a.sector, a.role) == ("USA", "LEG", "Senator")


@pytest.mark.parametrize("after", [" (I-Vt.) said", "(D-N.Y.)", " (R-S.C.),", " (D-CA)", " (R-Texas)",
                                   " (D- Calif.)", " (D-W.Va.)", " (R-Ohio)"])
def test_party_tags_of_us_states(after):
    assert party_tag_state(after, STATES | {"California", "Arkansas"})


@pytest.mark.parametrize("after", [
    " (D-Day)",  # the letters run through no state's name from its first letter
    " (R-Dallas)",  # a city: "Dallas" is not Delaware ("Delaware" has one l)
    " (X-Texas)",  # no party's initial
    " (D-T)",  # a single letter says no state
    " said (R-Texas)",  # not right after the name
    " (D-Texas",  # unclosed
    "",
])
def test_what_is_no_party_tag(after):
    assert not party_tag_state(after, STATES)


def test_a_state_abbreviation_runs_through_the_name_in_order():
    assert party_tag_state(" (R-Vt.)", {"Vermont"})
    assert not party_tag_state(" (R-Tv.)", {"Vermont"})  # (wrong first letter)
    assert not party_tag_state(" (R-Vtm)", {"Vermont"})  # (an m after the t: out of order)
    assert party_tag_state(" (R-Vmt)", {"Vermont"})
