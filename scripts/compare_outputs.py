"""Snapshot the pipeline's output on the bundled texts, and diff it against an earlier snapshot.

For a refactoring that must not change results: run once on the old code (`--out before`), once on
the new (`--out after --ref before`), and read the summary of differences by stage field.

Texts: examples/*.txt and every record of gold/*.jsonl that carries its text (with its `published`, or the events gold's
`date`, as the document date when given). Each snapshot is DIR/docs.jsonl, one {"id", "doc"} a line.

Entities are matched across runs by their first mention (start, end), not by id (ids are positions
in the list and shift when one entity appears or goes); references to entities in attrs, events and
quotes are rewritten to that key, so a renumbering alone is no difference.

    PYTHONPATH=src python scripts/compare_outputs.py --out /tmp/before
    PYTHONPATH=src python scripts/compare_outputs.py --out /tmp/after --ref /tmp/before
    options: --published DATE (overrides every document's date, as the CLI's --published does),
             --actors FILE / --agents FILE (CAMEO user dictionaries), --limit N (differences shown per field),
             --jsonl FILE --max-extra N (also the first N records of a corpus, e.g. the BBC set),
             --no-bundled (only the --jsonl records)
    To snapshot another checkout's code, run this script with PYTHONPATH pointing at that checkout's src.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def inputs(root: Path | None, extra: list[str] = (), max_extra: int | None = None) -> list[tuple[str, str, str | None]]:
    """(id, text, published) for every bundled text under `root` (none when it is None), then the first
    `max_extra` records of each extra JSONL file (objects with "text", and "id", "title", "published"
    when they have them)."""
    out = []
    for p in sorted((root / "examples").glob("*.txt")) if root is not None else ():
        out.append((f"examples/{p.name}", p.read_text(encoding="utf-8"), None))
    for p in sorted((root / "gold").glob("*.jsonl")) if root is not None else ():
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if "text" not in r:  # a reference into a corpus in ../shared (ACLED notes, BBC places): no text here
                continue
            out.append((f"gold/{p.name}#{r.get('id', n)}", r["text"], r.get("published") or r.get("date")))
    for path in extra:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if max_extra is not None and n > max_extra:
                    break
                r = json.loads(line)
                text = (r["title"] + "\n\n" + r["text"]) if r.get("title") else r["text"]
                out.append((f"{Path(path).name}#{r.get('id', n)}", text, r.get("published")))
    return out


def snapshot(args) -> list[dict]:
    from newsgraph.actors.stage import ActorSettings
    from newsgraph.dates import parse_date
    from newsgraph.pipeline import Pipeline
    from newsgraph.stage import Options

    stages = {}
    if args.actors or args.agents:  # the user's dictionaries are the actors stage's own settings, as in the CLI
        stages["actors"] = ActorSettings(actor_dicts=tuple(args.actors or ()), agent_dicts=tuple(args.agents or ()))
    opts = Options(published=parse_date(args.published) if args.published else None, stages=stages)
    pipe = Pipeline(opts)
    recs = []
    for doc_id, text, published in inputs(None if args.no_bundled else ROOT, args.jsonl or [], args.max_extra):
        meta = {"published": published} if published else {}
        doc = pipe.extract(text, name=doc_id, **meta)
        d = doc.to_dict()
        d.pop("meta", None)  # generator version and model: not output of the stages
        recs.append({"id": doc_id, "doc": d})
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "docs.jsonl", "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    return recs


def load(dirname: str) -> dict[str, dict]:
    path = Path(dirname) / "docs.jsonl"
    with open(path, encoding="utf-8") as f:
        return {r["id"]: r["doc"] for r in map(json.loads, f)}


# --- canonical forms --------------------------------------------------------------------------------

def _entity_key(e: dict) -> str:
    if not e["mentions"]:
        return f"{e['name']}@-"
    m = min(e["mentions"], key=lambda m: (m["start"], -m["end"]))
    return f"{m['text']}@{m['start']}"


def _rewrite(value, ids: dict[str, str]):
    """Entity ids inside a value replaced by the entities' keys."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [_rewrite(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _rewrite(v, ids) for k, v in value.items()}
    return value


