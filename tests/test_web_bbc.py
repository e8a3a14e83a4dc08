"""`newsgraph serve` on a store built from the BBC corpus: all five pages in real headless Chromium.

The store is built the way a user builds it (`newsgraph ingest` on BBC politics articles, with
publication dates spread over three months so the dyad chart has a time axis), and the server is
the real command in its own process. Screenshots go to test-artifacts/bbc-*.png.
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import SHARED
from webutil import CHROMIUM, browser, free_port, page  # noqa: F401 (fixtures)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
BBC = SHARED / "data" / "bbc" / "bbc.jsonl"
N_ARTICLES = 40

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                       "(apt-get install -y chromium; `make browser` and CI install it)"),
    pytest.mark.skipif(not BBC.exists(), reason=f"needs the BBC corpus at {BBC}"),
]


def _cli(*args, **kw):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return [sys.executable, "-m", "newsgraph.cli", *args], env


@pytest.fixture(scope="module")
def bbc_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bbc")
    records = []
    with open(BBC, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["category"] == "politics":
                i = len(records)
                rec["published"] = f"2005-{1 + i % 3:02d}-{1 + (i * 7) % 28:02d}"
                records.append(rec)
            if len(records) >= N_ARTICLES:
                break
    src = tmp / "politics.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp / "bbc.duckdb"
    cmd, env = _cli("ingest", str(src), "--db", str(db), "--quiet")
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    assert res.returncode == 0, res.stderr
    port = free_port()
    cmd, env = _cli("serve", "--db", str(db), "--port", str(port))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/v1/status", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"newsgraph serve did not start: {proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"bbc-{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def corpus_facts(bbc_server):
    """What the store holds, read through the API: the busiest actor, dyad and an article with events."""
    events = httpx.get(bbc_server + "/v1/events", params={"limit": 500}, timeout=30).json()
    rows = events["items"] if isinstance(events, dict) and "items" in events else events
    assert rows, "the BBC store has no events"
    actors = collections.Counter(r["source_actor_id"] for r in rows if r.get("source_actor_id"))
    dyads = collections.Counter((r["source_actor_id"], r["target_actor_id"]) for r in rows
                                if r.get("source_actor_id") and r.get("target_actor_id"))
    articles = collections.Counter(r["article_id"] for r in rows if r.get("article_id"))
    return {"events": rows, "actor": actors.most_common(1)[0][0], "dyad": dyads.most_common(1)[0][0],
            "article": articles.most_common(1)[0][0]}


def test_article_page_on_a_stored_bbc_article(page, bbc_server, corpus_facts):
    page.goto(f"{bbc_server}/#/article/{corpus_facts['article']}")
    page.wait_for_selector("#events-list li.event")
    assert page.locator("#article-text .seg.ent").count() > 0
    page.locator("#events-list li.event").first.click()
    page.wait_for_selector("#article-text .seg.evidence")
    shot(page, "article")
    assert page.errors == []


def test_events_page_lists_bbc_events(page, bbc_server, corpus_facts):
    page.goto(f"{bbc_server}/#/events")
    page.wait_for_selector("#events-table tbody tr.ev-row")
    assert page.locator("#events-table tbody tr.ev-row").count() >= min(10, len(corpus_facts["events"]))
    shot(page, "events")
    assert page.errors == []


def test_dyad_page_charts_the_busiest_pair(page, bbc_server, corpus_facts):
    a, b = corpus_facts["dyad"]
    page.goto(f"{bbc_server}/#/dyad?a={a}&b={b}&by=month")
    page.wait_for_selector("svg.chart rect")
    assert page.locator("svg.chart").count() >= 1  # a chart for each direction that has events
    assert page.locator("svg.chart rect").count() >= 1
    shot(page, "dyad")
    assert page.errors == []


def test_network_page_draws_the_bbc_actors(page, bbc_server):
    page.goto(f"{bbc_server}/#/network")
    page.wait_for_selector("#network g.node")
    assert page.locator("#network g.node").count() >= 2
    assert page.locator("#network path.edge").count() >= 1
    shot(page, "network")
    assert page.errors == []


def test_actor_page_shows_the_busiest_actor(page, bbc_server, corpus_facts):
    page.goto(f"{bbc_server}/#/actor/{corpus_facts['actor']}")
    page.wait_for_selector("#actor-timeline")
    assert (page.locator("#actor-name").text_content() or "").strip()
    assert page.locator("#actor-timeline li.event-item").count() >= 1
    shot(page, "actor")
    assert page.errors == []
