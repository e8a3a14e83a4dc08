"""Score places against a gold file: `newsgraph evaluate places gold/places.jsonl`.

Gold format (JSONL, one article a line; docs/accuracy.md):
  {"id": "places-01", "split": "dev" | "heldout", "text": "...",
   "places": [{"text": "Kharkiv", "occurrence": 1, "country": "UKR", "feature": "city",
               "lat": 49.99, "lon": 36.23}]}
Each item is a literal toponym mention (metonyms such as "Washington said" and demonyms are not
listed); without `occurrence`, every whole-word occurrence of `text` is a gold mention. `country`
(ISO alpha-3, null for multi-country regions), `feature` and `lat`/`lon` are optional.

Scores: mention precision/recall/F1 (a system mention matches a gold one when they overlap by at least
half of the longer one, one to one); over matched mentions, country accuracy, feature accuracy and the
share resolved within 100 km of the gold coordinates (for gold items that give them).
"""

from __future__ import annotations

import math

from .base import documents as predict, is_pipeline, write_jsonl
from .gold import load, pair, prf

MIN_OVERLAP = 0.5
WITHIN_KM = 100.0


def load_gold(path: str, split: str | None = None) -> list[dict]:
    return load(path, "places", split)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def score(items: list[dict], predictions=None) -> dict:
    """The report for the gold articles and their Documents (`predictions` may also be a Pipeline,
    or None for the default one: then the articles are run through it first)."""
    docs = predict(items, predictions) if is_pipeline(predictions) else predictions
    n_gold = n_sys = tp = 0
    c_ok = c_n = f_ok = f_n = k_ok = k_n = 0
    errors = []
    for rec, doc in zip(items, docs):
        # the gold lists toponyms used as places or for their people/government, not modifiers ("Iraqi")
        system = [(m, p) for p in doc.places for m in p.mentions if m.kind != "modifier"]
        mentions = [m for m, _ in system]
        place_of = {id(m): p for m, p in system}
        gold = rec["places"]
        pairs = pair(gold, mentions, MIN_OVERLAP)
        n_gold += len(gold)
        n_sys += len(mentions)
        tp += len(pairs)
        for g, m in pairs:
            p = place_of[id(m)]
            if "country" in g:
                c_n += 1
                c_ok += g["country"] == p.country
            if "feature" in g:
                f_n += 1
                f_ok += g["feature"] == p.feature
            if g.get("lat") is not None and p.lat is not None:
                k_n += 1
                d = km(g["lat"], g["lon"], p.lat, p.lon)
                k_ok += d <= WITHIN_KM
                if d > WITHIN_KM or ("country" in g and g["country"] != p.country):
                    errors.append({"id": rec.get("id"), "error": "resolution", "text": g["text"], "gold_country": g.get("country"),
                                   "system": f"{p.name} ({p.country}, {p.feature})", "km": round(d)})
            elif g.get("lat") is not None:
                k_n += 1
        got = {id(m) for _, m in pairs}
        matched_gold = {id(g) for g, _ in pairs}
        errors += [{"id": rec.get("id"), "error": "missed", "text": g["text"]} for g in gold if id(g) not in matched_gold]
        errors += [{"id": rec.get("id"), "error": "spurious", "text": m.text, "system": place_of[id(m)].name}
                   for m in mentions if id(m) not in got]
    return {
        "articles": len(items),
        "mentions": prf(tp, n_sys, n_gold),
        "country_accuracy": round(c_ok / c_n, 4) if c_n else 0.0,
        "feature_accuracy": round(f_ok / f_n, 4) if f_n else 0.0,
        f"within_{int(WITHIN_KM)}km": round(k_ok / k_n, 4) if k_n else 0.0,
        "matched": tp,
        "errors": errors,
    }


def render(r: dict) -> str:
    m = r["mentions"]
    return "\n".join([
        f"places: {r['articles']} articles, {m['gold']} gold mentions, {m['system']} system mentions",
        f"  toponyms (overlap >= {MIN_OVERLAP:.0%}): P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}",
        f"  country accuracy (matched {r['matched']}): {r['country_accuracy']:.3f}",
        f"  feature accuracy: {r['feature_accuracy']:.3f}",
        f"  coordinates within {int(WITHIN_KM)} km: {r[f'within_{int(WITHIN_KM)}km']:.3f}",
    ]) + "\n"


def write_error_groups(errors: list[dict], path: str) -> None:
    """The errors as JSON lines, grouped by kind and category (the biggest group first), then by text."""
    sizes: dict[tuple, int] = {}
    for e in errors:
        g = (e["error"], e.get("category", ""))
        sizes[g] = sizes.get(g, 0) + 1
    rows = sorted(errors, key=lambda e: (-sizes[(e["error"], e.get("category", ""))], e["error"],
                                         e.get("category", ""), e["text"].lower(), str(e.get("id"))))
    write_jsonl(rows, path)
