"""Score TimeML dev in two halves by document, for the two-half check of issue 13 (docs/accuracy.md).

    PYTHONPATH=src python scripts/timeml_halves.py /work/shared/data/timebank [--parity] [--errors-a FILE]
        [--spans-a FILE] [--wording NAME=REGEX ...]

Dev documents (the evaluator's split) are split by int(sha1(file stem), 16) % 2: half A = 0, half B = 1,
the split sessions 9-11 used; with `--parity`, by even / odd index in the evaluator's document order (sorted
paths), A = even, B = odd (the split of session 16). Prints value / relaxed span F1 (TP / system / gold) for dev, each half,
each sub-corpus and, within AQUAINT, each news service (APW, NYT, XIE: the file name's letters; the held-aside third
holds 8 of the 14 Xinhua files, dev 6), with the evaluator's own load_gold / predict / score; `--errors-a` writes the error rows
(evaluate.timeml.error_rows) of half A only: half B is meant to be looked at in aggregate only.
`--spans-a` writes half A's timexes no counterpart overlaps at all (`unmatched`: a system timex over no gold one, a
gold one no system timex touches), and `--wording NAME=REGEX` counts, over half A, how often the annotators mark a
wording and how often the stage outputs it (`wording_counts`), to weigh a class of span errors against the uses the
annotators leave unmarked (session 27). The AP and New York Times wires are in both sub-corpora, TimeBank's files
annotated in another batch: `TimeBank-APW` / `TimeBank-NYT` score them beside `AQUAINT-APW` / `AQUAINT-NYT`, the same
news writing under the two batches' conventions (session 36). `--no-dct` withholds the creation time, as text with no
metadata date comes: each group's value F1 then, and how often the date the stage finds for itself (a dated line, a
dateline with its year, the inference from the text's dates) is the creation time, another, or none. Never the
held-aside split.
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


_BOTH_WIRES = ("APW", "NYT")  # news services both sub-corpora hold


def wire_of(doc: dict) -> str | None:
    """The news service of a TimeBank file that AQUAINT also draws on ("APW19980213.1380" -> "APW",
    "NYT19980206.0460" -> "NYT"); None for the rest (WSJ, ABC, CNN... and every AQUAINT file)."""
    if doc.get("corpus") != "TimeBank":
        return None
    m = re.match(r"[A-Z]+(?=\d)", doc["id"])
    return m.group(0) if m and m.group(0) in _BOTH_WIRES else None


def groups_of(gold: list[dict], parity: bool) -> dict[str, list[dict]]:
    """dev, its halves A / B, each sub-corpus and AQUAINT news service, each also by half ("AQUAINT-XIE-A")."""
    half = {d["id"]: ("AB"[i % 2] if parity else half_of(d["id"])) for i, d in enumerate(gold)}
    groups = {"dev": gold, "A": [d for d in gold if half[d["id"]] == "A"],
              "B": [d for d in gold if half[d["id"]] == "B"]}
    names = sorted({d["corpus"] for d in gold}) + sorted({f"AQUAINT-{s}" for d in gold if (s := source_of(d))}) \
        + sorted({f"TimeBank-{w}" for d in gold if (w := wire_of(d))})
    for name in names:
        groups[name] = [d for d in gold if name in (d["corpus"], f"AQUAINT-{source_of(d)}", f"TimeBank-{wire_of(d)}")]
        for h in "AB":
            groups[f"{name}-{h}"] = [d for d in groups[name] if half[d["id"]] == h]
    return groups


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _around(text: str, start: int, end: int, width: int = 70) -> str:
    return " ".join(f"{text[max(0, start - width):start]}[{text[start:end]}]{text[end:end + width]}".split())


def unmatched(docs: list[dict], pred: dict[str, list]) -> list[dict]:
    """Each system timex that overlaps no gold timex ("spurious") and each gold timex that no system timex
    overlaps ("missed"), in document order, with the text around it: the span errors no pairing can mend, each a
    whole unit of value F1's precision or recall (a pair that overlaps but is left unpaired is not among them)."""
    rows = []
    for d in docs:
        system = pred.get(d["id"], [])
        for kind, mine, theirs in (("spurious", system, d["times"]), ("missed", d["times"], system)):
            rows += [{"document": d["id"], "error": kind, "text": d["text"][t["start"]:t["end"]], "value": t["value"],
                      "context": _around(d["text"], t["start"], t["end"])}
                     for t in mine if not any(_overlaps(t, o) for o in theirs)]
    return rows


