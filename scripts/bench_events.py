"""Time the `events` stage against the parse: N BBC articles parsed once (timed), the stages
before events run once (not timed), then events.run over every article (timed).

    PYTHONPATH=src python scripts/bench_events.py [/work/shared/data/bbc/bbc.jsonl] [N]

Prints parse and events ms/article and their ratio (the issue's bound: events < 10% of the parse),
with the lexicon and the built-in CAMEO dictionary loaded before timing (once per process).
Keep N small on a shared machine; no timed assertion lives in the tests.
"""

from __future__ import annotations

import json
import sys
import time


def main(path: str = "/work/shared/data/bbc/bbc.jsonl", n: int = 100) -> None:
    from newsgraph.events import stage as events
    from newsgraph.events.lexicon import get_lexicon
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline, default_stages
    from newsgraph.read import make_article
    from newsgraph.stage import Options

    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    rows = rows[:: max(1, len(rows) // n)][:n]
    opts = Options(check_language=False)
    pipe = Pipeline(opts)
    docs = [pipe.prepare(make_article(r.get("title", "") + "\n\n" + r["text"], str(i), "text")) for i, r in enumerate(rows)]
    t0 = time.perf_counter()
    parses = parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])
    parse_ms = 1000 * (time.perf_counter() - t0) / len(docs)
    for st in default_stages():
        if st.name != "events":
            for d, p in zip(docs, parses):
                st.run(d, p, opts)
    get_lexicon(())
    t0 = time.perf_counter()
    for d, p in zip(docs, parses):
        events.run(d, p, opts)
    ev_ms = 1000 * (time.perf_counter() - t0) / len(docs)
    n_ev = sum(len(d.events) for d in docs)
    print(f"{len(docs)} articles: parse {parse_ms:.1f} ms/article, events stage {ev_ms:.2f} ms/article "
          f"({100 * ev_ms / parse_ms:.1f}% of the parse), {n_ev} events")


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []), *(int(a) for a in sys.argv[2:3]))
