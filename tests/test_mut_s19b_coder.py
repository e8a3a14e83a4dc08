"""Session 19 (s19b-mut): tests that kill surviving mutants of this session's changed lines in
events/coder.py (docs/testing.md, "Session 19, s19b-mut"). Our own sentences, asked of the helper
directly on the parse."""

from newsgraph.events import coder


def _tok(pipeline, text, word, nth=0):
    return [t for t in pipeline.nlp(text) if t.text == word][nth]


def test_a_clock_time_is_the_clauses_time_not_a_complement(pipeline):
    # "at midnight": a TIME entity, as "on Monday" is a DATE one (_of_time 9, 10)
    text = "The company fired its chief executive at midnight."
    assert coder._of_time(_tok(pipeline, text, "at"))
    assert "at" not in coder._condition_words(_tok(pipeline, text, "fired"))[1]
    # ... a place after the same preposition is a complement
    text = "The company fired its chief executive at the factory."
    assert not coder._of_time(_tok(pipeline, text, "at"))


def test_a_political_actor_is_a_countrys_non_commercial_actor_or_an_international_body():
    from types import SimpleNamespace

    parts = SimpleNamespace(country={"gov": "KEN", "firm": "KEN"},
                            sector={"gov": "GOV", "firm": "BUS", "un": "IGO", "aid": "NGO", "shop": "MNC"})
    assert coder._political_actor("gov", parts)
    # an international or non-governmental organisation has no country and still is one (_political_actor 5)
    assert coder._political_actor("un", parts) and coder._political_actor("aid", parts)
    # a country's business is not (_political_actor 7), nor a multinational of none
    assert not coder._political_actor("firm", parts) and not coder._political_actor("shop", parts)


def test_a_passives_agent_is_the_doer_looked_for(pipeline):
    # the subject is no actor, the agent a country: the verb may be coded, so its patterns are matched
    # (_may_be_done_by_actor 3)
    from newsgraph.events.coder import Participants
    text = "The referee was jeered by Venezuela at the summit."
    doc = pipeline.extract(text, published="2026-03-04")
    sdoc = pipeline.nlp(text)
    parts = Participants(doc, sdoc)
    verb = [t for t in sdoc if t.text == "jeered"][0]
    assert coder._may_be_done_by_actor(verb, parts)
    text = "The referee was jeered by the crowd at the summit."
    doc = pipeline.extract(text, published="2026-03-04")
    sdoc = pipeline.nlp(text)
    assert not coder._may_be_done_by_actor([t for t in sdoc if t.text == "jeered"][0], Participants(doc, sdoc))


def _verb_and_parts(pipeline, text, verb):
    from newsgraph.events.coder import Participants
    doc = pipeline.extract(text, published="2026-03-04")
    sdoc = pipeline.nlp(text)
    return [t for t in sdoc if t.text == verb][0], Participants(doc, sdoc)


def test_a_passives_doer_is_its_agent_not_its_subject(pipeline):
    # a country as the passive's subject undergoes it; the crowd (its agent) is no political actor, so
    # the verb is not two-sided even with another country in the clause (_two_sided 9)
    v, parts = _verb_and_parts(pipeline, "Colombia was jeered by the crowd in Venezuela.", "jeered")
    assert not coder._two_sided(v, parts, bare=False)
    v, parts = _verb_and_parts(pipeline, "Colombia was jeered by Venezuela in Peru.", "jeered")
    assert coder._two_sided(v, parts, bare=False)
