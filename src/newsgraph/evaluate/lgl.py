"""Score places on the LGL corpus: `newsgraph evaluate places --lgl ../shared/data/lgl/lgl.xml`.

LGL (Lieberman, Samet & Sankaranarayanan, ICDE 2010): 588 articles from US local news, each
toponym with character offsets and, for most, its GeoNames entry. LGL marks every use of a place
name, adjectival ones included ("American", "Israeli"), so a system toponym is any place mention:
literal, modifier or metonymic; it also marks many street names and some buildings, so every place
mention newsgraph outputs is compared.

Scores: toponym precision/recall/F1 (a system mention matches a gold one when they overlap by at
least half of the longer, one to one) and the same with exact offsets; over the matched toponyms
whose gold has a GeoNames entry, the share resolved within 161 km (100 miles, the usual
threshold), the median error in km (a mention without coordinates counts as 20,039 km, half the
Earth's circumference) and the share with the gold GeoNames id.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import Counter
import xml.etree.ElementTree as ET
from pathlib import Path

from ..errors import InputError
from .base import empty_gold
from .gold import pair, prf
from .places import km

MIN_OVERLAP = 0.5
WITHIN_KM = 161.0
FAR_KM = 20039.0  # half the Earth's circumference: the error charged for a toponym left without coordinates


def split_of(doc_id: str) -> str:
    """The project's held-aside rule: a third of the documents, chosen by a hash of their id."""
    return "heldout" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """LGL articles: {"id", "text", "published", "toponyms": [{"start", "end", "text", "geonameid",
    "lat", "lon", "fcode", "country"}]}; InputError names the file and the article at fault."""
    p = Path(path)
    if not p.is_file():
        raise InputError(path, "not a file (the LGL corpus is one XML file)" if p.exists() else "no such LGL file")
    try:
        root = ET.parse(p).getroot()
    except ET.ParseError as exc:
        raise InputError(path, f"not XML ({exc})") from None
    items, splits = [], []
    for art in root.iter("article"):
        doc_id = art.get("docid")
        text = art.findtext("text")
        if not doc_id or text is None:
            raise InputError(path, "an <article> needs a docid and a <text>")
        splits.append(split_of(doc_id))
        if split is not None and splits[-1] != split:
            continue
        items.append({"id": doc_id, "text": text, "published": (art.findtext("dltime") or "")[:10] or None,
                      "toponyms": [_toponym(path, doc_id, text, t) for t in art.iter("toponym")]})
    if not items:
        raise empty_gold(path, "LGL articles", split, splits)
    return items


def _toponym(path: str, doc_id: str, text: str, t) -> dict:
    try:
        start, end = int(t.findtext("start")), int(t.findtext("end"))
    except (TypeError, ValueError):
        raise InputError(path, f"article {doc_id}: a toponym without integer <start>/<end>") from None
    phrase = t.findtext("phrase") or ""
    if text[start:end] != phrase:
        raise InputError(path, f"article {doc_id}: toponym {phrase!r} is not at {start}-{end}")
    g = {"start": start, "end": end, "text": phrase}
    tag = t.find("gaztag")
    if tag is not None and tag.findtext("lat"):
        g.update(geonameid=int(tag.get("geonameid")), lat=float(tag.findtext("lat")), lon=float(tag.findtext("lon")),
                 fcode=tag.findtext("fcode"), country=tag.findtext("country"))
    return g


def pipeline_options(model: str | None = None, **_):
    """LGL articles are scored whatever the language check would say of them."""
    from ..stage import Options

    return Options(model=model, check_language=False)


def predict(gold: list[dict], options=None) -> list[list[dict]]:
    """Each article's place mentions from newsgraph's pipeline: start, end, text, kind and the place's
    name, feature, country, coordinates and GeoNames id."""
    from ..pipeline import Pipeline
    from ..read import make_article

    pipe = options if isinstance(options, Pipeline) else Pipeline(options)
    arts = [make_article(rec["text"], rec["id"], "text", published=rec.get("published")) for rec in gold]
    out = []
    for rec, art, doc in zip(gold, arts, pipe.run(arts)):
        if isinstance(doc, Exception):
            raise InputError(rec["id"], f"extraction failed: {doc}")
        raw = art.text_map.to_raw  # offsets in the text as given (the pipeline normalises spaces)
        out.append([{"start": raw(m.start), "end": raw(m.end), "text": m.text, "kind": m.kind, "name": p.name,
                     "feature": p.feature, "country": p.country, "lat": p.lat, "lon": p.lon,
                     "geonameid": getattr(p, "geonameid", None)}
                    for p in doc.places for m in p.mentions])
    return out


class _M:
    __slots__ = ("start", "end", "rec")

    def __init__(self, rec: dict):
        self.start, self.end, self.rec = rec["start"], rec["end"], rec


CONTEXT = 60  # characters either side of a toponym in an error record


def _context(text: str, start: int, end: int) -> str:
    """The toponym in its sentence's neighbourhood, marked [[like this]]."""
    return " ".join((text[max(0, start - CONTEXT):start] + "[[" + text[start:end] + "]]" + text[end:end + CONTEXT]).split())


