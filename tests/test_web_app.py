"""The REST API (newsgraph.web.app) through fastapi's TestClient: contract, errors, limits, security."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from newsgraph.errors import (DictionaryError, ExtractionError, InputError, ModelError, NewsgraphError, PipelineError,
                              QueryError, StoreError, UsageError)
from newsgraph.model import SCHEMA, Document, check_offsets
from newsgraph.web import app as webapp
from newsgraph.web import create_app

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "newsgraph" / "web" / "static"

XSS_TEXT = (
    "Protesters gathered in Baghdad on Monday. <script>window.__pwned = 1; alert('x')</script> "
    "The minister said <img src=x onerror=\"window.__pwned = 2\"> that talks with Iran would continue. "
    "Details were posted at javascript:window.__pwned=3 and <a href=\"javascript:alert(1)\">here</a>."
)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        yield c


def _is_error(resp, status: int, code: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) >= {"error", "message"} and isinstance(body["message"], str) and body["message"]
    if code:
        assert body["error"] == code
    assert "Traceback" not in resp.text and 'File "' not in resp.text
    return body


# --- extraction -----------------------------------------------------------------------------------

def test_extract_json_body(client, sample_text):
    resp = client.post("/v1/extract", json={"text": sample_text, "title": "Rubio warns Iraq", "published": "2026-01-25",
                                            "url": "https://example.org/a"})
    assert resp.status_code == 200, resp.text
    doc = Document.from_json(resp.content)
    assert doc.schema == SCHEMA and doc.title == "Rubio warns Iraq"
    assert doc.published.value == "2026-01-25" and doc.source.url == "https://example.org/a"
    assert check_offsets(doc) == []
    assert any("Rubio" in e.name for e in doc.entities)


def test_extract_raw_text_and_html_bodies(client):
    text = "Marco Rubio warned Iraq on Sunday against any rapprochement with Iran, officials said."
    r1 = client.post("/v1/extract", content=text.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert r1.status_code == 200 and r1.json()["text"] == text
    html = f"<html><head><title>Warning</title></head><body><article><p>{text}</p></article></body></html>"
    r2 = client.post("/v1/extract", content=html.encode(), headers={"content-type": "text/html"})
    assert r2.status_code == 200, r2.text
    assert r2.json()["source"]["format"] == "html" and text in r2.json()["text"]
    r3 = client.post("/v1/extract", json={"html": html, "title": "Given title"})
    assert r3.status_code == 200 and r3.json()["title"] == "Given title"


def test_extract_file_upload(client):
    text = b"Iraq's prime minister met Iranian officials in Tehran on Tuesday, state media reported."
    resp = client.post("/v1/extract", files={"file": ("story.txt", text, "text/plain")}, data={"published": "2026-02-03"})
    assert resp.status_code == 200, resp.text
    assert resp.json()["published"]["value"] == "2026-02-03"
    many = b'{"text": "Iraq met Iran."}\n{"text": "Iran met Iraq."}\n'
    _is_error(client.post("/v1/extract", files={"file": ("two.jsonl", many)}), 422, "invalid")
    _is_error(client.post("/v1/extract", files={"other": ("a.txt", b"x")}), 422)


def test_pipeline_loaded_once_per_process(client):
    client.post("/v1/extract", json={"text": "Iraq and Iran signed a trade agreement on Monday."})
    first = client.app.state.extractor._pipeline
    client.post("/v1/extract", json={"text": "Iran rejected the offer from Iraq on Tuesday."})
    assert first is not None and client.app.state.extractor._pipeline is first


# --- errors: JSON, 4xx, no stack traces -------------------------------------------------------------

def test_bad_requests_are_clear_json_errors(client):
    _is_error(client.post("/v1/extract", json={"text": ""}), 422, "invalid")
    _is_error(client.post("/v1/extract", json={"text": "a", "html": "<p>b</p>"}), 422, "invalid")
    _is_error(client.post("/v1/extract", json={"txt": "typo"}), 422, "invalid")
    _is_error(client.post("/v1/extract", json=["not", "an", "object"]), 422, "invalid")
    _is_error(client.post("/v1/extract", content=b"{not json", headers={"content-type": "application/json"}), 400)
    _is_error(client.post("/v1/extract", content=b"   ", headers={"content-type": "text/plain"}), 422, "unreadable")
    _is_error(client.post("/v1/extract", content=b"\x00\x01\x02" * 100, headers={"content-type": "text/plain"}), 422)
    _is_error(client.post("/v1/extract", content=b"a=b", headers={"content-type": "application/x-www-form-urlencoded"}),
              415, "unsupported_media_type")
    french = "Le secrétaire d'État américain a mis en garde l'Irak dimanche contre tout rapprochement avec l'Iran."
    body = _is_error(client.post("/v1/extract", json={"text": french}), 422, "unreadable")
    assert "French" in body["message"]
    _is_error(client.get("/v1/no-such-thing"), 404, "not_found")
    _is_error(client.delete("/v1/extract"), 405)


def test_request_size_limit():
    with TestClient(create_app(max_body=4096)) as small:
        _is_error(small.post("/v1/extract", content=b"x" * 5000, headers={"content-type": "text/plain"}), 413, "too_large")
        # without a Content-Length (chunked), the limit is enforced while reading
        chunks = (b"y" * 1000 for _ in range(6))
        _is_error(small.post("/v1/extract", content=chunks, headers={"content-type": "text/plain"}), 413, "too_large")
        big_json = json.dumps({"text": "z" * 5000})
        _is_error(small.post("/v1/extract", content=big_json, headers={"content-type": "application/json"}), 413)


def test_internal_errors_hide_the_stack(monkeypatch, client):
    def boom(self, articles):
        raise RuntimeError("secret internals at /home/user/x.py line 3")

    monkeypatch.setattr(webapp.Extractor, "run", boom)
    body = _is_error(client.post("/v1/extract", json={"text": "Iraq met Iran."}), 500, "internal")
    assert "secret" not in body["message"] and "RuntimeError" not in json.dumps(body)


@pytest.mark.parametrize("exc,status,code,shown", [
    (QueryError("since: 'x' is not a date"), 422, "invalid", "since: 'x' is not a date"),
    (UsageError("bad value"), 422, "invalid", "bad value"),
    (InputError("upload.txt", "binary content"), 422, "unreadable", "binary content"),
    (DictionaryError("/srv/actors.txt", 4, "bad actor code"), 422, "unreadable", "bad actor code"),
    (ExtractionError("a", "internal error in stage 'x': KeyError /srv/secret.py"), 422, "extraction_failed", None),
    (StoreError("/srv/secret/c.duckdb: cannot open the corpus database"), 503, "store_unavailable", None),
    (ModelError("spaCy pipeline '/srv/secret/model' could not be loaded"), 503, "model_unavailable", None),
    (PipelineError("stage 'secret' needs 'w', which no stage provides"), 503, "pipeline_unavailable", None),
    (NewsgraphError("something the user can fix"), 422, "invalid", "something the user can fix"),
], ids=lambda v: type(v).__name__ if isinstance(v, Exception) else None)
def test_newsgraph_errors_map_to_http_errors(exc, status, code, shown):
    app = create_app()

    @app.get("/raise")
    def _raise():
        raise exc

    with TestClient(app, raise_server_exceptions=False) as c:
        body = _is_error(c.get("/raise"), status, code)
    if shown is None:  # set-up and stage failures may carry paths or internals: a fixed message instead
        assert "secret" not in body["message"] and "/srv" not in body["message"]
    else:
        assert body["message"] == shown


def test_extraction_and_model_failures_on_a_real_request(monkeypatch):
    def failed(self, articles):
        return [ExtractionError(a.name, "internal error in stage 'x': KeyError: 'secret'") for a in articles]

    with TestClient(create_app(model="no_such_pipeline_xyz"), raise_server_exceptions=False) as c:
        body = _is_error(c.post("/v1/extract", json={"text": "Iraq met Iran."}), 503, "model_unavailable")
        assert "no_such_pipeline_xyz" not in body["message"]
        monkeypatch.setattr(webapp.Extractor, "run", failed)
        body = _is_error(c.post("/v1/extract", json={"text": "Iraq met Iran."}), 422, "extraction_failed")
        assert "secret" not in body["message"]


def test_corpus_endpoints_without_a_store(client):
    for path in ("/v1/events", "/v1/articles", "/v1/articles/x", "/v1/network", "/v1/actors/USA", "/v1/actors",
                 "/v1/dyad?a=USA&b=IRQ", "/v1/events/e1/evidence"):
        _is_error(client.get(path), 503, "no_corpus")
    status = client.get("/v1/status").json()
    assert status.pop("extraction")["workers"] == 0  # in-process extraction (create_app's default)
    assert status == {"version": webapp.__version__, "schema": SCHEMA, "corpus": False,
                      "writable": False, "max_body": webapp.DEFAULT_MAX_BODY, "stats": None}


# --- security -------------------------------------------------------------------------------------

def test_write_endpoint_needs_the_token(monkeypatch, tmp_path):
    with TestClient(create_app()) as ro:  # read-only server: writes are refused outright
        _is_error(ro.post("/v1/ingest", json={"text": "Iraq met Iran."}), 403, "read_only")
    calls = []
    real = webapp.hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(webapp.hmac, "compare_digest", spy)
    with TestClient(create_app(token="s3cret-token-for-test")) as rw:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Bearer s3cret-token-for-tesX"},
                        {"Authorization": "Basic czNjcmV0LXRva2Vu"}):
            resp = rw.post("/v1/ingest", json={"text": "Iraq met Iran."}, headers=headers)
            _is_error(resp, 401, "unauthorized")
            assert resp.headers["www-authenticate"] == "Bearer"
        # the right token gets past auth (then there is no store to write to)
        ok = rw.post("/v1/ingest", json={"text": "Iraq met Iran."}, headers={"Authorization": "Bearer s3cret-token-for-test"})
        _is_error(ok, 503, "no_corpus")
    assert (b"s3cret-token-for-tesX", b"s3cret-token-for-test") in calls and (b"s3cret-token-for-test", b"s3cret-token-for-test") in calls


def test_untrusted_text_stays_data(client):
    resp = client.post("/v1/extract", content=XSS_TEXT.encode(), headers={"content-type": "text/plain"})
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/json"
    assert resp.headers["x-content-type-options"] == "nosniff"
    doc = resp.json()
    assert doc["text"] == XSS_TEXT  # kept verbatim as a JSON string: escaping is the page's job
    assert check_offsets(Document.from_dict(doc)) == []


def test_security_headers_and_no_cors_by_default(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY"
    pre = client.options("/v1/extract", headers={"Origin": "https://evil.example",
                                                 "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers
    got = client.get("/v1/status", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in got.headers
    with TestClient(create_app(cors_origins=["https://app.example"])) as c:
        pre = c.options("/v1/extract", headers={"Origin": "https://app.example", "Access-Control-Request-Method": "POST"})
        assert pre.headers["access-control-allow-origin"] == "https://app.example"
        pre = c.options("/v1/extract", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in pre.headers


def test_front_end_is_vendored_and_never_parses_text_as_html():
    html = (STATIC / "index.html").read_text()
    # every script and stylesheet is served by us: no CDN, works offline
    for url in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert url.startswith(("/static/", "#", "data:")), url
    for path in STATIC.rglob("*.js"):
        js = path.read_text()
        assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(", js), path
        assert "eval(" not in js and "new Function" not in js
        assert "https://" not in js and "http://" not in js.replace('"http://www.w3.org/2000/svg"', "")


def test_static_assets_served(client):
    for name in ("app.js", "app.css"):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and len(r.content) > 1000


def test_openapi_document_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path, method in [("/v1/extract", "post"), ("/v1/ingest", "post"), ("/v1/articles/{article_id}", "get"),
                         ("/v1/events", "get"), ("/v1/dyad", "get"), ("/v1/actors/{actor_id}", "get"),
                         ("/v1/network", "get"), ("/v1/articles", "get")]:
        assert method in paths[path], path
    assert set(paths["/v1/extract"]["post"]["requestBody"]["content"]) == {
        "application/json", "text/plain", "text/html", "multipart/form-data"}
    assert "Document" in spec["components"]["schemas"] and "Event" in spec["components"]["schemas"]
    assert paths["/v1/ingest"]["post"]["security"] == [{"HTTPBearer": []}]
    params = {p["name"] for p in paths["/v1/events"]["get"]["parameters"]}
    assert params >= {"source", "target", "type", "since", "until", "limit", "offset", "order"}
    assert client.get("/docs").status_code == 404  # Swagger UI would pull scripts from a CDN


# --- the serve command -----------------------------------------------------------------------------

def test_serve_command_binds_loopback_and_answers():
    from webutil import free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSGRAPH_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/v1/status", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.stderr.read() if proc.poll() is not None else "server did not start")
                time.sleep(0.2)
        assert resp.json()["writable"] is False
        conns = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout if _has("ss") else ""
        if conns:
            assert f"127.0.0.1:{port}" in conns and f"0.0.0.0:{port}" not in conns
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "serving on http://127.0.0.1:" in proc.stderr.read()


def test_serve_refuses_a_missing_store(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("NEWSGRAPH_TOKEN", None)
    res = subprocess.run([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(tmp_path / "nope.duckdb")],
                         env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 3 and "no such corpus database" in res.stderr and "Traceback" not in res.stderr


def test_serve_reports_a_taken_port_in_one_line():
    import socket

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("NEWSGRAPH_TOKEN", None)
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        res = subprocess.run([sys.executable, "-m", "newsgraph.cli", "serve", "--port", str(port)],
                             env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def _has(cmd: str) -> bool:
    from shutil import which

    return which(cmd) is not None
