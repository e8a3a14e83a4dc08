"""Session 47 (s47-splitweb): the pieces create_app, _add_corpus_routes, _add_extraction, `ingest` and the events
score were split into, pinned through their public entry points (the score, the FastAPI TestClient, Typer's
CliRunner) so that a mutant of any of them is seen."""

from __future__ import annotations

import pytest
from eventsutil import coded
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.evaluate.base import Gold
from newsgraph.evaluate.events import GoldEvent, GoldItem, score
from newsgraph.model import Actor, Document, Entity
from newsgraph.web import create_app

TOKEN = "s47-token-" + "x" * 14


# --- evaluate/events.py: score --------------------------------------------------------------------------

def _doc(events):
    ents = [Entity(id="e1", name="Russia", type="GPE", actor=Actor(code="RUS", country="RUS")),
            Entity(id="e2", name="Ukraine", type="GPE", actor=Actor(code="UKRGOV", country="UKR", sector="GOV"))]
    return Document(text="x", entities=ents, events=events)


def _item(id_, *events):
    return GoldItem(id_, "x", "2026-01-01", list(events))


def _gold(type_, source=(("RUS", None),), target=(("UKR", None),), cameo=None):
    return GoldEvent(type_, list(source), list(target), cameo)


def test_cameo_accuracy_counts_one_event_sentences_with_a_gold_code():
    items = [_item("a", _gold("ASSAULT", cameo="190")),   # exact
             _item("b", _gold("ASSAULT", cameo="190")),   # same root only
             _item("c", _gold("ASSAULT", cameo="190")),   # nothing coded: wrong on both
             _item("d", _gold("CONSULT")),                # no gold code: not counted
             _item("e", _gold("ASSAULT", cameo="190"), _gold("ASSAULT", cameo="190"))]  # two events: not counted
    docs = [_doc([coded("ASSAULT", ["e1"], ["e2"], cameo="190")]), _doc([coded("ASSAULT", ["e1"], ["e2"], cameo="193")]),
            _doc([]), _doc([coded("ACCUSE", ["e1"], ["e2"], cameo="111")]),
            _doc([coded("ASSAULT", ["e1"], ["e2"], cameo="040")])]
    r = score(items, docs)
    assert r["cameo_accuracy"] == {"exact": 0.3333, "root": 0.6667, "n": 3}
    # the top event's type against the gold type, for one-event sentences only, mismatches most common first
    assert r["confusion"] == [{"gold": "ASSAULT", "predicted": "UNCODED", "n": 1},
                              {"gold": "CONSULT", "predicted": "ACCUSE", "n": 1}]


def test_a_missing_top_code_is_wrong_not_an_error():
    r = score([_item("a", _gold("ASSAULT", cameo="190"))], [_doc([coded("ASSAULT", ["e1"], ["e2"])])])
    assert r["cameo_accuracy"] == {"exact": 0.0, "root": 0.0, "n": 1}


def test_no_items_and_no_gold_codes():
    r = score([], [])
    assert r["items"] == 0 and r["gold_events"] == 0 and r["type_accuracy"] == 0.0 and r["cameo_accuracy"] is None
    assert r["per_type"] == {} and r["confusion"] == []
    assert r["totals"] == {"correct": 0, "wrong_actors": 0, "uncoded": 0, "extra": 0}
    assert "gold" not in r and "failed" not in r


def test_type_accuracy_takes_the_k_best_events_as_a_multiset():
    items = [_item("a", _gold("ASSAULT"), _gold("ACCUSE")), _item("b", _gold("CONSULT"))]
    docs = [_doc([coded("ASSAULT", ["e1"], ["e2"]), coded("ASSAULT", ["e1"], ["e2"], confidence=0.4),
                  coded("ACCUSE", ["e1"], ["e2"], confidence=0.3)]),  # ACCUSE is third: not among the 2 best
            _doc([coded("CONSULT", ["e1"], ["e2"])])]
    assert score(items, docs)["type_accuracy"] == round(2 / 3, 4)


