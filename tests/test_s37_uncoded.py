"""Session 37 (s37-uncoded): events not made at all. CAMEO 064 is "exchange or share intelligence or
information"; parties that pool what they know share it, so "pool" with an intelligence-like object is a
COOPERATE 064 act, as "share" and "exchange" already were; pooled savings or cars are no event (the object
list). Sentences written for these tests (docs/accuracy.md, "Session 37, s37-uncoded")."""

import pytest


def _events(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.cameo, e.trigger.text if e.trigger else None) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Uruguay and Paraguay pooled intelligence about cattle smugglers last month.",
    "Greek and Cypriot coastguards have pooled their data on migrant boats.",
    "Tunisia and Algeria pool information on militants crossing the mountains.",
    "Danish and Swedish police pooled evidence against the gang in March.",
])
def test_pooled_intelligence_is_shared(pipeline, text):
    evs = _events(pipeline, text)
    assert any(t == "COOPERATE" and c == "064" and "pool" in (w or "") for t, c, w in evs), evs


@pytest.mark.parametrize("text", [
    "The villagers pooled their money to repair the well.",
    "Neighbours in Leeds pooled their cars for the school run.",
])
def test_pooled_things_other_than_knowledge_are_no_event(pipeline, text):
    assert not any(w and "pool" in w for _, _, w in _events(pipeline, text))
