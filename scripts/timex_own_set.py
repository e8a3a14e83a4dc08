"""Score the times stage on our own news sentences, each TIMEX3 marked as the TimeML 1.2 guidelines give it
(session 19, docs/accuracy.md "Session 19, s19-time"): value F1 (relaxed span x value, as evaluate.timeml scores)
per class, the gold expressions matched with their exact extent (strict span), then every miss, wrong value and extra.

    PYTHONPATH=src python scripts/timex_own_set.py scripts/timex_own_sets/basic.tsv

A set is tab-separated lines: class, document date, text with each expression written {span|value}, or
{span|value|TYPE} or {span|value|TYPE|MOD} (session 28): a gold type or mod is then scored too, over the expressions
paired with a system one (type and mod accuracy, printed after the value F1 lines). The values were written before
the stage was run on them; some follow the guidelines where TimeBank's annotators did
otherwise ("fiscal 1989" FY1989, TimeBank 1989): docs/accuracy.md lists which.
"""
import re
import sys
from collections import defaultdict
from newsgraph.evaluate import timeml
from newsgraph.evaluate.gold import pair

MARK = re.compile(r"\{([^|{}]+)\|([^{}]+)\}")

def load(path):
    docs = []
    for i, line in enumerate(open(path)):
        if line.startswith("#") or not line.strip():
            continue
        cls, dct, raw = line.rstrip("\n").split("\t")
        raw = raw.replace("\\n", "\n")  # a written "\n" is a line break (a story whose first line is its date)
        text, times, pos = "", [], 0
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            value, type_, mod = (m.group(2).split("|") + [None, None])[:3]
            times.append({"start": len(text), "end": len(text) + len(m.group(1)), "text": m.group(1),
                          "value": value, "type": type_, "mod": mod})
            text += m.group(1)
            pos = m.end()
        text += raw[pos:]
        docs.append({"id": f"s{i:03d}", "cls": cls, "dct": dct, "text": text, "times": times, "corpus": cls})
    return docs

docs = load(sys.argv[1])
pred = timeml.predict(docs)
stats = defaultdict(lambda: [0, 0, 0])  # gold, sys, value-right
exact = [0, 0]  # gold expressions a system one matches with the very same extent (strict span), all gold
attr = {"type": [0, 0], "mod": [0, 0]}  # paired expressions whose gold gives it: [right, scored]
lines = []
for d in docs:
    sys_ = pred[d["id"]]
    st = stats[d["cls"]]
    st[0] += len(d["times"]); st[1] += len(sys_)
    exact[1] += len(d["times"])
    pairs = pair(d["times"], [timeml._Span(s) for s in sys_], 1e-9)
    seen = set()
    for g, sp in pairs:
        s = sp.rec; seen.add(id(s))
        exact[0] += (g["start"], g["end"]) == (s["start"], s["end"])
        if g["value"] == s["value"]:
            st[2] += 1
        else:
            lines.append(f"{d['cls']:13} VALUE  {g['text']!r} gold {g['value']} sys {s['value']} ({s['text']!r})  | {d['dct']} {d['text']}")
        for key in attr:
            if g.get(key):
                attr[key][1] += 1
                if g[key] == s.get(key):
                    attr[key][0] += 1
                else:
                    lines.append(f"{d['cls']:13} {key.upper():6} {g['text']!r} gold {g[key]} sys {s.get(key)}  | {d['dct']} {d['text']}")
    for g in d["times"]:
        if not any(g is gg for gg, _ in pairs):
            lines.append(f"{d['cls']:13} MISSED {g['text']!r} gold {g['value']}  | {d['dct']} {d['text']}")
    for s in sys_:
        if id(s) not in seen:
            lines.append(f"{d['cls']:13} EXTRA  {s['text']!r} sys {s['value']}  | {d['dct']} {d['text']}")
tot = [0, 0, 0]
for c, (g, s, v) in stats.items():
    tot = [a + b for a, b in zip(tot, (g, s, v))]
    f = 2 * v / (g + s) if g + s else 1.0
    print(f"{c:13} gold {g:3} sys {s:3} right {v:3}  value F1 {f:.3f}")
g, s, v = tot
print(f"{'ALL':13} gold {g:3} sys {s:3} right {v:3}  value F1 {2*v/(g+s):.3f}")
print(f"{'span':13} exact {exact[0]:3} of {exact[1]:3} gold expressions (strict extent)")
for key, (right, scored) in attr.items():
    if scored:
        print(f"{key:13} right {right:3} of {scored:3} paired expressions whose gold gives it")
print("\n".join(lines))
