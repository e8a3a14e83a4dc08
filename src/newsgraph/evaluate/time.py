"""Score time expressions against a gold file: `newsgraph evaluate time gold/time.jsonl`.

Gold format (JSONL, one article a line; docs/accuracy.md):
  {"id": "time-01", "split": "dev" | "heldout", "published": "2025-03-14" | null, "metadata": true | false, "text": "...",
   "times": [{"start": 0, "end": 8, "text": "Thursday", "value": "2025-03-13", "type": "DATE"}, ...]}
`metadata: true` hands `published` to the pipeline as the article's date; `false` withholds it,
so the run must infer it from the text, and the inferred date is scored against `published`.

Scores: span precision/recall/F1 with overlap matching (each gold expression pairs with at most one
system expression, the one it overlaps most), the same with exact offsets, and over the
overlap-matched pairs the accuracy of `value` and of `type`; publication-date accuracy over the
articles without metadata.
"""

from __future__ import annotations

import json

from ..errors import InputError
from .base import empty_gold, is_pipeline, pipeline_for
from .gold import records


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """The gold items (all, or those whose "split" is `split`); InputError names the line at fault."""
    items, splits = [], []
    for n, rec in records(path, "times"):
        for t in rec["times"]:
            if not isinstance(t, dict) or rec["text"][t.get("start", 0):t.get("end", -1)] != t.get("text"):
                raise InputError(path, f"line {n}: time {t!r} does not match text[start:end]")
        splits.append(rec.get("split"))
        if split is None or rec.get("split") == split:
            items.append(rec)
    if not items:
        raise empty_gold(path, "gold items", split, splits)
    return items


def _prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp}


def match(gold: list[dict], system: list) -> list[tuple[dict, object]]:
    """Pairs (gold, system) by largest overlap, one to one."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        best, best_ov = None, 0
        for i, s in enumerate(system):
            if i in used:
                continue
            ov = min(g["end"], s.end) - max(g["start"], s.start)
            if ov > best_ov:
                best, best_ov = i, ov
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def predict(items: list[dict], options=None) -> list:
    """One Document per gold item; the item's `published` date is given to the pipeline only when
    `metadata` is true (otherwise the run must infer it)."""
    pipe = pipeline_for(options)
    docs = []
    for rec in items:
        meta = {"published": rec["published"]} if rec.get("metadata", True) and rec.get("published") else {}
        docs.append(pipe.extract(rec["text"], name=rec.get("id", "<gold>"), **meta))
    return docs


def score(items: list[dict], predictions=None) -> dict:
    """The report for the gold items and their Documents (`predictions` may also be a Pipeline, or
    None for the default one: then the items are run through it first)."""
    docs = predict(items, predictions) if is_pipeline(predictions) else predictions
    n_gold = n_sys = tp = exact = value_ok = type_ok = 0
    pub_total = pub_ok = 0
    errors = []
    for rec, doc in zip(items, docs):
        system = doc.times
        gold = rec["times"]
        n_gold += len(gold)
        n_sys += len(system)
        pairs = match(gold, system)
        tp += len(pairs)
        for g, s in pairs:
            exact += (g["start"], g["end"]) == (s.start, s.end)
            value_ok += g.get("value") == s.value
            type_ok += g.get("type", "DATE") == s.type
            if g.get("value") != s.value:
                errors.append({"id": rec.get("id"), "gold": g["text"], "system": s.text,
                               "gold_value": g.get("value"), "value": s.value})
        matched_s = {id(s) for _, s in pairs}
        matched_g = {id(g) for g, _ in pairs}
        errors += [{"id": rec.get("id"), "missed": g["text"], "gold_value": g.get("value")} for g in gold if id(g) not in matched_g]
        errors += [{"id": rec.get("id"), "spurious": s.text, "value": s.value} for s in system if id(s) not in matched_s]
        if not rec.get("metadata", True):
            pub_total += 1
            ok = doc.published.value == rec.get("published")
            pub_ok += ok
            if not ok:
                errors.append({"id": rec.get("id"), "published": doc.published.value, "gold_published": rec.get("published"),
                               "basis": doc.published.basis})
    return {
        "items": len(items),
        "gold_expressions": n_gold,
        "system_expressions": n_sys,
        "span_overlap": _prf(tp, n_sys, n_gold),
        "span_exact": _prf(exact, n_sys, n_gold),
        "value_accuracy": round(value_ok / tp, 4) if tp else 0.0,
        "type_accuracy": round(type_ok / tp, 4) if tp else 0.0,
        "published_accuracy": round(pub_ok / pub_total, 4) if pub_total else None,
        "published_items": pub_total,
        "errors": errors,
    }


def render(result: dict) -> str:
    o, e = result["span_overlap"], result["span_exact"]
    lines = [
        f"items {result['items']}, gold expressions {result['gold_expressions']}, system {result['system_expressions']}",
        f"span (overlap)  P {o['precision']:.3f}  R {o['recall']:.3f}  F1 {o['f1']:.3f}",
        f"span (exact)    P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}",
        f"value accuracy (matched) {result['value_accuracy']:.3f}   type accuracy {result['type_accuracy']:.3f}",
    ]
    if result["published_items"]:
        lines.append(f"publication date (inferred, {result['published_items']} items) accuracy {result['published_accuracy']:.3f}")
    if result["errors"]:
        lines.append("errors:")
        lines += ["  " + json.dumps(err, ensure_ascii=False) for err in result["errors"]]
    return "\n".join(lines) + "\n"
