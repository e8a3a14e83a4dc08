"""The shared part of the country-probe builders (scripts/probe_countries_*_build.py, run from the repository root):
a probe set's items, each with the records its sentence asserts, written as gold/probe_countries_N.jsonl for
scripts/probe_countries.py."""
import json

DATE = "2026-06-01"


def ev(t, s, g=()):
    """One asserted record: PLOVER type, source codes, target codes."""
    return {"type": t, "source": list(s), "target": list(g)}


class ProbeSet:
    """Items numbered per family under an id prefix ("p8-purpose-01")."""

    def __init__(self, prefix: str):
        self.prefix, self.rows = prefix, []

    def add(self, fam, text, *events):
        n = sum(1 for r in self.rows if r["family"] == fam) + 1
        self.rows.append({"id": f"{self.prefix}-{fam}-{n:02d}", "family": fam, "text": text, "date": DATE,
                          "events": list(events)})

    def write(self, path: str) -> None:
        with open(path, "w") as fh:
            for r in self.rows:
                fh.write(json.dumps(r) + "\n")
        print(path, len(self.rows), "items,", sum(len(r["events"]) for r in self.rows), "events")
