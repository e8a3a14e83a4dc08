"""Score the places stage's mention kinds on own probe sentences (scripts/place_probes/*.jsonl).

Each line: {"id", "family", "text", "kinds": {"Name": "name" | "modifier" | "metonym", ...},
"countries": {"Name": "ISO3"}}; "Name#2" is the second whole-word occurrence. The labels follow the
fine-grained (GeoWebNews-style) convention of docs/accuracy.md ("Fine-grained news"): `name` a literal
place, `modifier` a place or demonym naming something else, `metonym` a place standing for its
government, people, team, institution or an event there. A mention the stage does not output counts
as `missing` (a system mention matches where it overlaps the gold span by at least half the longer of the
two, as `newsgraph evaluate places --fine` matches). Prints, per family and in all: mentions found / gold (toponym recall), kind accuracy,
metonymy P/R/F1, country accuracy where given, and every miss.

    PYTHONPATH=src python scripts/place_probes.py scripts/place_probes/probes1.jsonl [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict


def span(text: str, spec: str) -> tuple[int, int]:
    name, _, nth = spec.partition("#")
    hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return hits[int(nth or 1) - 1]


def matched(gold: tuple[int, int], got: list) -> tuple[str, str | None]:
    """The kind and country of the system mention overlapping the gold span by at least half the longer of the
    two (the evaluators' rule: "Kherson region" matches "Kherson"), else ("missing", None)."""
    a, b = gold
    for s, e, kind, country in got:
        if 2 * (min(b, e) - max(a, s)) >= max(b - a, e - s):
            return kind, country
    return "missing", None


def tally(rows: list[dict], docs: list) -> tuple[dict, list[str]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses = []
    for row, doc in zip(rows, docs):
        got = [(m.start, m.end, m.kind, p.country) for p in doc.places for m in p.mentions]
        for spec, kind in row["kinds"].items():
            system, country = matched(span(row["text"], spec), got)
            for fam in (row["family"], "ALL"):
                c = counts[fam]
                c["gold"] += 1
                c["found"] += system != "missing"
                c["agree"] += system == kind
                c["tp"] += system == kind == "metonym"
                c["fp"] += system == "metonym" != kind
                c["fn"] += kind == "metonym" != system
                want = row.get("countries", {}).get(spec)
                if want:
                    c["cgold"] += 1
                    c["cright"] += country == want
            if system != kind:
                misses.append(f"{row['id']} {spec}: {system}, gold {kind} | {row['text']}")
            want = row.get("countries", {}).get(spec)
            if want and country != want:
                misses.append(f"{row['id']} {spec}: country {country}, gold {want}")
    return counts, misses


def f1(c) -> float:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--json", help="write the counts as JSON here")
    args = ap.parse_args(argv)
    import newsgraph

    rows = [json.loads(line) for f in args.files for line in open(f, encoding="utf-8") if line.strip()]
    docs = [newsgraph.extract(r["text"]) for r in rows]
    counts, misses = tally(rows, docs)
    print(f"{'family':24} {'found':>9} {'kind':>9} {'meto P/R':>11} {'country':>8}")
    for fam in sorted(counts, key=lambda f: (f == "ALL", f)):
        c = counts[fam]
        meto = f"{c['tp']}/{c['tp'] + c['fp']},{c['tp']}/{c['tp'] + c['fn']}"
        ctry = f"{c['cright']}/{c['cgold']}" if c["cgold"] else "-"
        print(f"{fam:24} {c['found']:>4}/{c['gold']:<4} {c['agree']:>4}/{c['gold']:<4} {meto:>11} {ctry:>8}")
    a = counts["ALL"]
    print(f"toponym recall {a['found'] / a['gold']:.3f}  kind accuracy {a['agree'] / a['gold']:.3f}  "
          f"metonymy F1 {f1(a):.3f}")
    for m in misses:
        print("MISS", m)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"counts": counts, "misses": misses}, fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