def test_gold_report_names_its_file_split_and_failures():
    items = Gold([_item("a", _gold("ASSAULT")), _item("b", _gold("ASSAULT"))], path="g.jsonl", split="dev")
    items.append(_item("c", _gold("ASSAULT")))
    r = score(items, [None, _doc([coded("ASSAULT", ["e1"], ["e2"])]), None])
    assert (r["gold"], r["split"], r["failed"]) == ("g.jsonl", "dev", 2)
    assert r["items"] == 3 and r["gold_events"] == 3
    assert r["per_type"]["ASSAULT"] == {"gold": 3, "correct": 1, "wrong_actors": 0, "uncoded": 2, "extra": 0}
    # the two uncoded sentences: one confusion entry counted twice
    assert r["confusion"] == [{"gold": "ASSAULT", "predicted": "UNCODED", "n": 2}]


def test_per_type_prefers_the_event_with_the_gold_actors_and_takes_each_once():
    # gold: two ASSAULTs RUS->UKR; predicted: RUS->RUS (wrong actors) first, then RUS->UKR
    items = [_item("a", _gold("ASSAULT"), _gold("ASSAULT"), _gold("REJECT"), _gold("REJECT"))]
    docs = [_doc([coded("ASSAULT", ["e1"], ["e1"]), placed_other("ASSAULT", ["e1"], ["e2"]),
                  coded("COERCE", ["e2"], ["e1"]), placed_other("COERCE", ["e1"], ["e1"]), coded(None, ["e1"], ["e2"])])]
    r = score(items, docs)
    assert r["per_type"]["ASSAULT"] == {"gold": 2, "correct": 1, "wrong_actors": 1, "uncoded": 0, "extra": 0}
    assert r["per_type"]["REJECT"] == {"gold": 2, "correct": 0, "wrong_actors": 0, "uncoded": 2, "extra": 0}
    assert r["per_type"]["COERCE"]["extra"] == 2 and r["per_type"]["(untyped)"]["extra"] == 1
    assert r["totals"] == {"correct": 1, "wrong_actors": 1, "uncoded": 2, "extra": 3}


def placed_other(type_, source, target):
    """An event on another trigger than `coded`'s (plover_events keeps one event per type and trigger)."""
    from eventsutil import event

    return event("y x", "x", at=2, type=type_, source=source, target=target, date="2026-01-01")


def test_triples_top_and_records_count_their_own_events():
    items = [_item("a", _gold("ASSAULT"))]
    docs = [_doc([coded("ASSAULT", ["e1"], ["e2"]), placed_other("ACCUSE", [], [])])]
    r = score(items, docs)
    assert (r["triples"]["country"]["pred"], r["triples_top"]["pred"], r["triples_records"]["pred"]) == (2, 1, 1)
    assert r["triples"]["country_sector"]["tp"] == 0 and r["triples"]["country"]["tp"] == 1


def test_a_city_argument_scores_as_its_country_in_every_triple_count():
    from newsgraph.model import Mention, Place

    ents = [Entity(id="e1", name="Russia", type="GPE", actor=Actor(code="RUS", country="RUS")),
            Entity(id="e3", name="Paris", type="GPE", mentions=[Mention(start=10, end=15, text="Paris")])]
    doc = Document(text="x" * 20, entities=ents, events=[coded("ASSAULT", ["e1"], ["e3"])],
                   places=[Place(id="p1", name="Paris", country="FRA", feature="city",
                                 mentions=[Mention(start=10, end=15, text="Paris")])])
    r = score([_item("a", _gold("ASSAULT", target=[("FRA", None)]))], [doc])
    assert [r[k]["tp"] for k in ("triples_top", "triples_records")] == [1, 1]
    assert r["triples"]["country"]["tp"] == 1 and r["per_type"]["ASSAULT"]["correct"] == 1


# --- web/app.py ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("s47") / "c.duckdb")
    with TestClient(create_app(db, TOKEN), raise_server_exceptions=False) as c:
        yield c


