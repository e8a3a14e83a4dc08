"""Score places on a fine-grained toponym gold: `newsgraph evaluate places --fine gold/places_bbc_fine.jsonl`.

The gold is stand-off (docs/accuracy.md, "Places"): each JSON line names a text in the shared data
folder and lists its toponyms by character offsets, each labelled the way fine-grained news
annotation (GeoWebNews style) does:
  {"id": "business/142", "source": "bbc/bbc.jsonl", "sha1": "<first 12 hex digits of the text's sha1>",
   "toponyms": [{"start": 77, "end": 88, "text": "South Korea", "label": "metonymic",
                 "geonameid": 1835841, "lat": 37.0, "lon": 127.5, "country": "KOR"}]}
`source` is a path relative to the shared data folder: a JSONL file whose record with this `id`
holds the `text`, a TimeML `.tml` file (its text with the markup removed, exactly as
`evaluate time --timeml` reads it), or a plain text file. `label` is `literal` (a place as a location), `modifier` (a
toponym or demonym naming something else: "the Syrian town of", "UK Treasury", "Air China") or
`metonymic` (a place standing for its government, people, team or company: "Turkey said", "China's
aviation authorities"). `geonameid`, `lat`/`lon` and `country` are optional. The texts are not
copied into the project: the shared data folder is `$NEWSGRAPH_DATA`, else the first `shared/data`
beside the gold file or one of its parent folders.

Scores: toponym precision/recall/F1 over every place mention newsgraph outputs, whatever its kind
(overlap of at least half the longer span, one to one); recall per gold label; over matched
toponyms whose gold gives a point, the share within 161 km (a mention without coordinates counts
as 20,039 km off); metonymy precision/recall/F1 (a system `metonym` mention matched to a gold
`metonymic` one); and the confusion of gold labels with system kinds.
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
from collections import Counter
from pathlib import Path

from ..errors import InputError
from .base import empty_gold, heldout_split, read_gold_text
from .gold import pair, prf
from .lgl import FAR_KM, WITHIN_KM, _context, pipeline_options, predict  # noqa: F401  (same run as LGL)
from .places import km

MIN_OVERLAP = 0.5
LABELS = ("literal", "modifier", "metonymic")
KIND_OF_LABEL = {"literal": "name", "modifier": "modifier", "metonymic": "metonym"}


def data_dir(gold_path: str) -> Path:
    """The shared data folder the gold's `source` paths are relative to."""
    env = os.environ.get("NEWSGRAPH_DATA")
    if env:
        return Path(env)
    for parent in Path(gold_path).resolve().parents:
        candidate = parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    raise InputError(gold_path, "no shared data folder for its sources (set NEWSGRAPH_DATA)")


class _Texts:
    """The gold's source texts, each source file read once per load."""

    def __init__(self, gold_path: str):
        self.gold_path = gold_path
        self.root: Path | None = None
        self.files: dict[str, dict[str, str] | str] = {}

    def get(self, source: str, doc_id: str, where: str) -> str:
        if source not in self.files:
            self.root = self.root or data_dir(self.gold_path)
            self.files[source] = self._read(self.root / source, where)
        found = self.files[source]
        if isinstance(found, str):
            return found
        if doc_id not in found:
            raise InputError(self.gold_path, f"{where}: no record {doc_id!r} in {source}")
        return found[doc_id]

    def _read(self, path: Path, where: str) -> dict[str, str] | str:
        if not path.is_file():
            raise InputError(self.gold_path, f"{where}: source {path} does not exist")
        if path.suffix == ".tml":  # offsets into the text the TimeML reader gives (gold/places_wire_fine.jsonl)
            from .timeml import read_tml

            return read_tml(path)["text"]
        raw = path.read_text(encoding="utf-8")
        if path.suffix != ".jsonl":
            return raw
        out = {}
        for line in raw.splitlines():
            if line.strip():
                rec = json.loads(line)
                out[str(rec.get("id"))] = rec.get("text") or ""
        return out


def load_gold(path: str, split: str | None = None) -> list[dict]:
    """Gold articles {"id", "text", "toponyms"}, the text read from the shared data; InputError names
    the file and line at fault (bad JSON, unknown label, offsets that do not give the toponym's text)."""
    if not Path(path).exists():
        raise InputError(path, "no such gold file")
    raw = read_gold_text(path, "gold file", "fine-grained toponym gold JSONL")
    texts = _Texts(path)
    items, splits = [], []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not rec.get("id") or not rec.get("source"):
            raise InputError(path, f"{where}: a record needs an `id` and a `source`")
        splits.append(heldout_split(str(rec["id"])))
        if split is not None and splits[-1] != split:
            continue
        text = texts.get(rec["source"], str(rec["id"]), where)
        if rec.get("sha1") and not hashlib.sha1(text.encode()).hexdigest().startswith(rec["sha1"]):
            raise InputError(path, f"{where}: the text of {rec['id']} in {rec['source']} is not the one annotated (sha1)")
        items.append({"id": str(rec["id"]), "text": text,
                      "toponyms": [_toponym(path, where, text, t) for t in rec.get("toponyms", [])]})
    if not items:
        raise empty_gold(path, "gold articles", split, splits)
    return items


