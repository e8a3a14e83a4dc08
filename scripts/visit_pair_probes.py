"""Session 33 (s33-triple): score scripts/visit_pair_probes/probes.txt, a visit and its hosting coded both ways as
the CAMEO codebook codes them (042 from the visitor, 043 from the host), labelled before the first run.

    PYTHONPATH=src python scripts/visit_pair_probes.py [scripts/visit_pair_probes/probes.txt]

Each line is `SRC TGT CODE; ... | sentence` (an empty label: no 042/043 coding). The coder's unflagged events with
CAMEO 042 or 043 are compared as a set of (source country, target country, code), one per source x target pair\n(a city with no actor of its own as its country, events.stage.place_countries, as the PLOVER evaluator reads it).
Prints each sentence's codings against its label and the count right."""
import sys

import newsgraph
from newsgraph.events.stage import place_countries


def codings(doc) -> list[str]:
    """The sentence's unflagged 042/043 codings as "SRC TGT CODE" strings, sorted."""
    cities = place_countries(doc)  # a city with no actor of its own stands for its country, as the evaluator reads it

    def countries(ids):
        out = []
        for i in ids:
            e = doc.entity(i)
            if e is not None and e.actor is not None and e.actor.country:
                out.append(e.actor.country)
            elif i in cities:
                out.append(cities[i])
        return out or ["-"]
    got = {f"{s} {t} {e.cameo}" for e in doc.events if e.cameo in ("042", "043") and not e.flags
           for s in countries(e.source) for t in countries(e.target)}
    return sorted(got)


def main(path: str) -> int:
    rows = []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        lab, _, text = line.partition("|")
        rows.append((sorted(x.strip() for x in lab.split(";") if x.strip()), text.strip()))
    ok = 0
    for lab, text in rows:
        got = codings(newsgraph.extract(text, published="2026-06-01"))
        ok += got == lab
        print("OK " if got == lab else "-- ", got, "|", lab, "|", text)
    print(f"{ok}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "scripts/visit_pair_probes/probes.txt"))
