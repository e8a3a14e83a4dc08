"""Score newsgraph's ACLED categories on news snippets labelled with ACLED sub-event types.

`newsgraph evaluate events --acled FILE` reads a CSV (with a header row; tab-separated also) or JSONL file whose
columns carry ACLED's own names: `notes` (the snippet's text; a `text` column is read when there is
no `notes`), `sub_event_type` (the gold label, an
ACLED codebook name such as "Air/drone strike"), `event_type` (its ACLED event type; checked
against the sub-event type when given), optionally `event_date` (ISO "2024-03-03" or ACLED's
"03 March 2024"; the snippet is coded as published that day) and `event_id_cnty` (else `id`; the
item's id, else its line number). Without an event_date, the date of a note's own opening ("On 3
March 2024, ...") is used, else none (nothing is then flagged as past or future). A bad row is one InputError naming the file and line.

Prediction (one sub-event type per snippet, from the events newsgraph codes in it): of the events
carrying an `acled` category, those told as fact (factual, reported as fact, or long before
publication; not negated, hypothetical or future) and not as what someone is charged with or tried
for, unless it is the arrest (`events.acled.charged`), nor as a point in time or what a body decides on
("since the start of the invasion", "approves deployment": `events.acled.referred_to`): the events stage
gives such events no category (`events.acled.mentioned_only`); "none" when there is no such event; of those, events told as the
cause or occasion of another ("protests over the killings", "a curfew following unrest":
`events.acled.background`) and bare tolls naming no one and counting no object ("2 people killed.", not
"herders killed 17 people") last; then the one
whose sub-event type comes first in `PRECEDENCE` (ACLED codes one event per report,
by its most severe part: an air strike during a clash is an air strike, a protest met with tear gas
a protest with intervention, fighting that takes a town the town's capture), ties going to the
earlier trigger. A peaceful protest told with an arrest or crowd control beside it ("students
protested ... Police arrested 10 students.") is a protest with intervention.
Stand-off snippets of news written by others (JSON lines naming a shared-data `source`, `doc` and
offsets instead of carrying `notes`; `sub_event_type` may be "none") are read by standoff.py.

Scores: per gold class precision, recall and F1; macro-F1 over the classes present in the gold
(a class only predicted adds to no average but lowers the precision of none); with "none" in the
gold also the macro-F1 over the ACLED classes alone and event detection (any event vs none) P/R/F1;
accuracy, how many snippets got "none", and the confusion list (gold, predicted, n) of the mistakes. Split: the
project's held-aside third by item id (sha1 % 3 == 0: heldout).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from ..errors import InputError
from ..events.acled import background, mentioned_only
from . import standoff
from . import events as _events
from .base import Gold, empty_gold, heldout_split, read_gold_text

NONE = "none"
DEFAULT_DATE = None  # no publication date: the times stage flags nothing as past or future

# ACLED's sub-event types with their event types (the codebook's names)
SUB_EVENT_TYPES = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}
_CANON = {k.lower(): k for k in SUB_EVENT_TYPES}
_CANON[NONE] = NONE  # a snippet that tells no ACLED event (news feeds are mostly such): precision counts

# Which of a snippet's categories is its ACLED event: political violence before demonstrations before
# strategic developments; within them the specific before the general (a weapon before a clash, a
# change of territory before the fighting that made it, a response to a protest before the protest).
PRECEDENCE = (
    "Excessive force against protesters", "Chemical weapon", "Suicide bomb", "Air/drone strike",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    "Government regains territory", "Non-state actor overtakes territory", "Armed clash",
    "Sexual violence", "Abduction/forced disappearance", "Attack", "Mob violence", "Violent demonstration",
    "Protest with intervention", "Peaceful protest", "Disrupted weapons use", "Looting/property destruction",
    "Arrests", "Headquarters or base established", "Non-violent transfer of territory", "Agreement",
    "Change to group/activity", "Other",
)
_RANK = {s: i for i, s in enumerate(PRECEDENCE)}


@dataclass
class Snippet:
    id: str
    text: str
    date: str | None
    event_type: str
    sub_event_type: str
    split: str | None = None


OPENING = re.compile(r"^\s*(?:On|Around|By)\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b")


def _date(value: str | None) -> str | None:
    """ISO date of ACLED's event_date ("2024-03-03", "03 March 2024", "3-March-2024"); the default when unreadable."""
    value = (value or "").strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    for fmt in ("%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%B %d, %Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return DEFAULT_DATE


def _rows(path: str, raw: str):
    """(line number, row dict) of a CSV with a header row, or of JSONL (chosen by the first character)."""
    if raw.lstrip().startswith("{"):
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}", f"not a JSON object: {exc.msg}") from None
                if not isinstance(row, dict):
                    raise InputError(f"{path}:{n}", "not a JSON object")
                yield n, row
        return
    first = raw.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","  # ACLED's CSV, or a TSV export of it
    reader = csv.DictReader(raw.splitlines(keepends=True), delimiter=delimiter)
    fields = reader.fieldnames or []
    missing = [c for c in ("notes", "sub_event_type") if c not in fields and not (c == "notes" and "text" in fields)]
    if missing:
        raise InputError(f"{path}:1", f"no {' or '.join(missing)} column in the header (ACLED's column names)")
    for row in reader:
        if None in row:
            raise InputError(f"{path}:{reader.line_num}", "more fields than the header has (unquoted comma?)")
        yield reader.line_num, row


