"""How the `places` stage's time grows with the length of one article: BBC articles joined into one
text of about 100 KB, 400 KB and 1.5 MB, each parsed and annotated by the earlier stages beforehand
(not timed), then the places stage timed alone on it. Roughly linear growth (ms per KB about flat)
means no pairwise scan over the article's mentions is left.

    PYTHONPATH=src python scripts/places_scaling.py [/work/shared/data/bbc/bbc.jsonl] [sizes in KB ...]

A measurement, not a test: run it by hand on a quiet machine.
"""

from __future__ import annotations

import json
import sys
import time


def main(path: str = "/work/shared/data/bbc/bbc.jsonl", sizes: tuple[int, ...] = (100, 400, 1500)) -> None:
    from newsgraph import places
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    with open(path, encoding="utf-8") as fh:
        bodies = [json.loads(line)["text"] for line in fh if line.strip()]
    pipe = Pipeline()
    names = [st.name for st in pipe.stages]
    before = pipe.stages[:names.index("places")]
    stage = places.PlacesStage(pipe.nlp)
    for kb in sizes:
        parts, total, i = [], 0, 0
        while total < kb * 1000:
            parts.append(bodies[i % len(bodies)])
            total += len(parts[-1]) + 2
            i += 1
        doc = pipe.prepare(make_article("\n\n".join(parts), f"long-{kb}", "text"))
        (parse,) = parse_many(pipe.nlp, [(doc.text, doc.sections)])
        for st in before:
            st(doc, parse)
        t0 = time.perf_counter()
        stage(doc, parse)
        secs = time.perf_counter() - t0
        mentions = sum(len(p.mentions) for p in doc.places)
        print(f"{len(doc.text) / 1000:8.0f} KB  {len(doc.entities):6d} entities  {mentions:6d} place mentions  "
              f"places {secs:7.2f} s  {1000 * secs / (len(doc.text) / 1000):6.2f} ms/KB", flush=True)


if __name__ == "__main__":
    main(*(sys.argv[1:2] or []), *([tuple(int(a) for a in sys.argv[2:])] if len(sys.argv) > 2 else []))