def _toponym(path: str, where: str, text: str, t) -> dict:
    if not isinstance(t, dict) or not isinstance(t.get("start"), int) or not isinstance(t.get("end"), int):
        raise InputError(path, f"{where}: a toponym needs integer `start` and `end`")
    if not 0 <= t["start"] < t["end"] <= len(text):
        raise InputError(path, f"{where}: toponym offsets {t['start']}-{t['end']} are outside the text ({len(text)} characters)")
    if t.get("label") not in LABELS:
        raise InputError(path, f"{where}: toponym label {t.get('label')!r} is not one of {', '.join(LABELS)}")
    if "text" in t and text[t["start"]:t["end"]] != t["text"]:
        raise InputError(path, f"{where}: toponym {t['text']!r} is not at {t['start']}-{t['end']}")
    if (t.get("lat") is None) != (t.get("lon") is None):
        raise InputError(path, f"{where}: toponym {t.get('text')!r} has only one of lat/lon")
    return dict(t, text=text[t["start"]:t["end"]])


class _M:
    __slots__ = ("start", "end", "rec")

    def __init__(self, rec: dict):
        self.start, self.end, self.rec = rec["start"], rec["end"], rec


def score(gold: list[dict], predictions: list[list[dict]]) -> dict:
    n_gold = n_sys = tp = 0
    found = Counter()
    total = Counter(g["label"] for rec in gold for g in rec["toponyms"])
    confusion = Counter()
    dist: list[float] = []
    met_tp = met_sys = 0
    errors = []
    for rec, pred in zip(gold, predictions):
        system = [_M(p) for p in pred]
        pairs = pair(rec["toponyms"], system, MIN_OVERLAP)
        n_gold += len(rec["toponyms"])
        n_sys += len(system)
        tp += len(pairs)
        met_sys += sum(s.rec["kind"] == "metonym" for s in system)
        for g, s in pairs:
            found[g["label"]] += 1
            confusion[f"{g['label']} -> {s.rec['kind']}"] += 1
            met_tp += g["label"] == "metonymic" and s.rec["kind"] == "metonym"
            if KIND_OF_LABEL[g["label"]] != s.rec["kind"]:
                errors.append(_error(rec, g, "kind", f"{g['label']} -> {s.rec['kind']}", s.rec))
            if g.get("lat") is None:
                continue
            d = km(g["lat"], g["lon"], s.rec["lat"], s.rec["lon"]) if s.rec["lat"] is not None else FAR_KM
            dist.append(d)
            if d > WITHIN_KM:
                errors.append(_error(rec, g, "resolution", "no coordinates" if s.rec["lat"] is None else "far",
                                     s.rec, km=round(d)))
        got_g = {id(g) for g, _ in pairs}
        got_s = {id(s) for _, s in pairs}
        errors += [_error(rec, g, "missed", g["label"]) for g in rec["toponyms"] if id(g) not in got_g]
        errors += [_error(rec, {"start": s.start, "end": s.end, "text": s.rec["text"], "label": None}, "spurious",
                          s.rec["kind"], s.rec) for s in system if id(s) not in got_s]
    n_met = total["metonymic"]
    return {
        "articles": len(gold),
        "toponyms": prf(tp, n_sys, n_gold),
        "recall_by_label": {lab: round(found[lab] / total[lab], 4) if total[lab] else None for lab in LABELS},
        "gold_by_label": {lab: total[lab] for lab in LABELS},
        "resolved": len(dist),
        f"within_{int(WITHIN_KM)}km": round(sum(d <= WITHIN_KM for d in dist) / len(dist), 4) if dist else 0.0,
        "median_error_km": round(statistics.median(dist), 1) if dist else None,
        "metonymy": prf(met_tp, met_sys, n_met),
        "label_confusion": dict(sorted(confusion.items())),
        "error_groups": dict(Counter(f"{e['error']}: {e['category']}" for e in errors).most_common()),
        "errors": errors,
    }


def _error(rec: dict, g: dict, kind: str, category: str, system: dict | None = None, **more) -> dict:
    out = {"id": rec["id"], "error": kind, "category": category, "text": g["text"], "label": g.get("label"),
           "context": _context(rec["text"], g["start"], g["end"]), **more}
    if system is not None:
        out["system"] = f"{system['name']} ({system['country']}, {system['feature']}, {system['kind']})"
    return out


def write_errors(gold: list[dict], predictions: list[list[dict]], path: str) -> None:
    """`evaluate places --fine F --errors OUT`: the report's errors as JSON lines, grouped."""
    from .places import write_error_groups

    write_error_groups(score(gold, predictions)["errors"], path)


def render(r: dict) -> str:
    t, m = r["toponyms"], r["metonymy"]
    w = f"within_{int(WITHIN_KM)}km"
    by = "  ".join(f"{lab} {r['recall_by_label'][lab]:.3f} ({r['gold_by_label'][lab]})"
                   for lab in LABELS if r["recall_by_label"][lab] is not None)
    return "\n".join([
        f"fine-grained places: {r['articles']} articles, {t['gold']} gold toponyms, {t['system']} system toponyms",
        f"  toponyms (overlap >= {MIN_OVERLAP:.0%}): P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}",
        f"  recall by gold label: {by}",
        f"  matched toponyms with a point: {r['resolved']}   within {int(WITHIN_KM)} km: {r[w]:.3f}"
        f"   median error: {r['median_error_km']} km",
        f"  metonymy ({m['gold']} gold, {m['system']} system): P {m['precision']:.3f}  R {m['recall']:.3f}"
        f"  F1 {m['f1']:.3f}",
        "  gold label -> system kind: " + "; ".join(f"{k} {v}" for k, v in r["label_confusion"].items()),
        "  errors: " + ("; ".join(f"{k} {v}" for k, v in r.get("error_groups", {}).items()) or "none"),
    ]) + "\n"
