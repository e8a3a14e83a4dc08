"""Score the event coder against gold events.

Gold formats (chosen by content):
- the PLOVER gold-standard records (a JSON array; PLOVER_GSR_CAMEO.txt): one sentence per record,
  `event` in PLOVER 0.5 names (mapped by ontology.LEGACY_TYPES: DEMAND->REQUEST,
  DISAPPROVE->ACCUSE, FIGHT->ASSAULT, INVESTIGATE->ACCUSE), `source`/`target` lists of
  {code, sector}; records with event DOCUMENT are headers and skipped. They have no document date:
  every record is coded as if published on GSR_DATE. Split: "heldout" when sha1(record id) % 3 == 0.
  A sentence with two events is two records with the same text: within a split they are read as one
  gold sentence with both events (item id: the first record's), so the pipeline's coding of the
  other record's event is not counted extra in each (session 22; dev: 4 sentences).
  Its few non-ISO country codes (JAP, ITL, VTN) are read as the ISO ones (GSR_CODES).
- newsgraph's own JSONL (docs/accuracy.md, gold/events.jsonl): one object a line,
  {"id": str, "split": "dev"|"heldout" (optional), "text": str, "date": "YYYY-MM-DD",
   "events": [{"type": PLOVER type, "cameo": code (optional),
   "source": ["USAGOV", "IRN", ...], "target": [...]}]}; an actor code is an ISO alpha-3 country
  (or IGO code) optionally followed by a 3-letter sector; an empty list means no actor.
  A line may carry a stand-off reference instead of `text` (`source`, `doc`, `start`, `end`,
  `sha1`; evaluate/standoff.py, as ACLED's stand-off snippets): the sentence is that passage of
  a shared-data document with its runs of whitespace made one space (a TimeML sentence can run
  over a line break), and its `date`, if the line gives none, the document's.

Metrics:
- type_accuracy: per sentence with k gold events, the k best predicted events (factual first,
  then by confidence) are compared by type with the gold events (multiset); uncoded counts wrong.
- triples_top: the same country triples over the k best events only (those type accuracy judges):
  for gold that codes one event per sentence and so counts every further true event as extra.
- triples: (source, type, target) precision/recall/F1 over asserted predicted events (no flag but
  `reported`: "Russia said Ukraine attacked" is coded as gold codes it), actors as
  country codes ("country") and as country+sector ("country_sector"); one triple per
  source x target pair, a missing side is None.
- joint events: PLOVER codes meetings, agreements, signings between parties with all of them as
  actors and no recipient; when a gold event does so (several sources, no target), the predicted
  source and target of events of its type are pooled as actors before comparing, and a symmetric
  event coded both ways counts once.
- PLOVER events: the stage codes a visit also as the host's 043 and a meeting or clash from both
  sides (CAMEO's two codings of one trigger); PLOVER records one event, so of the events of one
  type on one trigger only the first (the sentence's own direction) is scored (`plover_events`).
- triples_records: the same country triples over the events that name an actor or a recipient:
  a PLOVER record requires an actor (the manual's data format; an unidentified actor, UNK, is
  coded beside a named recipient), so an event naming no one on either side ("after two days of
  fighting") makes no record. Reported beside `triples`, which counts it as (None, type, None).
- `--errors FILE` (`write_errors`): one JSON line per gold sentence with the gold events, the
  scored predicted events (actor names and codes, flags, trigger) and the missed and extra country
  triples, for error analysis.
- cameo_accuracy: for one-event sentences whose gold gives a CAMEO code, the top event's code
  equals it (exact) or shares its two-digit root (root).
- per_type (PETRARCH-style): correct = a factual predicted event of the gold type whose country-level
  source and target sets match; wrong_actors = right type, other actors; uncoded = no predicted
  event of the type; extra = factual predicted events that match no gold event.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from ..events.ontology import TYPES, normalise_type
from ..events.stage import place_countries
from . import standoff
from .base import Gold
from .base import empty_gold, read_gold_text, write_jsonl
from .base import heldout_split as split_of

GSR_DATE = "2000-01-01"
# primary codes that stand where a country would (PLOVER records code "the United Nations" IGO)
NON_STATE_PRIMARY = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC"})


@dataclass
class GoldEvent:
    type: str
    source: list[tuple[str, str | None]] = field(default_factory=list)  # (country, sector)
    target: list[tuple[str, str | None]] = field(default_factory=list)
    cameo: str | None = None


@dataclass
class GoldItem:
    id: str
    text: str
    date: str
    events: list[GoldEvent]
    split: str | None = None


# country codes of the PLOVER records outside ISO 3166 (older CAMEO spellings; the same records
# code these countries with the ISO code elsewhere): read as the ISO code
GSR_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _gsr_actors(value) -> list[tuple[str, str | None]]:
    if not value:
        return []
    if isinstance(value, dict):
        value = [value]
    out = []
    for a in value:
        if isinstance(a, dict) and a.get("code"):
            code = str(a["code"]).upper()[:3]
            out.append((GSR_CODES.get(code, code), (a.get("sector") or None)))
    return out


def _code_actors(value) -> list[tuple[str, str | None]]:
    out = []
    for code in value or []:
        code = str(code).upper()
        out.append((code[:3], code[3:6] or None))
    return out


def load_gold(path: str, split: str | None = None) -> Gold:
    """The gold sentences (only those whose `split` is `split`, if given), remembering path and split."""
    every = _read_gold(path)
    items = [it for it in every if not split or it.split == split]
    if not items:
        raise empty_gold(path, "gold sentences", split, [it.split for it in every])
    return Gold(items, path=path, split=split)


def _read_gold(path: str) -> list[GoldItem]:
    raw = read_gold_text(path, "gold file", "PLOVER records as a JSON array, or events JSONL")
    items: list[GoldItem] = []
    if raw.lstrip().startswith("["):
        try:
            records = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON: {exc.msg} at line {exc.lineno}") from None
        sentences: dict[tuple, GoldItem] = {}
        for r in records:
            if not isinstance(r, dict) or r.get("event") == "DOCUMENT" or not r.get("text"):
                continue
            t = normalise_type(str(r.get("event", "")))
            if t is None:
                raise InputError(path, f"record {r.get('id')}: unknown event type {r.get('event')!r}")
            event = GoldEvent(t, _gsr_actors(r.get("source")), _gsr_actors(r.get("target")))
            split = split_of(str(r.get("id")))
            key = (" ".join(r["text"].split()), split)
            if key in sentences:  # another record of the same sentence: one more of its events
                sentences[key].events.append(event)
                continue
            sentences[key] = GoldItem(id=str(r.get("id")), text=r["text"], date=GSR_DATE, events=[event], split=split)
            items.append(sentences[key])
        return items
    sources = standoff.Sources(path)
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            if isinstance(r, dict) and standoff.is_standoff(r):
                r = _resolve(sources, r, f"{path}:{n}")
            evs = []
            for e in r["events"]:
                t = normalise_type(e["type"])
                if t is None:
                    raise ValueError(f"unknown event type {e['type']!r}")
                evs.append(GoldEvent(t, _code_actors(e.get("source")), _code_actors(e.get("target")),
                                     str(e["cameo"]) if e.get("cameo") else None))
            items.append(GoldItem(id=str(r.get("id", n)), text=r["text"], date=r.get("date") or GSR_DATE, events=evs,
                                  split=r.get("split")))
        except KeyError as exc:  # its text alone ('events') would not say a field is missing
            raise InputError(f"{path}:{n}", f"bad gold record: no {exc.args[0]!r} field") from None
        except (json.JSONDecodeError, TypeError, ValueError) as exc:
            raise InputError(f"{path}:{n}", f"bad gold record: {exc}") from None
    return items


def _resolve(sources: standoff.Sources, row: dict, where: str) -> dict:
    """The stand-off line with its sentence's text, and its date if it gives none."""
    text, date = standoff.passage(sources, row, where)
    return {**row, "text": " ".join(text.split()), "date": row.get("date") or date}


