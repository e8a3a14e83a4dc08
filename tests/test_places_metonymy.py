"""Metonymy regression gold (gold/places_metonymy.jsonl, our own sentences: LGL has no metonymy labels).

Each item lists place mentions and the kind they must get: `metonym` (a place standing for its
government, people or team), `name` (a literal place) or `modifier` (a demonym, a place naming
something else). `"Paris#2"` is the second whole-word occurrence of Paris.
"""

import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold" / "places_metonymy.jsonl"


def _span(text: str, spec: str) -> tuple[int, int]:
    name, _, nth = spec.partition("#")
    hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return hits[int(nth or 1) - 1]


def score(pipeline, rows):
    tp = fp = fn = agree = total = 0
    misses = []
    docs = [pipeline.extract(r["text"]) for r in rows]
    for row, doc in zip(rows, docs):
        got = {(m.start, m.end): m.kind for p in doc.places for m in p.mentions}
        for spec, kind in row["kinds"].items():
            system = got.get(_span(row["text"], spec), "missing")
            total += 1
            agree += system == kind
            tp += system == kind == "metonym"
            fp += system == "metonym" != kind
            fn += kind == "metonym" != system
            if system != kind:
                misses.append(f"{row['id']} {spec}: {system}, gold {kind}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r, "accuracy": agree / total,
            "misses": misses}


def test_metonymy_regression_gold(pipeline):
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 70
    result = score(pipeline, rows)
    # at the time of writing (session 4, 70 items): metonym F1 0.976, kind accuracy 0.961; the misses
    # (docs/accuracy.md) are "Florence" taken for a person by the parser, "Vienna was spared" marked
    # metonymic, "intelligence on North Korea", "pledged ... to Kyiv" and "traded its pick to Boston" read
    # as places, and "European" in "the European aid package" not found
    assert result["f1"] >= 0.95 and result["accuracy"] >= 0.94, result
    assert len(result["misses"]) <= 7, result
