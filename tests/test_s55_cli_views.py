"""Session 55, s55-cli: corpus-view defects s55-user described (docs/testing.md, "Session 55, s55-user").

Ctrl-C under DuckDB ends as `interrupted` (exit 130); an unknown actor in `query events` is "no actor
matches" as in `query dyad`; /v1 refuses a query parameter it does not know; every date parameter gives
the plain date message. Every sentence and record here is made up for these tests."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.corpus import Store


@pytest.fixture
def runner():
    return CliRunner()


def _chained(outer: BaseException, inner: BaseException) -> BaseException:
    """`outer` as Python leaves it when raised while `inner` is being handled."""
    try:
        try:
            raise inner
        except BaseException:
            raise outer
    except BaseException as exc:
        return exc


ABORTED = "TransactionContext Error: Current transaction is aborted (please ROLLBACK)"


@pytest.mark.parametrize("raised,code,text", [
    (duckdb.InterruptException("INTERRUPT Error: Interrupted!"), 130, "interrupted"),
    (lambda: _chained(duckdb.TransactionException(ABORTED), duckdb.InterruptException("Interrupted!")), 130, "interrupted"),
    (lambda: _chained(RuntimeError("cleanup failed"), KeyboardInterrupt()), 130, "interrupted"),
    (KeyboardInterrupt(), 130, "interrupted"),
    # an aborted transaction with no interruption behind it is still a bug to report
    (duckdb.TransactionException(ABORTED), 1, "internal error: TransactionException"),
])
def test_ctrl_c_under_duckdb_is_interrupted(runner, tmp_path, monkeypatch, raised, code, text):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "The mayor of Springfield opened a bridge on Monday."}\n')

    def fail(self, ids):
        raise raised() if callable(raised) else raised

    monkeypatch.delenv("NEWSGRAPH_DEBUG", raising=False)
    monkeypatch.setattr(Store, "existing_ids", fail)
    r = runner.invoke(cli.app, ["ingest", str(src), "--db", str(tmp_path / "c.duckdb"), "-q"])
    assert r.exit_code == code, r.output
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert lines == [f"newsgraph: {text}"] if code == 130 else lines[0].startswith(f"newsgraph: {text}")


def test_interrupted_reads_the_cause_and_stops_on_a_cycle():
    try:
        raise duckdb.TransactionException(ABORTED) from duckdb.InterruptException("Interrupted!")
    except duckdb.TransactionException as exc:
        caused = exc
    assert cli.interrupted(caused)
    a, b = ValueError("a"), ValueError("b")
    a.__context__, b.__context__ = b, a
    assert not cli.interrupted(a)
    assert not cli.interrupted(None)
    assert not cli.interrupted(duckdb.TransactionException(ABORTED))


@pytest.fixture
def two_states(tmp_path):
    from corpus_docs import make_doc

    text = "Freedonia accused Sylvania of poisoning a border river."
    doc = make_doc(text, published="2026-04-02", outlet="Wire",
                   entities=[("e1", "Freedonia", "GPE", "FRD", None), ("e2", "Sylvania", "GPE", "SYL", None)],
                   events=[{"type": "ACCUSE", "source": ["e1"], "target": ["e2"], "date": "2026-04-02", "evidence": text}])
    db = tmp_path / "c.duckdb"
    with Store.open(db) as s:
        s.add_documents([doc])
    return str(db)


@pytest.mark.parametrize("side", ["--source", "--target"])
def test_query_events_names_an_actor_nothing_answers_to(runner, two_states, side):
    r = runner.invoke(cli.app, ["query", "events", "--db", two_states, side, "Atlantis"])
    dyad = runner.invoke(cli.app, ["query", "dyad", "Atlantis", "Freedonia", "--db", two_states])
    assert (r.exit_code, r.stderr) == (dyad.exit_code, dyad.stderr) == (1, f"newsgraph: error: {two_states}: no actor matches 'Atlantis'\n")
    assert r.stdout == ""


def test_query_events_with_known_actors_still_lists_their_events(runner, two_states):
    r = runner.invoke(cli.app, ["query", "events", "--db", two_states, "--source", "Freedonia", "--target", "Sylvania",
                                "-f", "json"])
    assert r.exit_code == 0, r.stderr
    assert [e["type"] for e in __import__("json").loads(r.stdout)] == ["ACCUSE"]


@pytest.fixture
def client(two_states):
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(two_states), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("path", ["/v1/events", "/v1/network"])
@pytest.mark.parametrize("name,value", [("since", "yesterday"), ("until", "last week"), ("since", "2026-04-02T00"),
                                        ("until", " 2026"), ("since", "2026-4"), ("until", "2005-13-01")])
def test_every_bad_date_gets_the_plain_message(client, path, name, value):
    res = client.get(path, params={name: value})
    assert res.status_code == 422 and res.json() == {
        "error": "invalid", "message": f"{name}: {value!r} is not a calendar date (YYYY-MM-DD, YYYY-MM or YYYY)",
        "details": [{"loc": ["query", name], "msg": "not a calendar date"}]}


@pytest.mark.parametrize("value", ["2026", "2026-04", "2026-04-02"])
def test_good_dates_still_answer(client, value):
    assert [e["type"] for e in client.get("/v1/events", params={"since": value}).json()["items"]] == ["ACCUSE"]
    assert client.get("/v1/events", params={"until": "2026-03"}).json()["items"] == []


def test_the_schema_still_shows_the_date_form(client):
    params = client.get("/openapi.json").json()["paths"]["/v1/events"]["get"]["parameters"]
    since = next(p for p in params if p["name"] == "since")
    assert since["schema"].get("pattern") == r"^\d{4}(-\d{2}(-\d{2})?)?$" or any(
        s.get("pattern") == r"^\d{4}(-\d{2}(-\d{2})?)?$" for s in since["schema"].get("anyOf", []))


@pytest.mark.parametrize("path,params,names", [
    ("/v1/events", {"country": "GBR"}, ["country"]),
    ("/v1/events", {"sourc": "Freedonia", "type": "ACCUSE"}, ["sourc"]),
    ("/v1/network", {"zeta": "1", "alpha": "2"}, ["alpha", "zeta"]),
    ("/v1/actors", {"name": "Freedonia"}, ["name"]),
    ("/v1/dyad", {"a": "Freedonia", "b": "Sylvania", "period": "month"}, ["period"]),
    ("/v1/articles", {"page": "2"}, ["page"]),
    ("/v1/status", {"verbose": "1"}, ["verbose"]),
])
def test_v1_refuses_a_query_parameter_it_does_not_know(client, path, params, names):
    res = client.get(path, params=params)
    assert res.status_code == 422, res.text
    body = res.json()
    assert body["error"] == "invalid" and body["message"].startswith(f"unknown query parameter {names[0]!r}")
    assert all(repr(n) in body["message"] for n in names)
    assert body["details"] == [{"loc": ["query", n], "msg": "unknown parameter"} for n in names]


@pytest.mark.parametrize("path,params", [  # what the web pages send (static/app.js)
    ("/v1/events", {"source": "Freedonia", "target": "Sylvania", "type": "ACCUSE", "since": "2026", "until": "2026",
                    "order": "-date", "include_flagged": "true", "limit": "50", "offset": "0"}),
    ("/v1/dyad", {"a": "Freedonia", "b": "Sylvania", "by": "month"}),
    ("/v1/network", {"since": "2026", "until": "2026", "type": "ACCUSE", "min_weight": "1"}),
    ("/v1/actors", {"q": "Free", "limit": "40"}),
    ("/v1/articles", {"limit": "200"}),
    ("/v1/status", {}),
])
def test_the_pages_parameters_are_known(client, path, params):
    assert client.get(path, params=params).status_code == 200


def test_pages_outside_v1_take_any_parameter(client):
    assert client.get("/", params={"utm_source": "mail"}).status_code == 200


def test_interrupted_without_duckdb_loaded(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "duckdb", None)  # as if no command had imported DuckDB
    assert cli.interrupted(_chained(ValueError("x"), KeyboardInterrupt()))
    assert not cli.interrupted(ValueError("x"))