def _actor_code(doc, eid: str, places: dict[str, str] | None = None) -> tuple[str, str | None] | None:
    """(country, sector) of an event argument; a city with no actor of its own stands for the
    country the places stage puts it in (`places`: events.stage.place_countries(doc))."""
    ent = doc.entity(eid)
    if ent is not None and ent.actor is None and places and eid in places:
        return (places[eid], None)
    if ent is None or ent.actor is None:
        return None
    a = ent.actor
    country = a.country
    if country is None and a.code and (a.code[:3] != (a.sector or "")[:3] or a.code[:3] in NON_STATE_PRIMARY):
        country = a.code[:3]  # IGO, NGO and other non-state primary codes
    return (country, a.sector) if country else None


def _triples(src, type_, tgt, level: str) -> list[tuple]:
    def key(a):
        if a is None:
            return None
        return a[0] if level == "country" else f"{a[0]}{a[1] or ''}"

    srcs = sorted({key(a) for a in src}, key=str) or [None]
    tgts = sorted({key(a) for a in tgt}, key=str) or [None]
    return [(s, type_, t) for s in srcs for t in tgts]


UNTYPED = "(untyped)"  # per_type's key for events with no PLOVER type (docs/schema.md, events[].type)


def _rank(ev):
    return (0 if asserted(ev) else 1, -ev.confidence, ev.trigger.start if ev.trigger else 0)


