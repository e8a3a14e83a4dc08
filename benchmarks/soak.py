"""Soak test of `newsgraph serve`: steady load for minutes; memory over time, latency, errors.

Starts `newsgraph serve` on a free 127.0.0.1 port (loopback only) with its extraction workers, a
fresh corpus store and a token, seeds the store through POST /v1/ingest/batch, then keeps
`--concurrency` clients busy for `--minutes`: most requests extract a BBC article (cycling through
many different texts, as real traffic would, so the parser keeps meeting new words) and the rest
query /v1/events. Every `--sample` seconds it records the resident memory of the whole process
tree: the server process, each of its workers, and the resource tracker (printed one row a minute). At the end it stops the server with SIGTERM and checks that no
process of its tree is left.

Bounded in time (--minutes, at most 60) and in count (--max-requests); stops by itself.

    python benchmarks/soak.py [--minutes 10] [--concurrency 8] [--workers 2]

Prints a table and writes bench-out/soak.json. Memory "levels off" when the total grows by less
than 5% between the medians of the second and last quarters of the run, and the least-squares
slope of its last half would add less than 5% in another 10 minutes; the server process's own
slope is reported beside it (see `verdict`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc" / "bbc.jsonl"  # beside the checkout, as in CI
if not BBC.exists():
    BBC = Path("/work/shared/data/bbc/bbc.jsonl")
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"
TOKEN = "soak-benchmark-token-" + os.urandom(8).hex()
EVENT_QUERIES = [{"limit": 50}, {"limit": 20, "offset": 20}, {"limit": 50, "order": "-date"},
                 {"limit": 50, "type": "CONSULT"}, {"limit": 50, "source": "USA"}]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_texts(n: int) -> list[dict]:
    texts: list[dict] = []
    if BBC.exists():
        with BBC.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("text"):
                    texts.append({"text": rec["text"], "title": rec.get("title")})
                if len(texts) >= n:
                    break
    return texts or [{"text": SAMPLE.read_text(encoding="utf-8")}]


def memory(server: psutil.Process) -> dict:
    """Resident MB of the whole process tree: the server process, each worker, and the rest (the
    multiprocessing resource tracker), whose sum is the total."""
    def rss(p: psutil.Process) -> float:
        try:
            return p.memory_info().rss / 1e6
        except psutil.Error:
            return 0.0

    children = server.children(recursive=True)
    tracker = [c for c in children if "resource_tracker" in " ".join(_cmd(c))]
    workers = [rss(c) for c in children if c not in tracker]
    other = sum(rss(c) for c in tracker)
    own = rss(server)
    return {"server_mb": round(own, 1), "workers_mb": [round(w, 1) for w in workers], "other_mb": round(other, 1),
            "total_mb": round(own + sum(workers) + other, 1)}


def _cmd(p: psutil.Process) -> list[str]:
    try:
        return p.cmdline()
    except psutil.Error:
        return []


class Load:
    def __init__(self, texts: list[dict], events_share: float):
        self.texts = texts
        self.events_share = events_share
        self.latency: dict[str, list[float]] = {"POST /v1/extract": [], "GET /v1/events": []}
        self.errors: dict[str, int] = {}
        self.sent = 0

    async def one(self, client: httpx.AsyncClient, rng: random.Random) -> None:
        i = self.sent
        self.sent += 1
        if rng.random() < self.events_share:
            name, call = "GET /v1/events", client.get("/v1/events", params=EVENT_QUERIES[i % len(EVENT_QUERIES)])
        else:
            name, call = "POST /v1/extract", client.post("/v1/extract", json=self.texts[i % len(self.texts)])
        t0 = time.perf_counter()
        try:
            resp = await call
            key = None if resp.status_code == 200 else f"{name} {resp.status_code} {_code(resp)}"
        except httpx.HTTPError as exc:
            key = f"{name} {type(exc).__name__}"
        self.latency[name].append(time.perf_counter() - t0)
        if key:
            self.errors[key] = self.errors.get(key, 0) + 1


def _code(resp: httpx.Response) -> str:
    try:
        return resp.json().get("error", "")
    except ValueError:
        return ""


async def drive(base: str, load: Load, server: psutil.Process, args) -> list[dict]:
    samples: list[dict] = []
    start = time.monotonic()
    deadline = start + args.minutes * 60
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)

    async def client_loop(client, seed):
        rng = random.Random(seed)
        while time.monotonic() < deadline and load.sent < args.max_requests:
            await load.one(client, rng)

    async def sampler(client):
        while time.monotonic() < deadline and load.sent < args.max_requests:
            ext = (await client.get("/v1/status")).json().get("extraction", {})
            samples.append({"t": round(time.monotonic() - start, 1), "requests": load.sent,
                            "errors": sum(load.errors.values()), **memory(server),
                            **{k: ext.get(k) for k in ("jobs", "restarts", "recycled", "timeouts", "refused")}})
            await asyncio.sleep(args.sample)

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client, \
            httpx.AsyncClient(base_url=base, timeout=30) as side:
        await asyncio.gather(sampler(side), *(client_loop(client, s) for s in range(args.concurrency)))
    samples.append({"t": round(time.monotonic() - start, 1), "requests": load.sent,
                    "errors": sum(load.errors.values()), **memory(server)})
    return samples


def percentiles(xs: list[float]) -> dict:
    xs = sorted(xs)
    if not xs:
        return {"n": 0}

    def pct(p: float) -> float:
        return round(xs[min(len(xs) - 1, int(p * len(xs)))] * 1000, 1)

    return {"n": len(xs), "p50_ms": pct(0.5), "p90_ms": pct(0.9), "p99_ms": pct(0.99), "max_ms": round(xs[-1] * 1000, 1)}


def verdict(samples: list[dict], workers: int) -> dict:
    """Did memory level off? Two measures, both over the steady samples (see below):

    - growth: the median total of the second quarter of the run against that of the last quarter;
    - slope: the least-squares trend of the last half, in MB per minute, for the total and for the
      server process alone, and what it would add over another 10 minutes as a share of the level.

    Memory has levelled off when the growth and the projected 10 minutes of the total's slope are
    both under 5%. Samples taken while a worker is being recycled (more processes than --workers:
    the new one loads before the old one goes) are left out: a spike, not growth."""
    from statistics import median

    steady = [s for s in samples if len(s["workers_mb"]) <= workers] or samples
    totals = [s["total_mb"] for s in steady]
    n = len(totals)
    if n < 8:
        return {"levelled_off": None, "why": "too few samples"}
    early, late = median(totals[n // 4: n // 2]), median(totals[3 * n // 4:])
    growth = (late - early) / early
    half = steady[n // 2:]
    out = {"second_quarter_median_mb": round(early, 1), "last_quarter_median_mb": round(late, 1),
           "growth": round(growth, 4), "peak_mb": max(s["total_mb"] for s in samples)}
    for key, name in (("total_mb", "total"), ("server_mb", "server")):
        per_min = _slope([s["t"] / 60 for s in half], [s[key] for s in half])
        level = median(s[key] for s in half)
        out[f"{name}_slope_mb_per_min_last_half"] = round(per_min, 2)
        out[f"{name}_projected_10min_growth"] = round(10 * per_min / level, 4) if level else None
    out["server_levelled_off"] = out["server_projected_10min_growth"] is not None and \
        out["server_projected_10min_growth"] < 0.05
    out["levelled_off"] = growth < 0.05 and out["total_projected_10min_growth"] < 0.05
    return out


def _slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys over xs (0 when xs do not vary)."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else 0.0


def start_server(args, db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [sys.executable, "-m", "newsgraph", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", db,
           "--workers", str(args.workers), "--timeout", str(args.timeout)]
    if args.worker_jobs:
        cmd += ["--worker-jobs", str(args.worker_jobs)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSGRAPH_TOKEN": TOKEN}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            ext = httpx.get(base + "/v1/status", timeout=5).json()["extraction"]
            if ext["ready"] == args.workers:
                return proc, base
        except (httpx.HTTPError, KeyError):
            pass
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read()}")
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server's workers did not become ready in 10 minutes")


def seed(base: str, texts: list[dict], n: int) -> dict:
    arts = [{"name": f"<soak {i}>", **{k: v for k, v in t.items() if v}} for i, t in enumerate(texts[:n])]
    resp = httpx.post(base + "/v1/ingest/batch", json={"articles": arts}, timeout=600,
                      headers={"Authorization": f"Bearer {TOKEN}"})
    resp.raise_for_status()
    return resp.json()


def stop(proc: subprocess.Popen) -> dict:
    tree = [p.pid for p in psutil.Process(proc.pid).children(recursive=True)]
    t0 = time.perf_counter()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    seconds = time.perf_counter() - t0
    time.sleep(1)
    left = [pid for pid in tree if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE]
    return {"shutdown_seconds": round(seconds, 2), "processes_left": left}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0, help="the server's --timeout")
    ap.add_argument("--worker-jobs", type=int, default=None, help="the server's --worker-jobs (default: its own)")
    ap.add_argument("--max-requests", type=int, default=200_000)
    ap.add_argument("--sample", type=float, default=10.0, help="seconds between memory samples")
    ap.add_argument("--articles", type=int, default=2225, help="distinct BBC texts to cycle through")
    ap.add_argument("--seed-articles", type=int, default=40, help="articles stored first (for /v1/events)")
    ap.add_argument("--events-share", type=float, default=0.2, help="share of requests that query /v1/events")
    ap.add_argument("--out", default=str(ROOT / "bench-out" / "soak.json"))
    args = ap.parse_args()
    if not 0 < args.minutes <= 60 or not 0 < args.max_requests <= 1_000_000 or not 1 <= args.concurrency <= 64:
        raise SystemExit("bounds: 0 < --minutes <= 60, 0 < --max-requests <= 1,000,000, 1 <= --concurrency <= 64")
    texts = load_texts(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = start_server(args, os.path.join(tmp, "soak.duckdb"))
        try:
            seeded = seed(base, texts, args.seed_articles)
            load = Load(texts, args.events_share)
            t0 = time.perf_counter()
            samples = asyncio.run(drive(base, load, psutil.Process(proc.pid), args))
            elapsed = time.perf_counter() - t0
        finally:
            ended = stop(proc)
    done = sum(len(v) for v in load.latency.values())
    report = {"host": "127.0.0.1 (loopback)", "cpus": os.cpu_count(), "workers": args.workers,
              "concurrency": args.concurrency, "seconds": round(elapsed, 1), "requests": done,
              "throughput_rps": round(done / elapsed, 2), "seeded": seeded.get("added"),
              "latency": {k: percentiles(v) for k, v in load.latency.items()},
              "errors": load.errors, "memory": samples, "verdict": verdict(samples, args.workers), **ended}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print_report(report)
    if report["processes_left"] or not report["verdict"].get("levelled_off", True):
        raise SystemExit(1)


def per_minute(samples: list[dict]) -> list[dict]:
    """The first sample of each minute of the run, and the last one."""
    rows, seen = [], set()
    for s in samples:
        if int(s["t"] // 60) not in seen:
            seen.add(int(s["t"] // 60))
            rows.append(s)
    return rows + ([samples[-1]] if samples and rows[-1] is not samples[-1] else [])


def print_report(r: dict) -> None:
    print(f"{r['seconds']} s, {r['requests']} requests ({r['throughput_rps']} req/s), concurrency {r['concurrency']}, "
          f"{r['workers']} workers; errors: {r['errors'] or 'none'}")
    print(f"{'endpoint':<18} {'n':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, p in r["latency"].items():
        if p.get("n"):
            print(f"{name:<18} {p['n']:>6} {p['p50_ms']:>8} {p['p90_ms']:>8} {p['p99_ms']:>8} {p['max_ms']:>8}")
    print("memory of the process tree, one row a minute (resident MB; 'other' is the resource tracker):")
    print(f"{'min':>4} {'t s':>6} {'requests':>8} {'server':>7} {'workers':>22} {'other':>6} {'total':>7} "
          f"{'recycled':>8}")
    for s in per_minute(r["memory"]):
        workers = " + ".join(f"{w:.0f}" for w in s["workers_mb"])
        print(f"{int(s['t'] // 60):>4} {s['t']:>6} {s['requests']:>8} {s['server_mb']:>7.0f} {workers:>22} "
              f"{s.get('other_mb', 0):>6.0f} {s['total_mb']:>7.0f} {s.get('recycled', ''):>8}")
    v = r["verdict"]
    if v.get("levelled_off") is None:
        print(f"memory: {v.get('why')}")
    else:
        print(f"memory, last half: total {v['total_slope_mb_per_min_last_half']:+.2f} MB/min "
              f"({100 * v['total_projected_10min_growth']:+.1f}% per 10 min), server process "
              f"{v['server_slope_mb_per_min_last_half']:+.2f} MB/min ({100 * v['server_projected_10min_growth']:+.1f}% "
              f"per 10 min); median total {v['second_quarter_median_mb']} -> {v['last_quarter_median_mb']} MB "
              f"({100 * v['growth']:+.1f}%); peak {v['peak_mb']} MB")
        print(f"levelled off: {'yes' if v['levelled_off'] else 'NO'} (total), "
              f"{'yes' if v['server_levelled_off'] else 'no'} (server process alone)")
    print(f"shutdown {r['shutdown_seconds']} s, processes left: {r['processes_left'] or 'none'}")


if __name__ == "__main__":
    main()
