"""Event-type probes (session 35, s35-type): own labelled sentences, scored by the type of the top event.

Usage: PYTHONPATH=src python scripts/type_probes.py scripts/type_probes/FILE.tsv [OUT.json]

Lines are 'LABEL<TAB>sentence'; a '# NAME' line in capitals heads a family. LABEL is the PLOVER type of the
sentence's best event as `evaluate events` ranks them for type accuracy (asserted first, then confidence),
or NONE (no asserted event). Labels are written and committed before the first run (docs/accuracy.md,
Session 35, s35-type). Prints each line (ok / XX) with the top event's type, CAMEO code and trigger, then
the count right per family; writes the rows as JSON to OUT.json if given.
"""
import json
import sys
from collections import OrderedDict

from newsgraph.evaluate import events as E
from newsgraph.evaluate.events import _rank, asserted, plover_events, predict

rows, group = [], None
for line in open(sys.argv[1]):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    if line.startswith("#"):
        if line[1:].strip().isupper():
            group = line[1:].strip()
        continue
    label, text = line.split("\t", 1)
    rows.append((group, label.strip(), text))
items = [E.GoldItem(id=f"p{i}", text=t, date="2024-06-01", events=[], split=None) for i, (_, _, t) in enumerate(rows)]
docs = predict(items)
tally, out = OrderedDict(), []
for (g, label, text), d in zip(rows, docs):
    evs = [e for e in sorted(plover_events(list(d.events)), key=_rank) if asserted(e)] if d else []
    top = evs[0] if evs else None
    got = top.type if top else "NONE"
    ok = got == label
    t = tally.setdefault(g, [0, 0])
    t[0] += ok
    t[1] += 1
    desc = f"{got} {top.cameo} '{top.trigger.text if top.trigger else ''}'" if top else "NONE"
    print("ok" if ok else "XX", f"[{label}]", desc, "|", text)
    out.append({"family": g, "label": label, "got": got, "cameo": top.cameo if top else None, "ok": ok, "text": text})
for g, (r, n) in tally.items():
    print(f"{g}: {r}/{n}")
print(f"all: {sum(r for r, _ in tally.values())}/{sum(n for _, n in tally.values())}")
if len(sys.argv) > 2:
    json.dump(out, open(sys.argv[2], "w"), indent=1)