def wording_counts(docs: list[dict], pred: dict[str, list], rx: re.Pattern) -> dict[str, int]:
    """Every match of rx in the documents' texts, counted by whether a gold timex overlaps it (the annotators
    marked it) and whether a system timex does (the stage output it)."""
    counts = {"marked": 0, "marked_output": 0, "unmarked": 0, "unmarked_output": 0}
    for d in docs:
        for m in rx.finditer(d["text"]):
            span = {"start": m.start(), "end": m.end()}
            key = "marked" if any(_overlaps(span, g) for g in d["times"]) else "unmarked"
            counts[key] += 1
            counts[key + "_output"] += any(_overlaps(span, s) for s in pred.get(d["id"], []))
    return counts


def predict_without_dct(gold: list[dict]) -> tuple[dict[str, list], dict[str, str | None]]:
    """The times stage's expressions for each document given no creation time, and the date it found itself."""
    from newsgraph import times
    from newsgraph.pipeline import Pipeline
    from newsgraph.read import make_article

    pipe = Pipeline(timeml.pipeline_options(), stages=[times.TimesStage])
    pred, found = {}, {}
    for d, doc in zip(gold, pipe.run([make_article(d["text"], d["id"], "text") for d in gold])):
        pred[d["id"]] = [{"start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type,
                          "mod": t.mod} for t in doc.times]
        found[d["id"]] = doc.published.value
    return pred, found


def dct_counts(docs: list[dict], found: dict[str, str | None]) -> dict[str, int]:
    """How many documents' self-found dates are their creation time ("right"), another day ("wrong"), or none."""
    counts = {"right": 0, "wrong": 0, "none": 0}
    for d in docs:
        day = found.get(d["id"])
        counts["none" if day is None else "right" if day[:10] == d["dct"] else "wrong"] += 1
    return counts


def line(name: str, r: dict) -> str:
    v, s = r["value"], r["span_relaxed"]
    tp = round(v["precision"] * r["system_expressions"]) if r["system_expressions"] else 0
    return (f"{name:14} value F1 {v['f1']:.3f} ({tp} / {r['system_expressions']} / {r['gold_expressions']})  "
            f"relaxed span F1 {s['f1']:.3f}  strict {r['span_strict']['f1']:.3f}  docs {r['documents']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--errors-a")
    ap.add_argument("--spans-a", help="write half A's timexes no counterpart overlaps (JSON lines)")
    ap.add_argument("--wording", action="append", default=[], metavar="NAME=REGEX",
                    help="count half A's uses of a wording, marked or not, output or not (repeatable)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--parity", action="store_true", help="halves by even / odd document index")
    ap.add_argument("--no-dct", action="store_true", help="withhold the creation time; count the dates found")
    a = ap.parse_args()
    gold = timeml.load_gold(a.dir, "dev")
    pred, found = predict_without_dct(gold) if a.no_dct else (timeml.predict(gold), None)
    groups = groups_of(gold, a.parity)
    out = {}
    for name, docs in groups.items():
        r = timeml._score(docs, pred)
        out[name] = {k: r[k] for k in ("documents", "gold_expressions", "system_expressions", "span_strict",
                                        "span_relaxed", "value")}
        if found is not None:
            out[name]["dct_found"] = c = dct_counts(docs, found)
        found_note = f"  date found: right {c['right']} wrong {c['wrong']} none {c['none']}" if found is not None else ""
        print(line(name, r) + found_note)
    if a.json:
        print(json.dumps(out))
    if a.errors_a:
        from newsgraph.evaluate.base import write_jsonl

        write_jsonl(timeml.error_rows(groups["A"], pred), a.errors_a)
    if a.spans_a:
        from newsgraph.evaluate.base import write_jsonl

        write_jsonl(unmatched(groups["A"], pred), a.spans_a)
    for w in a.wording:
        name, _, rx = w.partition("=")
        c = wording_counts(groups["A"], pred, re.compile(rx))
        print(f"A {name:22} marked {c['marked']:3} (output {c['marked_output']:3})  "
              f"unmarked {c['unmarked']:3} (output {c['unmarked_output']:3})")


if __name__ == "__main__":
    main()
