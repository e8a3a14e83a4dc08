"""Whole, STUDY and CHECK figures of an ACLED errors file (`newsgraph evaluate events --acled FILE --errors E.jsonl`).

STUDY is the items whose sha1(id) ends in an even hex digit, CHECK those ending in an odd one (the sessions' own split
of a dev set: read STUDY's errors, only score CHECK). Prints one JSON object: macro-F1 over the gold classes and
accuracy for each half, as `evaluate/acled.score` computes them.

    python scripts/acled_halves.py E.jsonl
"""

import hashlib
import json
import sys
from collections import Counter

from newsgraph.evaluate.acled import _f1_exact


def figures(pairs: list[tuple[str, str]]) -> dict:
    gold, pred = Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    return {"n": len(pairs),
            "macro_f1": round(sum(_f1_exact(hits[c], pred[c], gold[c]) for c in gold) / len(gold), 4) if gold else 0.0,
            "accuracy": round(sum(hits.values()) / len(pairs), 4) if pairs else 0.0}


def half(item_id: str) -> str:
    return "STUDY" if int(hashlib.sha1(item_id.encode()).hexdigest()[-1], 16) % 2 == 0 else "CHECK"


def main(path: str) -> dict:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {name: figures([(r["gold"], r["predicted"]) for r in rows if name == "whole" or half(r["id"]) == name])
            for name in ("whole", "STUDY", "CHECK")}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: acled_halves.py ERRORS.jsonl")
    print(json.dumps(main(sys.argv[1])))
