"""Opposition parties are the opposition, not the same group as the ruling party (session 11, lead).
Sentences written for these tests."""

from eventsutil import actor_codes


def _codes(pipeline, text):
    return actor_codes(pipeline, text, "2026-03-04")


def test_opposition_parties_and_the_ruling_party_are_two_actors(pipeline):
    codes = _codes(pipeline, "Georgia's prime minister accused opposition parties of organizing violence. "
                             "The president, who opposes the ruling party, vowed to veto the bill.")
    assert codes["opposition parties"] == "GEOOPP"
    assert codes["ruling party"] == "GEOPTY"


def test_a_party_without_opposition_stays_a_party(pipeline):
    codes = _codes(pipeline, "Georgia's prime minister criticised the party for its vote.")
    assert codes["party"] == "GEOPTY"
