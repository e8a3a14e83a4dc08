"""Session 39 (s39-econ): a second set of own probes for economic "demand" read as REQUEST, written after the
fix (`events.coder._market_demand`) and committed before its first run, to tell whether the rule generalises
beyond the wordings it was made on. New wordings, each naming a country, firm or body so that the base codes
an event. The sentences are our own.

The first ten give no REQUEST on the base either (the base codes the noun only where an actor hangs on it or on
its clause); the third group, added before its first run, puts the actor there: a nationality on the noun, a
possessive, or a firm as the subject of the clause that meets or feeds the demand."""

import pytest


def _types(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    return [(e.type, e.trigger.text.lower() if e.trigger else "") for e in doc.events]


@pytest.mark.parametrize("text", [
    "Volvo said Swedish demand for trucks held up better than it had feared.",
    "Indian demand for gold jewellery jumped ahead of the wedding season.",
    "Samsung warned that weak demand for memory chips in Europe would hurt earnings.",
    "Shell said it would expand the refinery in Rotterdam to cope with demand for diesel.",
    "Analysts at Barclays said household demand in Spain had begun to recover.",
    "Mexico's central bank cut rates to revive demand after the slump.",
    "Heathrow said passenger numbers grew as demand from Chinese tourists rose.",
    "Rolls-Royce is hiring 500 engineers in Derby as demand for jet engines climbs.",
    "Copper prices in London fell as demand and supply moved into balance, the LME said.",
    "Gazprom said high demand in Italy during the cold spell had drained its reserves.",
])
def test_a_market_quantity_is_no_demand_after(pipeline, text):
    got = _types(pipeline, text)
    assert not [t for t, w in got if t == "REQUEST" and "demand" in w], got


@pytest.mark.parametrize("text", [
    "Airbus is adding a production line to satisfy growing demand for its narrow-body jets.",
    "Korean domestic demand remained weak through the summer, the finance ministry said.",
    "Nigeria's demand for imported rice has fallen since the tariff was raised.",
    "Canadian demand for softwood slumped as house building stalled.",
    "Unilever raised prices in Indonesia after robust demand for soap and shampoo.",
    "Philips said it could not keep pace with hospital demand for ventilators in Italy.",
    "Petrobras increased output to meet Chinese demand for crude oil.",
    "Vietnam's coffee exports rose on firm demand from European roasters.",
])
def test_a_market_quantity_with_its_actor_is_no_demand_after(pipeline, text):
    got = _types(pipeline, text)
    assert not [t for t, w in got if t == "REQUEST" and "demand" in w], got


@pytest.mark.parametrize("text", [
    "Unite's demand for a shorter working week was turned down by Ford.",
    pytest.param("The Serbian government rejected the demands of the Kosovo delegation.",
                 marks=pytest.mark.xfail(strict=True, reason="missed on the base too: the refusal (REJECT) is "
                                                             "coded, the demand it refuses is not")),
    "Greenpeace sent a demand to Exxon that it stop drilling in the Arctic.",
    "The farmers' demand that Brussels scrap the quotas was repeated in Paris.",
    "Iran's demand for guarantees from the United States stalled the talks.",
    "Workers at the Renault plant in Slovenia demanded higher pay.",
])
def test_a_demand_by_someone_stays_after(pipeline, text):
    got = _types(pipeline, text)
    assert [t for t, w in got if t == "REQUEST" and "demand" in w], got
