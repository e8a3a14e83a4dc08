"""Session 39 (s39-econ): own probe sentences for economic "demand" read as a demand (REQUEST).

PLOVER's REQUEST is "all requests, demands, and orders" and CAMEO 10 ("Demand") is a demand that a party do
something: an act of an actor, addressed to one. The market sense of the noun, the quantity of goods buyers
want ("demand for oil rose", "consumer demand", "to meet growing demand for flats"), is no one's act: a
market quantity is no actor. English marks the market sense as a mass noun (singular with no article or
possessive: "demand for cars"), by the modifiers and verbs of a quantity ("domestic demand", "strong demand",
"demand fell", "boost demand") and by its pairing with supply; the act is a count noun ("a demand", "their
demands", "the union's demand that ...").

Regression probes, written and committed before their first run; the sentences are our own."""

import pytest


def _types(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.trigger.text.lower() if e.trigger else "") for e in doc.events]


@pytest.mark.parametrize("text", [
    "Demand for copper rose sharply in the third quarter, the mining group said.",
    "The brewer blamed weak consumer demand for the fall in its profits.",
    "Domestic demand in Brazil slowed for a second month.",
    "The carmaker will open a new plant to meet growing demand for small vans in Poland.",
    "Retailers said strong demand for flat-screen televisions lifted Christmas sales.",
    "Higher interest rates are expected to dampen demand for mortgages.",
    "Oil prices climbed as supply and demand tightened over the winter.",
    "Global demand for steel has outstripped supply, the trade body said.",
    "The airline said demand had recovered after the winter storms.",
    "Exporters in Ghana have struggled as world demand for cocoa dipped.",
])
def test_a_market_quantity_is_no_demand(pipeline, text):
    got = _types(pipeline, text)
    assert not [t for t, w in got if t == "REQUEST" and "demand" in w], got


@pytest.mark.parametrize("text", [
    "The union renewed its demand for a 10% pay rise from the rail operator.",
    "Protesters in Lagos repeated their demands that the governor resign.",
    "The kidnappers made a ransom demand to the family of the Italian engineer.",
    "Opposition leaders in Kenya demanded a recount of the votes.",
    "France rejected a demand from Italy that it close the border crossing.",
    "The minister refused the strikers' demands for higher wages.",
])
def test_a_demand_by_someone_stays(pipeline, text):
    got = _types(pipeline, text)
    assert [t for t, w in got if t == "REQUEST" and "demand" in w], got
