"""What each stage costs per article, beside the parse it reads.

    .venv/bin/python benchmarks/stages.py [--n 200] [--data PATH] [--repeat 1]

Builds the default pipeline once, as a run does (`settled_pipeline`: model and every stage's tables
loaded before timing, then put out of the cyclic collector's reach, so a collection set off during a
stage walks what the articles made, not the model and tables: unsettled, each full collection cost
whichever stage set it off tens of milliseconds, and the shares moved with it), prepares and
parses N articles, then runs the stages in the pipeline's own order over all of them, stage by stage,
timing each by CPU time (process_time: on a shared, busy machine the wall clock mostly measures the
other jobs). Prints one row per stage: CPU ms per article and its share of the parse's CPU time.
Read the shares rather than the milliseconds.

--repeat R (for a busy machine, where one pass swings by a third from run to run): the parse and
each stage are timed R times and the fastest pass is shown (the least disturbed by other jobs). Each
pass of a stage starts from a copy of the documents as the stages before it left them (the copying
is not timed), so every pass does the same work; the last pass's documents go on to the next stage.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc" / "bbc.jsonl"


def options(doc: str, repeat: int, repeat_help: str) -> argparse.Namespace:
    """The benchmarks' shared command line (this script's and stage_steps.py's): --n, --data, --repeat."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--repeat", type=int, default=repeat, help=repeat_help)
    return ap.parse_args()


def prepared(args: argparse.Namespace) -> tuple:
    """The default pipeline, settled as a run settles it, and the first N articles of the data prepared for
    the parse (read and sectioned, not parsed)."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.pipeline import settled_pipeline
    from newsgraph.read import make_article
    from newsgraph.stage import Options

    with open(args.data, encoding="utf-8") as fh:
        recs = [json.loads(line) for line, _ in zip(fh, range(args.n))]
    pipe = settled_pipeline(Options())
    docs = [pipe.prepare(make_article(r["text"], r.get("id", str(i)), title=r.get("title"))) for i, r in enumerate(recs)]
    return pipe, docs


def main() -> None:
    args = options(__doc__, 1, "time each step this many times, show the fastest")
    pipe, docs = prepared(args)
    from newsgraph.nlp import parse_many

    parse_ms = float("inf")
    for _ in range(max(1, args.repeat)):
        t0 = time.process_time()
        parses = parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])
        parse_ms = min(parse_ms, 1000 * (time.process_time() - t0) / len(docs))
    print(f"{len(docs)} articles from {args.data}; stages in pipeline order\n")
    print("| stage | reads | writes | ms/article | share of parse |")
    print("|---|---|---|---|---|")
    print(f"| (parse) | text, sections | parse | {parse_ms:.1f} | 100% |")
    total = 0.0
    for st in pipe.stages:
        start, ms = docs, float("inf")
        for k in range(max(1, args.repeat)):
            docs = copy.deepcopy(start) if k + 1 < args.repeat else start  # the last pass: the documents
            t0 = time.process_time()
            for d, p in zip(docs, parses):
                st(d, p)
            ms = min(ms, 1000 * (time.process_time() - t0) / len(docs))
        total += ms
        print(f"| {st.name} | {', '.join(sorted(st.requires))} | {', '.join(sorted(st.provides))} | {ms:.2f} | "
              f"{100 * ms / parse_ms:.1f}% |")
    print(f"| all stages | | | {total:.2f} | {100 * total / parse_ms:.1f}% |")


if __name__ == "__main__":
    main()
