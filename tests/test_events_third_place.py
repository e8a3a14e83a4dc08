"""A meeting's third place is read on the verb and on the objects the coder itself reads
(coder.direct_objects), not on plain `dobj` children only (session 7)."""

from types import SimpleNamespace

import spacy
from spacy.tokens import Doc

from newsgraph.events.stage import _third_place


def _meeting(words, heads, deps):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    met = next(t for t in doc if t.dep_ == "ROOT")
    return doc, met


def _parts(doc, countries):
    tok2ent = {i: f"e{i}" for i in countries}
    return SimpleNamespace(tok2ent=tok2ent, country={f"e{i}": iso for i, iso in countries.items()})


NO_PLACE = SimpleNamespace(place=lambda _id: None)


def test_place_on_a_counted_object_hung_on_a_particle():
    # "Peru met up to 20 Chilean officials in Bolivia", parsed met -prt-> up -prep-> to -pobj-> officials:
    # coder.direct_objects finds the officials, and their in-phrase names a third country
    words = ["Peru", "met", "up", "to", "20", "Chilean", "officials", "in", "Bolivia"]
    heads = [1, 1, 1, 2, 6, 6, 3, 6, 7]
    deps = ["nsubj", "ROOT", "prt", "prep", "nummod", "amod", "pobj", "prep", "pobj"]
    doc, met = _meeting(words, heads, deps)
    parts = _parts(doc, {0: "PER", 5: "CHL", 8: "BOL"})
    c = SimpleNamespace(token=met, source=["e0"], target=["e5"])
    assert _third_place(c, parts, NO_PLACE, None) is True


def test_place_of_one_side_is_no_third_place():
    words = ["Peru", "met", "up", "to", "20", "Chilean", "officials", "in", "Chile"]
    heads = [1, 1, 1, 2, 6, 6, 3, 6, 7]
    deps = ["nsubj", "ROOT", "prt", "prep", "nummod", "amod", "pobj", "prep", "pobj"]
    doc, met = _meeting(words, heads, deps)
    parts = _parts(doc, {0: "PER", 5: "CHL", 8: "CHL"})
    c = SimpleNamespace(token=met, source=["e0"], target=["e5"])
    assert _third_place(c, parts, NO_PLACE, None) is False
