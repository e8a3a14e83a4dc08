"""Run the times stage over own probe sentences (scripts/time_probes/*.jsonl) and count the labels it meets.

    PYTHONPATH=src python scripts/time_probes.py scripts/time_probes/s37_values_1.jsonl [-v]

Each line: `text`, `dct` (the creation time given, or null: the stage finds one itself), and either
`published` (the date the stage should settle on, or null: none) or `times` ([wording, value] pairs: the
timex overlapping the wording's first occurrence should carry that value; a third item, the TIMEX3 type, is
checked too: [wording, value, type]; a value null wants no timex over the wording). With `"exact": true` the
timex must also span the wording exactly (the TIMEX3 extent). Regression tests, not accuracy:
the sentences are our own wordings, labelled before their first run.
"""

from __future__ import annotations

import argparse
import collections
import json

from newsgraph import times
from newsgraph.evaluate import timeml
from newsgraph.pipeline import Pipeline
from newsgraph.read import make_article


def checks(probe: dict, doc) -> list[tuple[str, object, object]]:
    """(what, wanted, got) for each label of a probe."""
    if "published" in probe:
        return [("published", probe["published"], doc.published.value)]
    out = []
    for wording, value, *type_ in probe["times"]:
        a = probe["text"].index(wording)
        b = a + len(wording)
        t = next((t for t in doc.times if t.start < b and a < t.end), None)
        if t is None:
            out.append((wording, value, None if value is None else "(no timex)"))
            continue
        out.append((wording, value, t.value))
        if probe.get("exact"):
            out.append((f"{wording} (extent)", wording, probe["text"][t.start:t.end]))
        if type_:
            out.append((f"{wording} (type)", type_[0], t.type))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("-v", action="store_true", help="print every label, not just the misses")
    a = ap.parse_args()
    probes = [json.loads(line) for f in a.files for line in open(f, encoding="utf-8") if line.strip()]
    pipe = Pipeline(timeml.pipeline_options(), stages=[times.TimesStage])
    arts = [make_article(p["text"], p["id"], "text", **({"published": p["dct"]} if p["dct"] else {})) for p in probes]
    score: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for p, doc in zip(probes, pipe.run(arts)):
        for what, want, got in checks(p, doc):
            ok = want == got
            score[p["class"]][0] += ok
            score[p["class"]][1] += 1
            if a.v or not ok:
                print(f"{'ok  ' if ok else 'MISS'} {p['id']:8} {what!r}: want {want} got {got}")
    for cls, (ok, n) in sorted(score.items()):
        print(f"{cls:14} {ok}/{n}")


if __name__ == "__main__":
    main()
