"""Clergy titles the role table lacked (issue 11, session 57; our own sentences): "Pastor X endorsed Y" left the
pastor with no actor at all; as a religious officer (REL, like a priest or a bishop) he takes the country the
sentence's places give, and an unplaced one stays with no country rather than a guessed one."""

import pytest


@pytest.fixture(scope="module")
def actors(pipeline):
    def run(text):
        doc = pipeline.extract(text, name="t", published="2016-01-12")
        return {e.name: (e.actor.country, e.actor.sector) for e in doc.entities if e.actor is not None}
    return run


@pytest.mark.parametrize("text,name,country", [
    ("Pastor Joel Winters of a church in Dayton, Ohio, endorsed the governor.", "Joel Winters", "USA"),
    ("The preacher at the chapel in Leeds condemned the decision.", "preacher", "GBR"),
    ("The vicar of a parish near the moors criticised the council.", "vicar", None),
    ("Pastor Joel Winters endorsed the plan.", "Joel Winters", None),
])
def test_a_clergy_title_makes_a_religious_actor(actors, text, name, country):
    assert actors(text).get(name) == (country, "REL")
