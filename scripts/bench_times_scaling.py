"""Whether the `times` stage's cost grows with the text's size and not faster (issue 14 item 2).

    PYTHONPATH=src python scripts/bench_times_scaling.py [/work/shared/data/bbc/bbc.jsonl] [MAX_KB]

Builds one long article from BBC articles laid end to end (paragraphs kept), at sizes doubling up to
MAX_KB (default 1536, i.e. 1.5 MB), parses each once (not timed) and times `times.run` on it once, with
the document date given, in CPU time (process_time: a loaded machine's waits for a core do not count).
Prints ms, ms per 100 KB and expressions per size: per-100 KB figures that stay level mean linear.
A measurement to read by eye, run by hand; no timed assertion lives in tests.
"""

from __future__ import annotations

import json
import sys
import time


def main(path: str = "/work/shared/data/bbc/bbc.jsonl", max_kb: int = 1536) -> None:
    from newsgraph import times
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    with open(path, encoding="utf-8") as fh:
        bodies = [json.loads(line)["text"] for line in fh if line.strip()]
    pipe = Pipeline(stages=[])
    sizes = []
    kb = max_kb
    while kb >= 96:
        sizes.append(kb)
        kb //= 2
    for kb in reversed(sizes):
        parts, n = [], 0
        for body in bodies * 20:
            if n >= kb * 1024:
                break
            parts.append(body)
            n += len(body) + 2
        doc = pipe.prepare(make_article("\n\n".join(parts), f"long-{kb}", "text", published="2005-03-15"))
        (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
        t0 = time.process_time()  # CPU time: the shared machine's waits for a core do not count
        times.run(doc, parse)
        ms = 1000 * (time.process_time() - t0)
        print(f"{len(doc.text) / 1024:7.0f} KB  times.run {ms:8.0f} ms  {100 * ms / (len(doc.text) / 1024):6.1f} ms/100 KB  "
              f"{len(doc.times)} expressions", flush=True)


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []), *(int(a) for a in sys.argv[2:3]))
