"""Tests for the events coder's survivors s16-mut left open (docs/testing.md, "Session 16, s16b-mutq"). Our own
sentences in PETRARCH mode with a user dictionary of our own; each expectation is what a user sees: the
events' codes and the actor codes of their source and target."""

from dataclasses import replace

import pytest

VERBS = """--- PARADE  [017] ---
PARADE
"""
ACTORS = "GONDOR [GON]\nROHAN [ROH]\n"


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    """(code, source codes, target codes) of each event of a text, in PETRARCH mode with VERBS and ACTORS."""
    from newsgraph.evaluate import petrarch as ep
    from newsgraph.pipeline import Pipeline

    d = tmp_path_factory.mktemp("s16b")
    (d / "verbs.txt").write_text(VERBS)
    (d / "actors.txt").write_text(ACTORS)
    opts = ep.pipeline_options(None, verbs=[str(d / "verbs.txt")], actors=[str(d / "actors.txt")])
    p = Pipeline(replace(opts, check_language=False))

    def run(text):
        doc = p.extract(text, name="x.txt", published="2015-06-01")
        return sorted((e.cameo, [doc.entity(i).actor.code for i in e.source],
                       [doc.entity(i).actor.code for i in e.target]) for e in doc.events)
    return run


# ---- attach_participants: an untyped code's quad class is its CAMEO code's -------------------------------

def test_a_place_inside_a_phrase_of_an_untyped_cooperative_act_is_where_not_whom(coded):
    # [017] is a code PLOVER does not type, cooperative by its CAMEO root: "in Gondor" inside "at a rally" is
    # where the parade was, so the act has no target (and PETRARCH mode drops an event with none)
    # (attach_participants 82, 84: the quad class read from the type alone, None, so Gondor became the target)
    assert coded("Rohan paraded prisoners at a rally in Gondor.") == []
    # a phrase's name after "of" is whom it touches, venue or not
    assert coded("Rohan paraded prisoners on a tour of Gondor.") == [("017", ["ROH"], ["GON"])]
