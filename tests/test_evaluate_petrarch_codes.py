"""How `evaluate --petrarch` writes actor codes (session 7): an agent with no actor is PETRARCH's
---MIL, but an actor the user's dictionary codes with a sector-like code (the Red Cross [NGO],
Amnesty International [NGM]) is written as the dictionary codes it."""

from newsgraph.evaluate import petrarch as ep
from newsgraph.evaluate.events import pipeline_options

ACTORS = """RED_CROSS [NGO]
AMNESTY_INTERNATIONAL [NGM]
GONDOR [GON]
MORDOR [MOR]
"""


def _codings(tmp_path, text):
    actors = tmp_path / "a.actors.txt"
    actors.write_text(ACTORS)
    rec = ep.Record(id="t-1", text=text, date="2015-06-01")
    (codings,) = ep.predict([rec], pipeline_options(None, actors=[str(actors)]))
    return {(c.source, c.target, c.code[:3]) for c in codings}


def test_dictionary_sector_code_is_written_as_coded(tmp_path):
    got = _codings(tmp_path, "Amnesty International accused Mordor of torture on Sunday.")
    assert {(s, t) for s, t, _ in got} == {("NGM", "MOR")}, got  # was ---NGM


def test_agent_without_an_actor_keeps_the_dashes(tmp_path):
    got = _codings(tmp_path, "Soldiers attacked Gondor on Sunday.")
    assert ("---MIL", "GON", "190") in got, got


def test_country_guessed_from_the_article_focus_is_not_a_petrarch_code():
    """Session 7 (s7-petr3): the actors stage lends an agent with no country of its own the
    country the article is about ("Germany expelled the journalists": German journalists?); PETRARCH
    codes the words only, so the agent keeps the dashes (was DEUMED, POLREB)."""
    texts = ["Germany expelled the journalists.", "Polish troops attacked rebels on Sunday."]
    recs = [ep.Record(id=f"t-{i}", text=t, date="2015-06-01") for i, t in enumerate(texts)]
    got = [{(c.source, c.target, c.code[:3]) for c in cs} for cs in ep.predict(recs, pipeline_options(None))]
    assert ("DEU", "---MED", "174") in got[0], got
    assert ("POLMIL", "---REB", "190") in got[1], got
