"""Session 47 (s47-mutweb): the survivors s47-splitweb left open in web/app.py and cli.py's `ingest` pieces,
killed through FastAPI's TestClient and Typer's CliRunner: whole error messages, the over-budget path of a
pool job, the status's version, and every `ingest` option passed through to the extraction it runs."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsgraph import cli
from newsgraph.errors import ExtractionError, InputError
from newsgraph.model import Document
from newsgraph.version import __version__
from newsgraph.web import create_app
from newsgraph.web.workers import InlinePool, OverBudget, StageBug

TOKEN = "s47-mutweb-" + "z" * 13
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class ScriptedPool(InlinePool):
    """A pool whose job outcome is chosen by the article's text, recording the time budget each job got."""

    timeout = 7.5

    def __init__(self):
        super().__init__(extractor=None)
        self.waits = []

    async def extract(self, article, wait=None):
        self.waits.append((article.name, wait))
        text = article.text.strip()
        if text == "over":  # the reason after the name holds ": " itself
            raise OverBudget("timeout", f"{article.name}: ran over the budget: 7.5 s")
        if text == "over, unnamed":
            raise OverBudget("timeout", "ran over the budget")
        if text == "fails":
            return ExtractionError(article.name, "the text is odd")
        if text == "bug":
            return StageBug(article.name, "internal error in stage events: KeyError: 'x'")
        if text == "crash":
            raise RuntimeError("a bug in the pool itself")
        if text == "bad input":
            return InputError(article.name, "the text is nested too deeply to process")
        return Document(text=article.text)


@pytest.fixture
def scripted(tmp_path):
    pool = ScriptedPool()
    with TestClient(create_app(str(tmp_path / "c.duckdb"), TOKEN, pool=pool),
                    raise_server_exceptions=False) as c:
        yield c, pool


# --- web/app.py: _run_job, _run_jobs, _extracted ----------------------------------------------------------

def test_one_extract_gets_the_pool_budget_and_running_over_it_fails_the_request(scripted):
    c, pool = scripted
    r = c.post("/v1/extract", json={"text": "over"})
    ((name, wait),) = pool.waits
    assert r.status_code == 503 and wait == 7.5
    assert r.json() == {"error": "timeout", "message": f"{name}: ran over the budget: 7.5 s"}


def test_an_ingested_article_waits_its_turn_and_running_over_is_its_own_failure(scripted):
    c, pool = scripted
    r = c.post("/v1/ingest/batch", headers=AUTH,
               json={"articles": [{"name": "b 1", "text": "over"}, {"name": "b2", "text": "fine words"},
                                  {"name": "b3", "text": "over, unnamed"}]})
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["added"] == 1 and got["failed"] == 2
    # the name the pool put first is cut off once; a message with no name is the reason whole
    assert sorted(got["failures"], key=lambda f: f["name"]) == [
        {"name": "b 1", "reason": "ran over the budget: 7.5 s"}, {"name": "b3", "reason": "ran over the budget"}]
    assert sorted(pool.waits) == [("b 1", None), ("b2", None), ("b3", None)]


def test_extract_answers_the_document_in_order_of_the_jobs(scripted):
    c, pool = scripted
    r = c.post("/v1/extract", json={"text": "fine words"})
    assert r.status_code == 200 and r.json()["text"] == "fine words"


def test_extract_tells_each_failure_by_its_kind(scripted, caplog):
    c, _ = scripted
    with caplog.at_level("ERROR", logger="newsgraph.web"):
        r = c.post("/v1/extract", json={"text": "fails"})
    assert [m.getMessage() for m in caplog.records if m.name == "newsgraph.web"] == [
        "extraction failed: <request>: the text is odd"]
    assert r.status_code == 422
    assert r.json() == {"error": "extraction_failed",
                        "message": "the pipeline could not process this article: the text is odd"}
    r = c.post("/v1/extract", json={"text": "bad input"})
    assert r.status_code == 422 and r.json() == {"error": "unreadable",
                                                "message": "the text is nested too deeply to process"}
    r = c.post("/v1/extract", json={"text": "bug"})
    assert r.status_code == 500
    assert r.json() == {"error": "internal", "message": "internal error (the server log has the details)"}


