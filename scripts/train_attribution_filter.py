"""Fit the attribution filter (src/newsgraph/attribution/data/filter.json) on PolNeAR's train split.

    PYTHONPATH=src python scripts/train_attribution_filter.py /work/shared/data/polnear [--limit N]

Every candidate attribution the stage proposes (filter off) is labelled by whether it matches a gold
attribution (content overlap > 30%, as `newsgraph evaluate quotes --polnear` scores); a logistic
model over the candidates' symbolic features (newsgraph.attribution.filter.features) is fitted with
L2, and the lowest threshold whose F1 on train is within 0.001 of the best is kept (the F1 curve is flat
near its top). Only train is read: dev tunes nothing here.
Candidates include every verb governing a clause, an object or an infinitive (the generic proposals),
so the fit sees some 40,000 of them: the feature matrix is kept sparse. Takes a few minutes (the parse
of 840 articles); refit whenever the candidates or their features change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "attribution" / "data" / "filter.json"
MIN_COUNT = 3  # features seen fewer times get no weight


def parsed(gold: list[dict], batch: int = 16):
    """(gold article, Document after the stages before attribution, Parse) for each gold article."""
    from newsgraph.actors.stage import ActorsStage
    from newsgraph.entities import EntitiesStage
    from newsgraph.nlp import parse_many
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article
    from newsgraph.stage import Options
    from newsgraph.times import TimesStage

    pipe = Pipeline(Options(check_language=False), stages=[EntitiesStage, TimesStage, ActorsStage])
    for i in range(0, len(gold), batch):
        chunk = gold[i:i + batch]
        docs = [pipe.prepare(make_article(g["text"], g["id"])) for g in chunk]
        for g, d, p in zip(chunk, docs, parse_many(pipe.nlp, [(d.text, d.sections) for d in docs])):
            yield g, pipe.annotate(d, p, g["id"]), p


def labelled(items) -> tuple[list[list[str]], list[int], float]:
    """Features and labels of every candidate, and the number of gold attributions (annotators averaged)."""
    from newsgraph.attribution.stage import extract_all
    from newsgraph.evaluate import polnear

    feats, labels, n_gold = [], [], 0.0
    for g, doc, parse in items:
        collect: list = []
        extract_all(doc, parse, flt=None, collect=collect)
        system = [polnear.scorable(doc, a) for a, _ in collect]
        anns = g["annotations"] or [[]]
        hits = [0.0] * len(system)
        for ann in anns:
            for _, si in polnear.match(ann, system, g["text"], 0.3):
                hits[si] += 1 / len(anns)
            n_gold += len(ann) / len(anns)
        for (_, f), h in zip(collect, hits):
            feats.append(f)
            labels.append(1 if h >= 0.5 else 0)
    return feats, labels, n_gold


def fit(feats: list[list[str]], labels: list[int], l2: float = 1.0, steps: int = 1500) -> tuple[float, dict[str, float]]:
    """Logistic regression by full-batch gradient descent on the L2-regularised log loss; the binary
    feature matrix is kept sparse (row, column index arrays), as candidates times features is large."""
    counts: dict[str, int] = {}
    for fs in feats:
        for f in set(fs):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for c in {index[f] for f in fs if f in index}:
            rows.append(r)
            cols.append(c)
    rows_a, cols_a = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array(labels, dtype=float)
    n = len(y)
    w, b = np.zeros(len(vocab)), 0.0
    lr = 0.5
    for _ in range(steps):
        z = np.bincount(rows_a, weights=w[cols_a], minlength=n) + b
        g = 1 / (1 + np.exp(-z)) - y
        w -= lr * (np.bincount(cols_a, weights=g[rows_a], minlength=len(vocab)) / n + l2 * w / n)
        b -= lr * g.mean()
    return float(b), {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}


# F1 over the candidates is flat near its best (a plateau some 0.06 wide in the score): of the thresholds
# within this much of the best F1, the lowest is kept, trading a little precision for recall of the
# attributions annotators mark (issue 12 asks for indirect recall as well as F1)
F1_TOLERANCE = 0.001


def best_threshold(scores: list[float], labels: list[int], n_gold: float,
                   tolerance: float = F1_TOLERANCE) -> tuple[float, float]:
    """The lowest threshold whose F1 (2 TP / (system + gold)) over the candidates is within `tolerance`
    of the best, and the best F1."""
    order = sorted(zip(scores, labels), reverse=True)
    curve, tp = [], 0
    for k, (s, lab) in enumerate(order, 1):
        tp += lab
        curve.append((s, 2 * tp / (k + n_gold)))
    if not curve:
        return 0.5, 0.0
    best_f1 = max(f for _, f in curve)
    best = min(s for s, f in curve if f >= best_f1 - tolerance)
    return best, best_f1


def train(items, out: Path = OUT) -> dict:
    from newsgraph.attribution.filter import Filter

    feats, labels, n_gold = labelled(items)
    bias, weights = fit(feats, labels)
    out.write_text(json.dumps({"bias": bias, "threshold": 0.5, "weights": weights}, indent=0, sort_keys=True) + "\n")
    flt = Filter(out)
    threshold, f1 = best_threshold([flt.score(f) for f in feats], labels, n_gold)
    data = {"about": "newsgraph attribution filter: logistic weights over candidate features, fitted on PolNeAR "
                     "train by scripts/train_attribution_filter.py", "candidates": len(labels),
            "positives": sum(labels), "train_f1": round(f1, 4), "bias": round(bias, 4),
            "threshold": round(threshold, 4), "weights": weights}
    out.write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return data


def main(argv=None) -> None:
    from newsgraph.evaluate import polnear

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("polnear", help="the PolNeAR folder (train/ is read)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N train articles")
    ap.add_argument("--out", default=str(OUT))
    a = ap.parse_args(argv)
    gold = polnear.load_gold(a.polnear, "train")[: a.limit]
    data = train(parsed(gold), Path(a.out))
    print(f"{data['candidates']} candidates, {data['positives']} positive; train F1 {data['train_f1']}; "
          f"threshold {data['threshold']}; {len(data['weights'])} weights -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
