"""Time the `places` stage alone: run() over N BBC articles, parsed and annotated by the earlier
stages beforehand (not timed), and the memory the gazetteer adds to a worker.

    PYTHONPATH=src python scripts/bench_places.py [/work/shared/data/bbc/bbc.jsonl] [N]

Keep N small on a shared machine; no timed assertion lives in the tests.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 1e6


def main(path: str = "/work/shared/data/bbc/bbc.jsonl", n: int = 200) -> None:
    from newsgraph import places
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = rows[:: max(1, len(rows) // n)][:n]
    full = Pipeline()
    names = [st.name for st in full.stages]
    before = full.stages[:names.index("places")]
    pipe = full
    docs = [pipe.prepare(make_article(r.get("title", "") + "\n\n" + r["text"], str(i), "text")) for i, r in enumerate(rows)]
    parses = parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])
    for d, p in zip(docs, parses):
        for st in before:
            st(d, p)
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    stage = places.PlacesStage(pipe.nlp)  # the gazetteer and the phrase matcher
    load = time.perf_counter() - t0
    added = _rss_mb() - rss0
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    t0 = time.perf_counter()
    for d, p in zip(docs, parses):
        stage(d, p)
    ms = 1000 * (time.perf_counter() - t0) / len(docs)
    print(f"gazetteer: loaded in {load:.2f} s, {added:.0f} MB added to the process")
    print(f"places stage: {ms:.2f} ms/article ({len(docs)} articles, {words:.0f} words avg, "
          f"{sum(len(p.mentions) for d in docs for p in d.places)} place mentions); "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []), *(int(a) for a in sys.argv[2:3]))
