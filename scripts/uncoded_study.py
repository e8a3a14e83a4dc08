"""Gold events coded with no prediction of their type ("uncoded"), per dev half (session 37, s37-uncoded).

Usage: python scripts/uncoded_study.py ERRORS.jsonl [--show]

ERRORS.jsonl is what `newsgraph evaluate events ... --split dev --errors FILE` writes. Items are halved by
sha1(item id): last hex digit even = STUDY, odd = CHECK. Prints the count of uncoded gold events per half;
with --show, each STUDY one with its sentence and what was predicted (CHECK's are never shown).
"""
import hashlib
import json
import sys


def half(item_id: str) -> str:
    return "STUDY" if int(hashlib.sha1(item_id.encode()).hexdigest()[-1], 16) % 2 == 0 else "CHECK"


def main(path: str, show: bool) -> None:
    counts, items = {"STUDY": 0, "CHECK": 0}, {"STUDY": 0, "CHECK": 0}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        h = half(r["id"])
        items[h] += 1
        made = {p["type"] for p in r["predicted"]}
        for g in r["gold"]:
            if g["type"] in made:
                continue
            counts[h] += 1
            if show and h == "STUDY":
                print(r["id"], g, "|", r["text"])
                print("   predicted", [(p["type"], p.get("cameo"), p["trigger"], p["source_codes"], p["target_codes"])
                                     for p in r["predicted"]])
    print("uncoded", counts, "items", items)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: uncoded_study.py ERRORS.jsonl [--show]")
    main(sys.argv[1], "--show" in sys.argv[2:])
