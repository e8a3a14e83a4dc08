"""Session 33 (s33-triple): the PLOVER scorer read against the GSR's own conventions (docs/accuracy.md, "Session 33,
s33-triple"). Our own sentences and hand-built events; the GSR records cited are only named, never copied."""

import json

from eventsutil import coded

from newsgraph.evaluate.events import GoldEvent, GoldItem, load_gold, plover_events, score
from newsgraph.model import Actor, Document, Entity


def _doc(events):
    ents = [Entity(id="e1", name="Ghana", type="GPE", actor=Actor(code="GHA", country="GHA")),
            Entity(id="e2", name="the Nigerian president", type="PERSON",
                   actor=Actor(code="NGAGOV", country="NGA", sector="GOV"))]
    return Document(text="x", entities=ents, events=events)


def _triples(report):
    c = report["triples"]["country"]
    return c["tp"], c["pred"], c["gold"]


def test_a_hosting_is_scored_in_the_hosts_direction_as_the_gsr_codes_it():
    # "Ghana hosted the Nigerian president": the stage codes the host's 043 first and the visitor's 042 as its
    # mirror on the same trigger; the GSR (PLOVER 0.5b1, mode "host") codes the host as source, so the first is kept
    host = coded("CONSULT", ["e1"], ["e2"], cameo="043")
    mirror = coded("CONSULT", ["e2"], ["e1"], cameo="042")
    assert plover_events([host, mirror]) == [host]
    gold = [GoldItem("1", "x", "2026-01-01", [GoldEvent("CONSULT", [("GHA", None)], [("NGA", "GOV")])])]
    assert _triples(score(gold, [_doc([host, mirror])])) == (1, 1, 1)
    reversed_gold = [GoldItem("1", "x", "2026-01-01", [GoldEvent("CONSULT", [("NGA", "GOV")], [("GHA", None)])])]
    assert _triples(score(reversed_gold, [_doc([host, mirror])])) == (0, 1, 1)


def test_two_gsr_records_of_one_sentence_with_the_same_actors_are_two_gold_triples(tmp_path):
    # the GSR writes one event category per record, also when two events share their actors (not the manual's
    # one record with several categories): both are gold, and a coder that tells both gets both right
    text = "Kenyan police fired on protesters in Nairobi and arrested twenty of them."
    recs = [{"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT"}]
    recs += [{"id": f"X-{n}", "event": t, "text": text, "source": [{"code": "KEN", "sector": "COP"}],
              "target": [{"code": "KEN", "sector": "CVL"}]} for n, t in ((1, "ASSAULT"), (2, "COERCE"))]
    path = tmp_path / "gsr.txt"
    path.write_text(json.dumps(recs), encoding="utf-8")
    items = load_gold(str(path))
    assert len(items) == 1 and [g.type for g in items[0].events] == ["ASSAULT", "COERCE"]
    ents = [Entity(id="p", name="Kenyan police", type="NORP", actor=Actor(code="KENCOP", country="KEN", sector="COP")),
            Entity(id="q", name="protesters", type="NORP", actor=Actor(code="KENCVL", country="KEN", sector="CVL"))]
    both = Document(text="x", entities=ents, events=[coded("ASSAULT", ["p"], ["q"]),
                                                     coded("COERCE", ["p"], ["q"], id="e2", trigger="y", at=3)])
    assert _triples(score(items, [both])) == (2, 2, 2)
    one = Document(text="x", entities=ents, events=[coded("ASSAULT", ["p"], ["q"])])
    assert _triples(score(items, [one])) == (1, 1, 2)


# --- a visit and its hosting coded both ways; a trip or tour is a visit only by an official to another state ---

import pytest  # noqa: E402

from newsgraph.events.stage import place_countries  # noqa: E402


def _visit_codings(pipeline, text):
    """The unflagged 042/043 codings of `text` as (source country, target country, code), a city as its country."""
    doc = pipeline.extract(text, name="t", published="2026-06-01")
    cities = place_countries(doc)

    def country(i):
        e = doc.entity(i)
        return e.actor.country if e is not None and e.actor is not None and e.actor.country else cities.get(i)
    return sorted((country(s), country(t), e.cameo) for e in doc.events if e.cameo in ("042", "043") and not e.flags
                  for s in e.source for t in e.target)


@pytest.mark.parametrize("text, host, visitor", [
    ("The Jordanian king received Iraq's foreign minister in Amman.", "JOR", "IRQ"),
    ("Iceland's prime minister was received by the Danish prime minister.", "DNK", "ISL"),
    ("Senegal's president welcomed a Gambian delegation on Friday.", "SEN", "GMB"),
    ("The Thai prime minister gave a warm welcome to the Laotian president.", "THA", "LAO"),
])
def test_a_hosting_is_coded_from_the_host_and_from_the_visitor(pipeline, text, host, visitor):
    # CAMEO codebook 043: "Two events are coded: 043 with the [host] as the source ... and 042 with the actors reversed"
    assert _visit_codings(pipeline, text) == sorted([(host, visitor, "043"), (visitor, host, "042")])


@pytest.mark.parametrize("text, visitor, host", [
    ("The Greek prime minister toured Egypt last month.", "GRC", "EGY"),
    ("Sweden's foreign minister made a trip to Ankara.", "SWE", "TUR"),
])
def test_a_tour_or_trip_of_an_official_abroad_is_coded_from_both_sides(pipeline, text, visitor, host):
    assert _visit_codings(pipeline, text) == sorted([(visitor, host, "042"), (host, visitor, "043")])


@pytest.mark.parametrize("text", [
    "German tourists toured Rome.",  # no official
    "A Dutch student's trip to Peru was cut short.",  # no official
    "The Italian president toured Milan.",  # the traveller's own country
    "Spain's prime minister made a trip to Seville.",  # the traveller's own country
])
def test_a_tour_or_trip_that_is_no_visit_codes_none(pipeline, text):
    assert _visit_codings(pipeline, text) == []