def asserted(ev) -> bool:
    """Factual, or reported as fact by someone ("Russia said Ukraine attacked"): what gold codes. Not
    what an accusation alleges (`alleged`: "accused Albania of supporting dissidents" is one ACCUSE
    record; PLOVER manual, "Auxiliary modes": "the single event category, not a category+auxiliary")."""
    return not set(ev.flags) - {"reported"}


def pipeline_options(model: str | None = None, verbs: list[str] | None = None, actors: list[str] | None = None,
                     agents: list[str] | None = None, discards: list[str] | None = None,
                     issues: list[str] | None = None):
    """The pipeline's Options for --model, --verbs (extra verb dictionaries or YAML lexicons), the
    CAMEO/PETRARCH --actors/--agents dictionaries and the PETRARCH --discards/--issues lists."""
    from ..actors.stage import ActorSettings
    from ..events.stage import EventSettings
    from ..stage import Options

    stages = {}
    if verbs or discards or issues:
        stages["events"] = EventSettings(verb_dicts=tuple(verbs or ()), discards=tuple(discards or ()),
                                         issues=tuple(issues or ()))
    if actors or agents:
        stages["actors"] = ActorSettings(actor_dicts=tuple(actors or ()), agent_dicts=tuple(agents or ()))
    return Options(model=model, stages=stages)


def predict(items: list[GoldItem], options=None) -> list:
    """Code every gold sentence with the full pipeline: a Document per item, None where it failed.
    Gold sentences are coded as English whatever the language check would say."""
    from dataclasses import replace

    from ..pipeline import Pipeline
    from ..read import make_article
    from ..stage import Options

    pipe = Pipeline(replace(options or Options(), check_language=False))
    where = getattr(items, "path", None) or "<gold>"
    arts = [make_article(it.text, f"{where}#{it.id}", published=it.date) for it in items]
    return [None if isinstance(res, Exception) else res for res in pipe.run(arts)]


def plover_events(events: list) -> list:
    """The events as PLOVER counts them: the stage codes a visit also as the host's 043 and a
    meeting or clash also from the other side (CAMEO's two codings of one trigger), while PLOVER
    records one event, and all parties of a reciprocal event as one actor list (manual, "Compound and
    Reciprocal Actors"). So of the events of one type on one trigger only the first, the sentence's
    own direction, is kept: a visit's visitor -> host, and a hosting's host -> visitor. The last is
    the GSR's own coding: CONSULT-0005 ("Yeltsin ... hosted ... Hashimoto") has the host as source,
    the visitor as target and mode "host" (PLOVER 0.5b1, the version its readme says it follows;
    CAMEO 043 likewise). The 2021 manual's CONSULT makes the visitor the actor in either wording;
    session 33 left that out, as it is not the gold's convention."""
    seen, out = set(), []
    for e in events:
        key = (e.type, e.trigger.start, e.trigger.end) if e.trigger else None
        if key is None or key not in seen:
            out.append(e)
            if key is not None:
                seen.add(key)
    return out


