"""Session 29 (s29-petr) probes of PETRARCH coding with gold/petrarch_records_12's own dictionaries.

    PYTHONPATH=src python scripts/petr_probes.py val|cameo < scripts/petr_probes/fam_*.txt

`val`: with gold/petrarch_records_12.verbs.txt; `cameo`: the built-in verbs. Each probe line is
`SRC TGT CODE[; SRC TGT CODE] | sentence` (an empty label: no event), labelled before the first run
and kept as written (docs/accuracy.md "Session 29, s29-petr" lists the labels found wrong). Prints
each sentence's codings against its label and the count right. (Set SRC=path to run another tree's
src.)"""
import sys, os
sys.path.insert(0, os.environ.get("SRC", "src"))
from newsgraph.evaluate import petrarch as ep
D = "gold/petrarch_records_12"


def run(opts, lines) -> None:
    """Code each probe line with `opts` (evaluate/petrarch.py's pipeline options); print it against its label."""
    rows = []
    for l in lines:
        l = l.strip()
        if not l or l.startswith("#"):
            continue
        lab, _, t = l.rpartition("|")
        rows.append((sorted(x.strip() for x in lab.split(";") if x.strip()) if _ else None, t.strip()))
    recs = [ep.Record(id=str(i), text=t, date="2015-06-01") for i, (_, t) in enumerate(rows)]
    preds = ep.predict(recs, opts)
    ok = 0
    for (lab, t), p in zip(rows, preds):
        got = sorted(set(f"{c.source} {c.target} {c.code}" for c in p))
        good = lab is not None and got == lab
        ok += good
        print("OK " if good else "-- ", got, "|", lab, "|", t)
    print(f"{ok}/{len(rows)}")


def probe(**dictionaries) -> None:
    """Code the probe lines of stdin with these dictionaries (`pipeline_options`' verbs, actors, agents, discards,
    issues: lists of paths): what each probe script does with its own set (petr_probes_s31.py, _s32, _s42)."""
    run(ep.pipeline_options(None, **dictionaries), sys.stdin)


if __name__ == "__main__":
    probe(verbs=[f"{D}.verbs.txt"] if sys.argv[1] == "val" else None, actors=[f"{D}.actors.txt"],
          agents=[f"{D}.agents.txt"], discards=[f"{D}.discards.txt"], issues=[f"{D}.issues.txt"])
