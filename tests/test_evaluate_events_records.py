"""`triples_records`: the PLOVER view of the country triples, where an event naming no one on
either side makes no record (the manual's data format requires an actor)."""

from eventsutil import coded

from newsgraph.evaluate.events import GoldEvent, GoldItem, render, score
from newsgraph.model import Actor, Document, Entity


def _doc(events):
    ents = [Entity(id="e1", name="Russia", type="GPE", actor=Actor(code="RUS", country="RUS")),
            Entity(id="e2", name="Ukraine", type="GPE", actor=Actor(code="UKR", country="UKR")),
            Entity(id="e3", name="villagers", type="ORG", actor=None)]
    return Document(text="x", entities=ents, events=events)


def test_an_event_naming_no_one_makes_no_record_but_still_counts_in_triples():
    items = [GoldItem("1", "x", "2026-01-01", [GoldEvent("ACCUSE", [("RUS", None)], [("UKR", None)])])]
    docs = [_doc([coded("ACCUSE", ["e1"], ["e2"]),
                  coded("ASSAULT", [], [], at=2),  # "after two days of fighting": no one named
                  coded("PROTEST", ["e3"], [], at=4)])]  # an uncoded actor is still someone
    r = score(items, docs)
    assert r["triples"]["country"]["pred"] == 3
    rec = r["triples_records"]
    assert (rec["tp"], rec["pred"], rec["gold"]) == (1, 2, 1)
    assert "triples of events naming someone" in render(r | {"gold": "g.json"})
