"""Session 17 (s17c-places): metonymy where the parser leaves a place name no role of its own.

Sentences are our own. Each rule reads the role from a token that stands in for the name: its relative
clause's subject, a cleft's relative subject, the subject it is compared with, or the other side of a fixture.
"""

from placeutil import mention_kinds


_kinds = mention_kinds


def test_a_name_the_parser_made_the_root_of_its_own_relative_clause(pipeline):
    # the parser hangs the main verb on the relative clause and leaves the name the root: who denies, acts
    assert _kinds(pipeline, "Moscow, which has denied the claims, called for talks on Monday.") == {"Moscow": "metonym"}
    # ...but a relative clause on an object keeps the object's own reading
    assert _kinds(pipeline, "We toured Moscow, which has many old churches.") == {"Moscow": "name"}


def test_a_clefted_place_is_the_subject_of_the_relative_verb(pipeline):
    assert _kinds(pipeline, "It was Canada that blocked the deal.") == {"Canada": "metonym"}
    assert _kinds(pipeline, "It is Germany that pays most of the bill.") == {"Germany": "metonym"}
    # what befalls a place stays the place, clefted or not
    assert _kinds(pipeline, "It was Texas that was hit hardest by the storm.") == {"Texas": "name"}


def test_a_place_compared_with_the_subject_takes_its_reading(pipeline):
    assert _kinds(pipeline, "Unlike Germany, France backed the plan.") == {"Germany": "metonym", "France": "metonym"}
    assert _kinds(pipeline, "Unlike Russia, China abstained in the vote.")["Russia"] == "metonym"
    assert _kinds(pipeline, "Unlike Spain, Italy was hit by heavy snow.") == {"Spain": "name", "Italy": "name"}


def test_both_sides_of_a_fixture_the_parser_read_as_a_noun_phrase(pipeline):
    assert _kinds(pipeline, "Chelsea host Tottenham on Sunday.") == {"Chelsea": "metonym", "Tottenham": "metonym"}
    assert _kinds(pipeline, "Chelsea beat Tottenham 3-1 at the weekend.") == {"Chelsea": "metonym",
                                                                             "Tottenham": "metonym"}
    # a capitalised noun after the word is no side: "host city" is a modifier's noun
    assert _kinds(pipeline, "Paris host city officials said.") == {"Paris": "modifier"}


def test_the_object_of_a_defeat_the_parser_read_as_an_adverbial(pipeline):
    # "beat Fulham 2-0": the parser takes the name for an adverbial noun before the score
    assert _kinds(pipeline, "Arsenal beat Fulham 2-0 at home.")["Fulham"] == "metonym"


def _where(pipeline, text, name):
    return next((p.country, p.feature) for p in pipeline.extract(text).places for m in p.mentions if m.text == name)


def test_a_seat_of_government_among_its_namesakes(pipeline):
    # the seat of power where the story reads it as the government or names its country...
    assert _where(pipeline, "Senior Whitehall officials briefed the minister.", "Whitehall") == ("GBR", "building")
    assert _where(pipeline, "Whitehall departments were told by the Treasury in London to cut spending.",
                  "Whitehall") == ("GBR", "building")
    # ...a namesake where the story's other places say so
    assert _where(pipeline, "Police in Whitehall arrested two men after a chase through Columbus and Bexley, Ohio.",
                  "Whitehall") == ("USA", "city")
    # a seat with no namesake abroad keeps its prior over a translated alias ("Casablanca" is "White House")
    assert _where(pipeline, "Protesters gathered outside the White House on Tuesday.", "White House") == (
        "USA", "building")


def test_the_object_of_a_phrasal_verb_of_opposition(pipeline):
    assert _kinds(pipeline, "France take on Italy in Rome on Sunday.") == {"France": "metonym", "Italy": "metonym",
                                                                          "Rome": "name"}
    assert _kinds(pipeline, "The Prime Minister will take on Brussels over the budget.") == {"Brussels": "metonym"}
    assert _kinds(pipeline, "Lithuania stood up to Moscow for years.")["Moscow"] == "metonym"
    # the same verbs with what is no opponent: a place stays a place
    assert _kinds(pipeline, "The ship took on water near Malta.") == {"Malta": "name"}
    assert _kinds(pipeline, "Police stood guard at Dover.") == {"Dover": "name"}
