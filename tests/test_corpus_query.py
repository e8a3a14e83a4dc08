import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from corpus_docs import AFP, AP, LATER, REUTERS, make_doc
from newsgraph.corpus import SCHEMA_VERSION, Store
from newsgraph.errors import NotFoundError, QueryError

SRC = str(Path(__file__).resolve().parent.parent / "src")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "c.duckdb"
    iraq_reply = make_doc("Iraq thanked the United States for its support.", published="2026-03-02", agency="AFP",
                          entities=[("e1", "Iraq", "GPE", "IRQ", None), ("e2", "United States", "GPE", "USA", None)],
                          events=[{"type": "SUPPORT", "source": ["e1"], "target": ["e2"], "quad_class": 1, "goldstein": 3.4,
                                   "evidence": "Iraq thanked the United States for its support."}])
    with Store.open(path) as s:
        s.add_documents([AFP, REUTERS, AP, LATER, iraq_reply])
    return str(path)


@pytest.fixture
def store(db):
    with Store.open(db, read_only=True) as s:
        yield s


def test_events_filters(store):
    allev = store.events()
    assert isinstance(allev, pa.Table) and allev.num_rows == 4
    assert store.events(source="Rubio").num_rows == 2
    assert store.events(source="USA").num_rows == 3  # code prefix: USA and USAGOV
    assert store.events(target="Iran").column("type").to_pylist() == ["ACCUSE"]
    assert store.events(type="consult").num_rows == 2
    assert store.events(since="2026-02-01").column("date").to_pylist() == [dt.date(2026, 3, 2), dt.date(2026, 2, 15)]
    assert store.events(until="2026-01-31").num_rows == 2
    assert store.events(limit=1, offset=1).column("event_id").to_pylist() == [store.events().column("event_id")[1].as_py()]
    assert store.events(order="mentions").column("num_mentions")[0].as_py() == 3
    with pytest.raises(NotFoundError, match="no actor matches 'nobody at all'"):  # said, not an empty answer
        store.events(source="nobody at all")
    with pytest.raises(QueryError, match="since: 'last tuesday' is not a date"):
        store.events(since="last tuesday")
    with pytest.raises(QueryError, match="order must be one of"):
        store.events(order="date; DROP TABLE articles")


def test_one_event_with_all_its_evidence(store):
    eid = store.events(order="mentions", limit=1).column("event_id")[0].as_py()
    ev = store.event(eid)
    assert ev["num_articles"] == 3 and len(ev["evidence_spans"]) == 3
    assert [a["name"] for a in ev["source_actors"]] == ["Marco Rubio"]
    assert ev["target_actors"][0]["code"] == "IRQGOV"
    assert store.event(10**9) is None


def test_user_strings_are_values_never_sql(store):
    evil = "x') OR 1=1; DROP TABLE articles; --"
    with pytest.raises(NotFoundError, match="no actor matches"):  # looked up as a name, never run as SQL
        store.events(source=evil)
    with pytest.raises(QueryError, match="is not a PLOVER event type"):  # refused by name, never run
        store.events(type=evil)
    assert store.actor(evil) is None
    with pytest.raises(NotFoundError, match="no actor matches"):  # a value matched against names, never SQL
        store.dyad(evil, "USA")
    assert store.count("articles") == 5


def test_dyad_both_directions_by_month(store):
    t = store.dyad("USA", "IRQ", by="month")
    assert t.column_names == ["period", "direction", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "events"]
    rows = [(str(r["period"]), r["direction"], r["quad1"], r["events"], r["goldstein_sum"]) for r in t.to_pylist()]
    assert rows == [("2026-01-01", "a->b", 1, 1, 1.0), ("2026-02-01", "a->b", 1, 1, 1.0), ("2026-03-01", "b->a", 1, 1, 3.4)]
    by_day = store.dyad("IRQ", "United States", by="day").to_pylist()
    assert [(str(r["period"]), r["direction"]) for r in by_day] == [("2026-03-02", "a->b")]
    with pytest.raises(QueryError, match="by must be one of"):
        store.dyad("USA", "IRQ", by="fortnight")


def test_actor_timeline_and_quotes(store):
    info = store.actor("Marco Rubio")
    assert [(e["type"], e["role"], e["other_name"]) for e in info["timeline"]][0] == \
        ("CONSULT", "source", "Mohammed Shia al-Sudani")
    assert info["quotes"] and info["quotes"][0]["text"] == "\"We support Iraq,\""
    assert store.actor(info["id"])["id"] == info["id"]
    assert store.actor("no such person") is None
    assert store.actor("Sudani")["name"] == "Mohammed Shia al-Sudani"  # a surname finds the full name


