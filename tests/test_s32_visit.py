"""Session 32 (s32-visit): issue 11's motion verbs as visits (docs/accuracy.md, "Session 32, s32-visit"; probes
gold/probe_countries_12.jsonl). Sentences written for these tests, not the probes'.

The CAMEO codebook's 042 "Make a visit" covers "all visits and travels"; PETRARCH2's CAMEO.2.0 codes GO, JOURNEY,
TRAVEL, ARRIVE and FLY (TO) as meetings or visits; the PLOVER manual's CONSULT visit has the visitor as actor and the
host as recipient. So an official who flies, goes, heads, jets, journeys or travels to a foreign state (its capital
or another of its cities) makes a CONSULT visit to it (lexicon.yaml; events.stage._no_visit), and a trip within the
traveller's own country, to a place that is no state, or by people who are no officials is none."""

import pytest

from newsgraph.events.stage import place_countries


def _triples(pipeline, text):
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    cities = place_countries(doc)
    code = {e.id: (e.actor.country if e.actor is not None and e.actor.country else cities.get(e.id)) for e in doc.entities}
    return [(e.type, e.mode, e.cameo, tuple(code[i] for i in e.source), tuple(code[i] for i in e.target))
            for e in doc.events if not e.flags]


@pytest.mark.parametrize("text, source, target", [
    ("The Dutch prime minister flew to Copenhagen.", "NLD", "DNK"),
    ("Norway's foreign minister went to Helsinki on Wednesday.", "NOR", "FIN"),
    ("The Mexican president journeyed to Guatemala.", "MEX", "GTM"),
    ("Sweden's defence minister jetted to Tallinn.", "SWE", "EST"),
    ("A Greek delegation flew to Nicosia for consultations.", "GRC", "CYP"),
    ("Portugal's president went to Luanda on an official visit.", "PRT", "AGO"),
])
def test_an_official_s_motion_to_a_foreign_state_is_a_visit(pipeline, text, source, target):
    visits = [(s, g) for t, m, c, s, g in _triples(pipeline, text) if t == "CONSULT" and m == "visit" and c == "042"]
    assert visits == [((source,), (target,))]


@pytest.mark.parametrize("text", [
    # a trip within the traveller's own country: no host state
    "The Dutch prime minister flew to Rotterdam.",
    "Norway's foreign minister travelled to Bergen.",
    "Brazil's president went to Sao Paulo.",
])
def test_a_trip_at_home_is_no_visit(pipeline, text):
    assert not [t for t in _triples(pipeline, text) if t[0] == "CONSULT"]


@pytest.mark.parametrize("text", [
    # people who are no officials: a migration or a holiday is no consultation
    "Afghan refugees travelled to Pakistan.",
    "Eritrean refugees went to Sudan.",
    "Hundreds of Irish students flew to Boston.",
])
def test_a_non_official_s_journey_is_no_visit(pipeline, text):
    assert not [t for t in _triples(pipeline, text) if t[0] == "CONSULT"]


@pytest.mark.parametrize("text", [
    # no state at the destination
    "The Dutch prime minister went to the summit venue.",
    "Norway's foreign minister flew to the front line.",
])
def test_a_place_that_is_no_state_is_no_visit(pipeline, text):
    assert not [t for t in _triples(pipeline, text) if t[0] == "CONSULT" and t[4]]


def test_a_flight_of_aid_stays_aid(pipeline):
    # FLY's other sense: what is flown is aid (CAMEO 073), not a trip
    ts = _triples(pipeline, "Britain flew medicine to Gaza.")
    assert not [t for t in ts if t[0] == "CONSULT"]


@pytest.mark.parametrize("text, visitor, host", [
    # the codebook's 042 example note: "arrived in Amman on a ... visit": 042 visitor -> host and 043 reversed
    ("The Kenyan president arrived in Kampala on a state visit.", "KEN", "UGA"),
    ("The Dutch prime minister flew to Copenhagen.", "NLD", "DNK"),
])
def test_the_host_s_043_is_coded_reversed(pipeline, text, visitor, host):
    codes = {(c, s, g) for t, m, c, s, g in _triples(pipeline, text) if t == "CONSULT"}
    assert ("042", (visitor,), (host,)) in codes and ("043", (host,), (visitor,)) in codes