def _snippet(path: str, n: int, row: dict, sources: standoff.Sources | None = None) -> Snippet:
    where = f"{path}:{n}"
    published = None
    if sources is not None and standoff.is_standoff(row):
        text, published = standoff.passage(sources, row, where)  # real news, read from the shared data
        text = text.strip()
    else:
        text = str(row.get("notes") or row.get("text") or "").strip()  # ACLED's `notes`; `text` also read
    if not text:
        raise InputError(where, "empty `notes` (the snippet's text)")
    sub = _CANON.get(" ".join(str(row.get("sub_event_type") or "").split()).lower())
    if sub is None:
        raise InputError(where, f"unknown ACLED sub_event_type {row.get('sub_event_type')!r}")
    et = " ".join(str(row.get("event_type") or "").split())
    if et and et.lower() != SUB_EVENT_TYPES.get(sub, NONE).lower():
        raise InputError(where, f"event_type {et!r} does not match sub_event_type {sub!r} "
                                f"(ACLED: {SUB_EVENT_TYPES.get(sub, NONE)!r})")
    sid = str(row.get("event_id_cnty") or row.get("id") or f"line{n}")
    date = _date(row.get("event_date")) or published
    if date is None and OPENING.match(text):
        date = _date(OPENING.match(text).group(1))  # "On 3 March 2024, ...": the notes' own dateline
    return Snippet(sid, text, date, SUB_EVENT_TYPES.get(sub, NONE), sub, heldout_split(sid))


def load_gold(path: str, split: str | None = None) -> Gold:
    """The labelled snippets (only `split`'s, if given)."""
    raw = read_gold_text(path, "the ACLED snippets", "ACLED snippets as CSV or JSONL", encoding="utf-8-sig")
    sources = standoff.Sources(path)
    items = [_snippet(path, n, row, sources) for n, row in _rows(path, raw)]
    if not items:
        raise InputError(path, "no snippets (expected a CSV header with notes, event_type, sub_event_type)")
    chosen = [it for it in items if not split or it.split == split]
    if not chosen:
        raise empty_gold(path, "snippets", split, [it.split for it in items])
    return Gold(chosen, path=path, split=split)


# The events evaluator's options as they are: the discard lists a user's `extract` applies (the built-in
# Phoenix list unless --discards names others). That list, written to drop sports, disease and history
# stories from newsfeeds, also drops some real events ("attacked an Ebola treatment centre"); `--discards
# none` scores without it (docs/accuracy.md gives both), but the figure reported is what `extract` does.
pipeline_options = _events.pipeline_options
predict = _events.predict


def predicted(doc) -> str:
    """The snippet's one ACLED sub-event type from newsgraph's events (module docstring), "none" if none."""
    coded = [e for e in (doc.events if doc is not None else ()) if e.acled]
    # (the stage gives mentioned-only events no category; a document made otherwise may hold some)
    pool = [e for e in coded if _told_as_fact(e) and not mentioned_only(e)]
    if not pool:
        return NONE
    best = min(pool, key=lambda e: (background(e) or _casualty_count(e), _RANK.get(e.acled["sub_event_type"], len(_RANK)),
                                    e.trigger.start if e.trigger else 0))
    got = best.acled["sub_event_type"]
    if got == "Peaceful protest" and any(_intervenes(e) for e in pool if e is not best):
        return "Protest with intervention"  # "students protested ... Police arrested 10 students."
    return got


def _told_as_fact(ev) -> bool:
    """Told as having happened: factual, reported as fact, alleged of someone ("accused the rebels of
    planting the bomb": ACLED codes the bombing), or long before publication ("In 1993, Islamists
    bombed ..."); not negated, hypothetical or still to come."""
    return not set(ev.flags) - {"reported", "alleged", "historical"}


def _intervenes(ev) -> bool:
    """An arrest or crowd control told beside a protest: ACLED codes the two as one protest with intervention."""
    return ev.acled["sub_event_type"] == "Arrests" or ev.mode == "crowd-control"


CASUALTIES = re.compile(r"^(?:killed|died|dead|wounded|injured|hurt)$", re.IGNORECASE)