def _resolution_error(rec: dict, g: dict, p: dict, d: float) -> dict:
    """A matched toponym resolved more than 161 km away: to another entry (`wrong entry`), to the gold's
    own entry at a point far from GeoNames' (`far point`: a division's point is ours) or to no coordinates."""
    category = "no coordinates" if p["lat"] is None else "far point" if p["geonameid"] == g["geonameid"] else "wrong entry"
    return {"id": rec["id"], "error": "resolution", "category": category,
            "text": g["text"], "gold": g["geonameid"], "gold_fcode": g.get("fcode"), "gold_country": g.get("country"),
            "system": f"{p['name']} ({p['country']}, {p['feature']})", "system_id": p["geonameid"],
            "kind": p.get("kind"), "km": round(d), "context": _context(rec["text"], g["start"], g["end"])}


def _missed_error(rec: dict, g: dict, system: list) -> dict:
    """A gold toponym no system mention matches: `wrong span` where one overlaps it by less than half
    the longer span ("Walker" for "Walker County"), else `no span`."""
    overlapping = [s.rec for s in system if s.start < g["end"] and g["start"] < s.end]
    out = {"id": rec["id"], "error": "missed", "category": "wrong span" if overlapping else "no span",
           "text": g["text"], "gold_fcode": g.get("fcode"), "context": _context(rec["text"], g["start"], g["end"])}
    if overlapping:
        out["system"] = overlapping[0]["text"]
    return out


def score(gold: list[dict], predictions: list[list[dict]]) -> dict:
    n_gold = n_sys = tp = exact = 0
    errors_km: list[float] = []
    id_ok = id_n = 0
    errors = []
    for rec, pred in zip(gold, predictions):
        system = [_M(p) for p in pred]
        pairs = pair(rec["toponyms"], system, MIN_OVERLAP)
        n_gold += len(rec["toponyms"])
        n_sys += len(system)
        tp += len(pairs)
        exact += sum(g["start"] == s.start and g["end"] == s.end for g, s in pairs)
        for g, s in pairs:
            if "lat" not in g:
                continue
            p = s.rec
            d = km(g["lat"], g["lon"], p["lat"], p["lon"]) if p["lat"] is not None else FAR_KM
            errors_km.append(d)
            id_n += 1
            id_ok += p["geonameid"] == g["geonameid"]
            if d > WITHIN_KM:
                errors.append(_resolution_error(rec, g, p, d))
        matched_g = {id(g) for g, _ in pairs}
        matched_s = {id(s) for _, s in pairs}
        errors += [_missed_error(rec, g, system) for g in rec["toponyms"] if id(g) not in matched_g]
        spans = [(g["start"], g["end"]) for g in rec["toponyms"]]
        errors += [{"id": rec["id"], "error": "spurious",
                    "category": "wrong span" if any(a < s.end and s.start < b for a, b in spans) else "spurious",
                    "text": s.rec["text"], "system": s.rec["name"], "feature": s.rec["feature"], "kind": s.rec["kind"],
                    "context": _context(rec["text"], s.start, s.end)}
                   for s in system if id(s) not in matched_s]
    within = sum(d <= WITHIN_KM for d in errors_km)
    return {
        "articles": len(gold),
        "toponyms": prf(tp, n_sys, n_gold),
        "toponyms_exact": prf(exact, n_sys, n_gold),
        "resolved": len(errors_km),
        f"within_{int(WITHIN_KM)}km": round(within / len(errors_km), 4) if errors_km else 0.0,
        "median_error_km": round(statistics.median(errors_km), 1) if errors_km else None,
        "geonameid_accuracy": round(id_ok / id_n, 4) if id_n else 0.0,
        "error_groups": dict(Counter(f"{e['error']}: {e['category']}" for e in errors).most_common()),
        "errors": errors,
    }


def write_errors(gold: list[dict], predictions: list[list[dict]], path: str) -> None:
    """`evaluate places --lgl F --errors OUT`: the report's errors as JSON lines, grouped (places.write_error_groups)."""
    from .places import write_error_groups

    write_error_groups(score(gold, predictions).get("errors", []), path)


def render(r: dict) -> str:
    t, e = r["toponyms"], r["toponyms_exact"]
    w = f"within_{int(WITHIN_KM)}km"
    return "\n".join([
        f"LGL places: {r['articles']} articles, {t['gold']} gold toponyms, {t['system']} system toponyms",
        f"  toponyms (overlap >= {MIN_OVERLAP:.0%}): P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}",
        f"  toponyms (exact offsets):    P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}",
        f"  matched toponyms with a GeoNames entry: {r['resolved']}",
        f"  within {int(WITHIN_KM)} km: {r[w]:.3f}   median error: {r['median_error_km']} km"
        f"   GeoNames id accuracy: {r['geonameid_accuracy']:.3f}",
        "  errors: " + ("; ".join(f"{k} {v}" for k, v in r.get("error_groups", {}).items()) or "none"),
    ]) + "\n"