def _predicted_actors(item: GoldItem, doc, events: list, places: dict[str, str]) -> list[tuple]:
    """(source actors, target actors, event) of `events`, actors as (country, sector). PLOVER codes
    reciprocal events (meetings, agreements) with every party as actor and no recipient; when the
    gold does so, our source and target are compared as one actor set, and a symmetric event coded
    both ways counts once."""
    events = plover_events(events)
    out = [([a for a in (_actor_code(doc, s, places) for s in e.source) if a],
            [a for a in (_actor_code(doc, t, places) for t in e.target) if a], e) for e in events]
    recip = {g.type for g in item.events if not g.target and len(g.source) > 1}
    if not recip:
        return out
    seen, unique = set(), []
    for s, t, e in out:
        if e.type in recip:
            s, t = s + t, []
        key = (e.type, frozenset(s), frozenset(t)) if e.type in recip else id(e)
        if key not in seen:
            seen.add(key)
            unique.append((s, t, e))
    return unique


def _count_triples(counts: dict, item: GoldItem, pred_actors: list[tuple]) -> None:
    for lvl in counts:
        gold_t = Counter(tr for g in item.events for tr in _triples(g.source, g.type, g.target, lvl))
        pred_t = Counter(tr for s, t, e in pred_actors for tr in _triples(s, e.type, t, lvl))
        counts[lvl]["tp"] += sum((gold_t & pred_t).values())
        counts[lvl]["gold"] += sum(gold_t.values())
        counts[lvl]["pred"] += sum(pred_t.values())


def _prf(c: Counter) -> dict:
    p = c["tp"] / c["pred"] if c["pred"] else 0.0
    r = c["tp"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": c["tp"], "pred": c["pred"],
            "gold": c["gold"]}


@dataclass
class _Tally:
    """What score() counts over the gold sentences, before it is turned into the report."""
    type_hits: int = 0
    type_total: int = 0
    counts: dict = field(default_factory=lambda: {lvl: Counter() for lvl in ("country", "country_sector")})
    counts_top: dict = field(default_factory=lambda: {"country": Counter()})
    counts_records: dict = field(default_factory=lambda: {"country": Counter()})
    per_type: dict = field(default_factory=lambda: {t: Counter() for t in TYPES})
    confusion: Counter = field(default_factory=Counter)
    cameo_hits: Counter = field(default_factory=Counter)


def score(items: list[GoldItem], docs: list) -> dict:
    """The report; when `items` is the Gold that load_gold returns, it also names the file, the split
    and how many sentences failed."""
    tally = _Tally()
    for item, doc in zip(items, docs):
        _tally_item(tally, item, doc)
    report = _report(tally, len(items))
    if isinstance(items, Gold):
        report.update(gold=items.path, split=items.split, failed=sum(1 for d in docs if d is None))
    return report


def _tally_item(tally: _Tally, item: GoldItem, doc) -> None:
    """Count one gold sentence against the document coded from it (None: the pipeline failed on it)."""
    events = sorted(doc.events, key=_rank) if doc is not None else []
    k = len(item.events)
    _tally_types(tally, item, events[:k])
    if k == 1:
        _tally_top_event(tally, item.events[0], events)
    pred_actors = _tally_triples(tally, item, doc, events, k)
    _tally_per_type(tally.per_type, item, pred_actors)


def _tally_types(tally: _Tally, item: GoldItem, best: list) -> None:
    """Type accuracy: the k best predicted events' types against the k gold types, as multisets."""
    gold_types = Counter(g.type for g in item.events)
    pred_types = Counter(e.type for e in best)
    tally.type_hits += sum((gold_types & pred_types).values())
    tally.type_total += len(item.events)


def _tally_top_event(tally: _Tally, gold: GoldEvent, events: list) -> None:
    """A one-event sentence: the confusion of its type with the top event's, and the CAMEO code of the
    top event, exact and by its two-digit root, where the gold gives one."""
    tally.confusion[(gold.type, events[0].type if events else "UNCODED")] += 1
    want = gold.cameo
    if want:
        got = (events[0].cameo or "") if events else ""
        tally.cameo_hits["total"] += 1
        tally.cameo_hits["exact"] += got == want
        tally.cameo_hits["root"] += got[:2] == want[:2]


