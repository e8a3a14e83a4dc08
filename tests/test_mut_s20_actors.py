"""Session 20, s20-mut: s18-mut's open clusters._in_phrase_country survivor 11 (docs/testing.md, "Session 20,
s20-mut"). Our own sentence; the function asked directly on its parse with a context of the fields it reads."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.actors.clusters import in_country
from newsgraph.actors.tables import tables
from stageutil import parsed


def test_a_noun_after_a_country_name_is_no_place_in_it(pipeline):
    # "fought in the Iraq war": the war is no place, and the country's name only its modifier (11: `<= e.end`
    # took the word right after an entity as that entity)
    _, parse = parsed(pipeline, "Soldiers who fought in the Iraq war marched on Sunday.")
    doc = parse.doc
    ctx = SimpleNamespace(tables=tables(), ents=list(doc.ents))
    assert any(e.text == "Iraq" for e in doc.ents)
    fought = next(t for t in doc if t.text == "fought")
    assert in_country(ctx, fought) is None
    # (the same phrase naming the place itself is the place's)
    _, parse = parsed(pipeline, "Soldiers who fought in Iraq marched on Sunday.")
    ctx = SimpleNamespace(tables=tables(), ents=list(parse.doc.ents))
    assert in_country(ctx, next(t for t in parse.doc if t.text == "fought")) == "IRQ"
