"""Untyped events (session 8): a user verb dictionary's code that PLOVER does not type (CAMEO 01x,
WEIS codes, a dictionary's own test codes) codes an event with `type: null` in PETRARCH mode
(`--verbs FILE`), and every reader of documents and the corpus takes it (docs/schema.md)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.corpus import Store
from newsgraph.corpus.export import export
from newsgraph.corpus.merge import Candidate, Report, match
from newsgraph.events.ontology import cameo_quad, event_kind, quad_class
from newsgraph.evaluate import events as ee
from newsgraph.evaluate import petrarch as ep
from newsgraph.model import Document
from newsgraph.report import render

ROOT = Path(__file__).resolve().parent.parent
VERBS = """--- BOW  [012]  ---
BOW
- NOT_*  [112]
--- PARADE  [017] ---
PARADE
--- ADMIT  [013:012] ---
ADMIT
--- ABANDON  [345]  ---
ABANDON
- * DIPLOMATIC TIES [901]
--- CONDEMN  [111]  ---
CONDEMN
--- HELD  [210] ---
HELD
- % * TALKS  [031]
- * TALKS  [032:032]
--- SAY [010] ---
SAID
--- ATTACK [190] ---
ATTACK
"""
ACTORS = "GONDOR [GON]\nMORDOR [MOR]\nROHAN [ROH]\n"
TEXT = ("Mordor bowed to Gondor on Monday. Rohan paraded its troops before Mordor on Tuesday. "
        "Gondor abandoned diplomatic ties with Mordor. Rohan condemned Mordor. Gondor admits Rohan's claims.")


@pytest.fixture(scope="module")
def dicts(tmp_path_factory):
    d = tmp_path_factory.mktemp("dicts")
    (d / "verbs.txt").write_text(VERBS)
    (d / "actors.txt").write_text(ACTORS)
    return d


@pytest.fixture(scope="module")
def petrarch_pipeline(dicts):
    from dataclasses import replace

    from newsgraph.pipeline import Pipeline

    opts = ep.pipeline_options(None, verbs=[str(dicts / "verbs.txt")], actors=[str(dicts / "actors.txt")])
    return Pipeline(replace(opts, check_language=False))


@pytest.fixture(scope="module")
def doc(petrarch_pipeline) -> Document:
    return petrarch_pipeline.extract(TEXT, name="untyped.txt", published="2015-06-01")


def _codes(d: Document, ids) -> list[str]:
    return [d.entity(i).actor.code for i in ids]


def by_cameo(d: Document) -> dict[str, object]:
    out = {}
    for e in d.events:  # (the first of a code: ADMIT's [013:012] also codes 012 from target to source)
        out.setdefault(e.cameo, e)
    return out


def test_quad_class_and_kind_of_an_untyped_code():
    assert [cameo_quad(c) for c in ("012", "0231", "057", "064", "087", "095", "138", "145", "204")] == \
        [1, 1, 1, 2, 2, 3, 3, 4, 4]
    assert [cameo_quad(c) for c in ("904", "345", "def", "", None, "00", "21")] == [None] * 7
    assert quad_class("ASSAULT", "012") == 4 and quad_class(None, "012") == 1 and quad_class(None, "904") is None
    assert event_kind("ASSAULT", "190") == "ASSAULT"
    assert event_kind(None, "012") == "CAMEO 012" != event_kind(None, "017")


def test_petrarch_mode_codes_untyped_events(doc):
    got = by_cameo(doc)
    bow, parade, ties = got["012"], got["017"], got["901"]
    for ev in (bow, parade, ties):
        assert ev.type is None and ev.mode is None and ev.acled is None
    assert (_codes(doc, bow.source), _codes(doc, bow.target)) == (["MOR"], ["GON"])
    assert bow.quad_class == 1 and bow.goldstein == pytest.approx(-0.4)
    assert parade.quad_class == 1 and parade.goldstein == 0.0 and _codes(doc, parade.source) == ["ROH"]
    assert ties.quad_class is None and ties.goldstein is None  # 901: no CAMEO root, no Goldstein value
    assert (_codes(doc, ties.source), _codes(doc, ties.target)) == (["GON"], ["MOR"])
    assert got["111"].type == "ACCUSE"  # a code PLOVER types keeps its type
    assert all(e.evidence is not None and e.trigger is not None and e.date is not None for e in (bow, parade, ties))
    # [013:012]: the primary code, in the sentence's direction
    assert "013" in got and _codes(doc, got["013"].source) == ["GON"]


def test_untyped_events_of_different_codes_stay_apart(petrarch_pipeline):
    text = "Mordor bowed to Gondor and paraded prisoners before Gondor."  # (one sentence: drop_subsumed)
    d = petrarch_pipeline.extract(text, name="two.txt", published="2015-06-01")
    assert sorted((e.cameo, *_codes(d, e.source), *_codes(d, e.target)) for e in d.events) == \
        [("012", "MOR", "GON"), ("017", "MOR", "GON")]
    assert all(e.type is None and not e.restatements for e in d.events)


def test_restatements_of_untyped_events_need_the_same_code():
    from newsgraph.events.stage import merge_restatements
    from newsgraph.model import Event, Span

    def ev(i, cameo, at):
        return Event(id=f"ev{i}", type=None, cameo=cameo, source=["e1"], target=["e2"],
                     evidence=Span(start=at, end=at + 5, text="x" * 5))
    assert [e.cameo for e in merge_restatements([ev(1, "012", 0), ev(2, "017", 10)])] == ["012", "017"]
    (one,) = merge_restatements([ev(1, "012", 0), ev(2, "012", 10)])
    assert [r.start for r in one.restatements] == [10]


def test_an_untyped_event_needs_both_sides(petrarch_pipeline):
    """PETRARCH codes dyads only: an untyped code with no target (or no source) makes no event."""
    d = petrarch_pipeline.extract("Mordor bowed on Monday. Rohan condemned Mordor.", name="one.txt",
                                  published="2015-06-01")
    assert [e.cameo for e in d.events] == ["111"]


def _dyads(d: Document) -> set[tuple]:
    return {(e.cameo, tuple(_codes(d, e.source)), tuple(_codes(d, e.target))) for e in d.events}


def test_the_target_in_the_prepositional_objects_own_phrase(petrarch_pipeline):
    d = petrarch_pipeline.extract("Rohan bowed to pressure from Mordor on Tuesday.", name="p.txt", published="2015-06-01")
    assert _dyads(d) == {("012", ("ROH",), ("MOR",))}
    d = petrarch_pipeline.extract("Rohan bowed to pressure in Mordor on Tuesday.", name="p.txt", published="2015-06-01")
    assert _dyads(d) == set()  # (a place the noun is in is no party)
    d = petrarch_pipeline.extract("Rohan bowed to Rohan's critics from Gondor.", name="p.txt", published="2015-06-01")
    assert ("012", ("ROH",), ("GON",)) not in _dyads(d)  # a noun naming someone is the one, not its phrases


def test_a_compound_slot_holding_one_actor_yields_to_an_equally_long_pattern(petrarch_pipeline):
    d = petrarch_pipeline.extract("Gondor held talks with Rohan on Monday.", name="h.txt", published="2015-06-01")
    assert ("032", ("GON",), ("ROH",)) in _dyads(d) and not any(x[0] == "031" for x in _dyads(d))
    d = petrarch_pipeline.extract("Gondor and Rohan held talks on Monday.", name="h.txt", published="2015-06-01")
    assert {x[0] for x in _dyads(d)} == {"031"}


def test_a_statement_verb_takes_no_actor_from_a_clause_with_its_own_event(petrarch_pipeline):
    d = petrarch_pipeline.extract("Gondor said Mordor attacked Rohan on Monday.", name="s.txt", published="2015-06-01")
    assert _dyads(d) == {("190", ("MOR",), ("ROH",))}  # no GON -> MOR (or ROH) 010


def test_a_pattern_that_spells_the_negation_stays_typed(petrarch_pipeline):
    d = petrarch_pipeline.extract("Gondor did not bow to Mordor.", name="neg.txt", published="2015-06-01")
    assert [(e.cameo, e.type) for e in d.events] == [("112", "ACCUSE")]


def test_builtin_verbs_make_no_untyped_event(pipeline):
    d = pipeline.extract("Mordor bowed to Gondor on Monday. Gondor admitted its mistake. Rohan praised Gondor.",
                         name="builtin.txt")
    assert d.events and all(e.type is not None for e in d.events)


def test_text_report_and_json_round_trip(doc):
    text = render(doc)
    assert "—CAMEO 012→" in text and "—CAMEO 017→" in text and "None" not in text
    back = Document.from_json(doc.to_json())
    assert [e.type for e in back.events] == [e.type for e in doc.events]


def test_cli_extract_with_a_verb_dictionary(dicts):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    res = subprocess.run([sys.executable, "-m", "newsgraph.cli", "extract", "-", "--verbs", str(dicts / "verbs.txt"),
                          "--actors", str(dicts / "actors.txt"), "--published", "2015-06-01"],
                         input="Mordor bowed to Gondor on Monday.", capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    (ev,) = json.loads(res.stdout)["events"]
    assert (ev["type"], ev["mode"], ev["cameo"], ev["quad_class"], ev["goldstein"], ev["acled"]) == \
        (None, None, "012", 1, -0.4, None)


@pytest.fixture(scope="module")
def corpus_path(doc, petrarch_pipeline, tmp_path_factory) -> Path:
    later = petrarch_pipeline.extract("Mordor bowed to Gondor on Tuesday, June 2. Rohan condemned Mordor.",
                                      name="later.txt", published="2015-06-02")
    path = tmp_path_factory.mktemp("corpus") / "c.duckdb"
    with Store.open(path) as s:
        s.add_documents([doc])
        s.add_documents([later])  # (a second batch: the merge reads its candidates from the store)
    return path


@pytest.fixture
def store(corpus_path):
    with Store.open(corpus_path, read_only=True) as s:
        yield s


def test_corpus_stores_merges_and_queries_untyped_events(store):
    rows = store.events(limit=None).to_pylist()
    untyped = sorted((r["cameo"], r["num_articles"]) for r in rows if r["type"] is None)
    # the two reports of Mordor's bowing (same code, same sides, a day apart) are one corpus event;
    # ADMIT's [013:012] codes Rohan's 012 back to Gondor, another one
    assert untyped == [("012", 1), ("012", 2), ("013", 1), ("017", 1), ("901", 1)]
    bow = next(r for r in rows if r["cameo"] == "012" and r["num_articles"] == 2)
    assert (bow["source_code"], bow["target_code"], bow["quad_class"], bow["goldstein"]) == ("MOR", "GON", 1, -0.4)
    assert {r["cameo"] for r in store.events(type="ACCUSE").to_pylist()} == {"111"}


def test_merge_tells_untyped_codes_apart():
    day = dt.date(2015, 6, 1)
    words = frozenset({"bowed", "gondor", "monday"})
    rep = Report(type=event_kind(None, "012"), date=day, negated=False, sources=frozenset({"A"}),
                 targets=frozenset({"B"}), words=words)
    same = Candidate(1, event_kind(None, "012"), day, False, {"A"}, {"B"}, words)
    other = Candidate(2, event_kind(None, "017"), day, False, {"A"}, {"B"}, words)
    assert match(rep, same) is not None and match(rep, other) is None


def test_exports_take_untyped_events(store, tmp_path):
    for fmt in ("jsonl", "csv", "gdelt", "polecat", "acled"):
        export(store, fmt, tmp_path / f"ev.{fmt}")
    jsonl = [json.loads(line) for line in (tmp_path / "ev.jsonl").read_text().splitlines()]
    assert {e["cameo"] for e in jsonl if e["type"] is None} == {"012", "013", "017", "901"}
    polecat = [json.loads(line) for line in (tmp_path / "ev.polecat").read_text().splitlines()]
    assert sorted(r["intensity"] for r in polecat if r["event"] is None and r["quadClass"] == 1) == [-0.4, -0.4, 0.0, 0.4]
    rows = list(csv.DictReader((tmp_path / "ev.csv").open()))
    assert {r["cameo"] for r in rows if r["type"] == ""} == {"012", "013", "017", "901"}
    assert "\t012\t012\t01\t1\t" in (tmp_path / "ev.gdelt").read_text()
    # ACLED: an untyped event has no ACLED category (acled null), so it is left out
    assert "bowed" not in (tmp_path / "ev.acled").read_text()


def test_query_cli_table_shows_the_code(store, tmp_path):
    from newsgraph.cli import _untyped_as_codes

    table = _untyped_as_codes(store.events(limit=None))
    kinds = set(table.column("type").to_pylist())
    assert {"CAMEO 012", "CAMEO 017", "CAMEO 901", "ACCUSE"} <= kinds and None not in kinds


def test_web_events_and_actor_timeline_take_untyped_events(corpus_path):
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(str(corpus_path)), raise_server_exceptions=False) as client:
        resp = client.get("/v1/events", params={"limit": 50})
        assert resp.status_code == 200
        items = resp.json()["items"]
        assert {e["cameo"] for e in items if e["type"] is None} == {"012", "013", "017", "901"}
        mordor = next(e for e in items if e["cameo"] == "012" and e["num_articles"] == 2)["source_actor_id"]
        actor = client.get(f"/v1/actors/{mordor}")
        assert actor.status_code == 200
        assert any(t["type"] is None and t["cameo"] == "012" for t in actor.json()["timeline"])


def test_evaluate_events_counts_an_untyped_prediction_as_extra(doc):
    item = ee.GoldItem(id="x", text=doc.text, date="2015-06-01",
                       events=[ee.GoldEvent(type="ACCUSE", source=[("ROH", None)], target=[("MOR", None)])])
    report = ee.score([item], [doc])
    assert report["per_type"][ee.UNTYPED]["extra"] >= 3 and report["per_type"]["ACCUSE"]["correct"] == 1
    assert "(untyped)" in ee.render({**report, "gold": "x"})


def test_petrarch_scoring_compares_untyped_codes(doc, tmp_path):
    f = tmp_path / "r.xml"
    f.write_text('<Sentences><Sentence date="20150601" id="a">'
                 '<EventCoding sourcecode="MOR" targetcode="GON" eventcode="012"/>'
                 '<EventCoding sourcecode="GON" targetcode="MOR" eventcode="901"/>'
                 f"<Text>{TEXT}</Text></Sentence></Sentences>")
    gold = ep.load_gold(str(f))
    r = ep.score(gold, [ep._codings(doc)])
    assert r["per_category"]["01"]["correct"] == 1 and r["per_category"]["90"]["correct"] == 1
