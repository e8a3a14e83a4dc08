"""Britain's Liberal Democrats (issue 11, session 57; our own sentences): the NER cuts "the Liberal Democrats" to
"Democrats", which the knowledge base took for the American party, and tags "Lib Dems" a person with no country.
The knowledge base's row for the party makes each of its names British and a party."""

import pytest


@pytest.fixture(scope="module")
def actors(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2005-03-01")
        return {e.name: (e.actor.country, e.actor.sector) for e in doc.entities if e.actor is not None}
    return run


@pytest.mark.parametrize("text,name", [
    ("The Liberal Democrats accused the chancellor of hiding the figures.", "Liberal Democrats"),
    ("The Lib Dems demanded a statement from the home secretary.", "Lib Dems"),
    ("A Lib Dem spokesman said the plan was unfair.", "Lib Dem"),
])
def test_the_party_is_british_by_every_name(actors, text, name):
    assert actors(text).get(name) == ("GBR", "PTY")


def test_its_leader_takes_the_party_country(actors):
    found = actors("Liberal Democrat leader Charles Kennedy criticised the budget.")
    assert found.get("Charles Kennedy") == ("GBR", "PTY")


def test_no_liberal_democrat_is_american(actors):
    assert all(c != "USA" for c, _ in actors("The Liberal Democrats criticised the budget.").values())


def test_the_american_party_is_still_american(actors):
    assert actors("The Democrats criticised the budget in Washington.").get("Democrats") == ("USA", "PTY")
