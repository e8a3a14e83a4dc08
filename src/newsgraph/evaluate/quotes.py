"""Score quotes against a gold file: `newsgraph evaluate quotes gold/quotes.jsonl`.

Gold format (JSONL, one article a line; docs/accuracy.md):
  {"id": "quotes-01", "split": "dev" | "heldout", "text": "...",
   "quotes": [{"text": "<the quoted words, without the marks>", "occurrence": 1,
               "kind": "direct" | "partial" | "indirect", "speaker": "Jane Doe" | null,
               "on_behalf_of": "Acme Corp" (optional)}]}
A gold quote is found by its text (or `start`/`end`), as in newsgraph.evaluate.gold. `speaker` is the
name the article gives the speaker; null means an unnamed source (or one only a common noun names).

Scores: span precision/recall/F1, a system quote matching a gold quote when they overlap by at least
half of the longer one (one to one); the same per gold kind (recall) and for marked quotes only
(direct+partial); over matched pairs, speaker accuracy (a null gold speaker needs a null system
speaker; a named one needs the system's entity to carry that name: its name, an alias, a mention
or the same surname) and kind accuracy.
"""

from __future__ import annotations

from .base import documents as predict, is_pipeline
from .gold import load, pair, prf

MIN_OVERLAP = 0.5


def load_gold(path: str, split: str | None = None) -> list[dict]:
    return load(path, "quotes", split)


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").lower().removeprefix("the ").split())


def speaker_ok(gold_name: str | None, doc, quote) -> bool:
    if gold_name is None:
        return quote.speaker is None
    ent = doc.entity(quote.speaker) if quote.speaker else None
    if ent is None:
        return False
    names = {_norm(ent.name)} | {_norm(a) for a in ent.aliases} | {_norm(m.text) for m in ent.mentions if m.kind == "name"}
    g = _norm(gold_name)
    if g in names:
        return True
    surname = g.split()[-1]
    return any(n.split() and n.split()[-1] == surname for n in names)


def score(items: list[dict], predictions=None) -> dict:
    """The report for the gold articles and their Documents (`predictions` may also be a Pipeline,
    or None for the default one: then the articles are run through it first)."""
    docs = predict(items, predictions) if is_pipeline(predictions) else predictions
    tot = {"gold": 0, "sys": 0, "tp": 0}
    marked = {"gold": 0, "sys": 0, "tp": 0}
    by_kind: dict[str, list[int]] = {}
    spk_ok = kind_ok = 0
    errors = []
    for rec, doc in zip(items, docs):
        gold, system = rec["quotes"], doc.quotes
        pairs = pair(gold, system, MIN_OVERLAP)
        tot["gold"] += len(gold)
        tot["sys"] += len(system)
        tot["tp"] += len(pairs)
        mg = [g for g in gold if g.get("kind") != "indirect"]
        ms = [q for q in system if q.kind != "indirect"]
        marked["gold"] += len(mg)
        marked["sys"] += len(ms)
        marked["tp"] += len(pair(mg, ms, MIN_OVERLAP))
        matched = {id(g) for g, _ in pairs}
        for g in gold:
            k = g.get("kind", "?")
            by_kind.setdefault(k, [0, 0])
            by_kind[k][1] += 1
            if id(g) in matched:
                by_kind[k][0] += 1
            else:
                errors.append({"id": rec.get("id"), "error": "missed", "gold": g["text"][:80]})
        for g, q in pairs:
            ok = speaker_ok(g.get("speaker"), doc, q)
            spk_ok += ok
            kind_ok += g.get("kind") == q.kind
            if not ok:
                ent = doc.entity(q.speaker) if q.speaker else None
                errors.append({"id": rec.get("id"), "error": "speaker", "gold": g["text"][:80],
                               "gold_speaker": g.get("speaker"), "system_speaker": ent.name if ent else None,
                               "system_speaker_text": q.speaker_text})
        paired = {id(q) for _, q in pairs}
        for q in system:
            if id(q) not in paired:
                errors.append({"id": rec.get("id"), "error": "spurious", "system": q.text[:80], "kind": q.kind})
    n = tot["tp"]
    return {
        "articles": len(items),
        "spans": prf(tot["tp"], tot["sys"], tot["gold"]),
        "marked_spans": prf(marked["tp"], marked["sys"], marked["gold"]),
        "recall_by_kind": {k: round(v[0] / v[1], 4) if v[1] else 0.0 for k, v in sorted(by_kind.items())},
        "speaker_accuracy": round(spk_ok / n, 4) if n else 0.0,
        "kind_accuracy": round(kind_ok / n, 4) if n else 0.0,
        "matched": n,
        "errors": errors,
    }


def render(r: dict) -> str:
    s, m = r["spans"], r["marked_spans"]
    lines = [
        f"quotes: {r['articles']} articles, {s['gold']} gold quotes, {s['system']} system quotes",
        f"  spans (overlap >= {MIN_OVERLAP:.0%}): P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}",
        f"  marked quotes (direct+partial): P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}",
        "  recall by gold kind: " + ", ".join(f"{k} {v:.3f}" for k, v in r["recall_by_kind"].items()),
        f"  speaker accuracy (matched {r['matched']}): {r['speaker_accuracy']:.3f}",
        f"  kind accuracy: {r['kind_accuracy']:.3f}",
    ]
    return "\n".join(lines) + "\n"
