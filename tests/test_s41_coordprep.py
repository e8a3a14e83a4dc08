"""Session 41 (s41-plovtb): coordinated prepositions share their one object ("officials in and around Miami",
"police in or near Kabul": the parser hangs the object on the last preposition), so a group placed by such a
phrase takes the place's country (actors/clusters._shared_objects, _in_phrase_country), not the country the
article is otherwise about. Own probes: gold/probe_s41_coordprep.jsonl and _2 (labelled before their first run).
docs/accuracy.md, Session 41, s41-plovtb."""

import pytest

from newsgraph.actors import clusters


def _prep(doc, word="in"):
    return next(t for t in doc if t.lower_ == word and t.dep_ == "prep")


def test_a_preposition_with_no_object_shares_its_conjuncts(pipeline):
    doc = pipeline.nlp("Officials in and around Miami criticised the Cuban government.")
    assert [t.text for t in clusters._shared_objects(_prep(doc))] == ["Miami"]


def test_a_preposition_with_its_own_object_keeps_it(pipeline):
    doc = pipeline.nlp("Police in Karachi and Lahore arrested forty refugees.")
    assert [t.text for t in clusters._shared_objects(_prep(doc))] == ["Karachi"]


def test_a_conjunct_that_is_no_preposition_gives_no_object(pipeline):
    doc = pipeline.nlp("Officials in and around Miami criticised the Cuban government.")
    prep = _prep(doc)
    around = next(t for t in prep.children if t.dep_ == "conj")
    around.pos_ = "NOUN"  # (as if the parser had read "around" as a noun: it is then no preposition sharing)
    assert clusters._shared_objects(prep) == []


def _source_code(pipeline, text):
    doc = pipeline.extract(text, published="2000-01-01")
    ev = next(e for e in doc.events if e.source)
    ent = {e.id: e for e in doc.entities}[ev.source[0]]
    return ent.actor.code if ent.actor else None


@pytest.mark.parametrize("text, code", [
    ("Officials in and around Miami criticised the Cuban government.", "USAGOV"),
    ("Police in and around Karachi arrested forty Afghan refugees.", "PAKCOP"),
    ("Farmers in or near Harare protested against the British government.", "ZWEAGR"),
])
def test_a_group_placed_by_coordinated_prepositions_is_of_the_places_country(pipeline, text, code):
    assert _source_code(pipeline, text) == code
