"""Score s28-spokes's own probe (tests/data/s28_spokes_probe.tsv): people who speak and act for a named group.

For each row: the entity with a mention over the role noun must be another entity than the group's (the one
with a name mention over the group's text), not a mention of the group, and carry the expected country and code
("=": the group's own); for use=speaker the attribution whose source holds the role noun has that entity as
speaker; for use=source the event triggered by the given word has it among its sources.

    PYTHONPATH=src python scripts/spokes_probe.py [--probe TSV] [--json OUT] [--verbose]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsgraph

PROBE = Path(__file__).resolve().parent.parent / "tests" / "data" / "s28_spokes_probe.tsv"


def rows(path: Path = PROBE) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rid, use, sent, group, role, country, code, trigger = (line.split("\t") + [""] * 8)[:8]
        out.append({"id": rid, "use": use, "sentence": sent, "group": group, "role": role,
                    "country": country, "code": code, "trigger": trigger})
    return out


def _covering(doc, start: int, end: int, name_only: bool = False):
    for e in doc.entities:
        for m in e.mentions:
            if m.start <= start and end <= m.end and (not name_only or m.kind == "name"):
                return e
    return None


def _group(doc, start: int, end: int):
    """The group's entity: one with a name mention over its text, else any mention over exactly its text
    ("the Iranian foreign ministry", "the Kremlin" may be nominals)."""
    named = _covering(doc, start, end, name_only=True)
    if named is not None:
        return named
    # "the Russian Defence Ministry": the ministry's own mention may leave the country word out
    return next((e for e in doc.entities for m in e.mentions if m.start < end and m.end == end), None)


def _holder(doc, start: int, end: int):
    """The person the post noun at [start, end) names: an entity with a mention over it, else the named
    person the post is a title of ("Hamas spokesman Abu Obeida")."""
    person = _covering(doc, start, end)
    if person is not None:
        return person
    return next((e for e in doc.entities for m in e.mentions
                 if m.kind == "name" and e.type == "PERSON" and end < m.start <= end + 1), None)


def judge(doc, row: dict) -> list[str]:
    """The failures of one row (empty when right)."""
    text = doc.text
    g0 = text.find(row["group"])
    r0 = text.find(row["role"])
    group = _group(doc, g0, g0 + len(row["group"]))
    person = _holder(doc, r0, r0 + len(row["role"]))
    fails = []
    if person is None:
        return ["no actor"]
    if group is not None and person.id == group.id:
        return ["the group itself"]
    code = (person.actor or {}).get("code") if isinstance(person.actor, dict) else getattr(person.actor, "code", None)
    country = (person.actor or {}).get("country") if isinstance(person.actor, dict) else getattr(person.actor, "country", None)
    gact = group.actor if group is not None else None
    gcode = getattr(gact, "code", None) if gact is not None else None
    gcountry = getattr(gact, "country", None) if gact is not None else None
    want_code = gcode if row["code"] == "=" else row["code"]
    want_country = gcountry if row["country"] == "=" else row["country"]
    if code != want_code:
        fails.append(f"code {code} (want {want_code})")
    if country != want_country:
        fails.append(f"country {country} (want {want_country})")
    if row["use"] == "speaker":
        att = next((a for a in doc.attributions if a.source and a.source.start <= r0 < a.source.end), None)
        if att is None:
            fails.append("no attribution")
        elif att.speaker != person.id:
            fails.append(f"speaker {att.speaker} (want {person.id})")
    if row["use"] == "source":
        t0 = text.find(row["trigger"])
        ev = next((e for e in doc.events if e.trigger and e.trigger.start <= t0 < e.trigger.end), None)
        if ev is None:
            fails.append("no event")
        elif person.id not in ev.source:
            fails.append(f"source {ev.source} (want {person.id})")
    return fails


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--probe", default=str(PROBE), help="the probe file (the second set: s28_spokes_probe2.tsv)")
    ap.add_argument("--json")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    results, by_use = [], {}
    for row in rows(Path(args.probe)):
        doc = newsgraph.extract(row["sentence"])
        fails = judge(doc, row)
        results.append({"id": row["id"], "use": row["use"], "fails": fails})
        u = by_use.setdefault(row["use"], [0, 0])
        u[0] += not fails
        u[1] += 1
        if fails and args.verbose:
            print(row["id"], row["use"], row["sentence"], "->", "; ".join(fails))
    ok = sum(not r["fails"] for r in results)
    print(f"right {ok} of {len(results)}; " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in by_use.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