def test_network(store):
    net = store.network()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = {(names[e["source"]], names[e["target"]]): e for e in net["edges"]}
    assert ("Marco Rubio", "Mohammed Shia al-Sudani") in edges
    assert edges[("Iraq", "United States")]["goldstein"] == pytest.approx(3.4)
    # the January meeting (3 reports, one event) and the February one
    assert [(names[e["source"]], names[e["target"]], e["weight"]) for e in store.network(min_weight=2)["edges"]] == \
        [("Marco Rubio", "Mohammed Shia al-Sudani", 2)]
    assert {e["quad_class"] for e in store.network(type="ACCUSE")["edges"]} == {3}


def test_actors_list_and_stats(store):
    top = store.actors(limit=3).to_pylist()
    assert top[0]["name"] == "Marco Rubio" and top[0]["num_events"] == 2 and top[0]["num_articles"] == 4
    assert [a["name"] for a in store.actors(q="sudani").to_pylist()] == ["Mohammed Shia al-Sudani"]
    assert store.actors(q="%").num_rows == 0  # a value, not a pattern
    st = store.stats()
    assert (st["articles"], st["corpus_events"], st["events"]) == (5, 4, 6)
    assert str(st["first_published"]) == "2026-01-25" and st["schema_version"] == SCHEMA_VERSION


def test_articles_page(store):
    page = store.articles(limit=2)
    assert page.num_rows == 2 and page.column("published")[0].as_py() == dt.date(2026, 3, 2)
    assert store.articles(limit=2, offset=4).num_rows == 1


def _cli(*args):
    env = dict(os.environ, PYTHONPATH=SRC)
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], capture_output=True, text=True, env=env)


def test_cli_query_formats(db):
    r = _cli("query", "dyad", "USA", "IRQ", "--by", "month", "--db", db, "--format", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["direction"] for row in rows] == ["a->b", "a->b", "b->a"]
    r = _cli("query", "events", "--db", db, "--source", "Rubio", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert {e["num_articles"] for e in json.loads(r.stdout)} == {3, 1}
    r = _cli("query", "actor", "Rubio", "--db", db)
    assert r.returncode == 0 and "Marco Rubio" in r.stdout
    r = _cli("query", "events", "--db", db, "--since", "yesterday-ish")
    assert r.returncode == 2 and "not a date" in r.stderr and "Traceback" not in r.stderr  # a bad value: usage
    r = _cli("query", "actor", "Nobody", "--db", db)
    assert r.returncode == 1 and "no actor matches" in r.stderr


def test_dyad_by_code_prefix_over_many_actors():
    from newsgraph.corpus import query

    docs = []
    for i in range(12):
        us, iq = f"Officer Alpha{i}", f"Official Beta{i}"
        text = f"{us} met {iq}." if i % 3 else f"{iq} criticised {us}."
        src, tgt = (("e1", "e2") if i % 3 else ("e2", "e1"))
        docs.append(make_doc(text, published=f"2026-04-{i + 1:02d}", agency="AFP",
                             entities=[("e1", us, "PERSON", "USAGOV", None), ("e2", iq, "PERSON", "IRQGOV", None)],
                             events=[{"type": "CONSULT" if i % 3 else "DISAPPROVE", "source": [src], "target": [tgt],
                                      "quad_class": 1 if i % 3 else 3, "goldstein": 1.0 if i % 3 else -2.0,
                                      "evidence": text}]))
    with Store.open(":memory:") as s:
        s.add_documents(docs)
        t = s.dyad("USA", "IRQ", by="month").to_pylist()
        assert [(r["direction"], r["quad1"], r["quad3"], r["events"]) for r in t] == [("a->b", 8, 0, 8), ("b->a", 0, 4, 4)]
        # both SQL plans (few ids / many ids) give the same answer
        with s.reader() as cur:
            ids = {"a": query.actor_ids(cur, "USA"), "b": query.actor_ids(cur, "IRQ"), "by": "week", "all": False}
            assert len(ids["a"]) + len(ids["b"]) > 16
            few = cur.sql(query._DYAD_FEW, params=ids).to_arrow_table()
            many = cur.sql(query._DYAD_MANY, params=ids).to_arrow_table()
        assert few.equals(many)


def test_cli_unknown_actor_is_the_same_error_for_dyad_and_actor(db):
    """`query dyad` with an actor no name answers to says so as `query actor` does (one line naming the actor
    and the store, exit 1), on either side, instead of an empty table that reads as "no events between them"."""
    got = {args: _cli("query", *args, "--db", db) for args in
           (("actor", "Nobody Known"), ("dyad", "Nobody Known", "IRQ"), ("dyad", "USA", "Nobody Known"))}
    for args, r in got.items():
        assert r.returncode == 1, (args, r.stderr)
        assert r.stderr == f"newsgraph: error: {db}: no actor matches 'Nobody Known'\n", args
        assert r.stdout == ""
    ok = _cli("query", "dyad", "Rubio", "IRQ", "--db", db, "--format", "json")
    assert ok.returncode == 0 and json.loads(ok.stdout), ok.stderr
