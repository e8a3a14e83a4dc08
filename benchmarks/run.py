"""Extraction throughput: newsgraph `extract` vs the bare spaCy parse of the same texts.

    .venv/bin/python benchmarks/run.py [--n 600] [--data PATH] [--workers 1 2] [--whole-n 300] [--pairs 3]

Two figures, both as ratios to the bare parse measured in the same run (the machine is shared and
noisy: the ratio is what counts):
 - steady state: each configuration in a fresh process (so peak memory is its own), timing only the
   work after the model and the stages' tables are loaded, on --n articles;
 - whole process, start-up included: `newsgraph extract FILE` against benchmarks/bare_parse.py (loads
   the same spaCy pipeline and pipes the same texts), both timed from start to exit, in --pairs
   alternating pairs on --whole-n articles; the ratio is the median of bare seconds / newsgraph seconds.
Data: ../shared/data/bbc/bbc.jsonl when present, else the bundled sample article repeated.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc" / "bbc.jsonl"
SAMPLE = ROOT / "examples" / "rubio-iraq-maliki.txt"


def load_texts(path: Path | None, n: int) -> tuple[list[dict], str]:
    if path and path.exists():
        recs = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    recs.append(json.loads(line))
                if len(recs) >= n:
                    break
        return recs, str(path)
    text = SAMPLE.read_text(encoding="utf-8")
    return [{"text": text, "id": f"sample-{i}"} for i in range(n)], f"{SAMPLE} (repeated; {path} absent)"


def one(kind: str, workers: int, n: int, data: str | None) -> dict:
    """Run one configuration in this process and return its figures."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.nlp import load_stock
    from newsgraph.pipeline import extract_many
    from newsgraph.read import make_article
    from newsgraph.stage import Options

    recs, _ = load_texts(Path(data) if data else None, n)
    arts = [make_article(r["text"], r.get("id", str(i)), title=r.get("title")) for i, r in enumerate(recs)]
    texts = [a.text for a in arts]
    t0 = time.perf_counter()
    if kind == "spacy":
        nlp = load_stock()  # spaCy's own components: the yardstick is the stock parse
        t0 = time.perf_counter()
        if workers == 1:
            tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=256))
        else:
            tokens = sum(len(d) for d in nlp.pipe(texts, batch_size=64, n_process=workers))
        failed = 0
    else:
        if workers == 1:
            # One-time set-up is not throughput: the bare side excludes its model load, so this side
            # excludes the model load and the stages' tables (gazetteer, actor KB, lexicon) alike.
            from newsgraph.pipeline import Pipeline

            Pipeline(Options()).extract(SAMPLE.read_text(encoding="utf-8"))
            t0 = time.perf_counter()
        tokens = 0
        failed = 0
        out = open(os.devnull, "w")
        for res in extract_many(iter(arts), Options(), workers):
            if isinstance(res, Exception):
                failed += 1
                continue
            out.write(res.to_json() + "\n")
            tokens += len(res.text.split())
    secs = time.perf_counter() - t0
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"kind": kind, "workers": workers, "articles": len(arts), "seconds": secs, "tokens": tokens,
            "failed": failed, "peak_mb_per_worker": round(child_rss if workers > 1 else self_rss, 1)}


def compiled_like_an_install() -> None:
    """Compile newsgraph's modules once, as installing its wheel does. From a source checkout (an
    editable install) under PYTHONDONTWRITEBYTECODE, which some machines set, every timed start would
    otherwise compile ~90 modules again (0.25-0.5 s CPU a process), while spaCy, the bare side, comes
    installed compiled: a cost no user of the package pays."""
    import compileall
    import newsgraph

    compileall.compile_dir(str(Path(newsgraph.__file__).parent), quiet=1)


def whole_process(recs: list[dict], workers: int, pairs: int) -> dict:
    """Median over alternating pairs of (bare seconds / newsgraph seconds), start-up included."""
    compiled_like_an_install()
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "articles.jsonl"
        data.write_text("".join(json.dumps({"text": r["text"], "title": r.get("title")}) + "\n" for r in recs),
                        encoding="utf-8")
        ours = [str(bin_dir / "newsgraph"), "extract", str(data), "--format", "jsonl", "--out",
                str(Path(tmp) / "out.jsonl"), "--quiet", "--workers", str(workers)]
        bare = [sys.executable, str(ROOT / "benchmarks" / "bare_parse.py"), str(data), "--workers", str(workers)]
        ratios, times = [], []
        for _ in range(pairs):
            t_bare = _timed(bare)
            t_ours = _timed(ours)
            ratios.append(t_bare / t_ours)
            times.append((t_bare, t_ours))
    return {"workers": workers, "ratio": statistics.median(ratios), "ratios": ratios, "seconds": times}


def _timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=600, help="articles (default 600; the BBC set has 2,225)")
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--whole-n", type=int, default=300, help="articles for the whole-process ratio (0: skip)")
    ap.add_argument("--pairs", type=int, default=3, help="alternating pairs per worker count for the whole-process ratio")
    ap.add_argument("--one", nargs=2, metavar=("KIND", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.n, args.data)))
        return
    _, source = load_texts(Path(args.data), 1)
    rows = []
    for w in args.workers:
        pair = {}
        for kind in ("spacy", "newsgraph"):
            cmd = [sys.executable, __file__, "--one", kind, str(w), "--n", str(args.n), "--data", args.data]
            res = subprocess.run(cmd, capture_output=True, text=True, check=True)
            pair[kind] = json.loads(res.stdout.strip().splitlines()[-1])
        rows.append(pair)
    print(f"data: {source}; articles: {args.n}; machine: {os.cpu_count()} cores")
    print()
    print("| workers | bare spaCy art/s | newsgraph art/s | newsgraph words/s | ratio | peak MB/worker (spaCy / newsgraph) |")
    print("|---|---|---|---|---|---|")
    for pair in rows:
        s, g = pair["spacy"], pair["newsgraph"]
        s_rate = s["articles"] / s["seconds"]
        g_rate = g["articles"] / g["seconds"]
        print(f"| {g['workers']} | {s_rate:.1f} | {g_rate:.1f} | {g['tokens'] / g['seconds']:.0f} | "
              f"{g_rate / s_rate:.2f}x | {s['peak_mb_per_worker']:.0f} / {g['peak_mb_per_worker']:.0f} |")
    if len(rows) > 1:
        base = rows[0]["newsgraph"]["articles"] / rows[0]["newsgraph"]["seconds"]
        for pair in rows[1:]:
            g = pair["newsgraph"]
            print(f"\nscaling: {g['workers']} workers = {g['articles'] / g['seconds'] / base:.2f}x one worker")
    if args.whole_n:
        recs, _ = load_texts(Path(args.data), args.whole_n)
        print(f"\nwhole process, start-up included ({len(recs)} articles, {args.pairs} alternating pairs; "
              f"ratio = bare seconds / newsgraph seconds, median):\n")
        print("| workers | bare parse s | newsgraph extract s | ratio (median) | ratios |")
        print("|---|---|---|---|---|")
        for w in args.workers:
            r = whole_process(recs, w, args.pairs)
            bare_s = statistics.median(b for b, _ in r["seconds"])
            ours_s = statistics.median(o for _, o in r["seconds"])
            print(f"| {w} | {bare_s:.1f} | {ours_s:.1f} | {r['ratio']:.2f}x | "
                  f"{', '.join(f'{x:.2f}' for x in r['ratios'])} |")


if __name__ == "__main__":
    main()