def _tally_triples(tally: _Tally, item: GoldItem, doc, events: list, k: int) -> list[tuple]:
    """The country triples over every asserted event, over the k best (the ones type accuracy judges)
    and over those naming an actor or a recipient; returns the asserted events' actors."""
    places = place_countries(doc) if doc is not None else {}
    pred_actors = _predicted_actors(item, doc, [e for e in events if asserted(e)], places)
    _count_triples(tally.counts_top, item, _predicted_actors(item, doc, [e for e in events[:k] if asserted(e)], places))
    _count_triples(tally.counts, item, pred_actors)
    _count_triples(tally.counts_records, item, [(s, t, e) for s, t, e in pred_actors if e.source or e.target])
    return pred_actors


def _tally_per_type(per_type: dict, item: GoldItem, pred_actors: list[tuple]) -> None:
    """PETRARCH-style counts: each gold event takes one predicted event of its type (one with its
    actors first); a predicted event no gold event took is extra."""
    used: set[int] = set()
    for g in item.events:
        per_type[g.type]["gold"] += 1
        outcome, taken = _per_type_match(g, pred_actors, used)
        per_type[g.type][outcome] += 1
        if taken is not None:
            used.add(taken)
    for i, (s, t, e) in enumerate(pred_actors):
        if i not in used:  # (an untyped event, coded by a user verb dictionary, is extra of its own kind)
            per_type.setdefault(e.type or UNTYPED, Counter())["extra"] += 1


def _per_type_match(g: GoldEvent, pred_actors: list[tuple], used: set[int]) -> tuple[str, int | None]:
    """How gold event `g` is matched (correct, wrong_actors or uncoded) and the index of the predicted
    event it takes: the first not yet taken of its type with its country-level actors, else the first
    of its type."""
    gs, gt = {a[0] for a in g.source}, {a[0] for a in g.target}
    same_type = [i for i, (s, t, e) in enumerate(pred_actors) if e.type == g.type and i not in used]
    exact = [i for i in same_type if {a[0] for a in pred_actors[i][0]} == gs and {a[0] for a in pred_actors[i][1]} == gt]
    if exact:
        return "correct", exact[0]
    if same_type:
        return "wrong_actors", same_type[0]
    return "uncoded", None


def _cameo_accuracy(hits: Counter) -> dict | None:
    if not hits["total"]:
        return None
    return {"exact": round(hits["exact"] / hits["total"], 4), "root": round(hits["root"] / hits["total"], 4),
            "n": hits["total"]}


def _report(tally: _Tally, n_items: int) -> dict:
    """The JSON-able report of a tally over `n_items` gold sentences."""
    per_type = tally.per_type
    return {
        "items": n_items,
        "gold_events": sum(v["gold"] for v in per_type.values()),
        "type_accuracy": round(tally.type_hits / tally.type_total, 4) if tally.type_total else 0.0,
        "cameo_accuracy": _cameo_accuracy(tally.cameo_hits),
        "triples": {lvl: _prf(c) for lvl, c in tally.counts.items()},
        # gold that lists one event per sentence (the PLOVER records) counts every further true
        # event as extra: the same triples over the k best events only, reported beside them
        "triples_top": _prf(tally.counts_top["country"]),
        # a PLOVER record needs an actor (manual, "actor ... Required: Y"; an unidentified actor,
        # UNK, only beside a named recipient): events naming no one on either side make no record
        "triples_records": _prf(tally.counts_records["country"]),
        "per_type": {t: {k: c[k] for k in ("gold", "correct", "wrong_actors", "uncoded", "extra")}
                     for t, c in per_type.items() if any(c.values())},
        "totals": {k: sum(c[k] for c in per_type.values()) for k in ("correct", "wrong_actors", "uncoded", "extra")},
        "confusion": [{"gold": g, "predicted": p, "n": n} for (g, p), n in tally.confusion.most_common() if g != p],
    }