def test_status_says_what_the_server_offers(corpus_client):
    body = corpus_client.get("/v1/status").json()
    assert body["corpus"] is True and body["writable"] is True and body["max_body"] == 2 * 1024 * 1024
    assert body["stats"] is not None and body["extraction"] is not None and body["schema"] == "newsgraph/1"
    with TestClient(create_app(None, TOKEN)) as c:  # a token but no store: nothing to write to
        body = c.get("/v1/status").json()
        assert body["corpus"] is False and body["writable"] is False and body["stats"] is None
    with TestClient(create_app(None, None, max_body=1234)) as c:
        assert c.get("/v1/status").json()["max_body"] == 1234


def test_http_errors_keep_the_api_error_body(corpus_client):
    r = corpus_client.get("/v1/no/such/thing")
    assert r.status_code == 404 and r.json() == {"error": "not_found", "message": "no such path: /v1/no/such/thing"}
    r = corpus_client.put("/v1/status")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"
    assert r.json()["message"] == "Method Not Allowed" and "GET" in r.headers["allow"]


def test_validation_errors_name_at_most_three_fields(corpus_client):
    # four fields that fail the parameters' own validation (since session 55 a bad date is checked by iso_date,
    # after validation, so the dates are no longer among them)
    r = corpus_client.get("/v1/events?order=sideways&include_flagged=maybe&source=" + "S" * 201 + "&type=" + "T" * 41)
    body = r.json()
    assert r.status_code == 422 and body["error"] == "invalid" and len(body["details"]) == 4
    assert body["message"].startswith("invalid request (query.") and body["message"].count("query.") == 3
    assert body["details"][0]["loc"][0] == "query" and body["details"][0]["msg"]


