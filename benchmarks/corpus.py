"""Corpus benchmarks (for `make bench`; never run in tests): ingest throughput, dyad latency, store size.

    python benchmarks/corpus.py                      # full: 2,225 BBC articles, workers 1 and 2, 10M events
    python benchmarks/corpus.py --articles 50 --events 100000 --workers 1   # a quick check

1. Ingest throughput on bbc.jsonl (first --articles lines) with each --workers value, as articles/s and
   as a ratio to the bare spaCy parse of the same texts (`newsgraph.nlp.bare_parse`, one process).
   The ingest includes reading, the duplicate check, extraction, actor resolution, event merging and
   the DuckDB writes.
2. `Store.dyad` latency (median of --repeat runs, warm) on a synthetic store of --events corpus events
   over 500 actors and five years, generated in DuckDB SQL with range().
3. Store size per 1,000 articles: the DuckDB file after the workers=1 ingest (checkpointed), less the
   size of an empty store, per article added (use a few hundred articles or more for a stable figure).

Prints one JSON object (and writes it to --json if given).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

BBC = Path(os.environ.get("NEWSGRAPH_BBC", ROOT.parent / "shared" / "data" / "bbc" / "bbc.jsonl"))
if not BBC.exists():
    BBC = Path("/work/shared/data/bbc/bbc.jsonl")


def bare_rate(texts: list[str]) -> float:
    from newsgraph.nlp import bare_parse, load_stock

    nlp = load_stock()  # spaCy's own components: the yardstick is the stock parse
    bare_parse(nlp, texts[:10])  # warm up
    t = time.perf_counter()
    bare_parse(nlp, texts)
    return len(texts) / (time.perf_counter() - t)


def ingest_run(src: Path, db: Path, workers: int) -> dict:
    from newsgraph.corpus import Store
    from newsgraph.corpus.ingest import ingest

    t = time.perf_counter()
    with Store.open(db) as store:
        stats = ingest([str(src)], store, workers=workers)
        store.con.execute("CHECKPOINT")
    secs = time.perf_counter() - t
    n = stats["added"] + stats["duplicates"] + stats["failed"]
    return {"workers": workers, "articles": n, "added": stats["added"], "seconds": round(secs, 2),
            "articles_per_s": round(n / secs, 2), "bytes": db.stat().st_size}


SYNTH = """
INSERT INTO actors SELECT 'A' || i, 'Actor ' || i, CASE WHEN i % 3 = 0 THEN 'PERSON' ELSE 'GPE' END,
       ['USA', 'IRQ', 'IRN', 'GBR', 'FRA'][i % 5 + 1] || CASE WHEN i % 2 = 0 THEN 'GOV' ELSE '' END,
       ['USA', 'IRQ', 'IRN', 'GBR', 'FRA'][i % 5 + 1], CASE WHEN i % 2 = 0 THEN 'GOV' END
FROM range(500) t(i);
INSERT INTO actor_aliases SELECT 'org:actor ' || i, 'A' || i, 'Actor ' || i FROM range(500) t(i);
INSERT INTO corpus_events (id, type, quad_class, goldstein, date, negated, source_actor_id, target_actor_id,
                           source_actor_ids, target_actor_ids, num_mentions, num_sources, num_articles)
SELECT i + 1, ['CONSULT', 'ACCUSE', 'AID', 'FIGHT'][i % 4 + 1], i % 4 + 1, ((i % 21) - 10) / 1.0,
       DATE '2020-01-01' + CAST(i % 1826 AS INTEGER), false,
       'A' || (hash(i) % 500), 'A' || (hash(i + 7) % 500),
       ['A' || (hash(i) % 500)], ['A' || (hash(i + 7) % 500)], 1 + i % 3, 1 + i % 2, 1 + i % 3
FROM range(?) t(i);
"""


def dyad_latency(db: Path, events: int, repeat: int) -> dict:
    from newsgraph.corpus import Store

    t = time.perf_counter()
    with Store.open(db) as store:
        stmts = [s for s in SYNTH.split(";") if s.strip()]
        for s in stmts[:-1]:
            store.con.execute(s)
        store.con.execute(stmts[-1], [events])
        store.con.execute("CHECKPOINT")
    build = time.perf_counter() - t
    out = {"events": events, "build_seconds": round(build, 1)}
    with Store.open(db, read_only=True) as store:
        for label, (a, b, by) in {"by_id_month": ("A1", "A2", "month"), "by_code_week": ("USA", "IRQ", "week")}.items():
            store.dyad(a, b, by=by)  # warm
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                rows = store.dyad(a, b, by=by)
                times.append(time.perf_counter() - t)
            out[label] = {"median_ms": round(statistics.median(times) * 1000, 1), "rows": rows.num_rows}
    return out


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2225)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-dyad", action="store_true")
    args = ap.parse_args(argv)
    result: dict = {"bbc": str(BBC)}
    with tempfile.TemporaryDirectory(prefix="ngbench-") as tmp:
        tmp = Path(tmp)
        if not args.skip_ingest:
            lines = list(itertools.islice(BBC.open(encoding="utf-8"), args.articles))
            src = tmp / "bbc.jsonl"
            src.write_text("".join(lines), encoding="utf-8")
            texts = [json.loads(l)["text"] for l in lines]
            bare = bare_rate(texts)
            result["bare_parse_articles_per_s"] = round(bare, 2)
            runs = []
            for w in (int(x) for x in args.workers.split(",")):
                run = ingest_run(src, tmp / f"ingest-w{w}.duckdb", w)
                run["ratio_to_bare_parse"] = round(run["articles_per_s"] / bare, 3)
                runs.append(run)
            result["ingest"] = runs
            first = runs[0]
            from newsgraph.corpus import Store

            with Store.open(tmp / "empty.duckdb") as empty:  # DuckDB allocates blocks per table up front
                empty.con.execute("CHECKPOINT")
            base = (tmp / "empty.duckdb").stat().st_size
            result["empty_store_bytes"] = base
            result["store_bytes_per_1000_articles"] = int((first["bytes"] - base) / max(1, first["added"]) * 1000)
        if not args.skip_dyad:
            result["dyad"] = dyad_latency(tmp / "synthetic.duckdb", args.events, args.repeat)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n")
    return result


if __name__ == "__main__":
    main()
