"""Loopback load test of the web API: POST /v1/extract and GET /v1/events.

Starts `newsgraph serve` as a subprocess on a free 127.0.0.1 port (so the load generator does not
share its GIL), builds a small corpus store for the events endpoint, then sends a bounded number of
requests at a fixed concurrency with httpx's async client and reports p50/p99 latency, throughput
and errors. Bounded in count (--requests) and in time (--max-seconds per endpoint); loopback only.

    python benchmarks/web_load.py [--concurrency 8] [--requests 200] [--articles 40]

Writes bench-out/web_load.json as well as printing a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc" / "bbc.jsonl"  # beside the checkout, as in CI
if not BBC.exists():
    BBC = Path("/work/shared/data/bbc/bbc.jsonl")
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_texts(n: int) -> list[dict]:
    """Articles to send: BBC records when the shared copy is present, else the bundled sample."""
    texts: list[dict] = []
    if BBC.exists():
        with BBC.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("text"):
                    texts.append({"text": rec["text"], "title": rec.get("title")})
                if len(texts) >= n:
                    break
    if not texts:
        texts = [{"text": SAMPLE.read_text(encoding="utf-8")}]
    return texts


def build_store(path: str, texts: list[dict]) -> int:
    """A corpus store from the texts (so GET /v1/events has rows to page through)."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.corpus import Store
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    pipe = Pipeline()
    docs = [d for d in pipe.run(make_article(t["text"], f"<bench {i}>", title=t.get("title")) for i, t in enumerate(texts))
            if not isinstance(d, Exception)]
    with Store.open(path) as store:
        store.add_documents(docs)
    return len(docs)


async def hammer(client: httpx.AsyncClient, make_request, total: int, concurrency: int, max_seconds: float) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    deadline = time.perf_counter() + max_seconds

    async def worker():
        nonlocal sent
        while sent < total and time.perf_counter() < deadline:
            i = sent
            sent += 1
            t0 = time.perf_counter()
            try:
                resp = await make_request(client, i)
                ok = resp.status_code == 200
                key = None if ok else str(resp.status_code)
            except httpx.HTTPError as exc:
                key = type(exc).__name__
            latencies.append(time.perf_counter() - t0)
            if key:
                errors[key] = errors.get(key, 0) + 1

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {"requests": len(latencies), "errors": sum(errors.values()), "error_kinds": errors,
            "concurrency": concurrency, "seconds": round(elapsed, 2), "p50_ms": round(pct(0.50), 1),
            "p99_ms": round(pct(0.99), 1), "throughput_rps": round(len(latencies) / elapsed, 1) if elapsed else 0.0}


async def run(base: str, texts: list[dict], args) -> dict:
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        # warm up: the first extract loads the spaCy pipeline
        (await client.post("/v1/extract", json=texts[0])).raise_for_status()
        results = {}

        async def extract(c, i):
            return await c.post("/v1/extract", json=texts[i % len(texts)])

        results["POST /v1/extract"] = await hammer(client, extract, args.requests, args.concurrency, args.max_seconds)
        if args.with_events:
            pages = [{"limit": 50, "offset": 0}, {"limit": 20, "offset": 20}, {"limit": 50, "order": "-date"},
                     {"limit": 50, "type": "CONSULT"}, {"limit": 50, "since": "2004-01-01", "until": "2005-12-31"}]

            async def events(c, i):
                return await c.get("/v1/events", params=pages[i % len(pages)])

            results["GET /v1/events"] = await hammer(client, events, args.requests * 5, args.concurrency, args.max_seconds)
        return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--requests", type=int, default=200, help="extract requests (events gets 5x as many)")
    ap.add_argument("--max-seconds", type=float, default=60.0, help="upper bound per endpoint")
    ap.add_argument("--articles", type=int, default=40, help="articles to send and to build the store from")
    ap.add_argument("--db", help="use this existing store instead of building one")
    ap.add_argument("--out", default=str(ROOT / "bench-out" / "web_load.json"))
    args = ap.parse_args()
    texts = load_texts(args.articles)
    tmp = tempfile.TemporaryDirectory()
    db = args.db
    args.with_events = True
    if db is None:
        try:
            db = os.path.join(tmp.name, "bench.duckdb")
            n = build_store(db, texts)
            print(f"built a store of {n} articles", file=sys.stderr)
        except ImportError:
            db = None
            args.with_events = False
            print("no corpus store available (newsgraph.corpus missing): measuring /v1/extract only", file=sys.stderr)
    port = free_port()
    cmd = [sys.executable, "-m", "newsgraph.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if db:
        cmd += ["--db", db]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("NEWSGRAPH_TOKEN", None)
    server = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(3000):  # until the extraction worker has loaded the pipeline
            try:
                if httpx.get(base + "/v1/status", timeout=1).json().get("extraction", {}).get("ready"):
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None:
                raise SystemExit(f"server exited: {server.stderr.read()}")
            time.sleep(0.1)
        results = asyncio.run(run(base, texts, args))
    finally:
        server.terminate()
        server.wait(timeout=10)
        tmp.cleanup()
    report = {"host": "127.0.0.1 (loopback)", "cpus": os.cpu_count(), "articles": len(texts), "results": results}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(f"{'endpoint':<18} {'conc':>4} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'req/s':>7}")
    for name, r in results.items():
        print(f"{name:<18} {r['concurrency']:>4} {r['requests']:>8} {r['errors']:>6} {r['p50_ms']:>8} {r['p99_ms']:>8} "
              f"{r['throughput_rps']:>7}")
    if any(r["errors"] for r in results.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
