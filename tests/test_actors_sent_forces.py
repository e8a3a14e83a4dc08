"""Session 17 (s17b-actors): troops sent somewhere are the sender's; the place is where they go."""


def _codes(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2005-01-01")
    return {e.name: e.actor.code for e in doc.entities if e.actor is not None and e.attrs.get("actor") is not False}


def test_troops_deployed_in_a_country_are_the_senders(pipeline):
    codes = _codes(pipeline, "Kenya deployed troops in Somalia to fight the militants.")
    assert codes["troops"] == "KENMIL"
    # even where the place is the article's focus
    codes = _codes(pipeline, "Congo said Rwanda had stationed soldiers in Congo. Congo protested.")
    assert codes["soldiers"] == "RWAMIL"


def test_a_group_that_is_not_sent_is_still_placed_by_where_it_is(pipeline):
    codes = _codes(pipeline, "Kenya condemned militants in Somalia for the raid.")
    assert codes["militants"] == "SOMUAF"