def _casualty_count(ev) -> bool:
    """A bare toll ("2 people killed.", "3 soldiers were wounded"): no one named on either side and a
    casualty word as trigger; it belongs to the snippet's other event."""
    return not ev.source and not ev.target and ev.trigger is not None and bool(CASUALTIES.match(ev.trigger.text)) \
        and not _OBJECT_NEXT.match(ev.evidence.text[ev.trigger.end - ev.evidence.start:] if ev.evidence else "")


# an active verb's counted object ("herders killed at least 17 people"): a doer is named, if not as an actor
_OBJECT_NEXT = re.compile(r"^\s+(?:at\s+least|more\s+than|nearly|about|around|some|up\s+to|over|dozens|scores|"
                          r"hundreds|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|the|"
                          r"several|many)\b", re.IGNORECASE)


def _f1(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold": gold, "predicted": pred, "correct": tp}


def _f1_exact(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def score(items: list[Snippet], docs: list) -> dict:
    """Per-class P/R/F1, macro-F1 over the gold classes, accuracy and the confusion list."""
    pairs = [(it.sub_event_type, predicted(doc)) for it, doc in zip(items, docs)]
    gold_n, pred_n = Counter(g for g, _ in pairs), Counter(p for _, p in pairs)
    hits = Counter(g for g, p in pairs if g == p)
    classes = sorted(gold_n, key=lambda s: (-gold_n[s], s))
    per_class = {c: _f1(hits[c], pred_n[c], gold_n[c]) for c in classes}
    confusion = Counter((g, p) for g, p in pairs if g != p)
    report = {
        "items": len(pairs),
        "macro_f1": round(sum(_f1_exact(hits[c], pred_n[c], gold_n[c]) for c in classes) / len(classes), 4)
        if classes else 0.0,
        "accuracy": round(sum(hits.values()) / len(pairs), 4) if pairs else 0.0,
        "event_type_accuracy": round(sum(1 for (g, p) in pairs
                                         if SUB_EVENT_TYPES.get(g, NONE) == SUB_EVENT_TYPES.get(p, NONE))
                                     / len(pairs), 4) if pairs else 0.0,
        "uncoded": pred_n[NONE],
        "per_class": per_class,
        "predicted_only": {p: n for p, n in pred_n.items() if p not in gold_n},
        "confusion": [{"gold": g, "predicted": p, "n": n} for (g, p), n in
                      sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))],
    }
    if gold_n[NONE]:  # snippets telling no event: the ACLED classes' own average, and event detection
        events = [c for c in classes if c != NONE]
        report["macro_f1_events"] = round(sum(_f1_exact(hits[c], pred_n[c], gold_n[c]) for c in events)
                                          / len(events), 4) if events else 0.0
        report["detection"] = _f1(sum(1 for g, p in pairs if g != NONE and p != NONE),
                                  len(pairs) - pred_n[NONE], len(pairs) - gold_n[NONE])
    if isinstance(items, Gold):
        report.update(gold=items.path, split=items.split, failed=sum(1 for d in docs if d is None))
    return report


def render(report: dict) -> str:
    out = [f"ACLED snippets {report.get('gold', '')}{' (' + report['split'] + ')' if report.get('split') else ''}: "
           f"{report['items']} snippets, {report['uncoded']} with no category"
           + (f", {report['failed']} failed" if report.get("failed") else ""),
           f"macro_f1 {report['macro_f1']:.3f}  accuracy {report['accuracy']:.3f}  "
           f"event_type_accuracy {report['event_type_accuracy']:.3f}"]
    if "macro_f1_events" in report:
        d = report["detection"]
        out.append(f"macro_f1 over the ACLED types (none left out) {report['macro_f1_events']:.3f}  "
                   f"event detection P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}")
    out += ["", f"{'sub_event_type':<36} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for c, m in report["per_class"].items():
        out.append(f"{c:<36} {m['gold']:>5} {m['predicted']:>5} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}")
    for c, n in report.get("predicted_only", {}).items():
        out.append(f"{c:<36} {0:>5} {n:>5}  (predicted only)")
    if report["confusion"]:
        out += ["", "confusions (gold -> predicted: n)"]
        out += [f"  {r['gold']} -> {r['predicted']}: {r['n']}" for r in report["confusion"]]
    return "\n".join(out) + "\n"


def write_errors(items: list[Snippet], docs: list, path: str) -> None:
    """One JSON line per snippet: gold and predicted sub-event types and the coded events (`--errors FILE`)."""
    rows = []
    for it, doc in zip(items, docs):
        evs = doc.events if doc is not None else []
        rows.append({"id": it.id, "text": it.text, "gold": it.sub_event_type, "predicted": predicted(doc),
                     "events": [{"type": e.type, "mode": e.mode, "cameo": e.cameo, "flags": list(e.flags),
                                 "trigger": e.trigger.text if e.trigger else None,
                                 "acled": e.acled["sub_event_type"] if e.acled else None} for e in evs]})
    _events.write_jsonl(rows, path)
