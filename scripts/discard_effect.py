"""What a discard list would keep from coding, per category of a labelled corpus (counts, not accuracy).

    python scripts/discard_effect.py CORPUS.jsonl --sample 60 > sample.jsonl   # dev split, 60 a category
    newsgraph extract sample.jsonl --discards none -f jsonl -o docs.jsonl
    python scripts/discard_effect.py sample.jsonl docs.jsonl [--discards FILE ...]

CORPUS.jsonl records carry `id` and `category` (the BBC corpus's sport, politics, ...); docs.jsonl
is newsgraph's output for them made with no discard list. For each category: articles, articles a
story discard would stop, events, and events a discard would drop (all events of a stopped
article; an event whose sentence holds a sentence discard). Default list: the built-in one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsgraph.events.petrarch_lists import load_discards  # noqa: E402
from newsgraph.model import Document  # noqa: E402


def effect(doc: Document, discards) -> tuple[bool, int, Counter]:
    """(stopped by a story discard, events dropped, the phrases that did it)."""
    hits = [(e, sec.start + a) for sec in doc.sections if sec.kind in ("body", "title")
            for e, a, _ in discards.find(sec.text)]
    phrases = Counter(e.written for e, _ in hits)
    if any(e.story for e, _ in hits):
        return True, len(doc.events), phrases
    where = [a for e, a in hits]
    dropped = sum(1 for ev in doc.events if ev.evidence and any(ev.evidence.start <= a < ev.evidence.end for a in where))
    return False, dropped, phrases


def sample(corpus: str, n: int) -> int:
    """The first n records of each category in the dev split (docs/accuracy.md: a document is held
    out when the SHA-1 of its id is 0 modulo 3)."""
    taken: Counter = Counter()
    for line in open(corpus, encoding="utf-8"):
        r = json.loads(line)
        if int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 3 == 0 or taken[r.get("category")] >= n:
            continue
        taken[r.get("category")] += 1
        sys.stdout.write(line)
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("docs", nargs="?")
    ap.add_argument("--discards", action="append", default=[])
    ap.add_argument("--sample", type=int, help="write the first N dev-split records of each category to stdout")
    a = ap.parse_args(argv)
    if a.sample:
        return sample(a.corpus, a.sample)
    if not a.docs:
        ap.error("give DOCS (newsgraph's output for CORPUS), or --sample N")
    discards = load_discards(tuple(a.discards))
    category = {json.loads(l)["id"]: json.loads(l).get("category", "") for l in open(a.corpus, encoding="utf-8")}
    rows: dict[str, Counter] = defaultdict(Counter)
    phrases: Counter = Counter()
    for line in open(a.docs, encoding="utf-8"):
        doc = Document.from_json(line)
        cat = category.get(doc.source.record_id or "", "?")
        stopped, dropped, found = effect(doc, discards)
        r = rows[cat]
        r["articles"] += 1
        r["stopped"] += stopped
        r["events"] += len(doc.events)
        r["dropped"] += dropped
        phrases.update(found)
    print(f"{'category':14} {'articles':>8} {'stopped':>8} {'events':>7} {'dropped':>8}")
    for cat, r in sorted(rows.items()):
        print(f"{cat:14} {r['articles']:8} {r['stopped']:8} {r['events']:7} {r['dropped']:8} "
              f"({r['dropped'] / max(r['events'], 1):.0%})")
    print("phrases found:", ", ".join(f"{p} {n}" for p, n in phrases.most_common(25)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
