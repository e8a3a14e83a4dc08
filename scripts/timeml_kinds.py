"""Every gold timex of the TimeML dev STUDY half by kind, with how often the stage gets each kind right, wrong, or
misses it, and the stage's extras by the same kinds (issue 13, session 33: rank the kinds by how often they occur in
text written by others, not only by how often they err).

    PYTHONPATH=src python scripts/timeml_kinds.py /work/shared/data/timebank [--rows KIND]

Halves as scripts/timeml_halves.py (sha1 of the document id, even = A, the study half); only half A is read. A kind
is read off a timex's text (and, for the REF words, its value), first match wins (`kind`). Pairs as the evaluator
pairs them (relaxed overlap, `evaluate.timeml.pair`); a wrong value costs value F1 two units (one of precision, one
of recall), a miss or an extra one. `--rows KIND` prints that kind's errors (half A only). Never the held-aside split.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter, defaultdict

_W = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_M = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
# first match wins: the more specific kinds come first
KINDS: list[tuple[str, str]] = [
    ("weekday + part of day / clock", rf"{_W}.*(?:morning|afternoon|evening|night)|\d ?[ap]\.?m|noon|midnight|o'clock"
                                      r"|\bmorning\b|\bafternoon\b|\bevening\b|\bnight\b|tonight"),
    ("REF word (now, current, recent, once, future)", r"^(?:right )?now$|current|recent(?:ly)?$|^(?:the )?(?:future|past)$"
                                                     r"|previously|once|formerly|nowadays|these days|^soon$|^(?:so far|to date)$"),
    ("vague plural (recent/coming years, months, decades)", r"^(?:in )?(?:the )?(?:recent|coming|past few|last few|next few|"
                                                           r"early|later|many|several)? ?(?:years|months|weeks|days|decades|"
                                                           r"hours)(?: ahead| to come)?$|decades-long|recent (?:years|months)"
                                                           r"|coming (?:years|months)"),
    ("set (annually, a year, daily, every)", r"annual|daily|weekly|monthly|yearly|hourly|quarterly|every|each"
                                             r"|^a (?:year|month|week|day)$|per "),
    ("anchored offset (ago, earlier, later, year-earlier)", r"\b(?:ago|earlier|later|before|after|following|year-earlier"
                                                            r"|year-ago|previous year|prior year)\b"),
    ("fiscal / financial period", r"quarter|fiscal|half|period|year-end|year end|nine months|six months|three months"
                                  r"|twelve months|12 months|first \w+ months"),
    ("season", r"spring|summer|autumn|winter|\bfall\b"),
    ("decade / century", r"\d0s|decade|centur"),
    ("week (this/last/next week, weekend)", r"week"),
    ("length (N units, the past N units)", r"\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                                           r"|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|few|couple)"
                                           r"(?:[- ](?:and[- ]a[- ]half|more))?[- ](?:years?|months?|weeks?|days?|hours?"
                                           r"|minutes?|seconds?)\b"),
    ("today / yesterday / tomorrow", r"today|yesterday|tomorrow"),
    ("bare weekday", rf"^(?:on |last |next |this )?{_W}(?:'s)?$"),
    ("this/last/next month or year, the year", r"^(?:the )?(?:this|last|next|past|previous|current|same|that|the) "
                                               r"(?:month|year)|^(?:earlier|later) this|^the year$"),
    ("month (with day or year)", rf"^(?:early |late |mid-?|the end of |the beginning of |last |next |this |in )?{_M}"
                                 rf"(?: \d|$| of| 19| 20)|^\d{{1,2}} {_M}"),
    ("year number", r"^(?:early |late |mid-|the end of |fiscal )?(?:19|20)\d\d$|^'\d\d$"),
    ("anaphoric day (that day, the next day)", r"\bday\b|\bdate\b|\btime\b|\bmoment\b"),
]
_KIND_RX = [(name, re.compile(rx)) for name, rx in KINDS]


def half_of(doc_id: str) -> str:
    return "A" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 == 0 else "B"


def kind(text: str, value: str | None) -> str:
    """The kind of a timex (gold or system) by its text: a REF value whose words name no unit is a REF word
    ("recently" PAST_REF; not "recent years", a vague plural whatever its value), else the first kind whose
    pattern the lower-cased text matches, else "other"."""
    t = " ".join(text.lower().split())
    if value in _REFS and not re.search(r"years|months|days|weeks|decade", t):
        return KINDS[1][0]
    return next((name for name, rx in _KIND_RX if rx.search(t)), "other")


def tally(docs: list[dict], pred: dict[str, list], pair) -> tuple[dict[str, Counter], dict[str, list]]:
    """Per kind: gold, right, wrong (a paired value that differs), missed, extra; and each kind's error rows."""
    counts: dict[str, Counter] = defaultdict(Counter)
    rows: dict[str, list] = defaultdict(list)
    for d in docs:
        system = pred.get(d["id"], [])
        pairs = pair(d["times"], system)
        paired_gold = {id(g): s for g, s in pairs}
        paired_sys = {id(s) for _, s in pairs}
        for g in d["times"]:
            k = kind(g["text"], g["value"])
            counts[k]["gold"] += 1
            s = paired_gold.get(id(g))
            if s is None:
                counts[k]["missed"] += 1
                rows[k].append(("missed", d["id"], g["text"], g["value"], None))
            elif s["value"] == g["value"]:
                counts[k]["right"] += 1
            else:
                counts[k]["wrong"] += 1
                rows[k].append(("wrong", d["id"], g["text"], g["value"], s["value"]))
        for s in system:
            if id(s) not in paired_sys:
                k = kind(s["text"], s["value"])
                counts[k]["extra"] += 1
                rows[k].append(("extra", d["id"], s["text"], None, s["value"]))
    return counts, rows


def loss(c: Counter) -> int:
    return 2 * c["wrong"] + c["missed"] + c["extra"]


def main() -> None:
    from newsgraph.evaluate import timeml

    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--rows", help="print this kind's errors (half A)")
    a = ap.parse_args()
    gold = [d for d in timeml.load_gold(a.dir, "dev") if half_of(d["id"]) == "A"]
    pred = timeml.predict(gold)

    def pair(g, s):
        return [(x, sp.rec) for x, sp in timeml.pair(g, [timeml._Span(r) for r in s], 1e-9)]

    counts, rows = tally(gold, pred, pair)
    print("| kind | gold | right | wrong value | missed | extra | F1 units lost |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    total = Counter()
    for k, c in sorted(counts.items(), key=lambda kv: (-loss(kv[1]), -kv[1]["gold"])):
        total.update(c)
        print(f"| {k} | {c['gold']} | {c['right']} | {c['wrong']} | {c['missed']} | {c['extra']} | {loss(c)} |")
    print(f"| all | {total['gold']} | {total['right']} | {total['wrong']} | {total['missed']} | {total['extra']} | "
          f"{loss(total)} |")
    for r in rows.get(a.rows, []) if a.rows else []:
        print(*r, sep="\t")


if __name__ == "__main__":
    main()
