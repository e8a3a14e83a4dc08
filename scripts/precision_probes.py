"""Events-precision probes (session 29, s29-nearmiss): score own labelled sentences by every asserted event.

Usage: PYTHONPATH=src python scripts/precision_probes.py tests/data/s29_nearmiss_probes.tsv OUT.json

Lines are 'LABEL<TAB>sentence' ('# X' in capitals heads a family). LABEL: NONE (no asserted event), !TYPE (no
asserted event of TYPE), or space-separated PLOVER types, the exact multiset of asserted events
(evaluate.events.plover_events, asserted), so an extra event of one happening counts as wrong. Prints each line
(ok / XX) with its events, then a table per family: right, wrong, extra events, missing events; writes the rows
as JSON to OUT.json. docs/accuracy.md, Session 29, s29-nearmiss.
"""
import sys, json
from collections import OrderedDict, Counter
from newsgraph.evaluate.events import predict, _rank, plover_events, asserted
from newsgraph.evaluate import events as E
rows, group = [], None
for l in open(sys.argv[1]):
    l = l.rstrip('\n')
    if not l.strip(): continue
    if l.startswith('#'):
        if '\t' not in l and l[1:].strip().isupper(): group = l[1:].strip()
        continue
    e, t = l.split('\t', 1); rows.append((group, e, t))
items = [E.GoldItem(id=f"p{i}", text=t, date="2024-06-01", events=[], split=None) for i, (_, _, t) in enumerate(rows)]
docs = predict(items)
tab = OrderedDict(); out = []
for (g, e, t), d in zip(rows, docs):
    evs = sorted(plover_events(list(d.events)), key=_rank) if d else []
    got = Counter(x.type for x in evs if asserted(x))
    if e == 'NONE': want = Counter()
    elif e.startswith('!'): want = None
    else: want = Counter(e.split())
    if want is None:
        bad = got[e[1:]]; res = 'right' if not bad else 'wrong'; extra, miss = bad, 0
    else:
        extra = sum((got - want).values()); miss = sum((want - got).values())
        res = 'right' if not extra and not miss else 'wrong'
    c = tab.setdefault(g, Counter()); c['n'] += 1; c[res] += 1; c['extra'] += extra; c['missing'] += miss
    alls = [(x.type, x.mode, x.cameo, x.trigger.text if x.trigger else None,
             sorted(k for k, v in (x.flags or {}).items() if v) if isinstance(x.flags, dict) else list(x.flags))
            for x in evs]
    out.append({'group': g, 'label': e, 'text': t, 'res': res, 'extra': extra, 'missing': miss, 'events': alls})
    print(('ok ' if res == 'right' else 'XX ') + f"[{e}] {t}")
    for a in alls: print('     ', a)
json.dump(out, open(sys.argv[2], 'w'), indent=1)
print('| family | n | right | wrong | extra events | missing events |'); print('|---|---|---|---|---|---|')
tot = Counter()
for g, c in tab.items():
    print(f"| {g} | {c['n']} | {c['right']} | {c['wrong']} | {c['extra']} | {c['missing']} |"); tot.update(c)
print(f"| total | {tot['n']} | {tot['right']} | {tot['wrong']} | {tot['extra']} | {tot['missing']} |")
