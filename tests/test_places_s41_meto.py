"""s41-meto: a place as the object of a verb whose object can only be people (GeoWebNews: a place name
standing for its people, voters or government is a metonym): a state or country won or carried in an
election ("the governor won Ohio", "she carried Nevada"), a people helped, angered or inflamed ("the
deal helps Mexico", "the remarks angered Japan"). Own sentences, labelled before their first run;
controls keep a place literal where the verb is done at or to the place, not its people."""

import pytest
from placeutil import mention_kinds


_kinds = mention_kinds


PROBES = [
    ("The senator won Ohio by four points in the primary last spring.", {"Ohio": "metonym"}),
    ("No Republican has carried Oregon in a presidential race since 1984.", {"Oregon": "metonym"}),
    ("She is expected to win Nevada and Colorado next week, pollsters say.", {"Nevada": "metonym", "Colorado": "metonym"}),
    ("The new trade agreement helps Mexico more than anyone admits.", {"Mexico": "metonym"}),
    ("His remarks about the war angered Japan, officials in Tokyo said.", {"Japan": "metonym"}),
    ("The candidate has inflamed Britain with his speeches on migration.", {"Britain": "metonym"}),
    # controls: done at or to the place itself, or a place in a prepositional phrase
    ("The senator won the primary in Ohio by four points.", {"Ohio": "name"}),
    ("Heavy floods hit Kentucky again on Sunday night.", {"Kentucky": "name"}),
    ("She visited Nevada twice during the campaign last year.", {"Nevada": "name"}),
    ("The team won a medal in Japan last summer.", {"Japan": "name"}),
]


@pytest.mark.parametrize("text, expected", PROBES)
def test_a_place_whose_people_are_won_or_moved_is_a_metonym(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected


# a surname of someone the story names in full is that person where the name's only reading beyond towns and
# counties is an alternate (non-primary) name of a bigger division ("Vargas", once a Venezuelan state's name);
# a state or country of that primary name stays a place (controls). Labelled before their first run.
SURNAMES = [
    ("The author Jose Luis Vargas spoke at the rally. Vargas and his allies then left for the airport.",
     {"Vargas": None}),
    ("Jose Luis Vargas wrote a column on Monday. Vargas's critics answered within hours.", {"Vargas": None}),
    ("Senator Tom Jordan visited the camp. Jordan and Egypt signed the water accord later.", {"Egypt": "metonym"}),
    ("Reporter Anne Washington covered the vote. Washington imposed new sanctions on Iran.",
     {"Iran": "metonym"}),
]


@pytest.mark.parametrize("text, expected", SURNAMES)
def test_a_surname_whose_other_reading_is_an_old_name_is_the_person(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected
