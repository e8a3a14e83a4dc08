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
