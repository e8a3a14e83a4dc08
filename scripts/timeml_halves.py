"""Score TimeML dev in two halves by document, for the two-half check of issue 13 (docs/accuracy.md).

    PYTHONPATH=src python scripts/timeml_halves.py /work/shared/data/timebank [--parity] [--errors-a FILE]

Dev documents (the evaluator's split) are split by int(sha1(file stem), 16) % 2: half A = 0, half B = 1,
the split sessions 9-11 used; with `--parity`, by even / odd index in the evaluator's document order (sorted
paths), A = even, B = odd (the split of session 16). Prints value / relaxed span F1 (TP / system / gold) for dev, each half,
each sub-corpus and, within AQUAINT, each news service (APW, NYT, XIE: the file name's letters; the held-aside third
holds 8 of the 14 Xinhua files, dev 6), with the evaluator's own load_gold / predict / score; `--errors-a` writes the error rows
(evaluate.timeml.error_rows) of half A only: half B is meant to be looked at in aggregate only.
Never the held-aside split.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re

from newsgraph.evaluate import timeml


def half_of(doc_id: str) -> str:
    return "A" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def source_of(doc: dict) -> str | None:
    """The news service of an AQUAINT document, from its file name ("XIE19990313.0229" -> "XIE"); None elsewhere
    (TimeBank's names mix services and dates: "wsj_0136", "ABC19980108.1830.0711")."""
    if doc.get("corpus") != "AQUAINT":
        return None
    m = re.match(r"[A-Z]+", doc["id"])
    return m.group(0) if m else None


def groups_of(gold: list[dict], parity: bool) -> dict[str, list[dict]]:
    """dev, its halves A / B, each sub-corpus and AQUAINT news service, each also by half ("AQUAINT-XIE-A")."""
    half = {d["id"]: ("AB"[i % 2] if parity else half_of(d["id"])) for i, d in enumerate(gold)}
    groups = {"dev": gold, "A": [d for d in gold if half[d["id"]] == "A"],
              "B": [d for d in gold if half[d["id"]] == "B"]}
    names = sorted({d["corpus"] for d in gold}) + sorted({f"AQUAINT-{s}" for d in gold if (s := source_of(d))})
    for name in names:
        groups[name] = [d for d in gold if name in (d["corpus"], f"AQUAINT-{source_of(d)}")]
        for h in "AB":
            groups[f"{name}-{h}"] = [d for d in groups[name] if half[d["id"]] == h]
    return groups


def line(name: str, r: dict) -> str:
    v, s = r["value"], r["span_relaxed"]
    tp = round(v["precision"] * r["system_expressions"]) if r["system_expressions"] else 0
    return (f"{name:14} value F1 {v['f1']:.3f} ({tp} / {r['system_expressions']} / {r['gold_expressions']})  "
            f"relaxed span F1 {s['f1']:.3f}  strict {r['span_strict']['f1']:.3f}  docs {r['documents']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--errors-a")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--parity", action="store_true", help="halves by even / odd document index")
    a = ap.parse_args()
    gold = timeml.load_gold(a.dir, "dev")
    pred = timeml.predict(gold)
    groups = groups_of(gold, a.parity)
    out = {}
    for name, docs in groups.items():
        r = timeml._score(docs, pred)
        out[name] = {k: r[k] for k in ("documents", "gold_expressions", "system_expressions", "span_strict",
                                        "span_relaxed", "value")}
        print(line(name, r))
    if a.json:
        print(json.dumps(out))
    if a.errors_a:
        from newsgraph.evaluate.base import write_jsonl

        write_jsonl(timeml.error_rows(groups["A"], pred), a.errors_a)


if __name__ == "__main__":
    main()
