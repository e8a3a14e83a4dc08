"""TimeML value errors by the classes of issue 13's session-48 brief, per half (docs/accuracy.md, session 48).

    PYTHONPATH=src python scripts/timeml_value_classes.py /work/shared/data/timebank [--honest DIR ...]
        [--rows FILE] [--cache DIR]

Dev is split as scripts/timeml_halves.py splits it (A read, B counted only); each `--honest` folder (a set built by
scripts/timeml_unfitted.py) as scripts/timeml_unfitted.py splits it (STUDY read, CHECK counted only). Prints, per
sub-corpus and half, how many value errors fall in each class (`value_class`); `--rows` writes the rows of half A and
the STUDY halves only, each with its class. `--cache DIR` keeps each set's predictions (pickle) between runs. Never
the held-aside split.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from timeml_halves import half_of  # noqa: E402
from timeml_unfitted import half as honest_half  # noqa: E402

from newsgraph.evaluate import timeml  # noqa: E402

REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
READ_HALVES = ("A", "STUDY")  # the halves whose items may be read; the others are counted only


_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # a year, month or day: what lies before or after a date


def _date_part(value: str) -> str:
    return value.split("T")[0]


def dct_side(value: str, dct: str) -> int | None:
    """-1, 0 or 1: a calendar date before, on or after the creation date at the value's own precision ("1998-08"
    against the DCT's month); None for what is no plain year, month or day (weeks, quarters, seasons,
    placeholders, REF words)."""
    date = _date_part(value)
    if not _CALENDAR.fullmatch(date):
        return None
    own = dct[:len(date)]
    return (date > own) - (date < own)


def _anchoring(gold: str, system: str, dct: str) -> str:
    """The same precision, another date: past against future of the creation date is direction; else which
    reference time each side took (the creation date is the TIMEX3 default anchor of a deictic expression)."""
    g, s = dct_side(gold, dct), dct_side(system, dct)
    if g is not None and s is not None and g * s < 0:
        return "direction"
    if s == 0:
        return "anchoring: ours the creation date"
    if g == 0:
        return "anchoring: the gold's the creation date"
    return "anchoring: another time"


def value_class(row: dict) -> str:
    """The class of one evaluate.timeml.error_rows row: a span error (missed, extra), no value, an unanchored kind
    (a *_REF word on either side), durations and sets (a P value, DURATION or SET on either side), granularity (the
    same time at another precision or notation: evaluate.timeml.value_error_kind's other kinds) or anchoring (its
    "anchor" kind: direction, the creation date, another time)."""
    if row["error"] in ("missed", "extra"):
        return f"span: {row['error']}"
    gold, system = row["gold_value"], row["value"]
    if not gold or not system:
        return "no value"
    if gold in REFS or system in REFS:
        return "unanchored kind (*_REF)"
    types = (row["gold_type"], row["type"])
    if "SET" in types or "DURATION" in types or gold.startswith("P") or system.startswith("P"):
        return "durations and sets"
    if timeml.value_error_kind(gold, system) == "anchor":
        return _anchoring(gold, system, row["dct"])
    return "granularity"


def _predictions(key: str, gold: list[dict], cache: str | None) -> dict[str, list]:
    path = Path(cache) / f"pred_{key}.pkl" if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    pred = timeml.predict(gold)
    if path:
        path.write_bytes(pickle.dumps(pred))
    return pred


def tally(sets: list[tuple[str, list[dict], dict[str, list], object]], rows_out=None) -> Counter:
    """(group, class) counts over value, missed and extra rows; rows of a readable half go to rows_out."""
    table: Counter = Counter()
    for key, gold, pred, half in sets:
        for d in gold:
            group, h = d.get("corpus") or key, half(d["id"])
            for r in timeml.error_rows([d], {d["id"]: pred.get(d["id"], [])}):
                if r["error"] not in ("value", "missed", "extra"):
                    continue
                c = value_class(r)
                table[(f"{group}-{h}", c)] += 1
                if rows_out is not None and h in READ_HALVES:
                    rows_out.write(json.dumps({**r, "class": c, "set": key}) + "\n")
    return table


def render(table: Counter) -> str:
    groups = sorted({g for g, _ in table})
    lines = ["class".ljust(42) + "".join(g.rjust(16) for g in groups)]
    for c in sorted({c for _, c in table}):
        lines.append(c.ljust(42) + "".join(str(table[(g, c)]).rjust(16) for g in groups))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("timebank")
    ap.add_argument("--honest", nargs="*", default=[])
    ap.add_argument("--rows")
    ap.add_argument("--cache")
    args = ap.parse_args()
    gold = timeml.load_gold(args.timebank, "dev")
    sets = [("dev", gold, _predictions("dev", gold, args.cache), half_of)]
    for folder in args.honest:
        g = timeml.load_gold(folder, None)
        key = Path(folder).name
        sets.append((key, g, _predictions(key, g, args.cache), honest_half))
    with open(args.rows, "w") if args.rows else open("/dev/null", "w") as out:
        print(render(tally(sets, out if args.rows else None)))


if __name__ == "__main__":
    main()
