"""Attribution stage speed (never run in tests): milliseconds per article of the quotes/attributions
stage alone, over the first --articles BBC articles, parse and earlier stages done beforehand.

    python benchmarks/attribution.py [--articles 200] [--repeat 5]

Prints one JSON object: the best of --repeat passes over the same documents (the stage keeps no
state between articles, so every pass does the same work), by the wall clock and by CPU time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

BBC = Path(os.environ.get("NEWSGRAPH_BBC", ROOT.parent / "shared" / "data" / "bbc" / "bbc.jsonl"))
if not BBC.exists():
    BBC = Path("/work/shared/data/bbc/bbc.jsonl")


def prepared(n: int):
    """(Document, Parse) for the first n BBC articles, with the stages before attribution run."""
    from newsgraph.actors.stage import ActorsStage
    from newsgraph.entities import EntitiesStage
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article
    from newsgraph.stage import Options
    from newsgraph.times import TimesStage

    pipe = Pipeline(Options(check_language=False), stages=[EntitiesStage, TimesStage, ActorsStage])
    with BBC.open(encoding="utf-8") as f:
        recs = [json.loads(line) for line in itertools.islice(f, n)]
    docs = [pipe.prepare(make_article(r["text"], str(i))) for i, r in enumerate(recs)]
    parses = parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])
    return [(pipe.annotate(d, p, d.id), p) for d, p in zip(docs, parses)]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    from newsgraph.attribution.stage import QuotesStage

    items = prepared(a.articles)
    stage = QuotesStage(None)  # lexicon and filter load once, outside the timing
    best = cpu = float("inf")
    for _ in range(a.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for doc, parse in items:
            stage(doc, parse)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)  # what a shared, busy machine leaves comparable
    out = {"articles": len(items), "ms_per_article": round(best / len(items) * 1000, 3),
           "cpu_ms_per_article": round(cpu / len(items) * 1000, 3),
           "attributions": sum(len(d.attributions) for d, _ in items), "quotes": sum(len(d.quotes) for d, _ in items),
           "load_average": os.getloadavg()[0]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
