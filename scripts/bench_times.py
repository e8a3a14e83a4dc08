"""Time the `times` stage alone: run() over N BBC articles, parsed once beforehand (not timed).

    PYTHONPATH=src python scripts/bench_times.py [/work/shared/data/bbc/bbc.jsonl] [N]

Prints ms per article twice: with publication-date inference (no document date) and with a given
date. Keep N small on a shared machine; no timed assertion lives in the tests.
"""

from __future__ import annotations

import json
import sys
import time


def main(path: str = "/work/shared/data/bbc/bbc.jsonl", n: int = 200) -> None:
    from newsgraph import times
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = rows[:: max(1, len(rows) // n)][:n]
    pipe = Pipeline(stages=[])
    docs = [pipe.prepare(make_article(r.get("title", "") + "\n\n" + r["text"], str(i), "text")) for i, r in enumerate(rows)]
    parses = parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    for label, date in (("inferring the date", None), ("date given", "2005-03-15")):
        t0 = time.perf_counter()
        for d, p in zip(docs, parses):
            d.published.value, d.published.inferred = date, False
            times.run(d, p)
        ms = 1000 * (time.perf_counter() - t0) / len(docs)
        print(f"times stage, {label}: {ms:.2f} ms/article ({len(docs)} articles, {words:.0f} words avg, "
              f"{sum(len(d.times) for d in docs)} expressions)")


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []), *(int(a) for a in sys.argv[2:3]))
