"""The corpus endpoints of the REST API over a small hand-made store (tests/webutil.py ARTICLES)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.model import Document, check_offsets
from newsgraph.web import create_app
from webutil import XSS_NAME, build_corpus

TOKEN = "corpus-test-token"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    docs = build_corpus(path)
    return path, docs


@pytest.fixture(scope="module")
def client(corpus):
    with TestClient(create_app(str(corpus[0])), raise_server_exceptions=False) as c:
        yield c


def test_articles_list_and_one_article(client, corpus):
    _, docs = corpus
    page = client.get("/v1/articles", params={"limit": 2}).json()
    assert page["limit"] == 2 and page["offset"] == 0 and len(page["items"]) == 2 and page["next_offset"] == 2
    everything = client.get("/v1/articles").json()
    assert {a["id"] for a in everything["items"]} == {d.id for d in docs} and everything["next_offset"] is None
    resp = client.get(f"/v1/articles/{docs[0].id}")
    assert resp.status_code == 200
    got = Document.from_json(resp.content)
    assert got == docs[0] and check_offsets(got) == []
    missing = client.get("/v1/articles/sha256:0000")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"


def test_events_filters_and_pagination(client):
    allev = client.get("/v1/events").json()["items"]
    assert len(allev) == 7
    assert [e["date"] for e in allev] == sorted((e["date"] for e in allev), reverse=True)  # newest first
    oldest = client.get("/v1/events", params={"order": "date"}).json()["items"]
    assert oldest[0]["date"] == min(e["date"] for e in allev)
    threats = client.get("/v1/events", params={"type": "THREATEN"}).json()["items"]
    assert [(e["source_name"], e["target_name"]) for e in threats] == [("Marco Rubio", "Iraq")]
    from_rubio = client.get("/v1/events", params={"source": "Rubio"}).json()["items"]
    assert {e["type"] for e in from_rubio} == {"THREATEN", "DISAPPROVE", "CONSULT"}
    to_iraq = client.get("/v1/events", params={"target": "IRQ", "since": "2026-02-01", "until": "2026-03-02"}).json()
    assert {e["type"] for e in to_iraq["items"]} == {"DISAPPROVE", "CONSULT", "AID"}
    p1 = client.get("/v1/events", params={"limit": 3}).json()
    p2 = client.get("/v1/events", params={"limit": 3, "offset": p1["next_offset"]}).json()
    assert [e["event_id"] for e in p1["items"] + p2["items"]] == [e["event_id"] for e in allev[:6]]


def test_events_are_factual_unless_flagged_ones_are_asked_for(client):
    factual = client.get("/v1/events").json()["items"]
    assert all(e["flags"] == [] for e in factual) and "SANCTION" not in {e["type"] for e in factual}
    everything = client.get("/v1/events", params={"include_flagged": "true"}).json()["items"]
    assert len(everything) == len(factual) + 1
    flagged = [e for e in everything if e["flags"]]
    assert [(e["type"], e["flags"], e["source_name"]) for e in flagged] == [("SANCTION", ["future", "hypothetical"], "Iran")]
    assert everything[0]["type"] == "SANCTION"  # its date (next week) is the newest
    # the actorless meeting is in its article, but no corpus event at all
    assert "CONSULT" not in {e["type"] for e in everything if e["date"] == "2026-03-06"}
    assert client.get("/v1/events", params={"include_flagged": "maybe"}).status_code == 422


def test_event_evidence(client, corpus):
    warned = corpus[1][0].events[0]
    ev = client.get("/v1/events", params={"type": "THREATEN"}).json()["items"][0]
    got = client.get(f"/v1/events/{ev['event_id']}/evidence").json()
    assert got["event_id"] == ev["event_id"]
    assert [(i["text"], i["start"], i["end"]) for i in got["items"]] == [
        (warned.evidence.text, warned.evidence.start, warned.evidence.end)]
    assert "Marco Rubio warned Iraq on Sunday" in got["items"][0]["text"]
    assert got["items"][0]["outlet"] == "Example Wire"
    assert client.get("/v1/events/999999/evidence").status_code == 404
    assert client.get("/v1/events/not-a-number/evidence").status_code == 422


def test_dyad(client):
    got = client.get("/v1/dyad", params={"a": "USA", "b": "IRQ", "by": "month"}).json()
    assert got["a"] == "USA" and got["b"] == "IRQ" and got["by"] == "month"
    total = {(r["period"], r["direction"]): r for r in got["items"]}
    jan = total[("2026-01-01", "a->b")]
    assert (jan["quad3"], jan["events"]) == (1, 1) and jan["goldstein_sum"] == pytest.approx(-4.4)
    assert total[("2026-01-01", "b->a")]["quad3"] == 1  # Iraq rejected the warning
    march = total[("2026-03-01", "a->b")]
    assert (march["quad1"], march["quad2"], march["events"]) == (1, 1, 2)
    assert client.get("/v1/dyad", params={"a": "USA"}).status_code == 422
    assert client.get("/v1/dyad", params={"a": "USA", "b": "IRQ", "by": "fortnight"}).status_code == 422
    # an actor no name answers to is said as such, as /v1/actors/{id} says it: not an empty dyad
    for params in ({"a": "Nobody", "b": "IRQ"}, {"a": "IRQ", "b": "Nobody"}):
        resp = client.get("/v1/dyad", params=params)
        assert resp.status_code == 404 and resp.json()["error"] == "not_found", params
        assert resp.json()["message"] == "no actor matches 'Nobody'"
    resp = client.get("/v1/actors/Nobody")
    assert resp.status_code == 404 and resp.json()["message"] == "no actor matches 'Nobody'"


def test_actor(client):
    got = client.get("/v1/actors/Rubio").json()
    assert got["name"] == "Marco Rubio" and got["code"] == "USAGOV"
    assert [r["role"] for r in got["roles"]] == ["secretary of state"]
    assert {e["type"] for e in got["timeline"]} >= {"THREATEN", "CONSULT", "DISAPPROVE"}
    assert [q["text"] for q in got["quotes"]] == ["Iraq must put its own interests first,"]
    by_id = client.get(f"/v1/actors/{got['id']}").json()
    assert by_id["id"] == got["id"]
    missing = client.get("/v1/actors/Nobody%20At%20All")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"


def test_actor_list_and_search(client):
    top = client.get("/v1/actors").json()
    assert top["items"][0]["name"] == "Iraq"  # in every article's events
    counts = [a["num_events"] for a in top["items"]]
    assert counts == sorted(counts, reverse=True)
    found = client.get("/v1/actors", params={"q": "rubi"}).json()["items"]
    assert [a["name"] for a in found] == ["Marco Rubio"]
    assert client.get("/v1/actors", params={"q": "' OR 1=1 --"}).json()["items"] == []
    page = client.get("/v1/actors", params={"limit": 2, "offset": 2}).json()
    assert [a["id"] for a in page["items"]] == [a["id"] for a in top["items"][2:4]]


def test_status_counts_the_corpus(client):
    got = client.get("/v1/status").json()
    assert got["corpus"] is True and got["writable"] is False
    assert got["stats"]["articles"] == 5 and got["stats"]["corpus_events"] == 8


def test_network(client):
    net = client.get("/v1/network").json()
    names = {n["id"]: n["name"] for n in net["nodes"]}
    edges = {(names[e["source"]], names[e["target"]]): e for e in net["edges"]}
    assert edges[("Marco Rubio", "Iraq")]["weight"] == 3
    assert edges[("Iraq", "Iran")]["goldstein"] == pytest.approx(4.0)
    strong = client.get("/v1/network", params={"min_weight": 2}).json()
    assert len(strong["edges"]) == 1
    march = client.get("/v1/network", params={"since": "2026-03-01", "type": "AID"}).json()
    assert [(names[e["source"]], names[e["target"]]) for e in march["edges"]] == [("United States", "Iraq")]
    assert client.get("/v1/network", params={"since": "2026-02-30"}).status_code == 422
    assert client.get("/v1/network", params={"since": "2026-13"}).status_code == 422
    # "until 2026" takes in the whole year (it meant 1 January 2026 before session 55), so March's 3 edges stay;
    # a since after the until is refused by name
    assert len(client.get("/v1/network", params={"since": "2026-03", "until": "2026"}).json()["edges"]) == 3
    assert client.get("/v1/network", params={"since": "2026-03", "until": "2026-02"}).status_code == 422
    assert len(client.get("/v1/network", params={"since": "2026-03"}).json()["edges"]) == 3
    # the hypothetical Iran -> Iraq event counts only when flagged events are asked for
    assert len(client.get("/v1/network", params={"since": "2026-03", "include_flagged": "true"}).json()["edges"]) == 4
    assert client.get("/v1/network", params={"min_weight": 0}).status_code == 422


def test_query_strings_are_values_not_sql(client):
    before = client.get("/v1/events").json()["items"]
    for evil in ("' OR 1=1 --", "Iraq'; DROP TABLE corpus_events; --", "%", "*", "\" OR \"\"=\"", "IRQ) OR (1=1"):
        for key in ("source", "target"):
            resp = client.get("/v1/events", params={key: evil})
            assert resp.status_code == 404 and resp.json()["message"] == f"no actor matches {evil!r}", (key, evil)
        resp = client.get("/v1/events", params={"type": evil})  # no PLOVER type: refused by name, never run
        assert resp.status_code == 422 and "is not a PLOVER event type" in resp.text, evil
        assert client.get("/v1/actors/" + evil.replace("%", "%25")).status_code in (404, 422)
        assert client.get("/v1/dyad", params={"a": evil, "b": "IRQ"}).status_code == 404
    assert client.get("/v1/events").json()["items"] == before


def test_limits_are_validated(client):
    for params in ({"limit": 0}, {"limit": 100000}, {"offset": -1}, {"order": "random()"}, {"since": "yesterday"}):
        resp = client.get("/v1/events", params=params)
        assert resp.status_code == 422 and resp.json()["error"] == "invalid", params


def test_hostile_corpus_text_is_returned_as_data(client):
    rows = client.get("/v1/events", params={"type": "ACCUSE"}).json()["items"]
    assert rows[0]["source_name"] == XSS_NAME
    assert client.get("/v1/events").headers["content-type"] == "application/json"


def test_read_only_server_refuses_ingest(client):
    resp = client.post("/v1/ingest", json={"text": "Iraq met Iran."})
    assert resp.status_code == 403 and resp.json()["error"] == "read_only"


def test_ingest_with_token(tmp_path):
    from webutil import ARTICLES, make_document

    path = tmp_path / "new.duckdb"
    with TestClient(create_app(str(path), token=TOKEN)) as rw:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert rw.get("/v1/status").json()["writable"] is True
        assert rw.post("/v1/ingest", json={"text": "Iraq and Iran agreed on Monday to reopen their border."}).status_code == 401
        text = "Iraq and Iran agreed on Monday to reopen their border crossing, officials in Baghdad said."
        resp = rw.post("/v1/ingest", json={"text": text, "title": "Border", "published": "2026-04-06"}, headers=auth)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        assert len(body["ids"]) == 1 and body["stored"]["added"] == 1 and body["failed"] == []
        stored = rw.get(f"/v1/articles/{body['ids'][0]}").json()
        assert stored["text"] == text and stored["published"]["value"] == "2026-04-06"
        again = rw.post("/v1/ingest", json={"text": text}, headers=auth).json()
        assert again["stored"]["added"] == 0 and again["stored"]["skipped"] == 1
        # a ready newsgraph/1 document is stored as it is (after its offsets are checked)
        doc = make_document(ARTICLES[0])
        resp = rw.post("/v1/ingest", content=doc.to_json(), headers={**auth, "content-type": "application/json"})
        assert resp.status_code == 200 and resp.json()["ids"] == [doc.id]
        assert rw.get("/v1/events", params={"type": "THREATEN"}).json()["items"][0]["source_name"] == "Marco Rubio"
        broken = doc.to_dict()
        broken["entities"][0]["mentions"][0]["start"] += 1
        resp = rw.post("/v1/ingest", json=broken, headers=auth)
        assert resp.status_code == 422 and "offsets" in resp.json()["message"]
        # a JSONL upload: good records are stored, bad ones reported
        jsonl = (b'{"text": "Iran and Iraq held talks in Tehran on Friday about water sharing, state media said."}\n'
                 b'{"title": "no text"}\n')
        resp = rw.post("/v1/ingest", files={"file": ("batch.jsonl", jsonl)}, headers=auth)
        assert resp.status_code == 200, resp.text
        assert len(resp.json()["ids"]) == 1 and "no 'text' field" in resp.json()["failed"][0]["reason"]


# --- the server's store is reopened every N uses (DuckDB keeps memory per query run on a connection) ---

def test_the_store_is_reopened_after_its_quota_of_uses_and_never_under_a_reader(corpus):
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from newsgraph.web.app import Corpus

    path, docs = corpus
    c = Corpus(str(path), writable=False, reopen_after=3)
    try:
        first = c.store
        expected = c.read(lambda s: s.events().to_pylist())
        assert len(expected) == 7
        with ThreadPoolExecutor(4) as ex:  # 40 reads at once: every one sees an open store and the same rows
            got = list(ex.map(lambda _: c.read(lambda s: s.events().to_pylist()), range(40)))
        assert all(g == expected for g in got)
        assert c.reopened >= 40 // 3 - 1 and c.store is not first
        assert c.write(lambda s: s.count("articles")) == len(docs)  # a write (here a count) counts as a use
        # a reader holding the store when the quota runs out keeps it until it is done
        c._uses = c.reopen_after - 1
        entered, release, outcome = threading.Event(), threading.Event(), {}

        def slow(s):
            entered.set()
            release.wait(30)
            return s.count("events")

        holder = threading.Thread(target=lambda: outcome.setdefault("held", c.read(slow)))
        holder.start()
        assert entered.wait(30)
        held, before = c.store, c.reopened
        waiter = threading.Thread(target=lambda: outcome.setdefault("next", c.read(lambda s: (s, s.count("events")))))
        waiter.start()  # over the quota: waits for the holder, then reopens
        waiter.join(0.5)
        assert c.store is held and c.reopened == before  # nothing closed under the holder
        release.set()
        holder.join(30)
        waiter.join(30)
        assert outcome["held"] == outcome["next"][1] > 0
        assert outcome["next"][0] is not held and c.reopened == before + 1
    finally:
        c.close()
