"""`newsgraph serve` as a hostile client meets it (issue 14): a real server process, real workers.

Each test drives `newsgraph serve` started as a subprocess, the way a user runs it: hostile bodies
answer 4xx JSON, one slow article does not stall the others and is stopped at the time budget, a
full queue answers 503 with Retry-After, foreign Host headers are refused, weak settings are
refused at start, SIGTERM stops the server and its workers, and `ingest --server` stores articles
in the running server's store. Nothing here measures speed: waits are for states, read from
/v1/status, with generous upper bounds only so that a broken server fails instead of hanging.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from webutil import free_port

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "server-test-token-0123456789"
SLOW = ("word " * 190_000).encode()  # 950 KB with no sentence break: a parser needs a minute and GBs
SMALL = {"text": "Iraq's prime minister met Iranian officials in Tehran on Tuesday, state media reported."}


def _env(**extra) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **extra}
    if "NEWSGRAPH_TOKEN" not in extra:
        env.pop("NEWSGRAPH_TOKEN", None)
    return env


def _cli(*args) -> list[str]:
    return [sys.executable, "-m", "newsgraph", *args]


class Served:
    """A `newsgraph serve` subprocess on a free loopback port."""

    def __init__(self, *args: str, token: str | None = None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.token = token
        env = _env(NEWSGRAPH_TOKEN=token) if token else _env()
        self.proc = subprocess.Popen(_cli("serve", "--port", str(self.port), *args), env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def status(self) -> dict:
        return httpx.get(self.base + "/v1/status", timeout=10).json()

    def wait_for(self, test, what: str, limit: float = 300) -> dict:
        """Poll /v1/status until `test(extraction stats)` holds (the bound only stops a hung server)."""
        deadline = time.monotonic() + limit
        while True:
            try:
                ext = self.status()["extraction"]
                if test(ext):
                    return ext
            except (httpx.TransportError, KeyError, TypeError):
                pass
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {self.proc.stderr.read()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"server never reached: {what}")
            time.sleep(0.2)

    def ready(self) -> dict:
        return self.wait_for(lambda e: e["ready"] == e["workers"] and e["idle"] == e["workers"], "all workers idle")

    def post(self, path: str = "/v1/extract", **kw) -> httpx.Response:
        return httpx.post(self.base + path, timeout=600, **kw)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _json_error(resp: httpx.Response, status: int | None = None) -> dict:
    assert resp.headers["content-type"].startswith("application/json"), resp.text[:200]
    body = resp.json()
    assert isinstance(body.get("error"), str) and body["error"] and isinstance(body.get("message"), str), body
    if status is not None:
        assert resp.status_code == status, resp.text
    assert "Traceback" not in resp.text
    return body


def _alive(pid: int) -> bool:
    """True while `pid` runs (a zombie, dead but not yet reaped, counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def _gone(pids, limit: float = 30) -> bool:
    """Whether every pid has exited, waiting up to `limit` s for processes already told to go."""
    deadline = time.monotonic() + limit
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    return not any(_alive(p) for p in pids)


def _in_background(fn) -> tuple[threading.Thread, list]:
    out: list = []
    th = threading.Thread(target=lambda: out.append(fn()), daemon=True)
    th.start()
    return th, out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Two workers, a 5 s budget, room for one waiting request, a store and a token."""
    db = tmp_path_factory.mktemp("served") / "corpus.duckdb"
    srv = Served("--db", str(db), "--workers", "2", "--timeout", "5", "--queue", "1", "--worker-memory", "1500",
                 "--allowed-host", "news.example", token=TOKEN)
    try:
        srv.ready()
        yield srv
    finally:
        srv.stop()


# --- item 2: hostile bodies are 4xx JSON naming the reason, never 500 ------------------------------

def test_deeply_nested_json_is_a_named_4xx(server):
    nested = "[" * 5000 + "]" * 5000
    for kw in ({"content": nested, "headers": {"content-type": "application/json"}},
               {"content": '{"text": ' + nested + "}", "headers": {"content-type": "application/json"}},
               {"files": {"file": ("deep.json", nested)}},
               {"content": nested}):  # no content type: the reader sniffs JSON
        resp = server.post(**kw)
        assert 400 <= resp.status_code < 500, resp.text
        assert "nested too deeply" in _json_error(resp)["message"]


def test_text_over_the_parser_limit_is_named_or_extracted(server):
    resp = server.post(content=("word " * 300_000).encode(), headers={"content-type": "text/plain"})
    if resp.status_code == 200:  # parsed in pieces
        assert len(resp.json()["text"]) > 1_000_000
    else:
        body = _json_error(resp)
        assert resp.status_code < 500 or body["error"] in ("timeout", "over_memory"), resp.text
        assert "1,500,000 characters" in body["message"] or body["error"] in ("timeout", "over_memory")
    server.ready()


# --- item 3: one slow request stalls nothing; the budget stops it; the queue is bounded -------------

def test_a_slow_article_neither_stalls_others_nor_outlives_the_budget(server):
    before = server.ready()
    slow, slow_out = _in_background(lambda: server.post(content=SLOW, headers={"content-type": "text/plain"}))
    server.wait_for(lambda e: e["active_requests"] == 1 and e["idle"] == 1, "the slow article on a worker")
    fast = server.post(json=SMALL)
    assert fast.status_code == 200, fast.text
    assert slow.is_alive(), "the slow article should still be running when the small one is done"
    slow.join(120)
    resp = slow_out[0]
    body = _json_error(resp, 503)
    assert body["error"] in ("timeout", "over_memory") and ("budget" in body["message"] or "MB" in body["message"])
    after = server.ready()  # the stuck worker was killed and a fresh one took its place
    assert after["restarts"] == before["restarts"] + 1
    gone = set(before["pids"]) - set(after["pids"])
    assert len(gone) == 1 and _gone(gone)
    assert server.post(json=SMALL).status_code == 200


def test_a_full_queue_answers_503_with_retry_after(server):
    server.ready()
    slow = [_in_background(lambda: server.post(content=SLOW, headers={"content-type": "text/plain"}))
            for _ in range(2)]
    server.wait_for(lambda e: e["active_requests"] == 2 and e["idle"] == 0, "both workers busy")
    waiting = _in_background(lambda: server.post(json=SMALL))
    server.wait_for(lambda e: e["active_requests"] == 3, "one request waiting")
    resp = server.post(json=SMALL)
    body = _json_error(resp, 503)
    assert body["error"] == "busy" and int(resp.headers["retry-after"]) >= 1
    for th, _ in [*slow, waiting]:
        th.join(120)
    server.ready()


# --- item 6: Host allow-list, token length, CORS '*' with a token ----------------------------------

def test_foreign_host_headers_are_refused(server):
    for host in ("evil.example", f"evil.example:{server.port}", "127.0.0.1.evil.example"):
        resp = httpx.get(server.base + "/v1/status", headers={"host": host}, timeout=10)
        assert _json_error(resp, 400)["error"] == "bad_host"
    for host in (f"localhost:{server.port}", f"127.0.0.1:{server.port}", "news.example"):
        assert httpx.get(server.base + "/v1/status", headers={"host": host}, timeout=10).status_code == 200


@pytest.mark.parametrize("args, env_token, says", [
    (["--token", "short-token"], None, "at least 16"),
    ([], "short-token", "at least 16"),  # the same check for NEWSGRAPH_TOKEN
    (["--token", TOKEN, "--cors-origin", "*"], None, "cors-origin"),
])
def test_unsafe_settings_are_refused_at_start(args, env_token, says):
    env = _env(NEWSGRAPH_TOKEN=env_token) if env_token else _env()
    res = subprocess.run(_cli("serve", "--port", str(free_port()), *args), env=env, capture_output=True, text=True,
                         timeout=60)
    assert res.returncode == 2, res.stderr
    assert says in res.stderr.lower() and "Traceback" not in res.stderr


# --- item 6: ingest while serve holds the store -------------------------------------------------------

def test_ingest_sends_articles_to_the_running_server(server, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    records = [{"text": f"Iraq and Iran signed trade agreement number {i} in Baghdad on Tuesday, officials said.",
                "title": f"Deal {i}"} for i in range(3)]
    (src / "deals.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (src / "empty.txt").write_text("")
    cmd = _cli("ingest", str(src), "--server", server.base)
    first = subprocess.run([*cmd, "--published", "3 February 2026"], env=_env(NEWSGRAPH_TOKEN=TOKEN),
                           capture_output=True, text=True, timeout=600)
    assert first.returncode == 1, first.stderr  # one input failed: named, the rest stored
    assert f"{src / 'empty.txt'}: empty input" in first.stderr and "added 3," in first.stderr
    stored = {a["title"]: a for a in httpx.get(server.base + "/v1/articles", params={"limit": 100}).json()["items"]}
    assert {"Deal 0", "Deal 1", "Deal 2"} <= set(stored)
    assert str(stored["Deal 1"]["published"]).startswith("2026-02-03")
    assert server.status()["stats"]["failures"] >= 1  # the failure is recorded in the server's store
    # a re-run skips the recorded failure (as a local ingest does): not named again, rc 0
    again = subprocess.run(cmd, env=_env(NEWSGRAPH_TOKEN=TOKEN), capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert "added 0, already stored 3" in again.stderr and "failed 0;" in again.stderr
    assert "skipped 1 inputs that failed before" in again.stderr and "empty.txt" not in again.stderr
    # --retry-failed tries it again: named and counted once more
    retry = subprocess.run([*cmd, "--retry-failed"], env=_env(NEWSGRAPH_TOKEN=TOKEN), capture_output=True, text=True,
                           timeout=600)
    assert retry.returncode == 1, retry.stderr
    assert f"{src / 'empty.txt'}: empty input" in retry.stderr and "failed 1;" in retry.stderr
    assert "failed before" not in retry.stderr
    wrong = subprocess.run(cmd, env=_env(NEWSGRAPH_TOKEN="not-the-token-0123456789"), capture_output=True,
                           text=True, timeout=600)
    assert wrong.returncode == 1 and "401" in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1


# --- items 4 and 6: SIGTERM stops everything promptly; workers are recycled; none outlives the server --

def test_sigterm_stops_server_and_workers_promptly_after_requests():
    srv = Served("--workers", "1", "--timeout", "300", "--worker-jobs", "2")
    try:
        first = srv.ready()
        for _ in range(2):
            assert srv.post(json=SMALL).status_code == 200
        # the worker has done its 2 jobs: a fresh one takes over and the old one exits
        after = srv.wait_for(lambda e: e["recycled"] == 1 and e["ready"] == 1 and e["pids"] != first["pids"],
                             "a fresh worker in place of the tired one")
        assert _gone(first["pids"])
        slow, out = _in_background(lambda: srv.post(content=SLOW, headers={"content-type": "text/plain"}))
        srv.wait_for(lambda e: e["active_requests"] == 1 and e["idle"] == 0, "the slow article running")
        srv.proc.send_signal(signal.SIGTERM)
        # An extraction may run 300 s here; the server must not wait for it.
        srv.proc.wait(timeout=30)
        slow.join(30)
        assert not slow.is_alive()
        if out and isinstance(out[0], httpx.Response):
            assert _json_error(out[0], 503)["error"] == "unavailable"
        assert _gone(after["pids"])
    finally:
        srv.stop()


def test_a_worker_is_replaced_after_its_quota_of_articles_and_requests_go_on_succeeding():
    # Count-based: the replacement starts at the worker's 3rd article, not before and not by time.
    # The tired worker keeps serving until its successor has loaded, so nothing waits on the reload.
    srv = Served("--workers", "1", "--timeout", "300", "--worker-jobs", "3")
    texts = [{"text": f"Iraq's prime minister met Iranian officials in Tehran on day {i}, state media reported."}
             for i in range(12)]

    def extracted(resp: httpx.Response, i: int) -> bool:
        body = resp.json()
        return resp.status_code == 200 and f"on day {i}," in body["text"] and \
            any(e["name"] == "Tehran" for e in body["entities"])

    try:
        first = srv.ready()
        (p1,) = first["pids"]
        assert first["worker_jobs"] == 3
        for i in range(2):
            assert extracted(srv.post(json=texts[i]), i)
        now = srv.status()["extraction"]
        assert now["recycled"] == 0 and now["pids"] == [p1] and now["jobs_by_worker"] == {str(p1): 2}
        assert extracted(srv.post(json=texts[2]), 2)
        assert srv.status()["extraction"]["recycled"] == 1  # at the 3rd article, before any wait
        # requests sent while the successor loads: every one answered, by the old worker or the new
        burst = [_in_background(lambda i=i: (i, srv.post(json=texts[i]))) for i in range(3, 9)]
        for th, _ in burst:
            th.join(600)
        assert all(out and extracted(out[0][1], out[0][0]) for _, out in burst)
        after = srv.wait_for(lambda e: e["ready"] == 1 and len(e["pids"]) == 1 and p1 not in e["pids"]
                             and e["idle"] == 1, "a successor serving alone")
        assert _gone([p1]) and after["jobs"] == 9
        (p2,) = after["pids"]
        done, recycled = after["jobs_by_worker"][str(p2)], after["recycled"]  # the burst's share, and 1 or 2
        assert 0 <= done <= 2  # a worker at its quota is never left serving alone
        for i in range(9, 9 + 2 - done):  # one short of its quota: no replacement yet
            assert extracted(srv.post(json=texts[i]), i)
        assert srv.status()["extraction"]["recycled"] == recycled
        assert extracted(srv.post(json=texts[11]), 11)
        assert srv.status()["extraction"]["recycled"] == recycled + 1  # its 3rd article
    finally:
        srv.stop()


def test_memory_ceiling_stops_a_runaway_article_and_workers_die_with_a_killed_server():
    # 200 MB is below a loaded worker's own size, so the ceiling is hit at the first check of any
    # article that is still running then: the slow one, whatever the parser does with it.
    srv = Served("--workers", "1", "--timeout", "300", "--worker-memory", "200")
    try:
        pids = srv.ready()["pids"]
        body = _json_error(srv.post(content=SLOW, headers={"content-type": "text/plain"}), 503)
        assert body["error"] == "over_memory" and "200 MB" in body["message"]
        assert _gone(pids)
        pids = srv.ready()["pids"]
        srv.proc.kill()
        srv.proc.wait(timeout=30)
        assert _gone(pids)
    finally:
        srv.stop()


# --- ingest: an article over budget is a recorded failure, the rest of the batch is stored ----------

def test_ingest_batch_records_an_article_over_budget_and_stores_the_rest(tmp_path):
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app
    from newsgraph.web.app import Extractor
    from newsgraph.web.workers import InlinePool, OverBudget

    class StopsLongArticles(InlinePool):
        async def extract(self, article, wait=None):
            if "endless" in article.text:
                raise OverBudget("timeout", f"{article.name}: extraction took longer than the server's 5 s budget")
            return await super().extract(article, wait)

    app = create_app(str(tmp_path / "c.duckdb"), TOKEN, pool=StopsLongArticles(Extractor()))
    articles = [{"name": "a.jsonl:1", "text": "Iraq and Iran signed a trade agreement in Baghdad on Tuesday."},
                {"name": "a.jsonl:2", "text": "An endless article that never finishes parsing."}]
    with TestClient(app) as client:
        resp = client.post("/v1/ingest/batch", json={"articles": articles, "failures": [
            {"name": "b.txt", "reason": "empty input"}]}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 200, resp.text
        got = resp.json()
        assert got["added"] == 1 and got["failed"] == 2
        assert {f["name"] for f in got["failures"]} == {"a.jsonl:2", "b.txt"}
        assert "budget" in next(f["reason"] for f in got["failures"] if f["name"] == "a.jsonl:2")
        assert client.get("/v1/status").json()["stats"]["failures"] == 2
        again = client.post("/v1/ingest/batch", json={"articles": articles[:1]},
                            headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert again["added"] == 0 and again["skipped"] == 1
        # recorded failures (an extraction failure and a client read failure) are skipped on a re-run ...
        body = {"articles": articles[1:], "failures": [{"name": "b.txt", "reason": "empty input"}]}
        rerun = client.post("/v1/ingest/batch", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert (rerun["failed"], rerun["failed_before"], rerun["failures"]) == (0, 2, [])
        # ... unless the client asks to retry them
        retry = client.post("/v1/ingest/batch", json=body | {"retry_failed": True},
                            headers={"Authorization": f"Bearer {TOKEN}"}).json()
        assert (retry["failed"], retry["failed_before"]) == (2, 0)
        assert {f["name"] for f in retry["failures"]} == {"a.jsonl:2", "b.txt"}
        assert client.get("/v1/status").json()["stats"]["failures"] == 2


def test_ingest_client_batches_fit_the_server_limits():
    from newsgraph.errors import InputError
    from newsgraph.read import make_article
    from newsgraph.web.client import BATCH_ARTICLES, batches

    items = [make_article(f"Article {i} " + "x" * 300, f"in.jsonl:{i}") for i in range(40)]
    items[5] = InputError("in.jsonl:5", "empty input")
    items.append(make_article("y" * 5000, "huge.txt"))
    sent = list(batches(items, max_bytes=2000))
    arts = [a for got, _ in sent for a in got]
    fails = [f for _, got in sent for f in got]
    assert [a["name"] for a in arts] == [f"in.jsonl:{i}" for i in range(40) if i != 5]  # all, in order
    assert {f["name"] for f in fails} == {"in.jsonl:5", "huge.txt"}
    assert "request limit" in next(f["reason"] for f in fails if f["name"] == "huge.txt")
    for got, failed in sent:
        assert len(got) <= BATCH_ARTICLES and len(json.dumps([*got, *failed]).encode()) <= 2000
    many = list(batches([InputError(f"bad{i}.txt", "empty input") for i in range(1200)], max_bytes=10**7))
    assert len(many) == 3 and sum(len(f) for _, f in many) == 1200 and max(len(f) for _, f in many) <= 500


@pytest.mark.parametrize("failure", [ValueError("I/O operation on closed handle"), TypeError("NoneType pid"),
                                     "over_budget"])
def test_a_request_caught_by_the_shutdown_is_unavailable_whatever_the_dead_worker_raised(failure):
    """SIGTERM kills the workers under requests in flight: what the dead pipe or process raises then
    (a closed handle, a missing pid, a budget check on a killed process) is a 503, never a 500."""
    import asyncio

    from newsgraph.read import make_article
    from newsgraph.web.workers import OverBudget, Unavailable, WorkerPool

    class DeadPipe:
        def send(self, article):
            pool.close()  # the shutdown arrives while the article is being sent
            if failure == "over_budget":
                raise OverBudget("timeout", "too slow")
            raise failure

    class Dead:
        conn = DeadPipe()

    pool = WorkerPool(1)

    async def acquire(wait):
        return Dead()

    pool._acquire = acquire
    with pytest.raises(Unavailable, match="shutting down"):
        asyncio.run(pool.extract(make_article("Some text about the talks.", "a.txt")))