def records(items: list[GoldItem], docs: list) -> list[dict]:
    """One JSON-able row per gold sentence for error analysis (`--errors FILE`): the gold events,
    the asserted predicted events (best first) with their actors' names and codes, and what the
    scores made of them: `type_ok` (the k best types equal the gold types), `missed` and `extra`
    country triples."""
    rows = []
    for item, doc in zip(items, docs):
        events = [e for e in sorted(doc.events, key=_rank) if asserted(e)] if doc is not None else []
        places = place_countries(doc) if doc is not None else {}
        pred = _predicted_actors(item, doc, events, places)
        k = len(item.events)
        gold_t = Counter(tr for g in item.events for tr in _triples(g.source, g.type, g.target, "country"))
        pred_t = Counter(tr for s, t, e in pred for tr in _triples(s, e.type, t, "country"))

        def names(ids):
            return [(doc.entity(i).name if doc.entity(i) is not None else i) for i in ids]

        rows.append({
            "id": item.id, "text": item.text,
            "gold": [{"type": g.type, "source": [f"{c}{s or ''}" for c, s in g.source],
                      "target": [f"{c}{s or ''}" for c, s in g.target]} for g in item.events],
            "predicted": [{"type": e.type, "cameo": e.cameo, "trigger": e.trigger.text if e.trigger else None,
                           "flags": list(e.flags), "source": names(e.source), "target": names(e.target),
                           "source_codes": [f"{c}{s or ''}" for c, s in sc],
                           "target_codes": [f"{c}{s or ''}" for c, s in tc]}
                          for sc, tc, e in pred],
            "type_ok": Counter(g.type for g in item.events) == Counter(e.type for e in events[:k]),
            "missed": [list(t) for t in (gold_t - pred_t).elements()],
            "extra": [list(t) for t in (pred_t - gold_t).elements()],
        })
    return rows


def write_errors(items: list[GoldItem], docs: list, path: str) -> None:
    """`records` as JSON lines in `path` (InputError naming it when it cannot be written)."""
    write_jsonl(records(items, docs), path)


def evaluate(gold_path: str, options=None, split: str | None = None) -> dict:
    """Code every gold sentence with the full pipeline and score it (only `split` items if given)."""
    items = load_gold(gold_path, split)
    return score(items, predict(items, options))


def render(report: dict) -> str:
    out = [f"gold {report['gold']}{' (' + report['split'] + ')' if report.get('split') else ''}: {report['items']} sentences, {report['gold_events']} events"
           + (f", {report['failed']} failed" if report.get("failed") else ""),
           f"type_accuracy {report['type_accuracy']:.3f}"]
    if report.get("cameo_accuracy"):
        c = report["cameo_accuracy"]
        out.append(f"cameo_accuracy exact {c['exact']:.3f}  root {c['root']:.3f}  (n {c['n']})")
    for lvl, m in report["triples"].items():
        out.append(f"triples ({lvl}): P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}"
                   f"  (tp {m['tp']}, predicted {m['pred']}, gold {m['gold']})")
    if report.get("triples_top"):
        m = report["triples_top"]
        out.append(f"triples of the k best events (country): P {m['precision']:.3f}  R {m['recall']:.3f}  "
                   f"F1 {m['f1']:.3f}  (tp {m['tp']}, predicted {m['pred']}, gold {m['gold']})")
    if report.get("triples_records"):
        m = report["triples_records"]
        out.append(f"triples of events naming someone (country): P {m['precision']:.3f}  R {m['recall']:.3f}  "
                   f"F1 {m['f1']:.3f}  (tp {m['tp']}, predicted {m['pred']}, gold {m['gold']})")
    out.append("")
    out.append(f"{'type':<10} {'gold':>5} {'correct':>8} {'wrong-actors':>13} {'uncoded':>8} {'extra':>6}")
    for t, c in report["per_type"].items():
        out.append(f"{t:<10} {c['gold']:>5} {c['correct']:>8} {c['wrong_actors']:>13} {c['uncoded']:>8} {c['extra']:>6}")
    tot = report["totals"]
    out.append(f"{'total':<10} {report['gold_events']:>5} {tot['correct']:>8} {tot['wrong_actors']:>13} {tot['uncoded']:>8} {tot['extra']:>6}")
    return "\n".join(out) + "\n"