def canonical(doc: dict) -> dict[str, dict]:
    """field -> {item key: value}: what two snapshots are compared on."""
    ids = {e["id"]: _entity_key(e) for e in doc.get("entities", [])}
    out: dict[str, dict] = defaultdict(dict)
    for e in doc.get("entities", []):
        k = _entity_key(e)
        out["entities"][k] = True  # presence
        out["entities.name"][k] = e["name"]
        out["entities.type"][k] = e["type"]
        out["entities.aliases"][k] = e.get("aliases", [])
        out["entities.mentions"][k] = [(m["start"], m["end"], m["kind"]) for m in e["mentions"]]
        actor = e.get("actor") or {}
        out["entities.actor.code"][k] = actor.get("code")
        for f in ("country", "sector", "role", "former"):
            out[f"entities.actor.{f}"][k] = actor.get(f)
        out["entities.attrs"][k] = _rewrite(e.get("attrs", {}), ids)
    for field, key_of in (("events", lambda x: f"{x['type']}@{(x.get('trigger') or {}).get('start')}"),
                          ("quotes", lambda x: f"{x['start']}-{x['end']}"),
                          ("attributions", lambda x: "+".join(f"{c['start']}-{c['end']}" for c in x["content"])),
                          ("times", lambda x: f"{x['start']}-{x['end']}"),
                          ("places", lambda x: f"{x['name']}@{x['mentions'][0]['start'] if x['mentions'] else '-'}")):
        for x in doc.get(field, []):
            item = _rewrite({k: v for k, v in x.items() if k != "id"}, ids)
            out[field][key_of(x)] = item
    for field in ("published", "sections", "dateline", "title", "text"):
        out[field]["doc"] = doc.get(field)
    return out


def compare(ref: dict[str, dict], new: dict[str, dict], limit: int) -> int:
    counts: Counter = Counter()
    docs_hit: dict[str, set] = defaultdict(set)
    shown: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(set(ref) | set(new)):
        if doc_id not in ref or doc_id not in new:
            counts["document"] += 1
            shown["document"].append(f"{doc_id}: only in {'new' if doc_id in new else 'ref'}")
            continue
        a, b = canonical(ref[doc_id]), canonical(new[doc_id])
        for field in sorted(set(a) | set(b)):
            fa, fb = a.get(field, {}), b.get(field, {})
            for key in sorted(set(fa) | set(fb), key=str):
                if fa.get(key, "<absent>") == fb.get(key, "<absent>"):
                    continue
                if field.startswith("entities.") and (key not in fa or key not in fb):
                    continue  # counted once under `entities` (presence)
                counts[field] += 1
                docs_hit[field].add(doc_id)
                if len(shown[field]) < limit:
                    shown[field].append(f"{doc_id} [{key}]: {json.dumps(fa.get(key, '<absent>'), ensure_ascii=False)}"
                                        f" -> {json.dumps(fb.get(key, '<absent>'), ensure_ascii=False)}")
    print(f"documents: {len(ref)} ref, {len(new)} new")
    if not counts:
        print("no differences")
        return 0
    print("differences by field (items, documents):")
    for field, n in sorted(counts.items()):
        print(f"  {field}: {n} items in {len(docs_hit[field]) or n} documents")
    for field in sorted(shown):
        print(f"\n== {field}")
        for line in shown[field]:
            print("  " + line)
    return 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write this run's snapshot to DIR/docs.jsonl")
    ap.add_argument("--ref", help="compare with the snapshot in this dir")
    ap.add_argument("--new", help="compare this existing snapshot dir (instead of running the pipeline)")
    ap.add_argument("--published")
    ap.add_argument("--actors", action="append")
    ap.add_argument("--agents", action="append")
    ap.add_argument("--jsonl", action="append", help="also run the records of this JSONL file (e.g. a corpus)")
    ap.add_argument("--max-extra", type=int, help="at most this many records of each --jsonl file")
    ap.add_argument("--no-bundled", action="store_true", help="only the --jsonl records, not examples/ and gold/")
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args(argv)
    if args.new:
        new = load(args.new)
    elif args.out:
        new = {r["id"]: r["doc"] for r in snapshot(args)}
        print(f"wrote {len(new)} documents to {args.out}/docs.jsonl")
    else:
        ap.error("give --out DIR (run the pipeline) or --new DIR (an existing snapshot)")
    if args.ref:
        return compare(load(args.ref), new, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
