"""Score the event coder on the example sentences of the CAMEO 1.1b3 verb codebook.

`newsgraph evaluate events --codebook verb-codebook.md` reads the codebook as distributed in
../shared/data/cameo-codebook/ (a PDF-to-Markdown conversion): tables whose rows are
`| CAMEO | 0212 |`, `| Name | Appeal for ... |`, `| Example | <news lead> |` (and `Example Note`
rows, ignored). Every Example row of 31 characters or more under a known code whose PLOVER type is
known (CAMEO 01x statements have none) is one gold sentence with one event: that type and code.
Where the conversion lost a table's code row, the code is found by the category's name in PLOVER's
CAMEO2PLOVER table (the names kept in events/data/cameo2plover.tsv); a heading (`#` line) ends a
code's examples. A row may hold two leads run together by the conversion; it stays one item.

The codebook names no actors, so the report gives the type accuracy and the CAMEO code accuracy of
the top event (exact, and its two-digit root); its triple figures mean nothing and are left out.
Item ids are `cameo-<code>-<n>` (the n-th example of that code); the split is the project's
held-aside third by id (sha1 % 3 == 0: heldout).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import InputError
from ..events.ontology import cameo_names, normalise_name, plover_for_cameo
from . import events as _events
from .base import Gold, empty_gold, heldout_split, read_gold_text, write_jsonl

DATE = "2000-01-01"  # the examples carry no date
MIN_CHARS = 31  # shorter Example cells are fragments of the conversion, not sentences
_ROW = re.compile(r"^\|\s*([A-Za-z ]+?)\s*\|\s*(.*?)\s*\|\s*$")

pipeline_options = _events.pipeline_options
predict = _events.predict


def examples(text: str, by_name: dict[str, str] | None = None) -> Iterator[tuple[str, str]]:
    """(CAMEO code, example sentence) for every Example row under a known code."""
    by_name = cameo_names() if by_name is None else by_name
    code = prev = None
    for line in text.splitlines():
        m = _ROW.match(line)
        if not m:
            if line.startswith("#"):
                code = None
            continue
        key, value = m.group(1).strip().lower(), m.group(2).strip()
        if key in ("cameo", "name"):
            if re.fullmatch(r"\d{2,4}", value):
                code = value
            elif not (key == "name" and prev == "cameo"):  # a name row without its number before it
                code = by_name.get(normalise_name(value))
        elif key == "example" and code and len(value) >= MIN_CHARS:
            yield code, " ".join(value.split())
        prev = key


def load_gold(path: str, split: str | None = None) -> Gold:
    """The codebook's examples as events gold items (only `split`'s, if given)."""
    text = read_gold_text(path, "the CAMEO codebook", "the CAMEO verb codebook in Markdown")
    items, seen = [], {}
    for code, sentence in examples(text):
        type_ = plover_for_cameo(code)
        if type_ is None:
            continue
        seen[code] = seen.get(code, 0) + 1
        rid = f"cameo-{code}-{seen[code]}"
        items.append(_events.GoldItem(id=rid, text=sentence, date=DATE, split=heldout_split(rid),
                                      events=[_events.GoldEvent(type_, cameo=code)]))
    if not items:
        raise InputError(path, "no `| Example | ... |` rows under a CAMEO code: not the CAMEO verb codebook")
    chosen = [it for it in items if not split or it.split == split]
    if not chosen:
        raise empty_gold(path, "examples", split, [it.split for it in items])
    return Gold(chosen, path=path, split=split)


def score(items, docs) -> dict:
    """Type accuracy and CAMEO code accuracy (exact and root) of the top event, per type counts."""
    report = _events.score(items, docs)
    report.pop("triples", None)  # the codebook gives no actors
    return report


def write_errors(items, docs, path: str) -> None:
    """`--errors FILE`: one JSON line per example, the events dump's row (gold type, the coded events
    best first, `type_ok`) with the gold CAMEO code and `cameo_ok` (the top event's code is the
    gold one) in place of the triples the codebook cannot score."""
    rows = _events.records(items, docs)
    for row, item in zip(rows, items):
        row["gold"] = [{"type": g.type, "cameo": g.cameo} for g in item.events]
        del row["missed"], row["extra"]
        top = row["predicted"][0]["cameo"] if row["predicted"] else None
        row["cameo_ok"] = top == item.events[0].cameo
    write_jsonl(rows, path)


def render(report: dict) -> str:
    c = report.get("cameo_accuracy") or {"exact": 0.0, "root": 0.0, "n": 0}
    out = [f"CAMEO codebook {report.get('gold', '')}{' (' + report['split'] + ')' if report.get('split') else ''}: "
           f"{report['items']} examples" + (f", {report['failed']} failed" if report.get("failed") else ""),
           f"type_accuracy {report['type_accuracy']:.3f}",
           f"cameo_accuracy exact {c['exact']:.3f}  root {c['root']:.3f}  (n {c['n']})",
           "", f"{'type':<10} {'gold':>5} {'found':>6} {'uncoded':>8}"]
    for t, n in report["per_type"].items():
        if n["gold"]:
            out.append(f"{t:<10} {n['gold']:>5} {n['correct'] + n['wrong_actors']:>6} {n['uncoded']:>8}")
    return "\n".join(out) + "\n"
