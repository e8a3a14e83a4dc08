"""Score the country probe (gold/probe_countries.jsonl, session 28 s28-triprobe) per family.

Our own wire-style sentences, labelled before the first run with the expected (source country, PLOVER type,
target country) per the PLOVER manual ("Country Names and Sector Codes": IGOs as IGO, NGOs as NGO, cities and
provinces as their country, partially recognised entities as the state that claims them) and the PLOVER GSR's
coding (UN, NATO, EU, IMF... all IGO). Scored with the evaluator's own triple matching
(newsgraph.evaluate.events: load_gold, predict, score, records), so a figure here is what
`newsgraph evaluate events gold/probe_countries.jsonl` would say; this adds the split by family (the id's prefix)
and writes one record per item for reading the misses.

Usage: PYTHONPATH=src python scripts/probe_countries.py [GOLD] [--records OUT.jsonl] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from newsgraph.evaluate.events import load_gold, predict, records, score


def family(item_id: str) -> str:
    return item_id.rsplit("-", 1)[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="?", default="gold/probe_countries.jsonl")
    ap.add_argument("--records")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    items = load_gold(a.gold)
    docs = predict(items)
    rows = records(items, docs)
    triples = score(items, docs)["triples"]
    out = {"all": triples["country"], "all_sector": triples["country_sector"], "families": {}}
    fams: dict[str, Counter] = {}
    for row in rows:
        c = fams.setdefault(family(row["id"]), Counter())
        gold = sum(len(g["source"] or [None]) * len(g["target"] or [None]) for g in row["gold"])
        c["items"] += 1
        c["gold"] += gold
        c["missed"] += len(row["missed"])
        c["extra"] += len(row["extra"])
        c["items_right"] += not row["missed"] and not row["extra"]
    for f, c in fams.items():
        out["families"][f] = {"items": c["items"], "items_right": c["items_right"], "gold_triples": c["gold"],
                              "found": c["gold"] - c["missed"], "extra": c["extra"]}
    if a.records:
        with open(a.records, "w") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
    if a.json:
        print(json.dumps(out, indent=1))
    else:
        m = out["all"]
        print(f"all: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} (tp {m['tp']}, pred {m['pred']}, gold {m['gold']})")
        m = out["all_sector"]
        print(f"country+sector: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} (tp {m['tp']}, pred {m['pred']}, "
              f"gold {m['gold']})")
        print(f"{'family':10} items right  gold found extra")
        for f, c in out["families"].items():
            print(f"{f:10} {c['items']:5} {c['items_right']:5} {c['gold_triples']:5} {c['found']:5} {c['extra']:5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