def test_an_unexpected_exception_is_a_500_with_no_traceback(scripted):
    c, _ = scripted
    r = c.post("/v1/extract", json={"text": "crash"})
    assert r.status_code == 500
    assert r.json() == {"error": "internal", "message": "internal server error (the server log has the details)"}


def test_the_openapi_document_names_the_version_and_the_bearer_scheme(scripted):
    c, _ = scripted
    spec = c.get("/openapi.json").json()
    assert spec["info"]["version"] == __version__
    assert spec["components"]["securitySchemes"] == {"HTTPBearer": {
        "type": "http", "description": "The token the server was started with (--token).", "scheme": "bearer"}}


# --- web/app.py: _check_token, _server_status, _http_error, _validation_error -------------------------------

def test_write_refusals_are_said_in_whole(scripted):
    c, _ = scripted
    r = c.post("/v1/ingest", json={"text": "fine words"}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json() == {"error": "unauthorized",
                        "message": "a valid token is required: send 'Authorization: Bearer <token>'"}
    r = c.post("/v1/ingest", json={"text": "fine words"})  # no credentials: our 401, not HTTPBearer's own
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json() == {"error": "unauthorized",
                        "message": "a valid token is required: send 'Authorization: Bearer <token>'"}
    assert c.post("/v1/ingest", json={"text": "fine words"}, headers=AUTH).status_code == 200
    with TestClient(create_app(None, None), raise_server_exceptions=False) as ro:
        r = ro.post("/v1/ingest", json={"text": "x"}, headers=AUTH)
        assert r.status_code == 403 and "www-authenticate" not in r.headers
        assert r.json() == {"error": "read_only", "message": "this server is read-only: start it with --token "
                            "(or NEWSGRAPH_TOKEN) to enable writes"}
        r = ro.get("/v1/articles")
        assert r.json() == {"error": "no_corpus",
                            "message": "this server has no corpus: start it with --db corpus.duckdb"}


def test_status_names_the_version_and_the_pool(scripted):
    c, _ = scripted
    body = c.get("/v1/status").json()
    assert body["version"] == __version__
    assert body["extraction"] == {"workers": 0, "active_requests": 0, "queue": 16, "timeout": None,
                                  "jobs": 0, "refused": 0}


def test_http_errors_are_said_in_whole(scripted):
    c, _ = scripted
    r = c.put("/v1/status")
    assert r.status_code == 405 and r.headers["allow"] == "GET"
    assert r.json() == {"error": "method_not_allowed", "message": "Method Not Allowed"}
    r = c.get("/nowhere")
    assert r.json() == {"error": "not_found", "message": "no such path: /nowhere"}


def test_a_validation_error_is_said_in_whole(scripted):
    c, _ = scripted
    r = c.get("/v1/articles?limit=0")
    body = r.json()
    assert r.status_code == 422 and body["error"] == "invalid"
    (detail,) = body["details"]
    assert detail["loc"] == ["query", "limit"] and detail["msg"]
    assert body["message"] == f"invalid request (query.limit: {detail['msg']})"
    r = c.get("/v1/articles?limit=0&offset=-1")
    msgs = [d["msg"] for d in r.json()["details"]]
    assert r.json()["message"] == f"invalid request (query.limit: {msgs[0]}, query.offset: {msgs[1]})"


# --- cli.py: ingest's options passed through --------------------------------------------------------------

class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, name, counts):
        def record(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            if kwargs.get("advance"):
                kwargs["advance"](1)
            return dict(counts)
        return record


COUNTS = {"added": 2, "skipped": 1, "duplicates": 0, "failed": 0, "failed_before": 0, "events": 3, "batches": 1}


@pytest.fixture
def recorded(monkeypatch):
    from newsgraph import nlp
    from newsgraph.corpus import dask as cdask
    from newsgraph.corpus import ingest as ing

    rec = Recorder()
    monkeypatch.setattr(nlp, "load", lambda model=None: rec.calls.append(("load", (model,), {})))
    monkeypatch.setattr(ing, "ingest", rec("ingest", COUNTS))
    monkeypatch.setattr(ing, "load_parquet", rec("load_parquet", {**COUNTS, "added": 5}))
    monkeypatch.setattr(cdask, "ingest_dask", rec("ingest_dask", {**COUNTS, "failed": 1}))
    return rec


def _summary(result) -> str:
    return [ln for ln in result.stderr.splitlines() if ln.strip()][-1]


def test_ingest_passes_its_options_to_the_local_extraction(recorded, tmp_path):
    db = str(tmp_path / "c.duckdb")
    a = tmp_path / "a.txt"
    a.write_text("words", encoding="utf-8")
    r = CliRunner().invoke(cli.app, ["ingest", str(a), "--db", db, "--model", "my_model", "--max-bytes", "777",
                                     "--input-format", "text", "--batch-size", "5", "--retry-failed", "-v"])
    assert r.exit_code == 0, r.stderr
    assert _summary(r) == f"newsgraph: added 2, already stored 1, duplicate texts 0, failed 0; 0 articles in {db}"
    (load, ingest) = recorded.calls
    assert load == ("load", ("my_model",), {})
    name, args, kw = ingest
    assert args[0] == [str(a)] and args[1] is not None
    assert (kw["workers"], kw["batch_size"], kw["max_bytes"], kw["fmt"], kw["retry_failed"]) == (1, 5, 777, "text", True)
    assert kw["options"].model == "my_model" and kw["options"].batch_size == 5
    assert callable(kw["advance"]) and callable(kw["log"]) and callable(kw["on_failure"]) and callable(kw["warn"])


def test_ingest_on_dask_passes_the_cluster_and_the_partitions(recorded, tmp_path):
    db = str(tmp_path / "c.duckdb")
    a = tmp_path / "a.txt"
    a.write_text("words", encoding="utf-8")
    r = CliRunner().invoke(cli.app, ["ingest", str(a), "--db", db, "--dask", "local", "--max-bytes", "99",
                                     "--input-format", "jsonl", "--workers", "1", "-q"])
    assert r.exit_code == 1 and r.stderr.strip() == ""  # one failure, and -q says nothing
    (_, (name, args, kw)) = recorded.calls
    assert name == "ingest_dask" and args[0] == [str(a)] and args[2] == "local" and args[3] == f"{db}.parts"
    assert args[1] is not None  # the open store
    assert (kw["max_bytes"], kw["workers"], kw["fmt"], kw["log"]) == (99, 1, "jsonl", None)
    assert kw["options"] is not None and callable(kw["advance"])
    out = str(tmp_path / "parts")
    r = CliRunner().invoke(cli.app, ["ingest", str(a), "--db", db, "--dask", "tcp://h:1", "--parquet-out", out,
                                     "-v"])
    assert r.exit_code == 1
    assert _summary(r) == f"newsgraph: added 2, already stored 1, duplicate texts 0, failed 1; 0 articles in {db}"
    (_, args, kw) = recorded.calls[-1]
    assert args[2] == "tcp://h:1" and args[3] == out and callable(kw["log"])


def test_ingest_from_parquet_passes_its_batch_size_and_adds_both_counts(recorded, tmp_path):
    db = str(tmp_path / "c.duckdb")
    a = tmp_path / "a.txt"
    a.write_text("words", encoding="utf-8")
    r = CliRunner().invoke(cli.app, ["ingest", str(a), "--from-parquet", str(tmp_path / "pq"), "--db", db,
                                     "--batch-size", "3", "-v"])
    assert r.exit_code == 0, r.stderr
    assert _summary(r) == f"newsgraph: added 7, already stored 2, duplicate texts 0, failed 0; 0 articles in {db}"
    (name, args, kw) = recorded.calls[0]
    assert name == "load_parquet" and args[0] == str(tmp_path / "pq") and args[1] is not None
    assert kw["batch_size"] == 3 and callable(kw["advance"]) and callable(kw["log"])
    assert [c[0] for c in recorded.calls] == ["load_parquet", "load", "ingest"]


def test_the_static_files_are_mounted_under_their_name():
    app = create_app()
    assert app.url_path_for("static", path="app.js") == "/static/app.js"
