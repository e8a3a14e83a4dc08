"""s47-splitpl: tests for the short functions places' candidates was split into, through the public API (own
sentences). A dateline's place that the parser does not tag as a place is found by `_dateline_spans` alone, and
its label DATELINE keeps a small town of a country the story never names (resolve drops such a town when only the
matcher or a mislabel found it)."""

import pytest
from placeutil import mention_kinds


def _places(pipeline, text):
    return {m.text: (m.kind, p.country) for p in pipeline.extract(text).places for m in p.mentions}


# the dateline's town is small (under 100,000 people) and lies in a country the story does not name; the parser
# tags it ORG or nothing. "(Town) -" puts the place one character into its section, "Town (Agency) -" at its start.
DATELINES = [
    ("Talks resume.\n\n(Tralee) - Officials from Kenya and Uganda met on Monday to discuss trade.", "Tralee", "IRL"),
    ("Talks resume.\n\nTralee (Reuters) - Officials from Kenya and Uganda met on Monday to discuss trade.",
     "Tralee", "IRL"),
    ("(Dingle, Reuters) - Ministers from Kenya and Uganda met on Monday to discuss trade.", "Dingle", "GBR"),
]


@pytest.mark.parametrize("text, name, country", DATELINES)
def test_a_small_dateline_town_the_parser_missed_is_a_literal_place(pipeline, text, name, country):
    assert _places(pipeline, text).get(name) == ("name", country)


def test_the_dateline_town_is_one_mention_spanning_its_name_only(pipeline):
    places = pipeline.extract(DATELINES[0][0]).places
    spans = [(m.start, m.end) for p in places for m in p.mentions if m.text.startswith("Tral")]
    start = DATELINES[0][0].index("Tralee")
    assert spans == [(start, start + len("Tralee"))]


def test_mention_kinds_of_the_other_places_are_unchanged(pipeline):
    assert mention_kinds(pipeline, DATELINES[0][0])["Kenya"] == "name"


def test_a_demonym_whose_country_the_gazetteer_lacks_names_no_place(pipeline):
    # (`_demonym_item`: the demonym's entry is None, so no item; the rest of the sentence is still read)
    got = _places(pipeline, "Kosovan officials met their Serbian counterparts in Brussels on Monday.")
    assert "Kosovan" not in got and got.get("Brussels", ("?",))[0] == "name"


def _starts(pipeline, text, name):
    return sorted(m.start for p in pipeline.extract(text).places for m in p.mentions if m.text == name)


# (`_surname`) a name the story also gives a person is no town ("Ripley said"), unless it is the dateline's place or
# a locative preposition stands just before it, also at the very start of the text
def test_a_dateline_town_that_is_also_a_persons_surname_stays_a_place(pipeline):
    text = "Jackson (AP) - Mayor Tom Jackson said on Monday the water plant would reopen."
    assert _starts(pipeline, text, "Jackson") == [0]


def test_a_surname_after_in_is_the_town_and_alone_is_the_person(pipeline):
    text = "Coach Darren Ripley praised his players on Saturday. The team trains in Ripley every week, Ripley said."
    assert _starts(pipeline, text, "Ripley") == [text.index("in Ripley") + 3]


def test_a_surname_after_in_at_the_start_of_the_text_is_the_town(pipeline):
    assert _starts(pipeline, "In Ripley, the coach Darren Ripley praised his players on Saturday.", "Ripley") == [3]
