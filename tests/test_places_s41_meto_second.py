"""s41-meto, second probe set: written after the fix to tell whether it generalises, labelled and committed
before its first run. A place as the object of a verb whose object is people (voters won or carried, a people
helped or angered) is a metonym; where the verb's object is a thing at the place, or the place follows a
preposition, it stays a place."""

import pytest
from placeutil import mention_kinds


_kinds = mention_kinds


PROBES = [
    ("Whoever wins Pennsylvania will probably win the presidency, analysts said.", {"Pennsylvania": "metonym"}),
    ("The mayor narrowly carried Arizona four years ago.", {"Arizona": "metonym"}),
    ("The tariff decision infuriated Canada and Mexico.", {"Canada": "metonym", "Mexico": "metonym"}),
    ("Cheaper oil would help India far more than it helps Russia.", {"India": "metonym", "Russia": "metonym"}),
    ("The border plan alienated Texas, its governor told reporters.", {"Texas": "metonym"}),
    ("Writer Maria Vargas published a memoir. Vargas said the book took ten years.", {"Vargas": None}),
    # added after the mutation check found "enrage" untested (labelled before its first run)
    ("The ruling enraged Poland, whose ministers walked out of the meeting.", {"Poland": "metonym"}),
    # controls
    ("The cyclist won the stage in France after a long breakaway.", {"France": "name"}),
    # a strict known miss (labelled before the first run; fails on the base too): "carry" is no verb of
    # giving, so the recipient rule does not read Haiti as the people that receive
    pytest.param("The plane carried aid to Haiti on Friday.", {"Haiti": "metonym"},
                 marks=pytest.mark.xfail(strict=True, reason="carry is not a giving verb: a known miss")),
    ("Storms battered Florida for a third day on Tuesday.", {"Florida": "name"}),
    ("Tourists helped clean the beaches in Thailand last week.", {"Thailand": "name"}),
]


@pytest.mark.parametrize("text, expected", PROBES)
def test_second_set(pipeline, text, expected):
    got = _kinds(pipeline, text)
    assert {k: got.get(k) for k in expected} == expected