def test_writes_need_the_token_and_a_read_only_server_says_so(corpus_client):
    r = corpus_client.post("/v1/ingest", json={"text": "x"}, headers={"Authorization": "Bearer " + TOKEN[:-1] + "y"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer" and r.json()["error"] == "unauthorized"
    assert corpus_client.post("/v1/ingest/batch", json={"articles": []}).status_code == 401
    with TestClient(create_app(None, None), raise_server_exceptions=False) as c:
        r = c.post("/v1/ingest", json={"text": "x"}, headers={"Authorization": "Bearer " + TOKEN})
        assert r.status_code == 403 and r.json()["error"] == "read_only" and "--token" in r.json()["message"]
        r = c.get("/v1/articles")
        assert r.status_code == 503 and r.json()["error"] == "no_corpus"


def test_ingest_stores_what_it_could_read_and_names_the_rest(corpus_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body = (b'{"text": "Iran condemned Israel on Monday, the foreign ministry said."}\n{"text": broken\n')
    r = corpus_client.post("/v1/ingest", files={"file": ("a.jsonl", body, "text/plain")}, headers=auth)
    assert r.status_code == 200, r.text
    got = r.json()
    assert len(got["ids"]) == 1 and got["stored"]["added"] == 1
    assert [f["name"] for f in got["failed"]] == ["a.jsonl:2"] and "malformed JSON" in got["failed"][0]["reason"]
    r = corpus_client.post("/v1/ingest", files={"file": ("b.jsonl", b'{"text": broken\n{"x": 1}\n', "text/plain")},
                           headers=auth)
    assert r.status_code == 422 and r.json()["error"] == "unreadable" and "; " in r.json()["message"]


def test_batch_ingest_counts_as_a_local_ingest(corpus_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    batch = {"articles": [{"name": "b1", "text": "Russia attacked Ukraine's ports on Tuesday, officials said."},
                          {"name": "b2", "text": "Russia attacked Ukraine's ports on Tuesday, officials said."},
                          {"name": "b3", "text": "Le ministre a dit que les négociations continueraient à Paris."}],
             "failures": [{"name": "gone.txt", "reason": "cannot read"}]}
    got = corpus_client.post("/v1/ingest/batch", json=batch, headers=auth).json()
    assert (got["added"], got["skipped"], got["duplicates"], got["failed"], got["failed_before"]) == (1, 0, 1, 2, 0)
    assert got["events"] >= 1 and len(got["ids"]) == 1
    assert sorted(f["name"] for f in got["failures"]) == ["b3", "gone.txt"]
    assert {f["name"]: f["reason"] for f in got["failures"]}["gone.txt"] == "cannot read"
    again = corpus_client.post("/v1/ingest/batch", json=batch, headers=auth).json()
    assert (again["added"], again["skipped"], again["failed"], again["failed_before"]) == (0, 2, 0, 2)
    assert again["ids"] == [] and again["failures"] == []
    retry = corpus_client.post("/v1/ingest/batch", json={**batch, "retry_failed": True}, headers=auth).json()
    assert (retry["failed"], retry["failed_before"]) == (2, 0)


def test_extract_answers_one_document_or_one_error(corpus_client):
    r = corpus_client.post("/v1/extract", json={"text": "Iran condemned Israel on Monday, the ministry said."})
    assert r.status_code == 200 and r.json()["schema"] == "newsgraph/1"
    r = corpus_client.post("/v1/extract", files={"file": ("a.jsonl", b'{"text": "A."}\n{"text": "B."}\n', "text/plain")})
    assert r.status_code == 422 and "holds 2 articles" in r.json()["message"]
    r = corpus_client.post("/v1/extract", content=b"", headers={"content-type": "text/plain"})
    assert r.status_code == 422 and r.json()["error"] == "unreadable"


# --- cli.py: ingest ------------------------------------------------------------------------------------

@pytest.fixture
def runner():
    return CliRunner()


def _lines(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


def test_ingest_needs_something_to_read(runner, tmp_path):
    r = runner.invoke(cli.app, ["ingest", "--db", str(tmp_path / "c.duckdb")])
    assert r.exit_code == 2 and _lines(r)[0].startswith(
        "newsgraph: error: Invalid value for PATH: give PATH... to extract, or --from-parquet DIR (see ")
    r = runner.invoke(cli.app, ["ingest", "x.txt", "--input-format", "xml", "--db", str(tmp_path / "c.duckdb")])
    assert r.exit_code == 2 and _lines(r)[0].startswith(
        "newsgraph: error: Invalid value for --input-format: must be text, html, json or jsonl (see ")
    for fmt in ("text", "html", "json", "jsonl"):  # each known format passes the check (and the file is missing)
        r = runner.invoke(cli.app, ["ingest", str(tmp_path / "x"), "--input-format", fmt, "-q",
                                    "--db", str(tmp_path / f"{fmt}.duckdb")])
        assert r.exit_code == 1, (fmt, r.stderr)


@pytest.mark.parametrize("option", ["--model", "--actors", "--agents", "--verbs", "--discards", "--issues"])
def test_ingest_to_a_server_refuses_extraction_settings(runner, option):
    r = runner.invoke(cli.app, ["ingest", "x.txt", "--server", "http://127.0.0.1:9", option, "v"])
    assert r.exit_code == 2 and len(_lines(r)) == 1
    assert _lines(r)[0].startswith(f"newsgraph: error: Invalid value for {option}: cannot be combined with --server "
                                   "(the server extracts with the settings it was started with) (see ")


def test_ingest_summary_and_exit_codes(runner, tmp_path):
    db = str(tmp_path / "c.duckdb")
    good = tmp_path / "good.txt"
    good.write_text("Iran condemned Israel on Monday, the foreign ministry said.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    r = runner.invoke(cli.app, ["ingest", str(good), str(tmp_path / "empty.txt"), "--db", db])
    assert r.exit_code == 1
    assert _lines(r)[-1] == f"newsgraph: added 1, already stored 0, duplicate texts 0, failed 1; 1 articles in {db}"
    r = runner.invoke(cli.app, ["ingest", str(good), "--db", db])
    assert r.exit_code == 0 and _lines(r)[-1].startswith("newsgraph: added 0, already stored 1,")
    r = runner.invoke(cli.app, ["ingest", str(good), str(tmp_path / "empty.txt"), "--db", db])
    assert r.exit_code == 0 and "skipped 1 inputs that failed before" in _lines(r)[-1]
    r = runner.invoke(cli.app, ["ingest", str(tmp_path / "empty.txt"), "--retry-failed", "-q", "--db", db])
    assert r.exit_code == 1 and [ln for ln in _lines(r) if "added" in ln] == []
    # the stored article and failure, exported as partitions, load into a new store (the failure is carried over)
    assert runner.invoke(cli.app, ["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "pq")]).exit_code == 0
    new = str(tmp_path / "new.duckdb")
    r = runner.invoke(cli.app, ["ingest", "--from-parquet", str(tmp_path / "pq"), "--db", new, "--batch-size", "1"])
    assert r.exit_code == 1
    assert _lines(r)[-1] == f"newsgraph: added 1, already stored 0, duplicate texts 0, failed 1; 1 articles in {new}"


def test_the_app_describes_itself_and_serves_no_cdn_pages():
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        info = c.get("/openapi.json").json()["info"]
        assert info["title"] == "newsgraph" and info["summary"].startswith("Extract actors, events, quotes")
        assert info["version"]
        assert c.get("/docs").status_code == 404 and c.get("/redoc").status_code == 404
        r = c.get("/")
        assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
        assert c.get("/static/app.js").status_code == 200


def test_cors_and_host_checks_are_added_only_when_asked():
    origin = "https://news.example"
    with TestClient(create_app(None, None, cors_origins=[origin]), raise_server_exceptions=False) as c:
        r = c.options("/v1/extract", headers={"origin": origin, "access-control-request-method": "POST",
                                              "access-control-request-headers": "authorization, content-type"})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == origin
        assert set(r.headers["access-control-allow-methods"].replace(" ", "").split(",")) == {"GET", "POST"}
        assert set(r.headers["access-control-allow-headers"].lower().replace(" ", "").split(",")) >= {
            "authorization", "content-type"}
        r = c.options("/v1/extract", headers={"origin": origin, "access-control-request-method": "DELETE"})
        assert r.status_code == 400
    with TestClient(create_app(), raise_server_exceptions=False) as c:  # no CORS, any Host
        r = c.get("/v1/status", headers={"origin": origin, "host": "anything.example"})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
    with TestClient(create_app(allowed_hosts=["*"]), raise_server_exceptions=False) as c:
        assert c.get("/v1/status", headers={"host": "anything.example"}).status_code == 200
    with TestClient(create_app(allowed_hosts=["News.Example:8000"]), raise_server_exceptions=False) as c:
        assert c.get("/v1/status", headers={"host": "news.example"}).status_code == 200
        r = c.get("/v1/status", headers={"host": "evil.example"})
        assert r.status_code == 400 and r.headers["x-frame-options"] == "DENY"  # security headers outermost
    with TestClient(create_app(max_body=10), raise_server_exceptions=False) as c:
        r = c.post("/v1/extract", content=b"x" * 11, headers={"content-type": "text/plain"})
        assert r.status_code == 413 and r.headers["x-content-type-options"] == "nosniff"


def test_shutdown_closes_the_pool_and_the_store(tmp_path):
    app = create_app(str(tmp_path / "c.duckdb"), TOKEN)
    closed = []
    app.state.pool.close = lambda: closed.append("pool")
    app.state.corpus.close = lambda: closed.append("corpus")
    with TestClient(app) as c:
        assert c.get("/v1/status").status_code == 200
    assert closed == ["pool", "corpus"]


def test_the_app_keeps_its_parts_on_its_state(tmp_path):
    db = str(tmp_path / "c.duckdb")
    writer = create_app(db, TOKEN)
    assert writer.state.corpus.writable is True
    writer.state.corpus.close()
    app = create_app(db, "")
    assert app.state.corpus is not None and app.state.extractor is not None and app.state.pool is not None
    assert app.state.corpus.writable is False  # an empty token is no token: read-only
    app.state.corpus.close()
    assert create_app().state.corpus is None
