"""Session 39 (s39-econ): own probe sentences for economic "demand" read as a demand (REQUEST).

PLOVER's REQUEST is "all requests, demands, and orders" and CAMEO 10 ("Demand") is a demand that a party do
something: an act of an actor, addressed to one. The market sense of the noun, the quantity of goods buyers
want ("demand for oil rose", "consumer demand", "to meet growing demand for flats"), is no one's act: a
market quantity is no actor. English marks the market sense as a mass noun (singular with no article or
possessive: "demand for cars"), by the modifiers and verbs of a quantity ("domestic demand", "strong demand",
"demand fell", "boost demand") and by its pairing with supply; the act is a count noun ("a demand", "their
demands", "the union's demand that ...").

Regression probes, written and committed before their first run; the sentences are our own. The first ten
(test_a_market_quantity_is_no_demand) name no actor and so give no event on the base either (an event noun
is coded only with a participant); the second ten (..._beside_an_actor), added before their first run, name
a country or firm as the first ones in the BBC samples did."""

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
    "Toyota said it would build a plant in Turkey to meet rising demand for hybrid cars.",
    "Siemens blamed sluggish domestic demand in Germany for the drop in orders.",
    "Japanese consumer demand fell for a third month, figures showed.",
    "Nestle said demand for coffee in China had doubled in five years.",
    "Brazilian demand for soya meal surges",
    "The OPEC cartel expects world demand for crude to grow by 1.5% next year.",
    "Lufthansa said strong demand on transatlantic routes offset the cost of fuel.",
    "Prices in Australia rose as supply failed to keep up with demand, the Reserve Bank said.",
    "Tax cuts in France were meant to boost demand for new homes.",
    "With Chinese demand slowing, BHP Billiton cut its forecast for iron ore.",
])
def test_a_market_quantity_beside_an_actor_is_no_demand(pipeline, text):
    got = _types(pipeline, text)
    assert not [t for t, w in got if t == "REQUEST" and "demand" in w], got


@pytest.mark.parametrize("text", [
    "The union renewed its demand for a 10% pay rise from the rail operator.",
    "Protesters in Lagos repeated their demands that the governor resign.",
    pytest.param("The kidnappers made a ransom demand to the family of the Italian engineer.",
                 marks=pytest.mark.xfail(strict=True, reason="missed on the base too: no REQUEST for the light verb's noun here")),
    "Opposition leaders in Kenya demanded a recount of the votes.",
    "France rejected a demand from Italy that it close the border crossing.",
    pytest.param("The minister refused the strikers' demands for higher wages.",
                 marks=pytest.mark.xfail(strict=True, reason="missed on the base too: the refusal (REJECT) is coded, the demand it refuses is not")),
])
def test_a_demand_by_someone_stays(pipeline, text):
    got = _types(pipeline, text)
    assert [t for t, w in got if t == "REQUEST" and "demand" in w], got
